import { describe, expect, it } from 'vitest';
import { parseManifestText } from '../../src/formats/document.js';

function codes(text: string, limits?: Parameters<typeof parseManifestText>[2]) {
  return parseManifestText(text, 'm.yaml', limits).diagnostics.map((d) => d.code);
}

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

  it('reads JSON, and rejects JSON with duplicate keys', () => {
    expect(
      parseManifestText('{"kind": "Rollout", "spec": {"replicas": 2}}', 'm.json').documents[0]?.value,
    ).toEqual({
      kind: 'Rollout',
      spec: { replicas: 2 },
    });
    expect(codes('{"skipAnalysis": false, "skipAnalysis": true}')).toEqual(['MANIFEST_UNPARSEABLE']);
  });

  it('rejects duplicate keys, also when YAML would keep 1 and "1" apart', () => {
    expect(codes('spec:\n  skipAnalysis: false\n  skipAnalysis: true\n')).toEqual(['MANIFEST_UNPARSEABLE']);
    const parsed = parseManifestText('a:\n  1: x\n  "1": y\n', 'm.yaml');
    expect(parsed.documents).toEqual([]);
    expect(parsed.diagnostics[0]).toMatchObject({ line: 3, message: 'duplicate key `1`' });
  });

  it.each([
    ['skipAnalysis: yes', '`true`'],
    ['suspend: on', '`true`'],
    ['skipAnalysis: NO', '`false`'],
    ['setWeight: 010', 'a plain decimal number'],
    ['setWeight: 1_000', 'a plain decimal number'],
    ['duration: 1:30', 'a plain decimal number'],
  ])('flags `%s` as ambiguous to YAML 1.1 readers and does not evaluate it', (line, advice) => {
    const parsed = parseManifestText(`spec:\n  ${line}\n`, 'm.yaml');
    expect(parsed.documents).toEqual([]);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        code: 'MANIFEST_AMBIGUOUS_SCALAR',
        line: 2,
        message: expect.stringContaining(advice),
      }),
    ]);
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

  it('rejects %YAML 1.1 and %TAG directives, explicit tags and unknown tags', () => {
    expect(codes('%YAML 1.1\n---\na: yes\n')).toContain('MANIFEST_UNPARSEABLE');
    expect(codes('%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n')).toContain('MANIFEST_UNPARSEABLE');
    expect(codes('a: !!js/function "function(){}"\n')).toContain('MANIFEST_UNPARSEABLE');
    expect(codes('a: !!binary aGVsbG8=\n')).toContain('MANIFEST_UNPARSEABLE');
    expect(codes('a: !Ref Param\n')).toContain('MANIFEST_UNPARSEABLE');
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

  it('rejects deep nesting before the parser runs, twice in a row, and survives', () => {
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

  it('evaluates nothing from a document with tab indentation or a syntax error', () => {
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

  it('rejects the same tags in a file that is not a CloudFormation template', () => {
    expect(codes('kind: Rollout\nspec:\n  replicas: !Ref Replicas\n')).toContain('MANIFEST_UNPARSEABLE');
  });
});
