import { describe, expect, it } from 'vitest';
import { findTemplateLine, parseManifestText } from '../../src/formats/document.js';

function codes(text: string, limits?: Parameters<typeof parseManifestText>[2]) {
  return parseManifestText(text, 'm.yaml', limits).diagnostics.map((d) => d.code);
}

const CANARY = (spec: string) =>
  `apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata:\n  name: web\nspec:\n  targetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  analysis:\n    interval: 1m\n    threshold: 5\n    stepWeight: 10\n    maxWeight: 50\n${spec}`;
const ROLLOUT = (canary: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: web\nspec:\n  strategy:\n    canary:\n${canary}`;

describe('parseManifestText', () => {
  it('splits multi-document YAML and gives each document its start line', () => {
    const parsed = parseManifestText(
      '---\nkind: A\n---\nkind: B\n...\n---\n# only a comment\n---\nkind: C\n',
      'm.yaml',
    );
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.documents.map((d) => [d.index, d.line, (d.value as { kind: string }).kind])).toEqual([
      [0, 2, 'A'],
      [1, 4, 'B'],
      [3, 9, 'C'],
    ]);
  });

  it('points lineOf at keys and list items, and at the closest ancestor for missing paths', () => {
    const [doc] = parseManifestText(
      'spec:\n  steps:\n    - setWeight: 5\n    - pause: {}\n',
      'm.yaml',
    ).documents;
    expect(doc?.lineOf(['spec', 'steps', 1, 'pause'])).toBe(4);
    expect(doc?.lineOf(['spec', 'steps', 0])).toBe(3);
    expect(doc?.lineOf(['spec', 'missing', 'deeper'])).toBe(1);
  });

  it('reads JSON, and refuses a rollout whose JSON repeats a key', () => {
    expect(
      parseManifestText('{"kind": "Rollout", "spec": {"replicas": 2}}', 'm.json').documents[0]?.value,
    ).toEqual({
      kind: 'Rollout',
      spec: { replicas: 2 },
    });
    const canary =
      '{"apiVersion": "flagger.app/v1beta1", "kind": "Canary", "metadata": {"name": "web"}, "spec": {"skipAnalysis": false, "skipAnalysis": true}}';
    expect(codes(canary)).toEqual(['MANIFEST_UNPARSEABLE']);
  });

  // Old behaviour: any duplicate key anywhere was an error. A repeated key only matters where it
  // can change a plan: go-yaml v2 keeps the last, v3 refuses the document.
  it('refuses a rollout with a repeated key, also when YAML would keep 1 and "1" apart', () => {
    const parsed = parseManifestText(CANARY('  skipAnalysis: false\n  skipAnalysis: true\n'), 'm.yaml');
    expect(parsed.documents).toEqual([]);
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'MANIFEST_UNPARSEABLE', line: 16 });
    expect(parsed.diagnostics[0]?.message).toMatch(
      /duplicate key.*last one to go-yaml v2 \(kubectl\).*error to go-yaml v3 \(kustomize\)/,
    );
    const numbered = parseManifestText(CANARY('  labels:\n    1: x\n    "1": y\n'), 'm.yaml');
    expect(numbered.documents).toEqual([]);
    expect(numbered.diagnostics[0]).toMatchObject({ line: 17 });
  });

  it('says nothing of a repeated key in a document that produces no plan', () => {
    const parsed = parseManifestText('apiVersion: v1\nkind: ConfigMap\ndata:\n  a: x\n  a: y\n', 'm.yaml');
    expect(parsed.diagnostics).toEqual([]);
  });

  // Old behaviour: `yes`, `on`, `010`, `1_000` and `1:30` were refused everywhere. Now a value is
  // refused only where the readers of the format read it differently and the plan depends on it.
  it.each([
    ['yes', 'true', '"yes"'],
    ['on', 'true', '"on"'],
    ['NO', 'false', '"NO"'],
  ])(
    'refuses `skipAnalysis: %s`, which kubectl reads as a boolean and kustomize as text',
    (word, typed, quoted) => {
      const parsed = parseManifestText(CANARY(`  skipAnalysis: ${word}\n`), 'm.yaml');
      expect(parsed.documents).toEqual([]);
      expect(parsed.diagnostics).toEqual([
        expect.objectContaining({ code: 'MANIFEST_UNPARSEABLE', line: 15 }),
      ]);
      const message = parsed.diagnostics[0]?.message ?? '';
      expect(message).toContain(`reads \`spec.skipAnalysis\` as ${typed}`);
      expect(message).toContain(`as the string "${word}"`);
      expect(message).toContain(`write \`${typed}\`, or \`${quoted}\``);
    },
  );

  it.each([
    ['010', 8],
    ['1_000', 1000],
    ['0x14', 20],
  ])('reads `setWeight: %s` as every Kubernetes reader does, and judges it', (text, weight) => {
    const parsed = parseManifestText(ROLLOUT(`      steps:\n      - setWeight: ${text}\n`), 'm.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.documents[0]?.value).toMatchObject({
      spec: { strategy: { canary: { steps: [{ setWeight: weight }] } } },
    });
  });

  it('reads `defaultMode: 0755` as the octal 493 kubectl reads, with no finding', () => {
    const deployment =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      volumes:\n      - name: v\n        secret:\n          defaultMode: 0755\n';
    const parsed = parseManifestText(deployment, 'm.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(JSON.stringify(parsed.documents[0]?.value)).toContain('"defaultMode":493');
  });

  it('accepts the same values quoted, and ordinary numbers and booleans', () => {
    const [doc] = parseManifestText('a: "yes"\nb: 10\nc: true\nd: 0.5\ne: "010"\n', 'm.yaml').documents;
    expect(doc?.value).toEqual({ a: 'yes', b: 10, c: true, d: 0.5, e: '010' });
  });

  it('resolves merge keys, so a merged skipAnalysis is what gets judged', () => {
    const [doc] = parseManifestText(
      'base: &b {skipAnalysis: true}\nspec:\n  <<: *b\n  interval: 1m\n',
      'm.yaml',
    ).documents;
    expect(doc?.value).toMatchObject({ spec: { skipAnalysis: true, interval: '1m' } });
  });

  it('refuses a rollout under a %YAML or %TAG directive, or carrying an explicit or unknown tag', () => {
    const steps = '      steps:\n      - setWeight: 5\n';
    expect(codes(`%YAML 1.1\n---\n${ROLLOUT(steps)}`)).toContain('MANIFEST_UNPARSEABLE');
    expect(codes(`%TAG !e! tag:example.com,2000:\n---\n${ROLLOUT(steps)}`)).toContain('MANIFEST_UNPARSEABLE');
    expect(codes(ROLLOUT('      steps:\n      - setWeight: !!int "5"\n'))).toContain('MANIFEST_UNPARSEABLE');
    expect(codes(ROLLOUT('      steps:\n      - setWeight: !e 5\n'))).toContain('MANIFEST_UNPARSEABLE');
    expect(codes(ROLLOUT('      steps:\n      - setWeight: !Ref Weight\n'))).toContain(
      'MANIFEST_UNPARSEABLE',
    );
  });

  it('rejects a billion-laughs alias bomb without expanding it', () => {
    const bomb = [
      'a: &a [x,x,x,x,x,x,x,x,x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
    ].join('\n');
    const started = process.hrtime.bigint();
    const parsed = parseManifestText(bomb, 'm.yaml');
    expect(parsed.documents).toEqual([]);
    expect(parsed.diagnostics[0]?.message).toMatch(/too many alias expansions/);
    expect(process.hrtime.bigint() - started).toBeGreaterThan(0n); // it returned at all
  });

  it('rejects deep nesting, twice in a row, and survives', () => {
    for (let i = 0; i < 2; i++) {
      expect(codes(`${'['.repeat(1000)}${']'.repeat(1000)}`)).toEqual(['MANIFEST_TOO_DEEP']);
      const block = Array.from({ length: 1000 }, (_, depth) => `${' '.repeat(depth)}k${depth}:`).join('\n');
      expect(codes(block)).toEqual(['MANIFEST_TOO_DEEP']);
      expect(codes(`${'- '.repeat(1000)}x`)).toEqual(['MANIFEST_TOO_DEEP']);
    }
  });

  it('rejects a file over the size limit without parsing it', () => {
    const big = `a: "${'x'.repeat(4096)}"\n`;
    const parsed = parseManifestText(big, 'm.yaml', { maxBytes: 1024, maxDepth: 64, maxAliases: 100 });
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ code: 'MANIFEST_TOO_LARGE', line: 1 })]);
  });

  it('keeps __proto__ and constructor keys as plain data without polluting prototypes', () => {
    const [doc] = parseManifestText(
      '__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n',
      'm.yaml',
    ).documents;
    expect(Object.keys(doc?.value as object)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('evaluates nothing from a rollout with tab indentation or a syntax error', () => {
    const parsed = parseManifestText('kind: Rollout\nspec:\n\tskipAnalysis: true\n', 'm.yaml');
    expect(parsed.documents).toEqual([]);
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'MANIFEST_UNPARSEABLE', line: 3 });
  });

  it('gives a BOM and CRLF file the same documents as the LF file', () => {
    const lf = 'kind: Rollout\nspec:\n  steps:\n    - setWeight: 5\n';
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    const a = parseManifestText(lf, 'm.yaml').documents[0];
    const b = parseManifestText(crlf, 'm.yaml').documents[0];
    expect(b?.value).toEqual(a?.value);
    expect(b?.lineOf(['spec', 'steps', 0])).toBe(a?.lineOf(['spec', 'steps', 0]));
  });

  it('does not quote source lines (which may hold secrets) in its messages', () => {
    const parsed = parseManifestText(
      'token: ghp_abcdefghijklmnopqrstuvwxyz0123456789\nbad: [unclosed\n',
      'm.yaml',
    );
    expect(parsed.diagnostics.length).toBeGreaterThan(0);
    expect(JSON.stringify(parsed.diagnostics)).not.toContain('ghp_');
  });

  it('treats Helm templates as templated, but not Argo {{args.x}} or Flagger {{ namespace }}', () => {
    const helm = parseManifestText('kind: Rollout\nmetadata:\n  name: {{ .Values.name }}\n', 'm.yaml');
    expect(helm).toMatchObject({ templated: true, diagnostics: [{ code: 'MANIFEST_TEMPLATED', line: 3 }] });
    expect(parseManifestText('query: "rate({{args.service}}[1m])"\n', 'm.yaml').templated).toBe(false);
    expect(parseManifestText('query: "sum({{ namespace }})"\n', 'm.yaml').templated).toBe(false);
    const azure = 'stages:\n  - ${{ if eq(parameters.prod, true) }}:\n    - stage: prod\n';
    expect(parseManifestText(azure, 'azure-pipelines.yml').templated).toBe(false);
  });
});

