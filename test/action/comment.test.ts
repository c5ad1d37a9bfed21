/**
 * The sticky comment's rules, on comments read beforehand (the action reads them in the GraphQL
 * query after the verdict): which comment is ours, and when it is created, updated or left alone.
 */
import { describe, expect, it } from 'vitest';
import {
  ARTIFACT_LINK_ROOM,
  COMMENT_MARKER,
  COMMENT_MAX_CHARS,
  isOwnComment,
  upsertStickyComment,
} from '../../src/action/comment.js';
import type { CommentApi, IssueComment } from '../../src/action/comment.js';
import { finding, judged, report } from '../report/build.js';

const PASSING = report([judged()], []);
const FAILING = report([judged({ verdict: 'fail' })], [finding()]);

function comment(id: number, author: IssueComment['author'], body = `${COMMENT_MARKER}\nold`): IssueComment {
  return { id, body, author };
}
const bot = (login: string) => ({ login, isBot: true });
const user = (login: string) => ({ login, isBot: false });

function recordingApi(): CommentApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    create: async () => {
      calls.push('create');
      return 99;
    },
    update: async (id) => {
      calls.push(`update ${id}`);
    },
  };
}

describe('isOwnComment', () => {
  it('takes `name` and `name[bot]` for the same bot, whichever side GraphQL dropped the suffix on', () => {
    expect(isOwnComment(comment(1, bot('github-actions')), 'github-actions[bot]')).toBe(true);
    expect(isOwnComment(comment(1, bot('github-actions[bot]')), 'github-actions')).toBe(true);
    expect(isOwnComment(comment(1, bot('github-actions[bot]')), 'github-actions[bot]')).toBe(true);
    expect(isOwnComment(comment(1, bot('Deploy-Gate')), 'deploy-gate[bot]')).toBe(true);
  });

  it('never takes a user account named like the bot, another bot, or a deleted account for us', () => {
    expect(isOwnComment(comment(1, user('github-actions')), 'github-actions[bot]')).toBe(false);
    expect(isOwnComment(comment(1, bot('dependabot')), 'github-actions[bot]')).toBe(false);
    expect(isOwnComment(comment(1, bot('github-actions-x')), 'github-actions[bot]')).toBe(false);
    expect(isOwnComment(comment(1, null), 'github-actions[bot]')).toBe(false);
    expect(isOwnComment(comment(1, null), '')).toBe(false);
  });

  it('needs the marker: our own comment without it is not the sticky comment', () => {
    expect(isOwnComment(comment(1, bot('github-actions'), 'a note'), 'github-actions[bot]')).toBe(false);
  });

  it('matches a personal token by its login exactly (case aside)', () => {
    expect(isOwnComment(comment(1, user('Alice')), 'alice')).toBe(true);
    expect(isOwnComment(comment(1, user('alice[bot]')), 'alice')).toBe(false);
  });
});

describe('upsertStickyComment', () => {
  const identity = 'github-actions[bot]';

  it('updates our comment and leaves a planted marker alone', async () => {
    const api = recordingApi();
    const comments = [comment(1, user('mallory')), comment(2, bot('github-actions')), comment(3, null)];
    expect(
      (await upsertStickyComment(api, { comments, identity }, 'auto', FAILING, () => 'report')).outcome,
    ).toBe('updated');
    expect(api.calls).toEqual(['update 2']);
  });

  it('creates a comment on a failure when only planted markers exist', async () => {
    const api = recordingApi();
    const comments = [comment(1, user('mallory')), comment(3, null)];
    expect(
      (await upsertStickyComment(api, { comments, identity }, 'auto', FAILING, () => 'report')).outcome,
    ).toBe('created');
    expect(api.calls).toEqual(['create']);
  });

  it('(auto) writes nothing for a pass without a comment of ours; (always) writes one', async () => {
    const api = recordingApi();
    expect(
      (await upsertStickyComment(api, { comments: [], identity }, 'auto', PASSING, () => 'report')).outcome,
    ).toBe('skipped');
    expect(
      (await upsertStickyComment(api, { comments: [], identity }, 'always', PASSING, () => 'report')).outcome,
    ).toBe('created');
    expect(api.calls).toEqual(['create']);
  });

  it('leaves our comment unchanged when the body is the same', async () => {
    const api2 = recordingApi();
    const body = `${COMMENT_MARKER}\nsame report`;
    const outcome = await upsertStickyComment(
      api2,
      { comments: [comment(4, bot('github-actions'), body)], identity },
      'always',
      FAILING,
      () => 'same report',
    );
    expect(outcome.outcome).toBe('unchanged');
    expect(api2.calls).toEqual([]);
  });

  it('marks a pass as resolved in the comment it updates', async () => {
    let written = '';
    const api: CommentApi = {
      create: async () => 1,
      update: async (_id, text) => {
        written = text;
      },
    };
    await upsertStickyComment(
      api,
      { comments: [comment(2, bot('github-actions'))], identity },
      'auto',
      PASSING,
      () => 'ok',
    );
    expect(written).toMatch(/^<!-- rollout-guard:sticky-comment -->\n\*\*Resolved\*\* on 222222222222/);
  });

  it('renders the report for the room the marker and the resolved line leave', async () => {
    const rooms: number[] = [];
    const render = (room: number) => {
      rooms.push(room);
      return 'x'.repeat(room);
    };
    const written: string[] = [];
    const api: CommentApi = {
      create: async (text) => {
        written.push(text);
        return 1;
      },
      update: async (_id, text) => {
        written.push(text);
      },
    };
    await upsertStickyComment(api, { comments: [], identity }, 'auto', FAILING, render);
    await upsertStickyComment(
      api,
      { comments: [comment(2, bot('github-actions'))], identity },
      'auto',
      PASSING,
      render,
    );
    expect(rooms[0]).toBeGreaterThan(rooms[1] ?? Infinity);
    // Room is kept for the artifact's link, which the post step may add.
    for (const text of written) expect(text.length).toBe(COMMENT_MAX_CHARS - ARTIFACT_LINK_ROOM);
    expect(written[1]).toMatch(
      /^<!-- rollout-guard:sticky-comment -->\n\*\*Resolved\*\* on 222222222222: .*\n\nx{100}/,
    );
  });

  it("cuts a renderer's text that is still too long at a line, never inside a finding", async () => {
    let written = '';
    const api: CommentApi = {
      create: async (text) => {
        written = text;
        return 1;
      },
      update: async () => undefined,
    };
    const item = (i: number) =>
      `- ❌ **error** [\`canary/min-hold\`](https://example.com) — finding ${i} ${'x'.repeat(80)}`;
    const summary = `## ❌ rollout-guard: FAIL\n\n${Array.from({ length: 1000 }, (_, i) => item(i)).join('\n')}\n`;
    await upsertStickyComment(api, { comments: [], identity }, 'auto', FAILING, () => summary);
    expect(written.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    const [body, note] = written.split('\n\n…');
    expect(note).toBe('the report is too long for a comment; see the job summary.');
    const last = body?.split('\n').at(-1) ?? '';
    expect(last).toMatch(
      /^- ❌ \*\*error\*\* \[`canary\/min-hold`\]\(https:\/\/example\.com\) — finding \d+ x{80}$/,
    );
  });
});
