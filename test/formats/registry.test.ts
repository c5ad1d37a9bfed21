import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormatId } from '../../src/core/model.js';
import { ADAPTERS, readManifestFile } from '../../src/formats/registry.js';
import { FIXTURES, fixtureText } from '../helpers.js';

/** Fixture folders and the format every plan read from them must have. */
const FOLDERS: Record<string, FormatId[]> = {
  // The Argo fixtures include an OpenKruise Rollout, to show the two are told apart.
  'argo-rollouts': ['argo-rollouts', 'openkruise'],
  flagger: ['flagger'],
  kubernetes: ['kubernetes'],
  native: ['native'],
  openkruise: ['openkruise'],
  'cloud-deploy': ['cloud-deploy'],
  'aws/sam': ['aws-sam'],
  'aws/cfn': ['aws-cloudformation'],
  'aws/ecs': ['aws-ecs'],
  'aws/appspec': ['aws-codedeploy'],
  spinnaker: ['spinnaker'],
  'azure-pipelines': ['azure-pipelines'],
  'github-actions': ['github-actions'],
  knative: ['knative'],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the format registry', () => {
  it('lists every adapter once', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(14);
  });

  it.each(Object.entries(FOLDERS))(
    'reads the %s fixtures through the adapter that owns them',
    (folder, formats) => {
      const files = filesUnder(path.join(FIXTURES, 'manifests', folder)).map((f) =>
        path.relative(FIXTURES, f),
      );
      const formatsSeen = new Set<string>();
      for (const file of files) {
        // Paths as they sit in a repository (GitHub workflows are recognised by their folder).
        const repoPath = file.replace(/^manifests\/github-actions\//, '');
        const reading = readManifestFile(fixtureText(file), repoPath);
        for (const plan of reading.plans) formatsSeen.add(plan.format);
        if (reading.plans.length > 0) expect(reading.recognised).toBe(true);
      }
      expect([...formatsSeen].sort()).toEqual([...formats].sort());
    },
  );
});

