import { parseArgs } from 'node:util';
import { checkCommand } from './check.js';
import { exemptionsCommand } from './exemptions.js';
import { explainCommand } from './explain.js';
import { initCommand } from './init.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';
import { rulesCommand } from './rules.js';
import { validatePolicyCommand } from './validate-policy.js';
import { MissingWorkerError } from '../parallel/read-pool.js';
import { PolicyLoadError } from '../sources/policy-file.js';
import { GitSourceError } from '../sources/git.js';
import { VERSION } from '../version.js';

export const USAGE = `Usage: rollout-guard <command> [options]

Commands:
  check             Judge the change between two commits of a git repository
  explain FILE...   Print the rollout plans rollout-guard reads from manifest files
  init              Write a starter policy to .github/rollout-guard.yml
  validate-policy FILE
                    Check a policy file against the schema
  rules             List the rules (--format markdown for the reference)
  exemptions list   Every exemption (file and inline) with its state: active, expiring, expired, unused

check options:
  --repo DIR              Repository to read (default: the current directory)
  --base REF              Base commit (default: merge-base with the default branch)
  --head REF              Head commit (default: HEAD)
  --all                   Audit: judge every manifest at --head instead of a change
  --policy FILE           Policy file on disk (default: .github/rollout-guard.yml at the base commit,
                          or the built-in policy when there is none)
  --pr-body FILE|-        Pull request description (markdown) from a file or standard input
  --label NAME            A pull request label (repeatable)
  --format FORMAT         text | json | markdown | sarif (default: text)
  --output FILE           Write the report to FILE instead of standard output
  --rendered PATH         Manifests an earlier step rendered (helm template, kustomize build), a file
                          or directory; judged in place of the templates they come from
  --today YYYY-MM-DD      Judge enforceFrom dates as of this day (default: today, UTC)

Exit codes: 0 no errors, 1 the policy fails, 2 bad usage, bad policy or unreadable input.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  explain: explainCommand,
  init: initCommand,
  'validate-policy': validatePolicyCommand,
  rules: rulesCommand,
  exemptions: exemptionsCommand,
};

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? EXIT.usage : EXIT.pass;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.pass;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`rollout-guard: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof PolicyLoadError) {
    io.stderr(`rollout-guard: the policy is not valid:\n${error.message}\n`);
  } else if (
    error instanceof UsageError ||
    error instanceof GitSourceError ||
    error instanceof MissingWorkerError
  ) {
    io.stderr(`rollout-guard: ${error.message}\n`);
  } else if (isArgsError(error)) {
    io.stderr(`rollout-guard: ${error.message}\nRun "rollout-guard --help" for usage.\n`);
  } else {
    // A bug in rollout-guard: still no stack trace for the user, but enough to report it.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `rollout-guard: internal error: ${message}\nPlease report this at https://github.com/rollout-guard/rollout-guard/issues\n`,
    );
  }
  return EXIT.usage;
}

function isArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** parseArgs with the house defaults: strict, so an unknown or misspelt flag is an error. */
export function parseFlags<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  return parseArgs({ args, options, strict: true, allowPositionals });
}
