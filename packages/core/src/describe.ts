/**
 * A record's one-line description as parts, not finished sentences: front
 * ends word them ("planned", "former", "Ereignisse" are theirs). Labels of
 * linked records come in the language asked for.
 */
import type {
  AgreementKind,
  DatasetRecord,
  DateValue,
  EventKind,
  EventStatus,
  IdMap,
  LabelLanguage,
  Language,
  Office,
  OfficeStatus,
  OrganizationKind,
  PlaceKind,
  Role,
} from "@korea-relations/model";
import { officeSightings } from "./officeSightings.js";

/** The parts of a record's one-line description, by its type. */
export type Description =
  | {
      readonly type: "event";
      readonly kind: EventKind;
      readonly date: DateValue;
      readonly status: EventStatus;
      readonly summary: string;
      /** Label of its place. */
      readonly place?: string;
    }
  | {
      readonly type: "agreement";
      readonly kind: AgreementKind;
      readonly date?: DateValue;
      /** Labels of its parties. */
      readonly parties: readonly string[];
      readonly summary: string;
    }
  | {
      readonly type: "quote";
      /** Label of the speaker. */
      readonly speaker: string;
      readonly date: DateValue;
      readonly language: Language;
      readonly translated: boolean;
    }
  | {
      readonly type: "person";
      /** The latest term the sources show, where there is one. */
      readonly office?: {
        readonly label: string;
        readonly roles: readonly Role[];
        readonly status: OfficeStatus;
        readonly start?: DateValue;
        readonly end?: DateValue;
      };
      readonly description: string;
    }
  | {
      readonly type: "office";
      readonly roles: readonly Role[];
      /** Label of the holder. */
      readonly holder: string;
      /** The office in the language asked. */
      readonly label: string;
      /** The titles as the sources word them. */
      readonly titles: readonly string[];
      readonly status: OfficeStatus;
      readonly start?: DateValue;
      readonly end?: DateValue;
      /** The dates the sources show the person in office, oldest first, each once (`officeSightings`). */
      readonly seen: readonly DateValue[];
    }
  | {
      readonly type: "country";
      readonly alpha3: string;
      /** Events it is a party to. */
      readonly events: number;
      /** Events about it that it is no party to. */
      readonly eventsAbout: number;
    }
  | {
      readonly type: "organization";
      readonly kind: OrganizationKind;
      readonly description: string;
      /** Label of its country, for a national organization. */
      readonly country?: string;
    }
  | {
      readonly type: "place";
      readonly kind: PlaceKind;
      /** Label of its country. */
      readonly country?: string;
    }
  | {
      readonly type: "topic";
      /** Its label in the other language. */
      readonly otherLabel: string;
      /** Events, agreements and quotes about it. */
      readonly records: number;
    }
  | {
      readonly type: "source";
      readonly publisher?: string;
      readonly published?: DateValue;
      readonly language: Language;
      readonly summary: string;
    };

/** What `describe` needs to know beyond the record. */
export interface DescribeContext<I extends IdMap> {
  readonly label: (id: string) => string;
  readonly latestOffice: (person: string) => Office<I> | undefined;
  readonly countryEvents: (country: string) => { events: number; eventsAbout: number };
  readonly topicRecords: (topic: string) => number;
}

/** The description parts of a record. */
export function describe<I extends IdMap>(
  record: DatasetRecord<I>,
  lang: LabelLanguage,
  context: DescribeContext<I>,
): Description {
  const { label } = context;
  const optional = <K extends string, V>(key: K, value: V | undefined) =>
    (value === undefined ? {} : { [key]: value }) as { readonly [P in K]?: V };
  switch (record.type) {
    case "event":
      return {
        type: "event",
        kind: record.kind,
        date: record.date,
        status: record.status,
        summary: record.summary[lang],
        ...optional("place", record.place && label(record.place.id)),
      };
    case "agreement":
      return {
        type: "agreement",
        kind: record.kind,
        ...optional("date", record.date),
        parties: record.parties.map(label),
        summary: record.summary[lang],
      };
    case "quote":
      return {
        type: "quote",
        speaker: label(record.speaker),
        date: record.date,
        language: record.language,
        translated: record.translated === true,
      };
    case "person": {
      const office = context.latestOffice(record.id);
      return {
        type: "person",
        ...optional(
          "office",
          office && {
            label: office.label[lang],
            roles: office.roles,
            status: office.status,
            ...optional("start", office.start),
            ...optional("end", office.end),
          },
        ),
        description: record.description[lang],
      };
    }
    case "office":
      return {
        type: "office",
        roles: record.roles,
        holder: label(record.person),
        label: record.label[lang],
        titles: record.titles,
        status: record.status,
        ...optional("start", record.start),
        ...optional("end", record.end),
        seen: officeSightings(record).map((sighting) => sighting.date),
      };
    case "country":
      return { type: "country", alpha3: record.alpha3, ...context.countryEvents(record.id) };
    case "organization":
      return {
        type: "organization",
        kind: record.kind,
        description: record.description[lang],
        ...optional("country", record.country && label(record.country)),
      };
    case "place":
      return {
        type: "place",
        kind: record.kind,
        ...optional("country", record.country && label(record.country)),
      };
    case "topic":
      return {
        type: "topic",
        otherLabel: record.label[lang === "en" ? "de" : "en"],
        records: context.topicRecords(record.id),
      };
    case "source":
      return {
        type: "source",
        ...optional("publisher", record.publisher?.value),
        ...optional("published", record.published),
        language: record.language,
        summary: record.summary[lang],
      };
  }
}
