import type { CheckRun, EvidenceContext, EvidenceItem, RunRef } from './model.js';
import type { Policy } from './policy.js';
import {
  findSection,
  hostProblem,
  parseAllowedHost,
  parseEvidenceUrl,
  parsePullRequestBody,
} from './pull-request/index.js';
import type { ParsedBody, Section, SectionResult } from './pull-request/index.js';
import { compileGlobs } from './environments.js';
import { classifyLink, serverHostOf } from './evidence-links.js';
import { judgeRun, repositoryAccepted, runSubject } from './evidence-runs.js';

export interface SectionCheck {
  ok: boolean;
  /** Why it does not count, or what made it count. */
  reason: string;
}

/** The pull request description, parsed once and asked the two questions the rules need. */
export class PullRequestEvidence {
  private readonly body: ParsedBody;

  constructor(
    markdown: string,
    private readonly policy: Policy,
  ) {
    this.body = parsePullRequestBody(markdown);
  }

  rollbackPlan(): SectionCheck {
    const { rollbackHeadings, evidenceHeadings, minSectionLength } = this.policy.pullRequest;
    const result = findSection(this.body, {
      headings: rollbackHeadings,
      otherHeadings: evidenceHeadings,
      minLength: minSectionLength,
    });
    if (result.status === 'present') return { ok: true, reason: `section "${result.section.heading}"` };
    if (result.status === 'missing') {
      return { ok: false, reason: `no section headed ${quoteList(rollbackHeadings)} in the description` };
    }
    return { ok: false, reason: `the "${result.heading}" section does not count: ${result.reason}` };
  }

  /**
   * Test evidence: an evidence file the change adds, or the links of the evidence section, each
   * judged (runs against what the sources read about them, see `context`), in document order.
   */
  testEvidence(changedPaths: readonly string[], context: EvidenceJudgementContext): EvidenceVerdict {
    const { evidenceHeadings } = this.policy.pullRequest;
    const evidencePaths = compileGlobs(this.policy.evidence.paths);
    const files = changedPaths.filter((p) => evidencePaths(p));
    const fileItems = files.map((file): EvidenceItem => ({
      kind: 'file',
      subject: file,
      file,
      verified: false,
      accepted: true,
      reason: 'is a file the change adds or changes under evidence.paths',
    }));
    const result = this.evidenceSection();
    const items = result.status === 'present' ? this.judgeLinks(result.section, context) : [];
    const all = [...items, ...fileItems];
    const file = files[0];
    if (file !== undefined) return { items: all, status: 'verified', reason: `evidence file ${file}` };
    if (result.status === 'missing') {
      return {
        items: all,
        status: 'missing',
        reason: `no section headed ${quoteList(evidenceHeadings)} in the description`,
      };
    }
    if (result.status === 'empty') {
      return {
        items: all,
        status: 'missing',
        reason: `the "${result.heading}" section does not count: ${result.reason}`,
      };
    }
    const verified = items.find((item) => item.verified);
    if (verified) return { items: all, status: 'verified', reason: `${verified.subject} ${verified.reason}` };
    const unverified = items.filter((item) => item.accepted);
    const rejected = items.filter((item) => !item.accepted);
    if (unverified.length > 0) {
      return {
        items: all,
        status: 'unverified',
        reason: `nothing in it is verified: ${describeItems(unverified)}${rejected.length > 0 ? `; ${describeItems(rejected)}` : ''}`,
      };
    }
    if (rejected.length > 0) return { items: all, status: 'missing', reason: describeItems(rejected) };
    return {
      items: all,
      status: 'missing',
      reason: `the "${result.section.heading}" section has no link to a test run (a GitHub Actions run, job or check run of this repository) or to an allowed host (${this.policy.evidence.allowedHosts.join(', ')})`,
    };
  }

  /**
   * The runs, jobs and check runs of the evidence section that the sources should read: on the
   * GitHub server, of this repository or one the policy lists, the first {@link MAX_RUN_LINKS}
   * distinct ones in document order.
   */
  runsToRead(context: Pick<EvidenceContext, 'serverUrl' | 'repository'>): RunRef[] {
    const result = this.evidenceSection();
    if (result.status !== 'present' || context.repository === undefined) return [];
    const serverHost = serverHostOf(context.serverUrl);
    const refs = new Map<string, RunRef>();
    for (const link of result.section.links) {
      const ref = this.readableRun(link.url, serverHost, context.repository);
      if (ref !== undefined && !refs.has(ref.key)) refs.set(ref.key, ref);
    }
    return [...refs.values()].slice(0, MAX_RUN_LINKS);
  }

  private sectionResult: SectionResult | undefined;

  private evidenceSection(): SectionResult {
    const { evidenceHeadings, rollbackHeadings } = this.policy.pullRequest;
    this.sectionResult ??= findSection(this.body, {
      headings: evidenceHeadings,
      otherHeadings: rollbackHeadings,
      minLength: 1,
      linksAreContent: true,
    });
    return this.sectionResult;
  }

