import fc from 'fast-check';

/**
 * YAML texts that mix the parts where readers part ways: YAML 1.1 scalars, merge keys in every
 * order, anchors and aliases, duplicate keys, NEL/LS/PS in comments and scalars, quoted scalars
 * continued at odd indentation, tabs, flow collections, `---` and `...` lines, `{`-led streams,
 * byte-order marks, CRLF, tags and directives. Most come out as valid YAML; the rest exercise
 * the error paths. Used to record go-yaml's answers (scripts/yaml-reference) and by property
 * tests.
 */

type Tree =
  | { t: 'scalar'; text: string }
  | { t: 'map'; entries: [Tree, Tree][]; flow: boolean }
  | { t: 'seq'; items: Tree[]; flow: boolean }
  | { t: 'alias'; name: string }
  | { t: 'anchor'; name: string; node: Tree }
  | { t: 'tag'; tag: string; node: Tree };

export const SCALAR_WORDS = [
  'a',
  'b',
  'x',
  'kind',
  'Rollout',
  'setWeight',
  'steps',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'Y',
  'NO',
  'true',
  'True',
  'false',
  'null',
  '~',
  '',
  '0755',
  '08',
  '0x1F',
  '0o17',
  '0b101',
  '1_000',
  '1e3',
  '1.5',
  '.5',
  '-0',
  '+1',
  '1:30',
  '.inf',
  '-.Inf',
  '.nan',
  '100',
  '9223372036854775808',
  '2001-12-14',
  '2001-12-14T21:59:43.10-05:00',
  '2001-12-14 21:59:43',
  '<<',
  '=',
  '-',
  'a b',
  'a#b',
  'a:b',
  'http://x',
  "don't",
  'é',
  '\u{1F600}',
  '---',
  '...',
];

const KEYS = ['a', 'b', 'c', 'kind', 'steps', 'spec', '1', '01', 'yes', 'on', '<<', '~', '1.0', 'x y'];
const ANCHORS = ['a', 'b', 'c'];
const TAGS = [
  '!!str',
  '!!int',
  '!!float',
  '!!bool',
  '!!null',
  '!',
  '!foo',
  '!Ref',
  '!!binary',
  '!!merge',
  '!!timestamp',
  '!!map',
];
const BREAKS_ODD = ['\u0085', '\u2028', '\u2029', '\r'];

const word = fc.constantFrom(...SCALAR_WORDS);

const { node: tree } = fc.letrec<{ node: Tree; scalar: Tree; map: Tree; seq: Tree }>((tie) => ({
  scalar: word.map((text): Tree => ({ t: 'scalar', text })),
  map: fc
    .record({
      entries: fc.array(
        fc.tuple(
          fc.oneof(
            { weight: 6, arbitrary: fc.constantFrom(...KEYS).map((text): Tree => ({ t: 'scalar', text })) },
            { weight: 1, arbitrary: tie('node') },
          ),
          tie('node'),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      flow: fc.boolean(),
    })
    .map(({ entries, flow }): Tree => ({ t: 'map', entries, flow })),
  seq: fc
    .record({ items: fc.array(tie('node'), { minLength: 1, maxLength: 3 }), flow: fc.boolean() })
    .map(({ items, flow }): Tree => ({ t: 'seq', items, flow })),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: tie('scalar') },
    { weight: 3, arbitrary: tie('map') },
    { weight: 2, arbitrary: tie('seq') },
    { weight: 1, arbitrary: fc.constantFrom(...ANCHORS).map((name): Tree => ({ t: 'alias', name })) },
    {
      weight: 1,
      arbitrary: fc
        .record({ name: fc.constantFrom(...ANCHORS), node: tie('node') })
        .map(({ name, node }): Tree => ({ t: 'anchor', name, node })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ tag: fc.constantFrom(...TAGS), node: tie('scalar') })
        .map(({ tag, node }): Tree => ({ t: 'tag', tag, node })),
    },
  ),
}));

/** Choices the renderer draws on, as a stream of numbers so that fast-check can shrink them. */
class Choices {
  private i = 0;
  constructor(private readonly values: number[]) {}
  pick(n: number): number {
    const v = this.values[this.i++ % this.values.length] ?? 0;
    return v % n;
  }
  chance(percent: number): boolean {
    return this.pick(100) < percent;
  }
}

function quoteDouble(text: string, c: Choices): string {
  let out = '';
  for (const ch of text) {
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += c.chance(50) ? '\\n' : '\\\n';
    else out += ch;
  }
  const extras = [
    '\\t',
    '\\x41',
    '\\u2028',
    '\\N',
    '\\_',
    '\\L',
    '\\/',
    '\\e',
    '\\0',
    '\\U0001F600',
    '\\ud83d',
    '\\q',
    '\\ ',
  ];
  if (c.chance(15)) out += extras[c.pick(extras.length)];
  return `"${out}"`;
}

