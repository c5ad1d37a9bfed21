import { checkCommand } from './check.js';
import { exemptionsCommand } from './exemptions.js';
import { HelpRequested } from './flags.js';
import { COMMAND_HELP, USAGE } from './help.js';
import { closest } from '../core/suggest.js';
import { historyCommand } from './history.js';
import { explainCommand } from './explain.js';
import { initCommand } from './init.js';
import { orgReportCommand } from './org-report.js';
import { EXIT } from './io.js';
import type { CliIo } from './io.js';
import { rulesCommand } from './rules.js';
import { validatePolicyCommand } from './validate-policy.js';
import { UserError } from '../core/errors.js';
import { VERSION } from '../version.js';

export { USAGE };

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  explain: explainCommand,
  init: initCommand,
  'validate-policy': validatePolicyCommand,
  rules: rulesCommand,
  exemptions: exemptionsCommand,
  history: historyCommand,
  'org-report': orgReportCommand,
};

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return name === undefined ? EXIT.usage : EXIT.pass;
  }
  if (name === 'help') return help(rest, io);
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.pass;
  }
  const command = COMMANDS[name];
  if (!command) return unknownCommand(name, io);
  // Before the command reads anything: `exemptions --help` has no subcommand yet, say.
  const terminator = rest.indexOf('--');
  if ((terminator < 0 ? rest : rest.slice(0, terminator)).some((arg) => arg === '--help' || arg === '-h')) {
    io.stdout(COMMAND_HELP[name] ?? USAGE);
    return EXIT.pass;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.stdout(COMMAND_HELP[name] ?? USAGE);
      return EXIT.pass;
    }
    return reportFailure(error, io, name);
  }
}

/** `help` alone lists the commands; `help COMMAND` prints that command's options. */
function help(args: string[], io: CliIo): number {
  const [topic] = args;
  if (topic === undefined) {
    io.stdout(USAGE);
    return EXIT.pass;
  }
  const text = COMMAND_HELP[topic];
  if (text === undefined) return unknownCommand(topic, io);
  io.stdout(text);
  return EXIT.pass;
}

/** An unknown command: the one it was probably meant to be, and where the list is. */
function unknownCommand(name: string, io: CliIo): number {
  const hint = name.startsWith('-') ? undefined : closest(name, [...Object.keys(COMMANDS), 'help']);
  const what = name.startsWith('-') ? `unknown option "${name}"` : `unknown command "${name}"`;
  io.stderr(
    `rollout-guard: ${what}${hint ? ` (did you mean "${hint}"?)` : ''}\nRun "rollout-guard help" for the commands.\n`,
  );
  return EXIT.usage;
}

function reportFailure(error: unknown, io: CliIo, command: string): number {
  if (error instanceof UserError) {
    io.stderr(`${error.describe(command)}\n`);
  } else {
    // A bug in rollout-guard: still no stack trace for the user, but enough to report it.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `rollout-guard: internal error: ${message}\nPlease report this at https://github.com/rollout-guard/rollout-guard/issues\n`,
    );
  }
  return EXIT.usage;
}
