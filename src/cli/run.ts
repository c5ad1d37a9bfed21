import { checkCommand } from './check.js';
import { exemptionsCommand } from './exemptions.js';
import { isArgsError } from './flags.js';
import { historyCommand } from './history.js';
import { explainCommand } from './explain.js';
import { initCommand } from './init.js';
import { orgReportCommand } from './org-report.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';
import { rulesCommand } from './rules.js';
import { validatePolicyCommand } from './validate-policy.js';
import { MissingWorkerError } from '../parallel/read-pool.js';
import { PolicyLoadError } from '../sources/policy-file.js';
import { GitSourceError } from '../sources/git/index.js';
import { VERSION } from '../version.js';

export const USAGE = `Usage: rollout-guard <command> [options]

Commands:
  check             Judge the change between two commits of a git repository
  explain FILE...   Print the rollout plans rollout-guard reads from manifest files
  init              Read the repository and write a policy proposal to .github/rollout-guard.yml:
                    its environments, content and flags, staged by a replay of its history
  validate-policy FILE
                    Check a policy file against the schema
  rules             List the rules (--format markdown for the reference)
  exemptions list   Every exemption (file and inline) with its state: active, expiring, expired, unused
  history           Replay the last changes of a repository through the check and sum up what
                    would have failed (before turning the gate on)
  org-report REPORT...
                    Merge the JSON reports of many repositories (check --all --format json, one
                    file per repository, named OWNER__NAME.json) into one organisation report

check options:
  --repo DIR              Repository to read (default: the current directory)
  --base REF              Base commit (default: merge-base with the default branch)
  --head REF              Head commit (default: HEAD)
  --worktree              Judge the working tree (tracked and untracked files) against HEAD, or
                          its merge-base with --base: uncommitted edits, before they are committed
  --staged                Judge the staged changes (the index) against HEAD: what the next commit
                          takes (the pre-commit hook runs this)
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
  --github-repo OWNER/NAME
                          The GitHub repository whose runs the evidence section links to (default:
                          the origin remote, when it is on GitHub)
  --token-env NAME        Environment variable holding a GitHub token to verify those runs with
                          (default: GITHUB_TOKEN); without a token, links are checked by shape only
  --shared-policy REF|FILE
                          Impose a shared policy (OWNER/REPO/PATH@REF, or a file) as the Action's
                          shared-policy input does; the repository's policy may only tighten it
  --shared-policy-dir DIR Read shared policies (extends, --shared-policy) from DIR/OWNER/REPO/PATH
                          instead of through the API with the token

history options:
  --repo DIR              Repository to read (default: the current directory)
  --head REF              Newest commit to replay (default: HEAD)
  --max N                 How many changes, newest first, along the first-parent line (default: 100)
  --since YYYY-MM-DD      Only changes committed since this day
  --touching PATHSPEC     Only changes that touch these paths, as git pathspecs (repeatable),
                          e.g. --touching '*.yaml' --touching '*.yml'
  --policy, --pr-body, --label, --output, --today   As for check; the description and labels
                          stand for every replayed change
  --format FORMAT         text | json (default: text)

init options:
  --repo DIR              Repository to read (default: the current directory; never created)
  --policy FILE           Where to write, in the repository (default: .github/rollout-guard.yml)
  --dry-run               Print the proposal (what init found goes to standard error); write nothing
  --force                 Overwrite an existing policy file
  --history N             Changes to replay with the proposal to stage the rules that would fail
                          most (default: 50; 0 replays none)
  --today YYYY-MM-DD      As for check: the day enforceFrom dates count from

org-report options:
  --format FORMAT         markdown | json (default: markdown)
  --output FILE           Write the report to FILE instead of standard output
  --json FILE             Also write the JSON report to FILE
  --expiring-within DAYS  List exemptions that expire within DAYS days, or have expired (default: 30)
  --today YYYY-MM-DD      As for check

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
  history: historyCommand,
  'org-report': orgReportCommand,
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
