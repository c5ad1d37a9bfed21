import type { Policy } from './policy.js';

export interface Review {
  user: string;
  /** GitHub's review state: APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING. */
  state: string;
  /** The commit the review was submitted on. */
  commitId: string;
  submittedAt: string;
}

export interface ApprovalInput {
  reviews: Review[];
  /** Members of the policy's approver teams, by `org/team`, as the API resolved them. */
  teamMembers: Record<string, string[]>;
}

export type ApprovalVerdict =
  { approved: true; by: string; at: string } | { approved: false; reason: string };

/**
 * Whether an approver approved exactly this head commit. Each reviewer's latest review counts (a
 * later "changes requested" or a dismissal withdraws an approval); the pull request's author can
 * never approve their own pull request.
 */
export function approvalOf(
  input: ApprovalInput | undefined,
  policy: Policy,
  head: string,
  author: string | undefined,
): ApprovalVerdict {
  const who = approverList(policy);
  if (who === '')
    return { approved: false, reason: 'the policy names no approvers (approvers.users, approvers.teams)' };
  if (input === undefined)
    return { approved: false, reason: `approvals cannot be seen here; approvers are ${who}` };
  const latest = new Map<string, Review>();
  for (const review of [...input.reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))) {
    if (review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(review.user.toLowerCase(), review);
  }
  const isApprover = (login: string) =>
    policy.approvers.users.some((u) => u.toLowerCase() === login.toLowerCase()) ||
    policy.approvers.teams.some((team) =>
      (input.teamMembers[team] ?? []).some((m) => m.toLowerCase() === login.toLowerCase()),
    );
  const reasons: string[] = [];
  for (const review of latest.values()) {
    if (review.state !== 'APPROVED') continue;
    if (author !== undefined && review.user.toLowerCase() === author.toLowerCase()) {
      reasons.push(`${review.user} is the pull request's author`);
    } else if (!isApprover(review.user)) {
      reasons.push(`${review.user} is not an approver`);
    } else if (review.commitId !== head) {
      reasons.push(`${review.user} approved an older commit (${review.commitId.slice(0, 12)}), not the head`);
    } else {
      return { approved: true, by: review.user, at: review.submittedAt };
    }
  }
  const why = reasons.length > 0 ? `${reasons.join('; ')}. ` : 'no approving review on the head commit. ';
  return { approved: false, reason: `${why}Approvers are ${who}` };
}

export function approverList(policy: Policy): string {
  return [
    ...policy.approvers.users.map((u) => `@${u}`),
    ...policy.approvers.teams.map((t) => `team ${t}`),
  ].join(', ');
}