const ROLLOUT = (canary: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: web\nspec:\n  strategy:\n    canary:\n${canary}`;
const SAFE_STEPS = '      steps:\n      - setWeight: 5\n      - pause: {}\n';
const weights = (text: string, file = 'deploy/rollout.yaml') =>
  readManifestFile(text, file).plans.map((plan) => plan.stages.map((stage) => stage.weight));

/** Every document is read as each of its consumers reads it; where they differ on a plan, it is refused. */
describe('reading a file as its consumers do', () => {
  it('judges a rollout that every reader reads the same way', () => {
    const reading = readManifestFile(ROLLOUT(SAFE_STEPS), 'deploy/rollout.yaml');
    expect(reading.diagnostics).toEqual([]);
    expect(weights(ROLLOUT(SAFE_STEPS))).toEqual([[5, 100]]);
  });

  it('refuses a rollout whose comment hides a step behind a line separator (U+2028)', () => {
    const text = ROLLOUT('      # steps\u2028      steps: [{setWeight: 100}]\n' + SAFE_STEPS);
    const reading = readManifestFile(text, 'deploy/rollout.yaml');
    expect(reading.plans).toEqual([]);
    expect(reading.diagnostics).toEqual([
      expect.objectContaining({
        code: 'MANIFEST_UNPARSEABLE',
        line: 8,
        message: expect.stringMatching(/line separator \(U\+2028\).*readers disagree/),
      }),
    ]);
  });

  it.each([
    ['NEL', '\u0085'],
    ['PS', '\u2029'],
    ['lone CR', '\r'],
  ])('refuses a rollout holding a %s line break in a comment', (_name, character) => {
    const reading = readManifestFile(
      ROLLOUT(`      # note${character}      maxSurge: 1\n${SAFE_STEPS}`),
      'deploy/rollout.yaml',
    );
    expect(reading.plans).toEqual([]);
    expect(reading.diagnostics.map((d) => d.line)).toEqual([8]);
  });

  it('refuses a merge key after explicit keys, which kubectl lets override them and kustomize does not', () => {
    const text = ROLLOUT(`${SAFE_STEPS}      <<: {steps: [{setWeight: 100}]}\n`);
    const reading = readManifestFile(text, 'deploy/rollout.yaml');
    expect(reading.plans).toEqual([]);
    expect(reading.diagnostics[0]?.message).toMatch(
      /kubectl and Argo CD \(go-yaml v2\) reads `spec.strategy.canary.steps\[0\].setWeight` as 100, kustomize and Flux \(go-yaml v3\) as 5: readers disagree, so this Rollout cannot be judged; write the keys out/,
    );
  });

  it('judges a merge key that every reader applies the same way', () => {
    const text = `base: &steps {steps: [{setWeight: 5}, {pause: {}}]}\n---\n${ROLLOUT('      <<: {steps: [{setWeight: 5}, {pause: {}}]}\n      maxSurge: 1\n')}`;
    expect(readManifestFile(text, 'deploy/rollout.yaml').diagnostics).toEqual([]);
    expect(weights(text)).toEqual([[5, 100]]);
  });

  it('refuses a rollout that kubectl never reads: after `...` and a separator only YAML sees', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n...\u2028--- \u2028${ROLLOUT('      steps: [{setWeight: 100}]\n')}`;
    const reading = readManifestFile(text, 'deploy/rollout.yaml');
    expect(reading.plans).toEqual([]);
    expect(reading.diagnostics[0]?.message).toMatch(
      /kubectl reads one document here where a YAML stream reads several/,
    );
  });

  it('refuses a rollout followed, in its kubectl document, by `...` and text only kubectl skips', () => {
    const text = `${ROLLOUT(SAFE_STEPS)}...\nsteps: [{setWeight: 100}]\n`;
    const reading = readManifestFile(text, 'deploy/rollout.yaml');
    expect(reading.plans).toEqual([]);
    expect(reading.diagnostics[0]?.message).toMatch(
      /kustomize and Flux \(go-yaml v3\) cannot read this document/,
    );
  });

  it('reads a file that starts with `{` as kubectl does, as a stream of JSON values', () => {
    const rollout = (name: string) =>
      JSON.stringify({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Rollout',
        metadata: { name },
        spec: { strategy: { canary: { steps: [{ setWeight: 5 }, { pause: {} }] } } },
      });
    const one = readManifestFile(rollout('web'), 'deploy/rollout.json');
    expect(one.diagnostics).toEqual([]);
    expect(one.plans).toHaveLength(1);
    // A second JSON value is a second document to kubectl, and an error to a YAML reader.
    const two = readManifestFile(`${rollout('web')}\n${rollout('api')}`, 'deploy/rollout.json');
    expect(two.plans.map((plan) => plan.target.name)).toEqual(['web']);
    expect(two.diagnostics).toEqual([expect.objectContaining({ line: 2 })]);
  });

  it('refuses a rollout that kubectl splits at a `---#` line a YAML stream does not split at', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\n---#x\n${ROLLOUT(SAFE_STEPS)}`;
    const reading = readManifestFile(text, 'deploy/rollout.yaml');
    expect(reading.plans).toEqual([]);
    expect(reading.diagnostics[0]?.line).toBe(3);
  });

  it('refuses a rollout whose alias names an anchor of another document (kustomize reads it, kubectl cannot)', () => {
    const text = `weights: &w 100\n---\n${ROLLOUT('      steps: [{setWeight: *w}]\n')}`;
    const reading = readManifestFile(text, 'deploy/rollout.yaml');
    expect(reading.plans).toEqual([]);
    expect(reading.diagnostics[0]?.message).toMatch(
      /kubectl and Argo CD \(go-yaml v2\) cannot read this document \(an alias names an anchor of another document\)/,
    );
  });

  it('says nothing of what only a document without a plan does oddly', () => {
    // A controller-gen CRD: a double-quoted description continued at the key's own indentation,
    // which go-yaml reads and the yaml package refused.
    const crd =
      'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  versions:\n  - schema:\n      description: "Canary is the Schema for the Canary API.\n        More text at\n      the key\'s own indentation"\n';
    expect(readManifestFile(crd, 'crds/canary.yaml')).toMatchObject({
      plans: [],
      diagnostics: [],
      fileDiagnostics: [],
    });
    const configMap =
      'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: yes\n  a: no\n  b: !!binary aGk=\n  c: "x\u2028y"\n';
    expect(readManifestFile(configMap, 'config.yaml')).toMatchObject({
      plans: [],
      diagnostics: [],
      fileDiagnostics: [],
    });
  });

  it('keeps GitHub Actions\' `on:` a key named "on" (YAML 1.2 only)', () => {
    const workflow =
      'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - run: ./deploy.sh\n';
    const reading = readManifestFile(workflow, '.github/workflows/deploy.yml');
    expect(reading.recognised).toBe(true);
    expect(reading.diagnostics).toEqual([]);
  });

  it('refuses a SAM template whose YAML 1.1 and 1.2 readers read a plan field differently', () => {
    const sam = (enabled: string) =>
      `Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      AutoPublishAlias: live\n      DeploymentPreference:\n        Type: Canary10Percent5Minutes\n        Enabled: ${enabled}\n`;
    expect(readManifestFile(sam('true'), 'template.yaml').diagnostics).toEqual([]);
    const reading = readManifestFile(sam('no'), 'template.yaml');
    expect(reading.plans).toEqual([]);
    expect(reading.diagnostics[0]).toMatchObject({
      line: 9,
      message: expect.stringMatching(
        /YAML 1.1 readers .* reads .*Enabled` as false, YAML 1.2 readers as the string "no"/,
      ),
    });
  });

  it("reads a JSON template's `\\/` escapes as YAML 1.2 and PyYAML do (go-yaml would refuse them)", () => {
    const template = {
      Transform: 'AWS::Serverless-2016-10-31',
      Resources: {
        Fn: {
          Type: 'AWS::Serverless::Function',
          Properties: {
            CodeUri: 'src/app',
            AutoPublishAlias: 'live',
            DeploymentPreference: { Type: 'Canary10Percent5Minutes' },
          },
        },
      },
    };
    const text = JSON.stringify(template, null, 2).replace('src/app', 'src\\/app');
    const reading = readManifestFile(text, 'template.json');
    expect(reading.diagnostics).toEqual([]);
    expect(reading.plans).toHaveLength(1);
  });

  it('splits what it reports: plan documents always, file problems only for the policy to place', () => {
    const broken = 'apiVersion: v1\nkind: ConfigMap\ndata: [\n';
    expect(readManifestFile(broken, 'config.yaml')).toMatchObject({
      diagnostics: [],
      fileDiagnostics: [expect.objectContaining({ code: 'MANIFEST_UNPARSEABLE', line: 4 })],
    });
    // A document no reader can read that names a rollout, even with escapes, is the plan's problem.
    const hidden = 'apiVersion: "argoproj.io/v1alpha1"\nkind: "Roll\\u006fut"\nspec: [\n';
    expect(readManifestFile(hidden, 'x.yaml')).toMatchObject({
      diagnostics: [expect.objectContaining({ code: 'MANIFEST_UNPARSEABLE' })],
      fileDiagnostics: [],
    });
    const large = `# ${'x'.repeat(2048)}\nkind: Rollout\n`;
    const limits = { maxBytes: 1024, maxDepth: 64, maxAliases: 100 };
    expect(readManifestFile(large, 'big.yaml', limits).diagnostics).toEqual([
      expect.objectContaining({ code: 'MANIFEST_TOO_LARGE' }),
    ]);
    expect(readManifestFile(`# ${'x'.repeat(2048)}\n`, 'big.yaml', limits).fileDiagnostics).toEqual([
      expect.objectContaining({ code: 'MANIFEST_TOO_LARGE' }),
    ]);
  });

  it('reads a 70,000-key ConfigMap in well under a second', () => {
    let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n';
    for (let i = 0; i < 70_000; i++) text += `  key-${i}: value-${i}\n`;
    const started = performance.now();
    const reading = readManifestFile(text, 'big.yaml', {
      maxBytes: 4 * 1024 * 1024,
      maxDepth: 64,
      maxAliases: 100,
    });
    expect(reading.diagnostics).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
