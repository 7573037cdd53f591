/** The files (relative to `dist`) the built page loads on arrival: `index.html`'s scripts and styles and their static imports. */
export function homeFiles(dist: string): string[];
