import type { LabelLanguage, Relations } from "@korea-relations/core";
import { h } from "./h.js";
import { messages } from "./messages.js";
import { parseRoute, type Route } from "./parseRoute.js";
import { routeHash } from "./routeHash.js";
import type { ViewContext } from "./viewContext.js";
import { viewFor } from "./viewFor.js";

const LANG_KEY = "korea-relations-lang";

function initialLang(): LabelLanguage {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (saved === "en" || saved === "de") return saved;
  } catch {
    // Storage can be unavailable (privacy settings); fall through.
  }
  return navigator.language.toLowerCase().startsWith("de") ? "de" : "en";
}

/**
 * Starts the page in `root`: header (search, navigation, language), the view
 * of the address's route, and hash routing with history, so every record has
 * a link that works on reload and with back and forward.
 */
export function startApp(root: HTMLElement, r: Relations): void {
  let lang = initialLang();
  let current: Route = parseRoute(location.hash);
  let lastHash = location.hash;

  const skip = h("a", { class: "skip", href: "#main" });
  const brand = h("a", { class: "brand", href: "#/" });
  const navLinks = {
    timeline: h("a", { href: routeHash({ name: "timeline", group: "kind" }) }),
    network: h("a", { href: routeHash({ name: "network" }) }),
    sources: h("a", { href: routeHash({ name: "browse", type: "source" }) }),
  };
  const nav = h(
    "nav",
    null,
    h(
      "ul",
      null,
      Object.values(navLinks).map((link) => h("li", null, link)),
    ),
  );
  const langButton = h("button", { type: "button", class: "lang" });
  const searchLabel = h("label", { for: "q", class: "sr" });
  const input = h("input", {
    id: "q",
    type: "search",
    autocomplete: "off",
    spellcheck: "false",
    enterkeyhint: "search",
  });
  const form = h("form", { role: "search", class: "search" }, searchLabel, input);
  const announcer = h("p", { class: "sr", role: "status" });
  const main = h("main", { id: "main", tabindex: "-1" });
  const footer = h("footer", { class: "foot" });
  root.replaceChildren(
    skip,
    h("header", { class: "top" }, h("div", { class: "bar" }, brand, nav, langButton), form),
    announcer,
    main,
    footer,
  );

  const context = (): ViewContext => {
    return {
      r,
      lang,
      m: messages[lang],
      // Measured only by the views that need it (charts): measuring forces a layout.
      get width() {
        const style = getComputedStyle(main);
        return main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      },
      replace(route) {
        history.replaceState(null, "", routeHash(route));
        lastHash = location.hash;
        current = route;
      },
    };
  };

  const label = () => {
    const m = messages[lang];
    document.documentElement.lang = lang;
    skip.textContent = m.skip;
    brand.textContent = m.title;
    nav.setAttribute("aria-label", m.navLabel);
    navLinks.timeline.textContent = m.nav.timeline;
    navLinks.network.textContent = m.nav.network;
    navLinks.sources.textContent = m.nav.sources;
    const other: LabelLanguage = lang === "en" ? "de" : "en";
    langButton.textContent = m.switchTo;
    langButton.setAttribute("lang", other);
    langButton.setAttribute("aria-label", m.switchLabel);
    searchLabel.textContent = m.searchLabel;
    input.placeholder = m.searchPlaceholder;
    footer.textContent = m.footer;
  };

  const render = (route: Route, focus: boolean) => {
    current = route;
    const ctx = context();
    const view = viewFor(route, ctx);
    main.replaceChildren(view.node);
    document.title = route.name === "home" ? ctx.m.title : `${view.title} · ${ctx.m.title}`;
    const section =
      route.name === "timeline"
        ? "timeline"
        : route.name === "network"
          ? "network"
          : route.name === "browse" && route.type === "source"
            ? "sources"
            : "";
    for (const [key, link] of Object.entries(navLinks)) {
      if (key === section) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
    if (route.name === "search") {
      if (document.activeElement !== input) input.value = route.q;
    } else if (focus) input.value = "";
    announcer.textContent = view.announce ?? "";
    if (focus) {
      window.scrollTo(0, 0);
      main.querySelector<HTMLElement>("h1")?.focus({ preventScroll: true });
    }
    view.after?.();
  };

  const onLocation = () => {
    if (location.hash === lastHash) return;
    // In-page anchors (the skip link) are not routes.
    if (location.hash !== "" && !location.hash.startsWith("#/")) return;
    lastHash = location.hash;
    render(parseRoute(location.hash), true);
  };
  window.addEventListener("hashchange", onLocation);
  window.addEventListener("popstate", onLocation);

  skip.addEventListener("click", (event) => {
    event.preventDefault();
    main.focus();
  });

  langButton.addEventListener("click", () => {
    lang = lang === "en" ? "de" : "en";
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Not remembered; the page still switches.
    }
    label();
    render(current, false);
  });

  input.addEventListener("input", () => {
    const route: Route = { name: "search", q: input.value };
    const hash = routeHash(route);
    if (current.name === "search") history.replaceState(null, "", hash);
    else history.pushState(null, "", hash);
    lastHash = location.hash;
    render(route, false);
  });
  const firstResult = () => main.querySelector<HTMLElement>(".hits a");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    firstResult()?.focus();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && firstResult()) {
      event.preventDefault();
      firstResult()?.focus();
    }
  });

  let width = main.clientWidth;
  let timer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener("resize", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (main.clientWidth === width) return;
      width = main.clientWidth;
      if (current.name === "timeline" || current.name === "network") render(current, false);
    }, 150);
  });

  label();
  render(current, false);
  // Build the search index while the page is idle, so the first keystroke is as fast as the rest.
  const warm = () => r.search("");
  if ("requestIdleCallback" in window) requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 200);
}