  /** The run a link names, when it is one the sources may read (see `runsToRead`). */
  private readableRun(raw: string, serverHost: string, repository: string): RunRef | undefined {
    const parsed = parseEvidenceUrl(raw);
    if ('problem' in parsed) return undefined;
    const link = classifyLink(parsed.url, serverHost);
    if (link.kind !== 'actions-run' && link.kind !== 'job' && link.kind !== 'check-run') return undefined;
    if (link.host !== serverHost || !repositoryAccepted(link.ref, repository, this.policy.evidence))
      return undefined;
    if (!sameRepository(link.ref.repository, repository) && link.kind !== 'actions-run') return undefined;
    return link.ref;
  }

  private judgeLinks(section: Section, context: EvidenceJudgementContext): EvidenceItem[] {
    const policy = this.policy.evidence;
    const allowed = policy.allowedHosts.map(parseAllowedHost).filter((entry) => entry !== undefined);
    const serverHost = serverHostOf(context.evidence?.serverUrl ?? DEFAULT_SERVER_URL);
    const repository = context.evidence?.repository;
    const readable = new Set(
      this.runsToRead({ serverUrl: context.evidence?.serverUrl ?? DEFAULT_SERVER_URL, repository }).map(
        (r) => r.key,
      ),
    );
    const acceptUnverified = policy.unverified !== 'reject';
    const seen = new Set<string>();
    const items: EvidenceItem[] = [];
    for (const link of section.links) {
      const url = link.url.trim();
      if (seen.has(url)) continue;
      seen.add(url);
      const base = { url, subject: url, line: link.line };
      const rejected = (kind: EvidenceItem['kind'], reason: string): EvidenceItem => ({
        ...base,
        kind,
        verified: false,
        accepted: false,
        reason,
      });
      const unverified = (kind: EvidenceItem['kind'], reason: string): EvidenceItem => ({
        ...base,
        kind,
        verified: false,
        accepted: acceptUnverified,
        reason: `${reason}${acceptUnverified ? '' : ' (evidence.unverified: reject)'}`,
      });
      const parsed = parseEvidenceUrl(url);
      if ('problem' in parsed) {
        items.push(rejected('link', `was rejected: ${parsed.problem}`));
        continue;
      }
      const kind = classifyLink(parsed.url, serverHost);
      if (kind.kind === 'page') {
        items.push(rejected('link', `is ${kind.what}, not a run, a job or a check run: never evidence`));
        continue;
      }
      if (kind.kind === 'attachment' || kind.kind === 'other') {
        // An upload to the GitHub server the change lives on is as good as one to github.com.
        const onServer = kind.kind === 'attachment' && serverHostOf(url) === serverHost;
        const problem = onServer ? undefined : hostProblem(parsed.url, allowed);
        const what = kind.kind === 'attachment' ? 'attachment' : 'link';
        if (problem !== undefined) items.push(rejected(what, `was rejected: ${problem}`));
        else if (kind.kind === 'attachment') {
          items.push(
            unverified(what, 'is not verified: nothing can check what an uploaded screenshot or file shows'),
          );
        } else {
          items.push(
            unverified(what, `is not verified: rollout-guard cannot check pages on ${parsed.url.hostname}`),
          );
        }
        continue;
      }
      const { ref } = kind;
      const subject = runSubject(ref, repository);
      const run = { ...base, subject, kind: kind.kind, id: ref.id, repository: ref.repository };
      const reject = (reason: string): EvidenceItem => ({ ...run, verified: false, accepted: false, reason });
      if (kind.host !== serverHost) {
        const problem = hostProblem(parsed.url, allowed);
        if (problem !== undefined) items.push(reject(`was rejected: ${problem}`));
        else {
          items.push({
            ...unverified(
              kind.kind,
              `is on ${kind.host}, not on the GitHub server this check reads (${serverHost}), so it is not verified`,
            ),
            subject,
            id: ref.id,
            repository: ref.repository,
          });
        }
        continue;
      }
      if (repository === undefined || context.evidence?.runs === undefined) {
        const why = context.evidence?.unread ?? 'the GitHub API was not asked';
        items.push({
          ...unverified(kind.kind, `is not verified: ${why}`),
          subject,
          id: ref.id,
          repository: ref.repository,
        });
        continue;
      }
      if (!repositoryAccepted(ref, repository, policy)) {
        items.push(
          reject(
            `belongs to ${ref.repository}, which is not this repository and not listed in evidence.repositories`,
          ),
        );
        continue;
      }
      if (!sameRepository(ref.repository, repository) && ref.kind !== 'actions-run') {
        items.push(
          reject(
            `is of another repository: link its run (…/actions/runs/ID), whose title can name the commit it tested`,
          ),
        );
        continue;
      }
      if (!readable.has(ref.key)) {
        items.push(
          reject(
            `was not read: rollout-guard verifies at most the first ${MAX_RUN_LINKS} runs, jobs and check runs of the section`,
          ),
        );
        continue;
      }
      const outcome = context.evidence.runs.get(ref.key);
      if (outcome === undefined) {
        items.push(reject('could not be verified: it was not read'));
        continue;
      }
      const judged = judgeRun(ref, outcome, {
        repository,
        head: context.evidence.head ?? context.head,
        policy,
        fromFork: context.evidence.fromFork ?? false,
        ...(context.evidence.commits ? { commits: context.evidence.commits } : {}),
      });
      const facts = judged.facts;
      const age = facts?.completedAt === undefined ? undefined : ageSeconds(facts.completedAt, context.now);
      items.push({
        ...run,
        ...(facts ? { name: facts.name } : {}),
        verified: judged.verified,
        accepted: judged.verified,
        reason: judged.reason,
        ...(judged.testedSha !== undefined
          ? { headSha: judged.testedSha }
          : facts
            ? { headSha: facts.headSha }
            : {}),
        ...(facts ? { conclusion: facts.conclusion } : {}),
        ...(facts?.completedAt !== undefined && facts.status === 'completed'
          ? { completedAt: facts.completedAt }
          : {}),
        ...(age !== undefined && facts?.status === 'completed' ? { age } : {}),
      });
    }
    return items;
  }
}