function renderScalar(text: string, indent: number, c: Choices, inFlow: boolean): string {
  const style = c.pick(inFlow ? 3 : 5);
  if (style === 0) return text;
  if (style === 1) return `'${text.replace(/'/g, "''")}'`;
  if (style === 2) {
    if (!inFlow && c.chance(20)) {
      // A double-quoted scalar continued on lines at odd indentation (controller-gen CRDs).
      const continuation = ' '.repeat(c.pick(Math.max(indent + 2, 1)));
      return `"${text} first\n${continuation}second\n\n${continuation}third"`;
    }
    return quoteDouble(text, c);
  }
  const header = ['|', '>', '|-', '>+', '|2', '>-'][c.pick(6)] as string;
  const pad = ' '.repeat(indent + 2);
  const lines = [text || 'x', `${text} more`, '', c.chance(30) ? ` ${text}` : 'end'];
  return `${header}\n${lines.map((line) => (line === '' ? '' : pad + line)).join('\n')}`;
}

function renderFlow(node: Tree, c: Choices): string {
  switch (node.t) {
    case 'scalar':
      return renderScalar(node.text, 0, c, true);
    case 'alias':
      return `*${node.name}`;
    case 'anchor':
      return `&${node.name} ${renderFlow(node.node, c)}`;
    case 'tag':
      return `${node.tag} ${renderFlow(node.node, c)}`;
    case 'seq':
      return `[${node.items.map((item) => renderFlow(item, c)).join(c.chance(20) ? ' , ' : ', ')}${c.chance(10) ? ',' : ''}]`;
    case 'map':
      return `{${node.entries.map(([k, v]) => `${renderFlow(k, c)}${c.chance(15) ? ':' : ': '}${renderFlow(v, c)}`).join(', ')}}`;
  }
}

function comment(c: Choices): string {
  const odd = BREAKS_ODD[c.pick(BREAKS_ODD.length)] as string;
  const bodies = [' note', ` steps${odd}- setWeight: 100`, ` a${odd}b: 1`, '', ' {{ "\\n- x" }}'];
  return `#${bodies[c.pick(bodies.length)]}`;
}

function sep(c: Choices): string {
  return [' ', '  ', '\t', ' \t'][c.pick(c.chance(85) ? 1 : 4)] as string;
}

function renderBlock(node: Tree, indent: number, c: Choices): string[] {
  const pad = ' '.repeat(indent);
  const step = [2, 2, 4, 1][c.pick(4)] as number;
  if (node.t === 'map' && !node.flow) {
    const lines: string[] = [];
    for (const [k, v] of node.entries) {
      const key =
        k.t === 'scalar'
          ? renderScalar(k.text, indent, c, true)
          : c.chance(50)
            ? renderFlow(k, c)
            : undefined;
      if (c.chance(8)) lines.push(`${' '.repeat(c.pick(indent + 3))}${comment(c)}`);
      if (key === undefined) {
        lines.push(`${pad}? ${renderFlow(k, c)}`, `${pad}:${sep(c)}${renderFlow(v, c)}`);
        continue;
      }
      const inline =
        v.t === 'scalar' || v.t === 'alias' || v.t === 'tag' || ((v.t === 'map' || v.t === 'seq') && v.flow);
      if (inline || v.t === 'anchor') {
        const text = v.t === 'scalar' ? renderScalar(v.text, indent, c, false) : renderFlow(v, c);
        const trailing = c.chance(15) ? `${sep(c)}${comment(c)}` : '';
        lines.push(`${pad}${key}:${sep(c)}${text}${trailing}`);
      } else {
        lines.push(`${pad}${key}:${c.chance(10) ? `${sep(c)}${comment(c)}` : ''}`);
        const nested = v.t === 'seq' && c.chance(40) ? indent : indent + step;
        lines.push(...renderBlock(v, nested, c));
      }
    }
    return lines;
  }
  if (node.t === 'seq' && !node.flow) {
    const lines: string[] = [];
    for (const item of node.items) {
      if (item.t === 'map' && !item.flow && c.chance(60)) {
        const inner = renderBlock(item, indent + 2, c);
        const first = inner[0] ?? '';
        lines.push(`${pad}- ${first.slice(indent + 2)}`, ...inner.slice(1));
      } else if ((item.t === 'map' || item.t === 'seq') && !item.flow) {
        lines.push(`${pad}-`, ...renderBlock(item, indent + step, c));
      } else {
        const text = item.t === 'scalar' ? renderScalar(item.text, indent, c, false) : renderFlow(item, c);
        lines.push(`${pad}-${sep(c)}${text}`);
      }
    }
    return lines;
  }
  if (node.t === 'scalar') return [pad + renderScalar(node.text, indent, c, false)];
  return [pad + renderFlow(node, c)];
}

