import type { Country } from "@korea-relations/core";
import { dateWords } from "@korea-relations/core";
import { barometerSlot } from "./barometerSlot.js";
import { citeRegistry } from "./citeRegistry.js";
import { factList } from "./factList.js";
import { h } from "./h.js";
import { recordHeader } from "./recordHeader.js";
import { recordLink } from "./recordLink.js";
import { relatedSections } from "./relatedSections.js";
import { routeHash } from "./routeHash.js";
import { section } from "./section.js";
import type { View, ViewContext } from "./viewContext.js";

/**
 * A country: its partners (with numbers), then every relation core reports —
 * its government, the events it takes part in and those only about it kept
 * apart, agreements, quotes, organizations, places, people — and evidence.
 */
export function countryView(country: Country, ctx: ViewContext): View {
  const { r, m } = ctx;
  const cites = citeRegistry(ctx, country.id);
  const name = r.recordLabel(country, ctx.lang);
  const partners = r.partners(country.id);
  const { links } = r.relatedRecords(country.id);
  const partnerTable =
    partners.length === 0
      ? null
      : h(
          "div",
          { class: "table-wrap", tabindex: "0", role: "region", "aria-label": m.fields.partners },
          h(
            "table",
            null,
            h("caption", null, m.partnersHint),
            h(
              "thead",
              null,
              h(
                "tr",
                null,
                h("th", { scope: "col" }, m.fields.country),
                h("th", { scope: "col", class: "num" }, m.network.shared),
                h("th", { scope: "col" }, m.network.first),
                h("th", { scope: "col" }, m.network.last),
                h("th", { scope: "col" }, m.brief.pairColumn),
              ),
            ),
            h(
              "tbody",
              null,
              partners.map((p) =>
                h(
                  "tr",
                  null,
                  h("th", { scope: "row" }, recordLink(p.country, ctx)),
                  h("td", { class: "num", "data-label": m.network.shared }, p.events),
                  h(
                    "td",
                    { class: "date", "data-label": m.network.first },
                    dateWords(p.first, ctx.lang, "short"),
                  ),
                  h(
                    "td",
                    { class: "date", "data-label": m.network.last },
                    dateWords(p.last, ctx.lang, "short"),
                  ),
                  h(
                    "td",
                    { "data-label": m.brief.pairColumn },
                    h(
                      "a",
                      {
                        class: "pair-brief",
                        href: routeHash({ name: "brief", a: country.id, b: p.country }),
                        "aria-label": m.brief.pairLabel(
                          `${name} – ${r.recordLabel(p.country, ctx.lang)}`,
                        ),
                      },
                      m.brief.pairLink,
                    ),
                  ),
                ),
              ),
            ),
          ),
        );
  const onTimeline = (links.events?.length ?? 0) + (links.eventsAbout?.length ?? 0) > 0;
  const chart = onTimeline ? barometerSlot([country.id], ctx) : null;
  return {
    title: name,
    ...(chart ? { after: chart.load } : {}),
    node: h(
      "article",
      null,
      recordHeader(country.type, name, cites, ctx),
      factList([
        [
          m.fields.names,
          [
            h("span", { lang: "en" }, country.names.en),
            " · ",
            h("span", { lang: "de" }, country.names.de),
            " · ",
            h("span", { lang: "ko" }, country.names.ko),
          ],
        ],
        [m.fields.alpha3, `${country.id} · ${country.alpha3}`],
        [m.fields.aliases, country.aliases.join(" · ")],
      ]),
      h(
        "p",
        { class: "page-links" },
        h("a", { href: routeHash({ name: "brief", a: country.id }) }, m.brief.link),
        onTimeline
          ? [
              " · ",
              h(
                "a",
                { href: routeHash({ name: "timeline", country: country.id, group: "partner" }) },
                m.openTimeline,
              ),
            ]
          : null,
      ),
      chart ? section(m.brief.barometer, chart.node) : null,
      section(m.fields.partners, partnerTable, partners.length),
      relatedSections(country, ctx, cites, []),
      cites.section(),
    ),
  };
}
