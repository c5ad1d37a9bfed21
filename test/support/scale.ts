/**
 * Pull requests of 1, 10 and 300 changed rollouts, judged by the real pipeline (no I/O): the
 * inputs of the golden reports at scale. Every fifth rollout of the large ones is a different kind
 * of change, as a mechanical change across a repository looks: most rollouts weakened the same
 * way, some only bumped an image, some new ones hold too briefly, a Deployment that recreates, a
 * staging rollout the policy does not guard, and a file that cannot be read.
 */
import type { ChangedFile, ChangeSet, Report } from '../../src/core/model.js';
import { parsePolicy } from '../../src/core/policy.js';
import { checkChange } from '../../src/pipeline/index.js';

export const SCALE_BASE = '5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b';
export const SCALE_HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e';
export const SCALE_BLOB = `https://github.com/acme/platform/blob/${SCALE_HEAD}/`;
export const SCALE_LINKS = {
  run: 'https://github.com/acme/platform/actions/runs/9876543210',
  summary: 'https://github.com/acme/platform/actions/runs/9876543210#summary-27182818284',
  artifact: 'https://github.com/acme/platform/actions/runs/9876543210/artifacts/3141592653',
};

const POLICY = `version: 1
evidence:
  unverified: accept
environments:
  - name: production
    match: { paths: ["clusters/prod/**"] }
    canary: { minStages: 3, minHold: 10m }
  - name: staging
    match: { paths: ["clusters/staging/**"] }
    canary: { required: false }
    evidence: { required: false }
`;

function rollout(name: string, image: string, steps: string, analysis: boolean): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: ${name}
  namespace: shop
spec:
  replicas: 4
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/${name}:${image}
  strategy:
    canary:
      canaryService: ${name}-canary
      stableService: ${name}-stable
      trafficRouting:
        nginx:
          stableIngress: ${name}
${
  analysis
    ? `      analysis:
        templates:
          - templateName: success-rate
        startingStep: 1
`
    : ''
}      steps:
${steps}`;
}

const GUARDED_STEPS = `        - setWeight: 5
        - pause: { duration: 10m }
        - setWeight: 25
        - pause: { duration: 10m }
        - setWeight: 50
        - pause: { duration: 15m }
`;
const RUSHED_STEPS = `        - setWeight: 50
        - pause: { duration: 1m }
`;
const BRIEF_STEPS = `        - setWeight: 10
        - pause: { duration: 20s }
        - setWeight: 20
        - pause: { duration: 20s }
        - setWeight: 30
        - pause: { duration: 20s }
        - setWeight: 40
        - pause: { duration: 20s }
`;

function deployment(name: string, image: string, strategy: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
spec:
  replicas: 2
  strategy:
    type: ${strategy}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/${name}:${image}
`;
}

const text = (value: string) => ({ kind: 'text' as const, text: value });

/** The change to the index-th rollout of a pull request, by kind (index modulo 10). */
function changeOf(index: number, kinds: number): ChangedFile {
  const name = `checkout-${index}`;
  const kind = kinds === 1 ? 1 : index % 10;
  const prod = `clusters/prod/${name}/rollout.yaml`;
  if (kind === 9 && index === 9) {
    // One file of the ten cannot be read (the others of its kind are weakened like the rest).
    return {
      status: 'modified',
      path: prod,
      base: text(rollout(name, '1.4.2', GUARDED_STEPS, true)),
      head: text(`${rollout(name, '1.5.0', GUARDED_STEPS, true)}    bad: [unclosed\n`),
    };
  }
  switch (kind) {
    case 0:
    case 3:
    case 6:
      // An image bump: nothing but the pull request's evidence to say.
      return {
        status: 'modified',
        path: prod,
        base: text(rollout(name, '1.4.2', GUARDED_STEPS, true)),
        head: text(rollout(name, '1.5.0', GUARDED_STEPS, true)),
      };
    case 4:
      // A new rollout that holds too briefly at each stage.
      return { status: 'added', path: prod, head: text(rollout(name, '1.0.0', BRIEF_STEPS, true)) };
    case 7:
      // A Deployment that recreates every pod at once.
      return {
        status: 'modified',
        path: `clusters/prod/${name}/deployment.yaml`,
        base: text(deployment(name, '2.0.0', 'RollingUpdate')),
        head: text(deployment(name, '2.1.0', 'Recreate')),
      };
    case 8:
      // Staging: the policy does not require a canary there.
      return {
        status: 'modified',
        path: `clusters/staging/${name}/rollout.yaml`,
        base: text(rollout(name, '1.4.2', GUARDED_STEPS, true)),
        head: text(rollout(name, '1.5.0', RUSHED_STEPS, false)),
      };
    default:
      // The mechanical weakening: the analysis gone, one step of 50%, one minute.
      return {
        status: 'modified',
        path: prod,
        base: text(rollout(name, '1.4.2', GUARDED_STEPS, true)),
        head: text(rollout(name, '1.5.0', RUSHED_STEPS, false)),
      };
  }
}

const BODIES: Record<number, string> = {
  1: '## What\n\nShip checkout 1.5.0 faster.\n\n## Test evidence\n\nhttps://github.com/acme/platform/actions/runs/1234\n\n## Rollback plan\n\nTBD\n',
  10: '## What\n\nA batch of changes.\n\n## Rollback plan\n\nRevert this pull request; Argo CD syncs the previous images back within minutes.\n',
  300: '## What\n\nMigrate every checkout shard to the new rollout template.\n\n## Rollback plan\n\nRevert this pull request; Argo CD syncs every shard back.\n',
};

/** A pull request that changes `plans` rollouts (1, 10 or 300), judged. */
export function scaleReport(plans: 1 | 10 | 300): Report {
  const files = Array.from({ length: plans }, (_, index) => changeOf(index, plans));
  const policy = parsePolicy(POLICY, '.github/rollout-guard.yml', `.github/rollout-guard.yml@${SCALE_BASE}`);
  if (!policy.ok) throw new Error(JSON.stringify(policy.errors));
  const changeSet: ChangeSet = {
    base: SCALE_BASE,
    head: SCALE_HEAD,
    files,
    context: [],
    pullRequest: { number: 7, body: BODIES[plans] ?? '', labels: [] },
  };
  return checkChange({
    changeSet,
    policy: policy.policy,
    policyPath: '.github/rollout-guard.yml',
    now: new Date('2026-11-30T12:00:00Z'),
  });
}
