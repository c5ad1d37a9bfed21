/**
 * What `rollout-guard help`, `rollout-guard help COMMAND` and `COMMAND --help` print. Each
 * command's flags are listed here once; docs/cli.md is kept in step with this text by a test.
 */

export const USAGE = `Usage: rollout-guard <command> [options]

Commands:
  check             Judge the change between two commits of a git repository
  explain PATH...   Print the rollout plans rollout-guard reads from manifest files or folders
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
  help [COMMAND]    This text, or a command's options

Run "rollout-guard help COMMAND" (or "rollout-guard COMMAND --help") for a command's options.

Exit codes: 0 no errors, 1 the policy fails, 2 bad usage, bad policy or unreadable input.
`;

const CHECK = `Usage: rollout-guard check [options]

Judge the change between two commits of a git repository, as the Action judges a pull request.

Options:
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

Exit codes: 0 no errors, 1 the policy fails, 2 bad usage, bad policy or unreadable input.
`;

const EXPLAIN = `Usage: rollout-guard explain [options] PATH...

Print the rollout plans rollout-guard reads from manifest files: the stages, holds and gates of
each, its rollback and what turns its safety off. A folder is read recursively: the files in it
that the policy's manifest globs select (manifests.include, less manifests.exclude), as a check
would judge them.

Options:
  --policy FILE           Policy whose globs select the files of a folder (default:
                          .github/rollout-guard.yml in the current directory, else the built-in one)
  --format FORMAT         text | json (default: text)

Exit codes: 0 every file read, 2 a file could not be read or holds no supported format.
`;

const INIT = `Usage: rollout-guard init [options]

Read the repository at HEAD (its formats, the folder and namespace names that mean environments,
content and flag files, charts and overlays) and write a policy proposal to
.github/rollout-guard.yml, every choice commented with the files behind it; then replay its
history with the proposal and stage the rules that would fail most (enforceFrom dates).

Options:
  --repo DIR              Repository to read (default: the current directory; never created)
  --policy FILE           Where to write, in the repository (default: .github/rollout-guard.yml)
  --dry-run               Print the proposal (what init found goes to standard error); write nothing
  --force                 Overwrite an existing policy file
  --history N             Changes to replay with the proposal to stage the rules that would fail
                          most (default: 50; 0 replays none)
  --today YYYY-MM-DD      As for check: the day enforceFrom dates count from
`;

const VALIDATE_POLICY = `Usage: rollout-guard validate-policy [options] FILE

Check a policy file against the schema: every mistake with its line and column, one message each;
a policy that extends a shared one is checked against it (it may only tighten it).

Options:
  --shared-policy REF|FILE
                          Impose a shared policy (OWNER/REPO/PATH@REF, or a file) as the Action's
                          shared-policy input does; the repository's policy may only tighten it
  --shared-policy-dir DIR Read shared policies (extends, --shared-policy) from DIR/OWNER/REPO/PATH
                          instead of through the API with the token

Exit codes: 0 valid, 2 not valid or not readable.
`;

const RULES = `Usage: rollout-guard rules [options]

List the rules, their default level and what each checks.

Options:
  --format FORMAT         text | markdown | json (default: text); markdown is the rule reference
`;

const EXEMPTIONS = `Usage: rollout-guard exemptions list [options]

Every exemption in the repository at a commit, from the exemptions file and from manifest
annotations, with its state: active, expiring, expired or unused.

Options:
  --repo DIR              Repository to read (default: the current directory)
  --ref REF               Commit to read it at (default: HEAD)
  --policy FILE           Policy file on disk (default: the one at --ref, or the built-in policy)
  --format FORMAT         text | json (default: text)
  --today YYYY-MM-DD      Judge expiry as of this day (default: today, UTC)
`;

const HISTORY = `Usage: rollout-guard history [options]

Replay the last changes of a repository through the check, each commit against its first parent,
and sum up what the gate would have said: before turning it on, or to measure a policy.

Options:
  --repo DIR              Repository to read (default: the current directory)
  --head REF              Newest commit to replay (default: HEAD)
  --max N                 How many changes, newest first, along the first-parent line (default: 100)
  --since YYYY-MM-DD      Only changes committed since this day
  --touching PATHSPEC     Only changes that touch these paths, as git pathspecs (repeatable),
                          e.g. --touching '*.yaml' --touching '*.yml'
  --policy FILE           Policy file on disk (default: the one at each change's base)
  --pr-body FILE|-        A description that stands for every replayed change
  --label NAME            A label that stands for every replayed change (repeatable)
  --format FORMAT         text | json (default: text)
  --output FILE           Write the summary to FILE instead of standard output
  --today YYYY-MM-DD      Judge enforceFrom dates as of this day (default: today, UTC)
  --shared-policy REF|FILE
                          Impose a shared policy (OWNER/REPO/PATH@REF, or a file) as the Action's
                          shared-policy input does; the repository's policy may only tighten it
  --shared-policy-dir DIR Read shared policies (extends, --shared-policy) from DIR/OWNER/REPO/PATH
                          instead of through the API with the token
`;

const ORG_REPORT = `Usage: rollout-guard org-report [options] REPORT...

Merge the JSON reports of many repositories (each from check --all --format json, one file per
repository named OWNER__NAME.json, or folders of them) into one organisation report: the
repositories, rollouts by format and environment, what fails most, exemptions expiring.

Options:
  --format FORMAT         markdown | json (default: markdown)
  --output FILE           Write the report to FILE instead of standard output
  --json FILE             Also write the JSON report to FILE
  --expiring-within DAYS  List exemptions that expire within DAYS days, or have expired (default: 30)
  --today YYYY-MM-DD      As for check

Exit codes: 0 merged, 2 a report could not be read.
`;

const HELP = `Usage: rollout-guard help [COMMAND]

Print the list of commands, or the options of one.
`;

/** Each command's help, by the name it is run by. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  check: CHECK,
  explain: EXPLAIN,
  init: INIT,
  'validate-policy': VALIDATE_POLICY,
  rules: RULES,
  exemptions: EXEMPTIONS,
  history: HISTORY,
  'org-report': ORG_REPORT,
  help: HELP,
};
