import type {
  DatasetRecord,
  LabelLanguage,
  SearchOptions,
  SearchResults,
} from "@korea-relations/core";
import type { Brief } from "@korea-relations/core/brief";
import type { NetworkColumns } from "./networkColumns.js";

/**
 * What the page tells the search worker: the dataset (the built-in records, or
 * the user's file, which the worker reads itself), then queries. Each dataset
 * is a new `generation`; queries name theirs. The worker holds every
 * generation it was sent until `keep` names the one still wanted (a file read
 * ahead while the page checks it sits beside the dataset being searched).
 * A large dataset's brief and network are built there too (`brief`,
 * `network`), answered once its dataset is loaded.
 */
export type ToWorker =
  | {
      readonly type: "records";
      readonly generation: number;
      readonly records: readonly DatasetRecord[];
    }
  | { readonly type: "file"; readonly generation: number; readonly file: Blob }
  | { readonly type: "keep"; readonly generation: number }
  | {
      readonly type: "search";
      readonly generation: number;
      readonly id: number;
      readonly query: string;
      readonly options: SearchOptions;
    }
  | {
      readonly type: "brief";
      readonly generation: number;
      readonly id: number;
      readonly a: string;
      readonly b?: string;
      readonly lang: LabelLanguage;
    }
  | { readonly type: "network"; readonly generation: number; readonly id: number };

/** What the worker is asked to build, answered once the dataset is loaded. */
export type Question = Extract<ToWorker, { type: "brief" | "network" }>;

/** What the search worker answers: the dataset is searchable (or not), results, briefs and networks (`null`: it could not). */
export type FromWorker =
  | { readonly type: "ready"; readonly generation: number }
  | { readonly type: "failed"; readonly generation: number }
  | { readonly type: "results"; readonly id: number; readonly results: SearchResults }
  | { readonly type: "brief"; readonly id: number; readonly brief: Brief | null }
  | { readonly type: "network"; readonly id: number; readonly network: NetworkColumns | null };
