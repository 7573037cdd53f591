import type { LabelLanguage, Relations } from "@korea-relations/core";
import { agreementDetail } from "./agreementDetail.js";
import { countryDetail } from "./countryDetail.js";
import type { Detail } from "./Detail.js";
import { eventDetail } from "./eventDetail.js";
import { officeDetail } from "./officeDetail.js";
import { organizationDetail } from "./organizationDetail.js";
import { personDetail } from "./personDetail.js";
import { placeDetail } from "./placeDetail.js";
import { quoteDetail } from "./quoteDetail.js";
import { sourceDetail } from "./sourceDetail.js";
import { topicDetail } from "./topicDetail.js";

/**
 * What the detail view (and `show`) presents of a record, by its kind. `ref`
 * is an id or any name; an unknown one throws core's `UnknownEntityError`.
 */
export function buildDetail(relations: Relations, ref: string, lang: LabelLanguage): Detail {
  const record = relations.resolve(ref) ?? relations.get(ref);
  switch (record.type) {
    case "person":
      return personDetail(relations, record, lang);
    case "country":
      return countryDetail(relations, record, lang);
    case "event":
      return eventDetail(relations, record, lang);
    case "agreement":
      return agreementDetail(relations, record, lang);
    case "quote":
      return quoteDetail(relations, record, lang);
    case "organization":
      return organizationDetail(relations, record, lang);
    case "topic":
      return topicDetail(relations, record, lang);
    case "place":
      return placeDetail(relations, record, lang);
    case "office":
      return officeDetail(relations, record, lang);
    case "source":
      return sourceDetail(relations, record, lang);
  }
}
