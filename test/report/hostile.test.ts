import type { Nodes, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { Report, Waiver } from '../../src/core/model.js';
import { RULE_IDS } from '../../src/core/model.js';
import { OUTPUT_FORMATS, renderComment, renderers } from '../../src/report/index.js';
import { finding, judged, plan, report, stage } from './build.js';

// Every string below comes from a pull request: file names, manifest values quoted in messages,
// plan ids, environment names, the policy source, even the refs.
const IMG_FILE = 'deploy/a|b`c`</code></pre><img src=x onerror=alert(1)>.yaml';
const COMMAND_FILE = '\n::warning::x';
const LEGACY_FILE = 'ok/##[error]legacy.yaml';
const BIDI_FILE = 'deploy/safe\u202Elmay.exe';
const MESSAGE =
  'Weight "5|6" from `value` closes #1, pings @org/team and <b>bold</b>\n::error file=a::pwned \u200Bhidden ##[add-mask]x';
const BLOB = 'https://github.com/acme/infra/blob/2222222222222222222222222222222222222222/';
const WAIVER_REASON = 'ok per @org/team | col\n::warning::pwned ##[error]x #12 <img src=x>';
const WAIVER: Waiver = {
  kind: 'exemption',
  by: '@org/team\n::error::by',
  reason: WAIVER_REASON,
  until: '2026-07-20\n::notice::until',
  ticket: 'GH-12 | `t`',
  source: 'ex`</code>`\u202E',
  originalLevel: 'error',
};

function hostileReport(): Report {
  const hostilePlan = plan({
    id: 'argo-rollouts:Rollout:ns/`x`|y',
    file: IMG_FILE,
    target: { kind: 'Rollout', name: '@org/team', namespace: '#1' },
    stages: [stage(0, 600, { segment: 'header X|Y\n| injected | row |' }), stage(20, 'manual'), stage(100)],
    rollback: { automatic: false, how: ['::warning::how'] },
  });
  const base = plan({ ...hostilePlan, stages: [stage(50, 600), stage(100)] });
  return report(
    [
      judged({ plan: hostilePlan, basePlan: base, environment: '@org/team\n| x |', verdict: 'fail' }),
      judged({
        plan: plan({ file: COMMAND_FILE, id: COMMAND_FILE }),
        environment: '::stop-commands::t',
        change: 'added',
      }),
      judged({ plan: plan({ file: BIDI_FILE }), environment: 'prod\u200B', change: 'removed' }),
    ],
    [
      finding({ file: IMG_FILE, message: MESSAGE, planId: 'argo-rollouts:Rollout:ns/`x`|y' }),
      finding({ file: COMMAND_FILE, line: 1, message: '::error::x', remediation: '##[warning]fix' }),
      finding({ file: LEGACY_FILE, level: 'warning', message: '@org/team #1' }),
      finding({ file: BIDI_FILE, level: 'notice', message: 'name \u202Ereversed\u2066' }),
      finding({ file: undefined, line: undefined, planId: undefined, message: '\r::set-output name=a::b' }),
      finding({ file: IMG_FILE, level: 'notice', message: 'waived @org/team', waived: WAIVER }),
      finding({
        level: 'warning',
        message: 'waived by a login',
        waived: { ...WAIVER, kind: 'break-glass', by: 'maria-sre', until: undefined, ticket: undefined },
      }),
    ],
    {
      policy: { source: '::add-mask::policy\n##[x]' },
      base: '@org/team',
      head: '#1 ##[y]',
      waivers: {
        breakGlass: {
          label: 'emergency`` @org/team\n::warning::label',
          approved: true,
          by: 'maria-sre`@org/team',
          at: '\n::error::at #3',
          waived: 1,
        },
        notes: ['note @org/team |\n::warning::note ##[x] #4'],
      },
    },
  );
}

function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

function nodesOf<T extends Nodes['type']>(root: Root, type: T): Extract<Nodes, { type: T }>[] {
  const found: Nodes[] = [];
  walk(root, (node) => {
    if (node.type === type) found.push(node);
  });
  return found as Extract<Nodes, { type: T }>[];
}

describe('renderers given hostile strings', () => {
  const hostile = hostileReport();
  const outputs = OUTPUT_FORMATS.map((format) => ({
    format,
    output: renderers[format](hostile, { blobUrlBase: BLOB }),
  }));

  for (const { format, output } of outputs) {
    it(`${format}: no line can be read as a workflow command`, () => {
      for (const line of output.split(/\r\n|\r|\n/)) {
        expect(line).not.toMatch(/^[\s\u0085]*::/u);
        expect(line).not.toContain('##[');
      }
    });
  }

  it('markdown and comment: a name with a line break or a pipe starts no line, table or block of its own', () => {
    for (const markdown of [
      renderers.markdown(hostile, { blobUrlBase: BLOB }),
      renderComment(hostile, { blobUrlBase: BLOB }),
    ]) {
      const tree = parseMarkdown(markdown);
      expect(nodesOf(tree, 'table') as Table[]).toEqual([]);
      expect(nodesOf(tree, 'blockquote')).toEqual([]);
      const headings = nodesOf(tree, 'heading').map((node) => node.depth);
      expect(headings.every((depth) => depth === 2 || depth === 3)).toBe(true);
      // Each rollout is a line of its own, and each finding a list item of its own.
      const rollouts = markdown.split('\n').filter((line) => /^(❌|⚠️|✅) \*\*/.test(line));
      expect(rollouts).toHaveLength(4);
    }
  });

  it('markdown: no raw HTML, no mention, no issue reference, nothing hidden', () => {
    const markdown = renderers.markdown(hostile, { blobUrlBase: BLOB });
    expect(markdown).not.toMatch(/<img|<b>|<\/code>/i);
    const tree = parseMarkdown(markdown);
    const html = nodesOf(tree, 'html').map((node) => node.value);
    // Its own line breaks and collapsible sections, whose summaries are fixed words and counts.
    expect(
      html.filter((value) => !/^(<br>|<details><summary>[\w ,]+<\/summary>|<\/details>)$/.test(value)),
    ).toEqual([]);
    const text = nodesOf(tree, 'text')
      .map((node) => node.value)
      .join('\n');
    expect(text).toContain('<img src=x onerror=alert(1)>'); // shown as text
    expect(text).not.toMatch(/(^|[^A-Za-z0-9_])@org/);
    expect(text).not.toMatch(/#\d/);
    expect(markdown).not.toMatch(/[\u202E\u2066]/);
    expect(text).toContain('{U+202E}');
  });

  it('markdown: a waiver pings no one, and only rule ids, logins and the label are written as code', () => {
    const markdown = renderers.markdown(hostile, { blobUrlBase: BLOB });
    const tree = parseMarkdown(markdown);
    const allowed = ['emergency`` @org/team ::warning::label', '@maria-sre', ...RULE_IDS];
    const code = nodesOf(tree, 'inlineCode').map((node) => node.value);
    expect(code).toEqual(expect.arrayContaining(['emergency`` @org/team ::warning::label', '@maria-sre']));
    for (const value of code) expect(allowed).toContain(value);
    const waived = markdown.slice(markdown.indexOf('### Waived'));
    expect(waived).toContain('@&#8203;org/team ::error::by');
    expect(waived).toContain('\\| col ::warning::pwned');
    // The finding about the whole change, each rollout's (one rule each), the rollout with none,
    // each rule's fix (one rule here), the waived findings and the notes, each item on its own line.
    expect(nodesOf(tree, 'list').map((list) => list.children.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 2, 1]);
  });

  it('markdown: links point only at the blob base and the rule docs, with encoded paths', () => {
    const tree = parseMarkdown(renderers.markdown(hostile, { blobUrlBase: BLOB }));
    const urls = nodesOf(tree, 'link').map((node) => node.url);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url.startsWith(BLOB) || url.startsWith('https://github.com/rollout-guard/rollout-guard/')).toBe(
        true,
      );
      expect(url).not.toMatch(/[\s()<>|`]/);
    }
    expect(urls).toContain(
      `${BLOB}deploy/a%7Cb%60c%60%3C/code%3E%3C/pre%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.yaml#L12`,
    );
  });

  it('markdown: the chart holds numbers and fixed words only', () => {
    const markdown = renderers.markdown(hostile, { blobUrlBase: BLOB });
    const charts = [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect(chart).not.toMatch(/org|injected|X\|Y|#1/);
  });

  it('text: hidden characters are shown and each plan stays one row (and one line of stages)', () => {
    const text = renderers.text(hostile);
    for (const hidden of ['\u202E', '\u200B', '\u2066', '\u001b']) expect(text).not.toContain(hidden);
    expect(text).toContain('deploy/safe{U+202E}lmay.exe');
    const lines = text.split('\n');
    const header = lines.findIndex((line) => line.startsWith('FILE'));
    const table = lines.slice(header + 1, lines.indexOf('', header));
    expect(table).toHaveLength(6);
    table.forEach((line, index) =>
      expect(line).toMatch(index % 2 === 0 ? /\b(pass|warn|fail)$/ : /^ {2}stages: \S/),
    );
    expect(table).toContain('  stages: header X|Y | injected | row | ▸ 10m ▸ 20% ▸ manual ▸ 100%');
  });

  it('json: keeps every value exactly as it was', () => {
    const parsed = JSON.parse(renderers.json(hostile)) as {
      findings: { message: string; file: string | null; waived?: unknown }[];
      policy: { source: string };
      plans: { environment: string; stages: { segment?: string }[] }[];
    };
    expect(parsed.findings[0]?.message).toBe(MESSAGE);
    expect(parsed.findings[5]?.waived).toEqual(WAIVER);
    expect(parsed.findings[1]?.file).toBe(COMMAND_FILE);
    expect(parsed.policy.source).toBe('::add-mask::policy\n##[x]');
    expect(parsed.plans[0]?.stages[0]?.segment).toBe('header X|Y\n| injected | row |');
  });

  it('sarif: artifact URIs are percent-encoded and messages show hidden characters', () => {
    const sarif = JSON.parse(renderers.sarif(hostile)) as {
      runs: {
        results: {
          message: { text: string };
          suppressions?: { justification: string }[];
          locations?: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const results = sarif.runs[0]?.results ?? [];
    const uris = results
      .flatMap((result) => result.locations ?? [])
      .map((l) => l.physicalLocation.artifactLocation.uri);
    for (const uri of uris) expect(uri).toMatch(/^[A-Za-z0-9\-._~%/]+$/);
    expect(uris).toContain('%0A%3A%3Awarning%3A%3Ax');
    expect(results[3]?.message.text).toBe('name {U+202E}reversed{U+2066}');
    expect(results[5]?.suppressions?.[0]?.justification).toBe(
      'ok per @org/team | col ::warning::pwned ##[error]x #12 <img src=x> — approved by @org/team ::error::by, ' +
        'ticket GH-12 | `t`, until 2026-07-20 ::notice::until',
    );
  });
});
