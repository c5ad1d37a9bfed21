/**
 * From a change to a report, in phases that each return a value: select the files that are
 * manifests, read the head side, look up the unchanged files that the head's workloads need (the
 * caller overlaps that lookup with the next phase), read the base side, then judge.
 */
import type { Report } from '../core/model.js';
import { answeredBy, contextNames, judgeChange } from './judge.js';
import { ChangeReader } from './read.js';
import type { CheckOptions, ContextReader } from './types.js';

export { parseLimits } from './read.js';
export { readRequests } from './select.js';
export type { ReadRequest } from './select.js';
export type { Answered, CheckOptions, ContextReader } from './types.js';

/** Judges a change whose change set holds every file it can use (`changeSet.context` included). Pure. */
export function checkChange(options: CheckOptions): Report {
  const reader = new ChangeReader(options.changeSet, options.policy, options.readings);
  const head = reader.readHead();
  const base = reader.readBase();
  return judgeChange({ head, base }, options.changeSet.context, options);
}

/**
 * The same, with the unchanged files looked up on demand: only once the head side is read is it
 * known which workloads changed, and only files naming one of them are read (none when no
 * workload changed). The lookup runs while the base side is read; a second one runs only when
 * the change removes a rollout object whose workload was not named yet.
 */
export async function checkChangeReadingContext(
  options: CheckOptions,
  readContext: ContextReader,
): Promise<Report> {
  const reader = new ChangeReader(options.changeSet, options.policy, options.readings);
  const head = reader.readHead();
  const asked = contextNames(head.plans, []);
  const answered = answeredBy(head.plans, options.changeSet, options.policy);
  const first = asked.size > 0 ? readContext(asked, answered) : Promise.resolve([]);
  const base = reader.readBase();
  const more = [...contextNames(head.plans, base.plans)].filter((name) => !asked.has(name));
  const [context, extra] = await Promise.all([
    first,
    more.length > 0 ? readContext(new Set(more), answered) : Promise.resolve([]),
  ]);
  return judgeChange({ head, base }, [...options.changeSet.context, ...context, ...extra], options);
}
