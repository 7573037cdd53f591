import { UsageError } from "../UsageError.js";
import type { CommandContext } from "./Command.js";

/**
 * One country or a pair from the positional arguments, each resolved by
 * core (a code or any name: `KR`, `Südkorea`); an unknown name is core's
 * error with its suggestions.
 */
export function countryArguments(
  context: CommandContext,
  command: string,
): [string] | [string, string] {
  const names = context.positionals;
  if (names.length < 1 || names.length > 2)
    throw new UsageError("give one country or two (a pair)", command);
  const relations = context.io.relations();
  const ids = names.map((name) => relations.getCountry(name).id);
  if (ids[0] === ids[1]) throw new UsageError("give two different countries for a pair", command);
  return ids as [string] | [string, string];
}
