/** What an approval is judged on: the pull request's reviews, and the members of approver teams. */
import type { Octokit } from './client.js';
import { call } from './errors.js';
import type { RepoRef } from './types.js';

export interface ReviewRecord {
  user: string;
  state: string;
  commitId: string;
  submittedAt: string;
}

/** Every review of the pull request, oldest first. */
export async function listReviews(client: Octokit, repo: RepoRef, number: number): Promise<ReviewRecord[]> {
  const request = `GET /repos/${repo.owner}/${repo.repo}/pulls/${number}/reviews`;
  const reviews = await call(request, 'pull-requests: read', () =>
    client.paginate(client.rest.pulls.listReviews, {
      owner: repo.owner,
      repo: repo.repo,
      pull_number: number,
      per_page: 100,
    }),
  );
  return reviews.flatMap((review) =>
    review.user && review.commit_id && review.submitted_at
      ? [
          {
            user: review.user.login,
            state: review.state,
            commitId: review.commit_id,
            submittedAt: review.submitted_at,
          },
        ]
      : [],
  );
}

/** Logins of a team's members (`org/team-slug`), including members of its child teams. */
export async function listTeamMembers(client: Octokit, team: string): Promise<string[]> {
  const [org = '', slug = ''] = team.split('/');
  const request = `GET /orgs/${org}/teams/${slug}/members`;
  const members = await call(request, 'members: read (organization); GITHUB_TOKEN cannot read teams', () =>
    client.paginate(client.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 }),
  );
  return members.map((member) => member.login);
}