function renderDocument(node: Tree, c: Choices): string {
  const lines = renderBlock(node, 0, c);
  return lines.join('\n');
}

const MARKERS = [
  '---',
  '--- # c',
  '---#x',
  '--- x',
  '...',
  '... # end',
  '%YAML 1.1\n---',
  '%TAG ! tag:example.com,2000:\n---',
  '%YAML 1.2\n---',
];

/** Renders a stream of documents and then perturbs it. */
function renderStream(docs: Tree[], c: Choices): string {
  let text = '';
  docs.forEach((doc, i) => {
    if (i > 0 || c.chance(30)) text += `${MARKERS[c.chance(70) ? 0 : c.pick(MARKERS.length)]}\n`;
    text += `${renderDocument(doc, c)}\n`;
    if (c.chance(10)) text += `${MARKERS[4 + c.pick(2)]}\n`;
  });
  if (c.chance(15)) text = text.replace(/\n$/, '');
  if (c.chance(10)) text = text.replace(/\n/g, '\r\n');
  if (c.chance(8)) {
    const odd = BREAKS_ODD[c.pick(BREAKS_ODD.length)] as string;
    let n = 0;
    const target = c.pick(4);
    text = text.replace(/\n/g, (m) => (n++ === target ? odd : m));
  }
  if (c.chance(5)) text = `\uFEFF${text}`;
  return text;
}

function renderJson(node: Tree, c: Choices): string {
  const value = (n: Tree): unknown => {
    switch (n.t) {
      case 'scalar':
        return /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/.test(n.text) ? Number(n.text) : n.text;
      case 'map':
        return Object.fromEntries(n.entries.map(([k, v]) => [k.t === 'scalar' ? k.text : 'k', value(v)]));
      case 'seq':
        return n.items.map(value);
      case 'alias':
        return `*${n.name}`;
      case 'anchor':
      case 'tag':
        return value(n.node);
    }
  };
  const top = node.t === 'map' ? value(node) : { a: value(node) };
  let text = JSON.stringify(top, null, c.chance(50) ? 2 : undefined);
  if (c.chance(30)) text += `\n${JSON.stringify({ b: 1 })}`;
  if (c.chance(10)) text = text.replace('"a":', '"a": 0, "a":');
  if (c.chance(10)) text += '\nkind: x\n';
  if (c.chance(10)) text = text.replace(/\//g, '\\/');
  return c.chance(20) ? `  \n${text}` : text;
}

const MERGE_SOURCES = [
  '*a',
  '*b',
  '[*a, *b]',
  '[*b, *a]',
  '{k2: m, k4: m}',
  '[*a, {k1: m}]',
  '*s',
  '~',
  '[*a, x]',
];

/**
 * A map with explicit keys and `<<` keys in any order, merging anchored maps: where go-yaml v2
 * (a later `<<` overrides) and v3 (explicit keys always win) part ways.
 */
export const mergeYaml: fc.Arbitrary<string> = fc
  .record({
    entries: fc.array(
      fc.oneof(
        fc.constantFrom('k1: e1', 'k2: e2', 'k3: e3', 'k1: e4', '"<<": q'),
        fc.constantFrom(...MERGE_SOURCES).map((source) => `<<: ${source}`),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    flow: fc.boolean(),
    nested: fc.boolean(),
  })
  .map(({ entries, flow, nested }) => {
    const head = 'base: &a {k1: a1, k2: a2}\nother: &b {k2: b2, k3: b3}\nseq: &s [1]\n';
    if (flow) return `${head}target: {${entries.join(', ')}}\n`;
    const pad = nested ? '    ' : '  ';
    return `${head}target:\n${nested ? '  inner:\n' : ''}${entries.map((entry) => pad + entry).join('\n')}\n`;
  });

const MANIFEST = [
  'apiVersion: argoproj.io/v1alpha1',
  'kind: Rollout',
  'metadata:',
  '  name: web',
  '  annotations:',
  '    note: "a quoted',
  '      value"',
  'spec:',
  '  replicas: 3',
  '  strategy:',
  '    canary:',
  '      steps:',
  '      - setWeight: 20',
  '      - pause: {duration: 1h}',
  '      - setWeight: 50 # half',
  '      - analysis:',
  '          templates:',
  '          - templateName: rate',
  '  template:',
  '    spec:',
  '      containers:',
  '      - name: web',
  "        args: ['--port', 8080]",
  '        command:',
  '          - sh',
  '          - -c',
  '          - |',
  '            echo "{{.Size}}"',
  '            exit 0',
  '        env: [{name: A, value: >-',
  '            folded}]',
  '---',
  'kind: ConfigMap',
  'data:',
  '  ? complex',
  '  : value',
  '  empty:',
  '  key: value',
].join('\n');

const MUTATIONS = [
  ' ',
  '\t',
  '\n',
  ':',
  '- ',
  '#',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '|',
  '>',
  '&a ',
  '*a',
  '!',
  '%',
  '@',
  '\u2028',
  '\u0085',
  '\r',
  '\n...\n',
  '\n---\n',
  '\\',
  '  ',
];

/** A realistic manifest with a few characters inserted, deleted or replaced anywhere. */
export const mutatedManifest: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.nat(MANIFEST.length), fc.nat(2), fc.constantFrom(...MUTATIONS)), {
    minLength: 1,
    maxLength: 3,
  })
  .map((edits) => {
    let text = MANIFEST;
    for (const [at, kind, insert] of edits) {
      const i = at % (text.length + 1);
      if (kind === 0) text = text.slice(0, i) + insert + text.slice(i);
      else if (kind === 1) text = text.slice(0, i) + text.slice(i + 1 + (at % 3));
      else text = text.slice(0, i) + insert + text.slice(i + 1);
    }
    return text;
  });

/** A YAML (or, now and then, JSON) text mixing the tricky parts. */
export const trickyYaml: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.array(tree, { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(1000), { minLength: 8, maxLength: 32 }),
      )
      .map(([docs, numbers]) => {
        const c = new Choices(numbers);
        if (c.chance(6)) return renderJson(docs[0] as Tree, c);
        return renderStream(docs, c);
      }),
  },
  { weight: 1, arbitrary: mergeYaml },
  { weight: 3, arbitrary: mutatedManifest },
);

