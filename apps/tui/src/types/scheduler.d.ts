/** The parts of React's scheduler (the package React and Ink use) that the key queue uses. */
declare module "scheduler" {
  export const unstable_LowPriority: number;
  export const unstable_NormalPriority: number;
  export function unstable_scheduleCallback(priority: number, callback: () => void): unknown;
}
