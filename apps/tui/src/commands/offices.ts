import { type Office, ROLES } from "@korea-relations/core";
import { dateText, officeDate } from "../details/dateText.js";
import { labelOfId } from "../details/labelOf.js";
import { renderTable } from "../format/renderTable.js";
import { UsageError } from "../UsageError.js";
import { type Command, printJson } from "./Command.js";
import { labelLanguage, oneOf, stringOption } from "./options.js";

/** `offices --role <role>`: who held an office (at a date); or `--person`: one person's offices. */
export const offices: Command = {
  name: "offices",
  summary: "Who held an office (at a date), or one person's offices",
  usage:
    "offices --role <role> [--country <c>] [--organization <o>] [--at <date>] | offices --person <ref>",
  options: {
    role: { type: "string" },
    country: { type: "string" },
    organization: { type: "string" },
    at: { type: "string" },
    person: { type: "string" },
    lang: { type: "string" },
  },
  optionHelp: [
    ["--role <role>", `one of ${ROLES.join(", ")}`],
    ["--country <c>", "offices of this country (code or any name)"],
    ["--organization <o>", "offices of this organization"],
    ["--at <date>", "holders in office then, nearest observation first (else newest first)"],
    ["--person <ref>", "instead: every office of one person, oldest first"],
    ["--lang en|de", "language of names (default en)"],
  ],
  examples: [
    "offices --role foreign-minister --country KR --at 2020-08-10",
    "offices --person 'Kang Kyung-wha' --json",
  ],
  run(context) {
    if (context.positionals.length > 0)
      throw new UsageError(`unexpected argument "${context.positionals[0]}"`, "offices");
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
      const at = stringOption(context, "at");
      list = relations.officeHolders({
        role: oneOf(role, ROLES, "role", "offices"),
        ...(country !== undefined ? { country } : {}),
        ...(organization !== undefined ? { organization } : {}),
        ...(at !== undefined ? { at } : {}),
      });
    }
    if (context.json) printJson(context, list);
    else if (list.length === 0) context.io.stderr.write("No offices.\n");
    else
      context.io.stdout.write(
        renderTable<Office>(
          list,
          [
            { header: "FROM", value: (o) => dateText(officeDate(o)) },
            { header: "PERSON", value: (o) => labelOfId(relations, o.person, lang), flex: true },
            { header: "OFFICE", value: (o) => o.label[lang], flex: true },
            {
              header: "OF",
              value: (o) => {
                const where = o.country ?? o.organization;
                return where ? labelOfId(relations, where, lang) : "";
              },
              flex: true,
            },
            { header: "STATUS", value: (o) => o.status },
            { header: "ID", value: (o) => o.id, style: (t) => context.style.dim(t), flex: true },
          ],
          { style: context.style, ...(context.width ? { width: context.width } : {}) },
        ),
      );
    return 0;
  },
};
