import { agreements } from "./agreements.js";
import { barometer } from "./barometer.js";
import { brief } from "./brief.js";
import type { Command } from "./Command.js";
import { completion } from "./completion.js";
import { exportCommand } from "./exportCommand.js";
import { help } from "./help.js";
import { offices } from "./offices.js";
import { partners } from "./partners.js";
import { quotes } from "./quotes.js";
import { search } from "./search.js";
import { show } from "./show.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";

/** Every subcommand, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  search,
  show,
  timeline,
  partners,
  offices,
  quotes,
  agreements,
  sources,
  brief,
  barometer,
  exportCommand,
  help,
  completion,
];
