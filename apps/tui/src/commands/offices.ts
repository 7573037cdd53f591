import { type Office, officeDate, ROLES } from "@korea-relations/core";
import { dateText } from "../details/dateText.js";
import { labelText } from "../details/labelText.js";
import { renderTable } from "../format/renderTable.js";
import { UsageError } from "../UsageError.js";
import { type Command, exitFor, printJson, printNote } from "./Command.js";
import { JSON_OPTION } from "./commonOptions.js";
import { dateOption, labelLanguage, noArguments, oneOf, stringOption } from "./options.js";

/** `offices --role <role>`: who held an office (at a date); or `--person`: one person's offices. */
export const offices: Command = {
  name: "offices",
  summary: "Who held an office (at a date), or one person's offices",
  usage:
    "offices --role <role> [--country <c>] [--organization <o>] [--at <date>] | offices --person <ref>",
  options: {
    role: { type: "string", value: "<role>", help: `one of ${ROLES.join(", ")}`, choices: ROLES },
    country: { type: "string", value: "<c>", help: "offices of this country (code or any name)" },
    organization: { type: "string", value: "<o>", help: "offices of this organization" },
    at: {
      type: "string",
      value: "<date>",
      help: "holders in office then, nearest observation first (else newest first)",
    },
    person: {
      type: "string",
      value: "<ref>",
      help: "instead: every office of one person, oldest first",
    },
    json: JSON_OPTION,
  },
  json: true,
  examples: [
    "offices --role foreign-minister --country KR --at 2020-08-10",
    "offices --person 'Kang Kyung-wha' --json",
  ],
  run(context) {
    noArguments(context, "offices");
    const relations = context.io.relations();
    const lang = labelLanguage(context, "offices");
    const person = stringOption(context, "person");
    const role = stringOption(context, "role");
    let list: Office[];
    if (person !== undefined) {
      if (role !== undefined) throw new UsageError("give --role or --person, not both", "offices");
      list = relations.officesOf(person);
    } else {
      if (role === undefined) throw new UsageError("missing --role (or --person)", "offices");
      const country = stringOption(context, "country");
      const organization = stringOption(context, "organization");
      const at = dateOption(context, "at", "offices");
      list = relations.officeHolders({
        role: oneOf(role, ROLES, "--role", "offices"),
        ...(country !== undefined ? { country } : {}),
        ...(organization !== undefined ? { organization } : {}),
        ...(at !== undefined ? { at } : {}),
      });
    }
    if (context.json) printJson(context, list);
    else if (list.length === 0) printNote(context, "No offices.");
    else
      context.io.stdout.write(
        renderTable<Office>(
          list,
          [
            { header: "FROM", value: (o) => dateText(officeDate(o)) },
            {
              header: "PERSON",
              value: (o) => labelText(relations, o.person, lang),
              flex: true,
              giveWay: 2,
              min: 14,
            },
            { header: "OFFICE", value: (o) => o.label[lang], flex: true, giveWay: 2, min: 20 },
            {
              header: "OF",
              value: (o) => {
                const where = o.country ?? o.organization;
                return where ? labelText(relations, where, lang) : "";
              },
              flex: true,
            },
            { header: "STATUS", value: (o) => o.status },
            { header: "ID", value: (o) => o.id, style: (t) => context.style.dim(t), id: true },
          ],
          { style: context.style, ...(context.width ? { width: context.width } : {}) },
        ),
      );
    return exitFor(list.length);
  },
};