/** Links to runs read at most: each costs one request. */
export const MAX_RUN_LINKS = 10;

/** Where links are classified when no source says which GitHub server the change lives on. */
export const DEFAULT_SERVER_URL = 'https://github.com';

export interface EvidenceJudgementContext {
  head: string;
  now: Date;
  /** Undefined when no source says where the change lives or what its runs are (a test, an audit). */
  evidence: EvidenceContext | undefined;
}

export interface EvidenceVerdict {
  /** Every link of the section and every evidence file, judged. */
  items: EvidenceItem[];
  /**
   * `verified`: a verified run or an evidence file; `unverified`: only evidence the policy may
   * accept unverified; `missing`: nothing that counts.
   */
  status: 'verified' | 'unverified' | 'missing';
  /** Why, for the finding: what counted, or every piece that did not and why. */
  reason: string;
}

const sameRepository = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function ageSeconds(completedAt: string, now: Date): number | undefined {
  const at = Date.parse(completedAt);
  if (Number.isNaN(at)) return undefined;
  const seconds = Math.round((now.getTime() - at) / 1000);
  return seconds >= 0 ? seconds : undefined;
}

/** "run 1 failed; https://github.com/alice is a profile…", the first few, then how many more. */
export function describeItems(items: readonly EvidenceItem[], max = 4): string {
  const shown = items.slice(0, max).map((item) => `${item.subject} ${item.reason}`);
  const more = items.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more (see the evidence list)` : ''}`;
}

export interface ChecksVerdict {
  /** Required check names that did not pass on the head commit, each with why. */
  failing: { name: string; reason: string }[];
  /** Every required check as a piece of evidence, in the order the policy lists them. */
  items: EvidenceItem[];
}

/**
 * Required checks must have concluded `success` on exactly the head commit and come from the
 * expected app; rollout-guard's own check never counts.
 */
export function verifyChecks(
  required: readonly string[],
  checks: readonly CheckRun[],
  head: string,
  app: string,
  ownCheckNames: readonly string[],
): ChecksVerdict {
  const failing: ChecksVerdict['failing'] = [];
  const items: EvidenceItem[] = [];
  const fail = (name: string, reason: string, sample?: CheckRun) => {
    failing.push({ name, reason });
    items.push({
      kind: 'check',
      subject: `required check "${name}"`,
      name,
      verified: false,
      accepted: false,
      reason: `has not passed on the head commit: ${reason}`,
      ...(sample ? { headSha: sample.headSha, conclusion: sample.conclusion } : {}),
    });
  };
  for (const name of required) {
    if (ownCheckNames.includes(name)) {
      fail(name, "rollout-guard's own check cannot be its evidence");
      continue;
    }
    const candidates = checks.filter((c) => c.name === name);
    if (candidates.length === 0) {
      fail(name, 'no check or status with this name on the head commit');
      continue;
    }
    const passing = candidates.find((c) => c.conclusion === 'success' && c.headSha === head && c.app === app);
    if (passing) {
      items.push({
        kind: 'check',
        subject: `required check "${name}"`,
        name,
        verified: true,
        accepted: true,
        reason: `succeeded on the head, ${head.slice(0, 7)}`,
        headSha: passing.headSha,
        conclusion: passing.conclusion,
      });
      continue;
    }
    const sample = candidates[0];
    let reason: string;
    if (candidates.every((c) => c.headSha !== head)) reason = 'it ran on another commit, not the head';
    else if (candidates.every((c) => c.app !== app))
      reason = `it was produced by ${sample?.app ?? 'a commit status'}, not ${app}`;
    else
      reason = `its conclusion is ${candidates.map((c) => c.conclusion ?? 'pending').join(', ')}, not success`;
    fail(name, reason, sample);
  }
  return { failing, items };
}

function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(' or ');
}
