/**
 * Parses one record file of `data/` with limits, so that no file can stall
 * or crash the build: nesting, alias expansion and malformed YAML each end in
 * one line naming the file (and line, where YAML gives one).
 */
import { isCollection, isPair, Lexer, type Node, parseDocument } from "yaml";

/** Deepest nesting of collections a record file may have (records need about 5). */
export const MAX_YAML_DEPTH = 64;
/** Nodes an alias may expand to: yaml's `maxAliasCount`, stated here so it cannot drift. */
export const MAX_ALIAS_COUNT = 100;

export type ParsedYaml =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly line?: number; readonly message: string };

const DEPTH_MESSAGE = `YAML nested deeper than ${MAX_YAML_DEPTH} levels`;

/** Deepest nesting of flow collections (`[`, `{`), stopping as soon as it passes the limit. */
function flowDepthExceeded(text: string): boolean {
  let depth = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === "[" || token === "{") {
      depth += 1;
      if (depth > MAX_YAML_DEPTH) return true;
    } else if (token === "]" || token === "}") depth -= 1;
  }
  return false;
}

/** Whether the document's node tree is deeper than the limit (walked without recursion). */
function treeDepthExceeded(root: unknown): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (isPair(node)) {
      stack.push([node.key, depth], [node.value, depth]);
    } else if (isCollection(node as Node)) {
      if (depth + 1 > MAX_YAML_DEPTH) return true;
      for (const item of (node as { items: unknown[] }).items) stack.push([item, depth + 1]);
    }
  }
  return false;
}

/** The first line of a yaml error message, without its trailing `at line L, column C:`. */
function firstLine(message: string): string {
  return (message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "").trim();
}

/** Parses `text` as one YAML document within the limits above. */
export function parseYaml(text: string): ParsedYaml {
  if (flowDepthExceeded(text)) return { ok: false, message: DEPTH_MESSAGE };
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    if (/maximum call stack/i.test(error.message))
      return { ok: false, line, message: DEPTH_MESSAGE };
    return { ok: false, line, message: `malformed YAML: ${firstLine(error.message)}` };
  }
  if (treeDepthExceeded(document.contents)) return { ok: false, message: DEPTH_MESSAGE };
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (caught) {
    if (caught instanceof ReferenceError && /excessive alias count/i.test(caught.message)) {
      return {
        ok: false,
        message: `YAML aliases expand to more than ${MAX_ALIAS_COUNT} nodes (an alias bomb); write the values out`,
      };
    }
    if (caught instanceof RangeError) return { ok: false, message: DEPTH_MESSAGE };
    return {
      ok: false,
      message: `malformed YAML: ${firstLine(caught instanceof Error ? caught.message : String(caught))}`,
    };
  }
}
