/**
 * Security review: output injection: file names, manifest values and the pull request's text reach the
 * job log, the job summary and the pull request comment. None of them may become a workflow
 * command, markup, a mention, or a place where a secret from a manifest is echoed.
 */
import type { Nodes, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-github.js';
import type { FakeScenario } from '../support/fake-github.js';
import { runAction } from '../support/action-runner.js';
import type { ActionRun } from '../support/action-runner.js';
import { cli } from '../support/cli.js';
import { TempRepo } from '../support/git-repo.js';
import { fixtureText } from '../helpers.js';

const GUARDED = fixtureText('demo/main/deploy/checkout/rollout.yaml');
const UNSAFE = fixtureText('demo/unsafe-change/deploy/checkout/rollout.yaml');
const MANIFEST = 'deploy/checkout/rollout.yaml';

/** The same unsafe rollout under another name, so that each file is its own plan. */
const unsafeNamed = (name: string) => UNSAFE.replace('  name: checkout', `  name: ${name}`);

function scenario(head: FakeScenario['files']['head'], body: string, extra: Partial<FakeScenario> = {}) {
  return fakeScenario({
    ...extra,
    pull: { ...fakeScenario().pull, title: 'x\n::warning::title', body },
    files: { base: { [MANIFEST]: GUARDED }, head },
  });
}

/**
 * Commands the runner acts on, read the way it reads them (actions/runner ActionCommand): after
 * leading whitespace, `::name props::data`; otherwise the legacy `##[name]` anywhere in the line.
 */
function commandsIn(output: string): { name: string; line: string }[] {
  const found: { name: string; line: string }[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2);
      if (end >= 0) found.push({ name: trimmed.slice(2, end).split(' ')[0] ?? '', line });
      continue;
    }
    const legacy = /##\[([^\]\s]*)/.exec(line);
    if (legacy) found.push({ name: `##[${legacy[1]}`, line });
  }
  return found;
}

const ROLLOUT_GUARD_COMMANDS = new Set(['error', 'warning', 'notice']);

describe('workflow commands in file names and pull request text', () => {
  const files = {
    'deploy/a\n::warning::planted-file.yaml': unsafeNamed('a'),
    'deploy/b\n::add-mask::x.yaml': unsafeNamed('b'),
    'deploy/c\n::stop-commands::tok.yaml': unsafeNamed('c'),
    'deploy/d\n##[error]legacy.yaml': unsafeNamed('d'),
    'deploy/e\r\n::set-output name=verdict::pass.yaml': 'stages:\n  - not a manifest\n',
  };
  const body = [
    '## Test evidence',
    '',
    'https://evil.example/run\n::warning::from-the-body',
    '',
    '## Rollback plan',
    '',
    'TBD',
    '::add-mask::x',
    '::stop-commands::y',
    '##[error]z',
    '  ::error file=a,line=1::indented',
  ].join('\n');

  it('the action emits only its own error/warning/notice commands, with the data escaped', async () => {
    const run = await runAction(scenario(files, body), { comment: 'never' });
    expect(run.code).toBe(1);
    expect(run.report?.findings.length).toBeGreaterThan(5);

    for (const output of [run.stdout, run.stderr]) {
      for (const command of commandsIn(output)) {
        expect(ROLLOUT_GUARD_COMMANDS.has(command.name), command.line).toBe(true);
      }
    }
    const commands = commandsIn(run.stdout);
    expect(commands.filter((c) => c.name === 'error').length).toBeGreaterThan(1);
    // @actions/core escapes a property's newline as %0A and its colons as %3A, so the file name
    // stays inside the annotation that names it.
    expect(run.stdout).toContain('file=deploy/a%0A%3A%3Awarning%3A%3Aplanted-file.yaml');
    expect(run.stdout).toContain('file=deploy/b%0A%3A%3Aadd-mask%3A%3Ax.yaml');
    expect(run.stdout).toContain('file=deploy/e%0D%0A%3A%3Aset-output name=verdict%3A%3Apass.yaml');
    expect(run.outputs.verdict).toBe('fail');
  });

  it('control: the check above can see a planted command', () => {
    const planted = 'ok\n::add-mask::x\nrollout ##[error]y\n   ::stop-commands::z';
    expect(commandsIn(planted).map((c) => c.name)).toEqual(['add-mask', '##[error', 'stop-commands']);
  });
});