describe('templates', () => {
  it('counts an action in a comment of a rollout: a string literal there renders a new first step', () => {
    const text = ROLLOUT('      # {{ "\\n      - setWeight: 100" }}\n      steps:\n      - setWeight: 5\n');
    expect(findTemplateLine(text, 'deploy/rollout.yaml')).toBe(8);
  });

  it('leaves data alone: an action in a block scalar of a workflow or a quoted value in values.yaml', () => {
    const workflow =
      'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          docker ps --format "{{.Size}}"\n';
    expect(findTemplateLine(workflow, '.github/workflows/deploy.yml')).toBeUndefined();
    expect(parseManifestText(workflow, '.github/workflows/deploy.yml').templated).toBe(false);
    expect(findTemplateLine("name: '{{ .Release.Name }}'\n", 'charts/shop/values.yaml')).toBeUndefined();
    expect(
      findTemplateLine(
        ROLLOUT('      steps:\n      - setWeight: 5\n      analysis: {args: [{value: "{{ .Values.x }}"}]}\n'),
        'r.yaml',
      ),
    ).toBeUndefined();
  });

  it('takes a chart template or a .tpl file holding `{{` for a template, wherever the action is', () => {
    expect(
      findTemplateLine('{{- define "x" -}}\nkind: Rollout\n{{- end }}\n', 'charts/x/templates/_r.tpl'),
    ).toBe(1);
    expect(
      findTemplateLine('kind: ConfigMap\ndata:\n  a: "{{ .Values.a }}"\n', 'charts/x/templates/cm.yaml'),
    ).toBe(3);
    expect(findTemplateLine('a: 1\nb: "{{ .Values.b }}"\n', 'helmfile/values.yaml.gotmpl')).toBe(2);
    // Without a single `{{`, a template renders to itself and is judged as it is.
    expect(
      findTemplateLine('apiVersion: v1\nkind: ConfigMap\n', 'charts/x/templates/cm.yaml'),
    ).toBeUndefined();
    // A CloudFormation template in a folder named templates/ is no Go template.
    const sam = 'Transform: AWS::Serverless-2016-10-31\nResources: {}\n';
    expect(findTemplateLine(sam, 'integration/resources/templates/function.yaml')).toBeUndefined();
  });
});

describe('CloudFormation short-form tags', () => {
  it('reads !Ref, !If, !Sub and !GetAtt as their long form in a CloudFormation or SAM template', () => {
    const template = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Fn:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      DeploymentPreference:',
      '        Type: !If [IsProd, Canary10Percent5Minutes, AllAtOnce]',
      '        Role: !GetAtt DeployRole.Arn',
      '        Alarms: [!Ref ErrorAlarm]',
      '',
    ].join('\n');
    const parsed = parseManifestText(template, 'template.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.documents[0]?.value).toMatchObject({
      Resources: {
        Fn: {
          Properties: {
            DeploymentPreference: {
              Type: { 'Fn::If': ['IsProd', 'Canary10Percent5Minutes', 'AllAtOnce'] },
              Role: { 'Fn::GetAtt': ['DeployRole', 'Arn'] },
              Alarms: [{ Ref: 'ErrorAlarm' }],
            },
          },
        },
      },
    });
  });

  it('refuses the same tags in a rollout that is not a CloudFormation template', () => {
    expect(codes(ROLLOUT('      steps:\n      - setWeight: !Ref Weight\n'))).toContain(
      'MANIFEST_UNPARSEABLE',
    );
  });
});
