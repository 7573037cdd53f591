import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Source } from "./schema";

const source = (url: string) => ({
  type: "source",
  id: "s",
  language: "en",
  file: "s.txt",
  sha256: "0".repeat(64),
  kind: { value: "news-report", basis: "stated" },
  summary: { en: "A report", de: "Ein Bericht" },
  url: { value: url, basis: "stated" },
  evidence: [{ source: "s", quote: "A report" }],
});

const problems = (url: string) => {
  const result = Source.safeParse(source(url));
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

/** The pattern the JSON Schema gives `url.value`, as JSON Schema users (and core) apply it. */
const urlValue = (
  z.toJSONSchema(Source, { unrepresentable: "any" }) as unknown as {
    $defs: { AttestedUrl: { properties: { value: { pattern: string; format: string } } } };
  }
).$defs.AttestedUrl.properties.value;
const pattern = new RegExp(urlValue.pattern, "u");

describe("a source's url", () => {
  it("is an http(s) address on a domain name", () => {
    expect(problems("https://www.auswaertiges-amt.de/en/aussenpolitik/2374160")).toEqual([]);
    expect(problems("http://example.org/a?b=c#d")).toEqual([]);
    expect(problems("https:///path")).toEqual(["must be an http(s) address on a domain name"]);
    expect(problems("https://localhost/")).toEqual(["must be an http(s) address on a domain name"]);
  });

  it("rejects other schemes, spaces and control characters as written", () => {
    const rule = "must be an http(s) address without spaces or control characters";
    for (const url of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,<b>x</b>",
      "https://example.org/a\tb", // the URL parser would drop the tab
      " https://example.org/", // and the space
      "https://example.org/a\u0007b",
      "https://example.org/\u202etxt.exe",
    ]) {
      expect(problems(url), JSON.stringify(url)).toEqual([rule]);
      expect(pattern.test(url), JSON.stringify(url)).toBe(false);
    }
    expect(pattern.test("https://example.org/ok")).toBe(true);
    expect(urlValue.format).toBe("uri");
  });
});
