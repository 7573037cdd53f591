/**
 * The JSON Schema of the records, emitted from the one record schema
 * (`@korea-relations/model/schema`) and completed with what a zod refinement
 * cannot carry into JSON Schema: a reason required unless the basis is
 * `stated`, evidence required on a person, organization, place or topic
 * unless it is marked `basis: external`, the `type` discriminator as `if`/`then` (so one error points at
 * the record's own shape), and no mode for PLOVER types without modes.
 *
 * Two forms: `published` (in `dataset.json`'s folder, for users outside
 * TypeScript; country codes as the ISO list) and `runtime` (bundled into core,
 * where `createRelations` checks any dataset against it; country codes by
 * pattern, since a user's dataset may hold its own country records).
 */
import { DatasetRecord } from "@korea-relations/model/schema";
import { z } from "zod";

const STRING_KEYWORDS = ["minLength", "maxLength", "pattern", "format"];

/** A JSON Schema node. */
export type JsonSchema = { [keyword: string]: unknown };

const isNode = (value: unknown): value is JsonSchema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Visits every schema node, children first. */
function walk(node: unknown, visit: (node: JsonSchema) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  if (!isNode(node)) return;
  for (const value of Object.values(node)) walk(value, visit);
  visit(node);
}

/** The discriminator values of a `oneOf` whose every branch is an object with a `type` const. */
function discriminated(
  branches: readonly unknown[],
  defs: JsonSchema,
): [string, JsonSchema][] | undefined {
  const out: [string, JsonSchema][] = [];
  for (const branch of branches) {
    const target =
      isNode(branch) && typeof branch.$ref === "string"
        ? defs[branch.$ref.replace("#/$defs/", "")]
        : branch;
    if (!isNode(target) || !isNode(target.properties)) return undefined;
    const type = target.properties.type;
    if (!isNode(type) || typeof type.const !== "string") return undefined;
    out.push([type.const, branch as JsonSchema]);
  }
  return out;
}

/** The record schema as JSON Schema (draft 2020-12). */
export function recordJsonSchema(options: {
  /** The dataset version, for the `$id`. */
  readonly version: string;
  /** ISO 3166-1 alpha-2 codes, or undefined to check codes by pattern only. */
  readonly countryCodes?: readonly string[];
}): JsonSchema {
  const schema = z.toJSONSchema(z.array(DatasetRecord), {
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as JsonSchema;
  const defs = schema.$defs as JsonSchema;

  walk(schema, (node) => {
    delete node.readOnly;
    // A refinement of a referenced string (`Text.max(300)`) states its type,
    // as strict validators (Ajv's strictTypes) require beside string keywords.
    if (node.type === undefined && STRING_KEYWORDS.some((keyword) => keyword in node)) {
      node.type = "string";
    }
    // `mode` of a PLOVER type without modes: zod's `undefined` comes out as `{}`.
    if (isNode(node.properties) && isNode(node.properties.mode)) {
      if (Object.keys(node.properties.mode).length === 0) delete node.properties.mode;
    }
    const record = isNode(node.properties) && isNode(node.properties.type);
    // A reason is required unless the basis is `stated` (on a value, where `basis` is required).
    if (
      !record &&
      isNode(node.properties) &&
      "basis" in node.properties &&
      "reason" in node.properties
    ) {
      node.if = { properties: { basis: { const: "stated" } }, required: ["basis"] };
      node.else = { properties: { reason: node.properties.reason }, required: ["reason"] };
    }
    // A record marked `basis: external` carries its reason; a record naming a
    // thing needs evidence unless it is so marked (countries no source mentions
    // need neither).
    if (record && isNode(node.properties) && "basis" in node.properties) {
      const country = isNode(node.properties.type) && node.properties.type.const === "country";
      const evidenced = "evidence" in node.properties && !country;
      node.allOf = [
        ...(Array.isArray(node.allOf) ? node.allOf : []),
        {
          // Records' `basis` can only be `external`: the const keeps strict validators content.
          if: { properties: { basis: { const: "external" } }, required: ["basis"] },
          // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword
          then: { properties: { reason: node.properties.reason }, required: ["reason"] },
          ...(evidenced
            ? {
                else: {
                  required: ["evidence"],
                  properties: { evidence: { type: "array", minItems: 1 } },
                },
              }
            : {}),
        },
      ];
    }
    // A `type`-discriminated union: one `if`/`then` per type.
    if (Array.isArray(node.oneOf)) {
      const branches = discriminated(node.oneOf, defs);
      if (branches) {
        delete node.oneOf;
        node.type = "object";
        node.required = ["type"];
        node.properties = { type: { enum: branches.map(([type]) => type) } };
        node.allOf = branches.map(([type, branch]) => ({
          if: { properties: { type: { const: type } } },
          // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword
          then: branch,
        }));
      }
    }
  });

  if (options.countryCodes) {
    defs.CountryCode = {
      type: "string",
      enum: [...options.countryCodes].sort(),
      description: "an ISO 3166-1 alpha-2 code",
    };
  }
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: `urn:korea-relations:dataset:${options.version}:schema`,
    title: "korea-relations dataset",
    description:
      "Every record of the korea-relations dataset: sources, countries, places, organizations, people, offices, events, agreements, quotes and topics, each fact with verbatim evidence.",
    ...rest,
  };
}
