import type { LabelLanguage, Relations } from "@korea-relations/core";
import { h } from "./h.js";
import { loadMessages, type Messages, messagesEn } from "./messages.js";
import { parseRoute, type Route } from "./parseRoute.js";
import { holdPlace, keepPlace, type Place, placeOf } from "./placeOf.js";
import { routeHash } from "./routeHash.js";
import { SearchClient } from "./searchClient.js";
import type { DatasetInfo, OpenedDataset, View, ViewContext } from "./viewContext.js";
import { prefetchSearchViews, viewFor } from "./viewFor.js";

const LANG_KEY = "korea-relations-lang";

/** How long typing may pause before the address follows the search box. */
const ADDRESS_DELAY = 300;

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
 * a link that works on reload and with back and forward. `builtinInfo`
 * names the dataset `builtin` holds; a file the reader opens replaces it
 * until they return to it (or reload).
 */
export function startApp(root: HTMLElement, builtin: Relations, builtinInfo: DatasetInfo): void {
  let lang: LabelLanguage = "en";
  /** The interface strings of `lang`. */
  let m: Messages = messagesEn;
  let r = builtin;
  let data = builtinInfo;
  const search = new SearchClient(r, { records: r.dataset.records });
  let current: Route = parseRoute(location.hash);
  let lastHash = location.hash;
  let active: View | undefined;
  let drawn = 0;

  const skip = h("a", { class: "skip", href: "#main" });
  const brand = h("a", { class: "brand", href: "#/" });
  const navLinks = {
    timeline: h("a", { href: routeHash({ name: "timeline", group: "kind" }) }),
    network: h("a", { href: routeHash({ name: "network" }) }),
    sources: h("a", { href: routeHash({ name: "browse", type: "source" }) }),
    open: h("a", { href: routeHash({ name: "open" }) }),
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
  const banner = h("div", { class: "data-banner", hidden: true });
  const announcer = h("p", { class: "sr", role: "status" });
  const main = h("main", { id: "main", tabindex: "-1" });
  const footer = h("footer", { class: "foot" });
  const header = h(
    "header",
    { class: "top" },
    h("div", { class: "bar" }, brand, nav, langButton),
    form,
  );
  root.replaceChildren(skip, header, banner, announcer, main, footer);

  const useDataset = (next?: OpenedDataset) => {
    r = next?.r ?? builtin;
    data = next?.info ?? builtinInfo;
    search.setData(r, next ? { file: next.file } : { records: r.dataset.records });
    label();
    go({ name: "home" });
  };

  const context = (token = drawn): ViewContext => {
    return {
      r,
      data,
      lang,
      m,
      search,
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
      announce(text) {
        announcer.textContent = text;
      },
      useDataset,
      current: () => token === drawn,
    };
  };

  const label = () => {
    document.documentElement.lang = lang;
    skip.textContent = m.skip;
    brand.textContent = m.title;
    nav.setAttribute("aria-label", m.navLabel);
    navLinks.timeline.textContent = m.nav.timeline;
    navLinks.network.textContent = m.nav.network;
    navLinks.sources.textContent = m.nav.sources;
    navLinks.open.textContent = m.nav.open;
    const other: LabelLanguage = lang === "en" ? "de" : "en";
    langButton.textContent = m.switchTo;
    langButton.setAttribute("lang", other);
    langButton.setAttribute("aria-label", m.switchLabel);
    searchLabel.textContent = m.searchLabel;
    input.placeholder = m.searchPlaceholder;
    footer.textContent = m.footer;
    banner.hidden = data.builtin;
    banner.replaceChildren(
      ...(data.builtin
        ? []
        : [
            h("span", null, m.open.showing(data.name)),
            " ",
            h("button", { type: "button", onclick: () => useDataset() }, m.open.back),
          ]),
    );
  };

  const sectionOf = (route: Route) =>
    route.name === "timeline"
      ? "timeline"
      : route.name === "network"
        ? "network"
        : route.name === "open"
          ? "open"
          : route.name === "browse" && route.type === "source"
            ? "sources"
            : "";

  const show = (view: View, route: Route, focus: boolean, ctx: ViewContext, place?: Place) => {
    active = view;
    main.removeAttribute("aria-busy");
    main.replaceChildren(view.node);
    document.title = route.name === "home" ? view.title : `${view.title} · ${ctx.m.title}`;
    const section = sectionOf(route);
    for (const [key, link] of Object.entries(navLinks)) {
      if (key === section) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
    if (route.name === "search") {
      if (document.activeElement !== input) input.value = route.q;
    } else if (focus) input.value = "";
    announcer.textContent = notice || (view.announce ?? "");
    notice = "";
    if (focus) {
      window.scrollTo(0, 0);
      main.querySelector<HTMLElement>("h1")?.focus({ preventScroll: true });
    }
    const after = view.after?.();
    if (!place) return;
    // The same place in the other language: once the view is complete (its text may load later).
    if (after instanceof Promise) void after.then(() => keepPlace(main, place));
    else keepPlace(main, place);
  };

  /** Whether the page is turning to another language (its strings loading): pages wait for it. */
  let switching = false;
  /** Said by the status line when the next page is shown, instead of the page's own words. */
  let notice = "";
  const render = (route: Route, focus: boolean, place?: Place) => {
    current = route;
    if (switching) return;
    const token = ++drawn;
    const ctx = context(token);
    if (route.name === "search") search.start();
    const view = viewFor(route, ctx);
    if (!(view instanceof Promise)) {
      show(view, route, focus, ctx, place);
      return;
    }
    // A view in a chunk of its own: the page it replaces stays until it has loaded.
    main.setAttribute("aria-busy", "true");
    view.then(
      (loaded) => {
        if (token === drawn) show(loaded, route, focus, ctx, place);
      },
      () => {
        if (token !== drawn) return;
        show(
          {
            title: ctx.m.loadFailed,
            node: h(
              "div",
              null,
              h("h1", { tabindex: "-1" }, ctx.m.loadFailed),
              h("p", null, ctx.m.loadFailedHint),
            ),
          },
          route,
          focus,
          ctx,
        );
      },
    );
  };

  /** Moves to a route as if by a link: a new history entry, focus on the new page. */
  const go = (route: Route) => {
    history.pushState(null, "", routeHash(route));
    lastHash = location.hash;
    render(route, true);
  };

  const onLocation = () => {
    if (location.hash === lastHash) return;
    // In-page anchors (the skip link) are not routes.
    if (location.hash !== "" && !location.hash.startsWith("#/")) return;
    clearTimeout(addressTimer);
    lastHash = location.hash;
    render(parseRoute(location.hash), true);
  };
  window.addEventListener("hashchange", onLocation);
  window.addEventListener("popstate", onLocation);

  skip.addEventListener("click", (event) => {
    event.preventDefault();
    main.focus();
  });

  let switches = 0;
  /**
   * Turns the page to `next` (German's strings load as a chunk of their own
   * the first time), then `then()`; a later switch overrides an earlier one.
   * Pages asked for meanwhile are drawn by `then()`, in the new language.
   */
  const switchTo = (next: LabelLanguage, then: () => void) => {
    const token = ++switches;
    const apply = (strings: Messages) => {
      if (token !== switches) return;
      switching = false;
      lang = next;
      m = strings;
      label();
      then();
    };
    const loaded = loadMessages(next);
    if (!(loaded instanceof Promise)) {
      apply(loaded);
      return;
    }
    switching = true;
    loaded.then(apply, () => {
      if (token !== switches) return;
      // The chunk did not arrive (offline): the page stays in its language, and
      // says so once it is drawn again.
      switching = false;
      notice = m.switchFailed;
      then();
    });
  };

  langButton.addEventListener("click", () => {
    const next: LabelLanguage = lang === "en" ? "de" : "en";
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      // Not remembered; the page still switches.
    }
    const place = placeOf(main, header.getBoundingClientRect().bottom);
    holdPlace(main, place);
    switchTo(next, () => render(current, false, place));
  });

  // Typing shows results at once; the address follows when typing pauses
  // (writing history on every keystroke costs more than the search).
  let addressTimer: ReturnType<typeof setTimeout> | undefined;
  /** The tab's title while typing: written with the address (the title costs as much as a search). */
  let typedTitle: string | undefined;
  const writeAddress = () => {
    clearTimeout(addressTimer);
    history.replaceState(null, "", routeHash(current));
    lastHash = location.hash;
    if (typedTitle !== undefined) document.title = typedTitle;
    typedTitle = undefined;
  };
  input.addEventListener("focus", () => {
    search.start();
    prefetchSearchViews();
  });
  input.addEventListener("input", () => {
    const route: Route = { name: "search", q: input.value };
    const wasSearch = current.name === "search";
    current = route;
    if (!wasSearch) {
      history.pushState(null, "", routeHash(route));
      lastHash = location.hash;
    } else {
      clearTimeout(addressTimer);
      addressTimer = setTimeout(writeAddress, ADDRESS_DELAY);
    }
    const title = wasSearch ? active?.update?.(route) : undefined;
    if (title === undefined) {
      typedTitle = undefined;
      render(route, false);
    } else typedTitle = `${title} · ${m.title}`;
  });
  const firstResult = () => main.querySelector<HTMLElement>(".hits a");
  /** Whether the page shows the results of `asked` (not a page still loading, nor an earlier query's). */
  const showsResults = (asked: string) => {
    const results = main.querySelector<HTMLElement>(".search-results .results");
    return (
      results !== null &&
      !results.hasAttribute("aria-busy") &&
      results.dataset.query === asked.trim()
    );
  };
  let awaited: MutationObserver | undefined;
  /**
   * Enter in the box goes to the first result of what was typed: at once if
   * it is shown, else when the results are drawn (the results' code may still
   * be loading, or the search answering), unless the reader has typed on or
   * moved elsewhere meanwhile.
   */
  const toFirstResult = () => {
    awaited?.disconnect();
    const asked = input.value;
    if (showsResults(asked)) {
      firstResult()?.focus();
      return;
    }
    const observer = new MutationObserver(() => {
      if (document.activeElement !== input || input.value !== asked) observer.disconnect();
      else if (showsResults(asked)) {
        observer.disconnect();
        firstResult()?.focus();
      }
    });
    awaited = observer;
    observer.observe(main, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["aria-busy", "data-query"],
    });
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (current.name === "search") writeAddress();
    toFirstResult();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && firstResult()) {
      event.preventDefault();
      if (current.name === "search") writeAddress();
      firstResult()?.focus();
    }
  });
  // Leaving the box (to a result, or elsewhere) writes the address now.
  input.addEventListener("blur", () => {
    if (current.name === "search" && addressTimer !== undefined) writeAddress();
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

  // A file dropped beside the drop zone is not opened by the browser in place of the page.
  for (const type of ["dragover", "drop"]) {
    window.addEventListener(type, (event) => {
      if ((event as DragEvent).dataTransfer?.types.includes("Files")) event.preventDefault();
    });
  }

  // The first page in the reader's language (German's strings fetched first).
  switchTo(initialLang(), () => render(current, false));
  // The built-in dataset's search index, in idle time after the first page.
  search.warm();
}
