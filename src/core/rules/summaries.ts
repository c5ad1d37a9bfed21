/**
 * Summaries: how several reports of one problem read as one finding (a short hold at eight stages,
 * no rollback plan for three rollouts). A rule declares them by message id; evaluate merges.
 */

/** A report as its summary sees it: the message it would have had alone, and its data. */
export interface SummaryInput {
  message: string;
  data: Readonly<Record<string, string>>;
}

/**
 * How the reports of one message id merge. Reports merge when they have the same rule, message
 * id, scope and `same` data, and the same level and waiver.
 */
export interface Summary {
  /**
   * Where the problem lies: `plan`, in one rollout (a short hold at each stage); `file`, in one file
   * (a manifest that does not parse); `change`, in the pull request itself (its description has
   * no rollback plan, whichever rollouts need one).
   */
  scope: 'plan' | 'file' | 'change';
  /** Data that must be equal as well, e.g. the reason a rollback plan does not count. */
  same?: readonly string[];
  /** The merged finding's message, from its reports in the order of their places (two or more). */
  message(reports: readonly SummaryInput[]): string;
}

/** Longest list a summary writes out in full; longer ones keep their ends and count the middle. */
const LIST_MAX = 12;

/** "a", "a and b", "a, b and c"; past LIST_MAX items, "a, b, c, d, e, … 9 more …, x and y". */
export function listPhrase(items: readonly string[]): string {
  const shown =
    items.length > LIST_MAX
      ? [...items.slice(0, 5), `… ${items.length - 7} more …`, ...items.slice(-2)]
      : items;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}

export const field = (report: SummaryInput | undefined, key: string): string => report?.data[key] ?? '';
export const values = (reports: readonly SummaryInput[], key: string): string[] =>
  reports.map((r) => field(r, key));

/**
 * The rollouts a change-wide finding covers, each once: "Rollout checkout"; a name two files share
 * says its file, "Rollout checkout (deploy/prod/a.yaml)", so that a list never reads "X and X".
 */
export function subjects(reports: readonly SummaryInput[]): string[] {
  const counts = new Map<string, number>();
  for (const report of reports)
    counts.set(field(report, 'subject'), (counts.get(field(report, 'subject')) ?? 0) + 1);
  const seen = new Set<string>();
  const result: string[] = [];
  for (const report of reports) {
    const subject = field(report, 'subject');
    const file = field(report, 'file');
    const shown = (counts.get(subject) ?? 0) > 1 && file !== '' ? `${subject} (${file})` : subject;
    if (seen.has(shown)) continue;
    seen.add(shown);
    result.push(shown);
  }
  return result;
}

/** Consecutive reports that share `key`, each run with its members. */
export function runsOf(
  reports: readonly SummaryInput[],
  key: string,
): { value: string; members: SummaryInput[] }[] {
  const runs: { value: string; members: SummaryInput[] }[] = [];
  for (const report of reports) {
    const last = runs[runs.length - 1];
    if (last && last.value === field(report, key)) last.members.push(report);
    else runs.push({ value: field(report, key), members: [report] });
  }
  return runs;
}