function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function nodesOf<T extends Nodes['type']>(root: Root, type: T): Extract<Nodes, { type: T }>[] {
  const found: Nodes[] = [];
  const walk = (node: Nodes) => {
    if (node.type === type) found.push(node);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(root);
  return found as Extract<Nodes, { type: T }>[];
}

describe('markup, mentions and hidden characters', () => {
  const hostileFile = 'deploy/x|y`z`</code></pre><img src=x onerror=alert(1)>.yaml';
  const bidiFile = 'deploy/safe\u202Elmay.yaml';
  const body = [
    '## Test evidence',
    '',
    'https://evil.example/@org/team#1',
    '',
    '## Rollback plan',
    '',
    'TBD @org/team #1 <details><summary>x</summary> \u200B\u202E',
  ].join('\n');

  async function hostileRun(): Promise<{ run: ActionRun; markdowns: string[] }> {
    const run = await runAction(
      scenario({ [hostileFile]: unsafeNamed('pipe'), [bidiFile]: unsafeNamed('bidi') }, body),
      { comment: 'always' },
    );
    const comments = run.requests
      .filter((r) => r.route === 'create-comment')
      .map((r) => (r.body as { body: string }).body);
    expect(comments).toHaveLength(1);
    return { run, markdowns: [run.summary, ...comments] };
  }

  it('the summary and the comment show it as inert text: no HTML, no mention, no reference, tables intact', async () => {
    const { run, markdowns } = await hostileRun();
    expect(run.code).toBe(1);
    for (const markdown of markdowns) {
      // The hostile text does reach the output, escaped.
      expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(markdown).toMatch(/@&#8203;org\/team/);
      expect(markdown).not.toMatch(/<img|<\/code>|<\/pre>/i);
      expect(markdown).not.toMatch(/[\u202E\u200B]/);

      const tree = parseMarkdown(markdown);
      const html = nodesOf(tree, 'html').map((node) => node.value.trim());
      // Line breaks inside list items, the comment's own hidden marker, and its own collapsible
      // sections, whose summaries are fixed words and counts: nothing the pull request wrote.
      expect(
        html.filter(
          (value) =>
            !/^(<br>|<!-- rollout-guard:[\w-]+ -->|<details><summary>[\w ,]+<\/summary>|<\/details>)$/.test(
              value,
            ),
        ),
      ).toEqual([]);
      const text = nodesOf(tree, 'text')
        .map((node) => node.value)
        .join('\n');
      expect(text).not.toMatch(/(^|[^\w])@org\/team/);
      expect(text).not.toMatch(/(^|[^\w&])#1\b/);
      // Each rollout is one line, each finding one list item: a line break in a name starts nothing.
      const lines = markdown.split('\n');
      expect(lines.filter((line) => /^(\||#|>|::)/.test(line) && !/^#{2,3} /.test(line))).toEqual([]);
      const tables = nodesOf(tree, 'table') as Table[];
      for (const table of tables) {
        const [header, ...rows] = table.children;
        for (const row of rows) expect(row.children).toHaveLength(header?.children.length ?? -1);
      }
      const hrefs = nodesOf(tree, 'link').map((node) => node.url);
      expect(hrefs.filter((url) => !/^https:\/\//.test(url))).toEqual([]);
    }
  });
});

describe('a planted sticky-comment marker', () => {
  it('comments by others that carry the marker are never edited; rollout-guard writes its own', async () => {
    const marker = '<!-- rollout-guard:sticky-comment -->';
    const planted = [
      { id: 11, body: `${marker} planted by a user`, user: { login: 'mallory', type: 'User' as const } },
      {
        id: 12,
        body: `${marker} by a look-alike login`,
        user: { login: 'github-actions', type: 'User' as const },
      },
      { id: 13, body: `\`\`\`\n${marker}\n\`\`\``, user: { login: 'mallory', type: 'User' as const } },
    ];
    const world = scenario({ [MANIFEST]: UNSAFE }, '', {
      comments: planted.map((c) => ({ ...c, user: { ...c.user } })),
    });
    const run = await runAction(world, { comment: 'always' });
    expect(run.code).toBe(1);
    expect(run.requests.filter((r) => r.route === 'update-comment')).toEqual([]);
    expect(run.requests.filter((r) => r.route === 'create-comment')).toHaveLength(1);
    expect(world.comments.filter((c) => c.id < 1000)).toEqual(planted);
  });
});

describe('secrets in a manifest that does not parse', () => {
  const TOKEN = 'ghp_R0lloutGuardTestT0ken1234567890abcdEF';
  const broken = {
    'deploy/one/rollout.yaml': `${GUARDED}          env:\n            - name: TOKEN\n              value: "${TOKEN}\n`,
    'deploy/two/rollout.yaml': `apiVersion: v1\nkind: Secret\nstringData:\n  token: ${TOKEN}: extra\n`,
    'deploy/three/rollout.yaml': `apiVersion: v1\nkind: Secret\nstringData:\n\ttoken: ${TOKEN}\n`,
    'deploy/four/rollout.yaml': `apiVersion: v1\nkind: Secret\nstringData: {token: ${TOKEN}\n`,
  };

  it('the CLI reports code and position, never the line, in every format', async () => {
    const repo = new TempRepo();
    try {
      const base = repo.commit({ 'README.md': 'x\n' });
      const head = repo.commit(broken);
      for (const format of ['text', 'json', 'markdown', 'sarif']) {
        const result = await cli([
          'check',
          '--repo',
          repo.dir,
          '--base',
          base,
          '--head',
          head,
          '--format',
          format,
        ]);
        expect(result.code).toBe(1);
        expect(result.stdout).toMatch(/deploy\/four\/rollout\.yaml/);
        expect(result.stdout + result.stderr).not.toContain('R0lloutGuardTestT0ken');
      }
      const json = await cli([
        'check',
        '--repo',
        repo.dir,
        '--base',
        base,
        '--head',
        head,
        '--format',
        'json',
      ]);
      const files = (
        JSON.parse(json.stdout) as { findings: { rule: string; file: string; line: number }[] }
      ).findings
        .filter((f) => f.rule === 'manifest/invalid')
        .map((f) => f.file);
      expect(new Set(files)).toEqual(new Set(Object.keys(broken)));
    } finally {
      repo.remove();
    }
  });

  it('the action reports them without the secret in the log, the summary, the report or the comment', async () => {
    const run = await runAction(scenario(broken, ''), { comment: 'always' });
    expect(run.code).toBe(1);
    const comments = run.requests
      .filter((r) => r.route === 'create-comment')
      .map((r) => JSON.stringify(r.body));
    expect(comments).toHaveLength(1);
    expect(run.report?.findings.filter((f) => f.rule === 'manifest/invalid').length).toBeGreaterThanOrEqual(
      4,
    );
    for (const output of [run.stdout, run.stderr, run.summary, JSON.stringify(run.report), ...comments]) {
      expect(output).not.toContain('R0lloutGuardTestT0ken');
    }
  });
});
