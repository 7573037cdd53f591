import { UnknownEntityError } from "@korea-relations/core";
import { describe, expect, it } from "vitest";
import { unsafeCharacters } from "../test/terminalSafety.js";
import { CliError } from "./CliError.js";
import { reportError } from "./reportError.js";
import { UsageError } from "./UsageError.js";

function report(error: unknown, debug = false) {
  let err = "";
  const code = reportError(error, { stderr: { write: (text: string) => (err += text) } }, debug);
  return { code, err };
}

const RAW = "a\u001b]0;pwned\u0007b\u009b2J\u202ec\u2028d";

describe("reportError", () => {
  it("gives 2 for usage errors and failures, 1 for unknown names", () => {
    expect(report(new UsageError("bad", "search"))).toEqual({
      code: 2,
      err: "korea-relations: bad (see 'korea-relations help search')\n",
    });
    expect(report(new UsageError("bad")).err).toContain("(see 'korea-relations --help')");
    expect(report(new CliError("cannot write")).code).toBe(2);
    expect(report(new RangeError("Invalid thing")).code).toBe(2);
    const unknown = report(new UnknownEntityError("person", "Kang Kyung-hwa", ["Kang Kyung-wha"]));
    expect(unknown).toEqual({
      code: 1,
      err: 'korea-relations: Unknown person "Kang Kyung-hwa": did you mean "Kang Kyung-wha"?\n',
    });
  });

  it("writes one clean line whatever a message holds", () => {
    for (const error of [
      new UsageError(RAW),
      new CliError(RAW),
      new RangeError(RAW),
      new Error(RAW),
      new UnknownEntityError("record", RAW, [RAW]),
      RAW,
    ]) {
      const { err } = report(error);
      expect(unsafeCharacters(err), err).toEqual([]);
      expect(err.trimEnd().split("\n")).toHaveLength(1);
    }
    expect(report(new UnknownEntityError("record", RAW)).err).toContain(
      '"a\\u001b]0;pwned\\u0007b\\u009b2J\\u202ec\\u2028d"',
    );
  });

  it("adds the stack trace of an unexpected error only with debug, cleaned", () => {
    const error = new Error("boom");
    error.stack = `Error: boom\n    at ${RAW} (file.js:1:1)`;
    expect(report(error).err).toBe(
      "korea-relations: internal error: Error: boom (run again with --debug for its stack trace)\n",
    );
    const debug = report(error, true).err;
    expect(debug).toContain("    at ");
    expect(unsafeCharacters(debug)).toEqual([]);
  });
});
