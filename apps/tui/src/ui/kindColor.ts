import type { RecordType } from "@korea-relations/core";

/** A colour per record type; the type is always written out beside it. */
export const KIND_COLORS: Record<RecordType, string> = {
  person: "magenta",
  country: "green",
  organization: "blue",
  event: "cyan",
  agreement: "yellow",
  quote: "white",
  topic: "red",
  place: "green",
  office: "magenta",
  source: "gray",
};