/** The known divergences, always among the recorded vectors. */
export const KNOWN_CASES: readonly string[] = [
  // NEL, LS and PS end a comment: the step after them is real.
  'kind: Rollout\nspec:\n  strategy:\n    canary:\n      # steps\u2028- setWeight: 100\n      steps:\n      - setWeight: 5\n',
  'steps: # first\u2028- setWeight: 100\n',
  'a: 1 # x\u0085b: 2\n',
  'a: "x\u2029y"\n',
  // A merge key after explicit keys: v2 takes the merged value, v3 the explicit one.
  'base: &b {steps: [{setWeight: 100}]}\nspec:\n  steps: [{setWeight: 5}]\n  <<: *b\n',
  'spec:\n  steps: [{setWeight: 5}]\n  <<: {steps: [{setWeight: 100}]}\n',
  'spec:\n  <<: {steps: [{setWeight: 100}]}\n  steps: [{setWeight: 5}]\n',
  // kubectl reads the first document of a chunk; `...` hides the rest from it.
  'kind: ConfigMap\n...\nkind: Rollout\n',
  'kind: ConfigMap\n...\n---\nkind: Rollout\n',
  'a: 1\n---#x\nb: 2\n',
  'a: 1\n--- x\nb: 2\n',
  'a: 1\n--- # comment\nb: 2\n',
  // A JSON stream.
  '{"kind": "Rollout", "spec": {"skipAnalysis": true}}\n{"kind": "Deployment"}\n',
  '  {"a": "x\\/y"}',
  '{"a": 1, "a": 2}',
  '{a: 1}',
  // YAML 1.1 scalars.
  'defaultMode: 0755\nskipAnalysis: yes\nsuspend: on\nweight: 1_000\nport: 0x1F\nodd: 08\n',
  'on: push\ny: n\n',
  // A double-quoted scalar continued at the key's own indentation (controller-gen CRDs).
  'spec:\n  description: "first line\n  second line\n\n  third"\n',
  // Tabs before comments.
  'key:\t# c\nb: 1\n',
  'a: 1\n# c\n\t# d\nb: 2\n',
  '[]: b\n',
  // A block scalar on the last line without a line break.
  'a: |\n  x',
  'a: >-\n  x\n  y',
  // Aliases across documents.
  'a: &x 1\n---\nb: *x\n',
  '\uFEFFa: 1\n',
  'a: 1\r\nb: |\r\n  x\r\n  y\r\n',
  'a: 1\rb: 2\n',
  '%YAML 1.1\n---\na: yes\n',
  '%YAML 1.2\n---\na: 1\n',
  'a: 1\na: 2\n',
  '1: a\n"1": b\n',
  'a: {~: 1}\na: 2\n',
  'x: .inf\n',
  'x: [.nan]\n',
  '2001-12-14: a\nb: 2001-12-14t21:59:43.10+01:00\n',
  'a: !!str 0755\nb: !!int "12"\nc: !!binary aGk=\nd: ! 12\n',
  '1.5: a\n1e39: b\n',
];
