import type { LabelLanguage, Relations } from "@korea-relations/core";
import { createContext, useContext } from "react";
import type { Article } from "./articleText.js";
import type { KeyQueue } from "./createKeyQueue.js";
import type { View } from "./View.js";

/** Moving between views, and app-wide actions. */
export interface Navigation {
  /** Opens a view on top of the history. */
  push(view: View): void;
  /** Back to the previous view (nothing at the search screen). */
  back(): void;
  /** Back to the search screen, with the search box focused. */
  home(): void;
  quit(): void;
  toggleHelp(): void;
  toggleLang(): void;
  /** A one-line message in the footer until the next key. */
  notify(message: string): void;
  clearMessage(): void;
  /** Copies text to the terminal's clipboard (OSC 52) and says so. */
  copy(text: string): void;
}

/** Remembers a view's state (cursor, query) while other views are on top of it. */
export interface ViewMemory {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface AppContextValue {
  readonly relations: Relations;
  readonly sourceText: (id: string) => string | undefined;
  /** A source's article as the reader shows it (its clean reading text where one fits), or undefined without its text. */
  readonly article: (id: string) => Article | undefined;
  readonly nav: Navigation;
  readonly memory: ViewMemory;
  /** Hands the terminal's keys to the active screen, one at a time. */
  readonly keys: KeyQueue;
  readonly lang: LabelLanguage;
  readonly color: boolean;
  readonly message: string;
}

export const AppContext = createContext<AppContextValue | undefined>(undefined);

/** The app's services, navigation and settings. */
export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error("useAppContext outside <App>");
  return value;
}
