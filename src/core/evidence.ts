import type { CheckRun } from './model.js';
import type { Policy } from './policy.js';
import { evidenceLinks, findSection, parsePullRequestBody } from './pull-request/index.js';
import type { ParsedBody } from './pull-request/index.js';
import { compileGlobs } from './environments.js';

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

  /** Evidence from a link in the evidence section, or from an evidence file the change adds. */
  testEvidence(changedPaths: readonly string[]): SectionCheck {
    const { evidenceHeadings, rollbackHeadings } = this.policy.pullRequest;
    const evidencePaths = compileGlobs(this.policy.evidence.paths);
    const file = changedPaths.find((p) => evidencePaths(p));
    if (file !== undefined) return { ok: true, reason: `evidence file ${file}` };
    const result = findSection(this.body, {
      headings: evidenceHeadings,
      otherHeadings: rollbackHeadings,
      minLength: 1,
      linksAreContent: true,
    });
    if (result.status === 'missing') {
      return { ok: false, reason: `no section headed ${quoteList(evidenceHeadings)} in the description` };
    }
    if (result.status === 'empty') {
      return { ok: false, reason: `the "${result.heading}" section does not count: ${result.reason}` };
    }
    const links = evidenceLinks(result.section, this.policy.evidence.allowedHosts);
    const accepted = links.accepted[0];
    if (accepted) return { ok: true, reason: `link ${accepted.url}` };
    const rejected = links.rejected[0];
    if (rejected) {
      return {
        ok: false,
        reason: `no link to an allowed host (${this.policy.evidence.allowedHosts.join(', ')}); ${rejected.link.url} was rejected: ${rejected.reason}`,
      };
    }
    return {
      ok: false,
      reason: `the "${result.section.heading}" section has no link to a test run on an allowed host (${this.policy.evidence.allowedHosts.join(', ')})`,
    };
  }
}

export interface ChecksVerdict {
  /** Required check names that did not pass on the head commit, each with why. */
  failing: { name: string; reason: string }[];
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
  for (const name of required) {
    if (ownCheckNames.includes(name)) {
      failing.push({ name, reason: "rollout-guard's own check cannot be its evidence" });
      continue;
    }
    const candidates = checks.filter((c) => c.name === name);
    if (candidates.length === 0) {
      failing.push({ name, reason: 'no check or status with this name on the head commit' });
      continue;
    }
    const passing = candidates.some((c) => c.conclusion === 'success' && c.headSha === head && c.app === app);
    if (passing) continue;
    const sample = candidates[0];
    let reason: string;
    if (candidates.every((c) => c.headSha !== head)) reason = 'it ran on another commit, not the head';
    else if (candidates.every((c) => c.app !== app))
      reason = `it was produced by ${sample?.app ?? 'a commit status'}, not ${app}`;
    else
      reason = `its conclusion is ${candidates.map((c) => c.conclusion ?? 'pending').join(', ')}, not success`;
    failing.push({ name, reason });
  }
  return { failing };
}

function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(' or ');
}
