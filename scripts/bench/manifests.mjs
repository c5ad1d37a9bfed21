// Synthetic deploy manifests for the benchmark: Argo Rollouts, Flagger Canary + Deployment, plain
// Deployments/Services/ConfigMaps and native RolloutPlans, shaped like the ones in real
// repositories (long pod specs, env lists, config files in ConfigMaps, several documents a file).

import { Buffer } from 'node:buffer';

/** A small deterministic PRNG (mulberry32), so every run generates the same repository. */
export function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    /** Log-uniform between min and max: many small files, a long tail of big ones. */
    logUniform: (min, max) => Math.round(Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min)))),
  };
}

const WORDS = ['alpha', 'bravo', 'cargo', 'delta', 'ember', 'fjord', 'gamma', 'harbor', 'indigo', 'juniper'];

function envList(service, count, version, indent) {
  const pad = ' '.repeat(indent);
  const lines = [];
  for (let i = 0; i < count; i++) {
    const key = `${WORDS[i % WORDS.length].toUpperCase()}_${service.replace(/-/g, '_').toUpperCase()}_${i}`;
    if (i % 5 === 4) {
      lines.push(
        `${pad}- name: ${key}`,
        `${pad}  valueFrom:`,
        `${pad}    secretKeyRef:`,
        `${pad}      name: ${service}-secrets`,
        `${pad}      key: ${key.toLowerCase()}`,
      );
    } else {
      lines.push(`${pad}- name: ${key}`, `${pad}  value: "${WORDS[(i * 7) % WORDS.length]}-${version}-${i}"`);
    }
  }
  return lines;
}

function podTemplate(s, indent) {
  const pad = ' '.repeat(indent);
  return [
    `${pad}metadata:`,
    `${pad}  labels:`,
    `${pad}    app: ${s.name}`,
    `${pad}    team: ${s.team}`,
    `${pad}  annotations:`,
    `${pad}    prometheus.io/scrape: "true"`,
    `${pad}    prometheus.io/port: "9090"`,
    `${pad}spec:`,
    `${pad}  serviceAccountName: ${s.name}`,
    `${pad}  terminationGracePeriodSeconds: 30`,
    `${pad}  containers:`,
    `${pad}    - name: ${s.name}`,
    `${pad}      image: registry.example.com/${s.team}/${s.name}:${s.version}`,
    `${pad}      imagePullPolicy: IfNotPresent`,
    `${pad}      ports:`,
    `${pad}        - name: http`,
    `${pad}          containerPort: 8080`,
    `${pad}        - name: metrics`,
    `${pad}          containerPort: 9090`,
    `${pad}      env:`,
    ...envList(s.name, s.envCount, s.version, indent + 8),
    `${pad}      resources:`,
    `${pad}        requests: { cpu: 250m, memory: 256Mi }`,
    `${pad}        limits: { cpu: "1", memory: 512Mi }`,
    `${pad}      readinessProbe:`,
    `${pad}        httpGet: { path: /healthz/ready, port: http }`,
    `${pad}        periodSeconds: 5`,
    `${pad}      livenessProbe:`,
    `${pad}        httpGet: { path: /healthz/live, port: http }`,
    `${pad}        initialDelaySeconds: 10`,
    `${pad}      volumeMounts:`,
    `${pad}        - name: config`,
    `${pad}          mountPath: /etc/${s.name}`,
    `${pad}  volumes:`,
    `${pad}    - name: config`,
    `${pad}      configMap:`,
    `${pad}        name: ${s.name}-config`,
  ];
}

function service(s, suffix = '') {
  return [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${s.name}${suffix}`,
    `  namespace: ${s.namespace}`,
    'spec:',
    '  selector:',
    `    app: ${s.name}`,
    '  ports:',
    '    - name: http',
    '      port: 80',
    '      targetPort: http',
  ];
}

function configMap(s) {
  const lines = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${s.name}-config`,
    `  namespace: ${s.namespace}`,
    'data:',
    '  application.properties: |',
  ];
  for (let i = 0; i < s.configLines; i++) {
    lines.push(
      `    ${WORDS[i % WORDS.length]}.${s.name}.setting${i}=${WORDS[(i * 3) % WORDS.length]}-${s.version}`,
    );
  }
  return lines;
}

function argoRollout(s) {
  const steps = s.unsafe
    ? ['        - setWeight: 50', '        - pause: { duration: 1m }']
    : [
        `        - setWeight: ${s.firstWeight}`,
        '        - pause: { duration: 10m }',
        '        - setWeight: 25',
        '        - pause: { duration: 10m }',
        '        - setWeight: 50',
        '        - pause: { duration: 15m }',
      ];
  const rollout = [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Rollout',
    'metadata:',
    `  name: ${s.name}`,
    `  namespace: ${s.namespace}`,
    'spec:',
    `  replicas: ${s.replicas}`,
    '  revisionHistoryLimit: 5',
    '  selector:',
    '    matchLabels:',
    `      app: ${s.name}`,
    '  template:',
    ...podTemplate(s, 4),
    '  strategy:',
    '    canary:',
    `      canaryService: ${s.name}-canary`,
    `      stableService: ${s.name}`,
    '      trafficRouting:',
    '        nginx:',
    `          stableIngress: ${s.name}`,
    ...(s.unsafe
      ? []
      : [
          '      analysis:',
          '        templates:',
          `          - templateName: ${s.name}-success-rate`,
          '        startingStep: 1',
        ]),
    '      steps:',
    ...steps,
  ];
  const analysis = [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: AnalysisTemplate',
    'metadata:',
    `  name: ${s.name}-success-rate`,
    `  namespace: ${s.namespace}`,
    'spec:',
    '  metrics:',
    '    - name: success-rate',
    '      interval: 1m',
    '      failureLimit: 1',
    '      successCondition: result[0] >= 0.99',
    '      provider:',
    '        prometheus:',
    '          address: http://prometheus.monitoring:9090',
    '          query: |',
    `            sum(rate(http_requests_total{app="${s.name}",code!~"5.."}[2m]))`,
    `            / sum(rate(http_requests_total{app="${s.name}"}[2m]))`,
  ];
  return [rollout, service(s), service(s, '-canary'), analysis];
}

function deployment(s, strategy = 'rolling') {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${s.name}`,
    `  namespace: ${s.namespace}`,
    '  labels:',
    `    app: ${s.name}`,
    'spec:',
    `  replicas: ${s.replicas}`,
    '  progressDeadlineSeconds: 600',
    ...(strategy === 'rolling'
      ? [
          '  strategy:',
          '    type: RollingUpdate',
          '    rollingUpdate:',
          '      maxSurge: 25%',
          '      maxUnavailable: 0',
        ]
      : []),
    '  selector:',
    '    matchLabels:',
    `      app: ${s.name}`,
    '  template:',
    ...podTemplate(s, 4),
  ];
}

function flaggerCanary(s) {
  return [
    'apiVersion: flagger.app/v1beta1',
    'kind: Canary',
    'metadata:',
    `  name: ${s.name}`,
    `  namespace: ${s.namespace}`,
    'spec:',
    '  provider: istio',
    '  targetRef:',
    '    apiVersion: apps/v1',
    '    kind: Deployment',
    `    name: ${s.name}`,
    '  progressDeadlineSeconds: 600',
    '  service:',
    '    port: 80',
    '    targetPort: 8080',
    ...(s.unsafe ? ['  skipAnalysis: true'] : []),
    '  analysis:',
    '    interval: 1m',
    '    threshold: 5',
    '    maxWeight: 50',
    `    stepWeight: ${s.firstWeight}`,
    '    metrics:',
    '      - name: request-success-rate',
    '        thresholdRange:',
    '          min: 99',
    '        interval: 1m',
    '      - name: request-duration',
    '        thresholdRange:',
    '          max: 500',
    '        interval: 1m',
    '    webhooks:',
    '      - name: load-test',
    '        type: rollout',
    `        url: http://flagger-loadtester.${s.namespace}/`,
    '        metadata:',
    `          cmd: "hey -z 1m -q 10 -c 2 http://${s.name}-canary.${s.namespace}/"`,
  ];
}

function horizontalAutoscaler(s) {
  return [
    'apiVersion: autoscaling/v2',
    'kind: HorizontalPodAutoscaler',
    'metadata:',
    `  name: ${s.name}`,
    `  namespace: ${s.namespace}`,
    'spec:',
    '  scaleTargetRef:',
    '    apiVersion: apps/v1',
    '    kind: Deployment',
    `    name: ${s.name}`,
    `  minReplicas: ${s.replicas}`,
    `  maxReplicas: ${s.replicas * 4}`,
    '  metrics:',
    '    - type: Resource',
    '      resource:',
    '        name: cpu',
    '        target: { type: Utilization, averageUtilization: 70 }',
  ];
}

function nativePlan(s) {
  return [
    'apiVersion: rollout-guard.dev/v1',
    'kind: RolloutPlan',
    'metadata:',
    `  name: ${s.name}`,
    `  namespace: ${s.namespace}`,
    'spec:',
    '  target:',
    '    kind: FeatureFlag',
    `    name: ${s.name}-${s.version.replace(/\./g, '-')}`,
    '  strategy: canary',
    '  stages:',
    '    - name: canary',
    `      weight: ${s.unsafe ? 60 : s.firstWeight}`,
    '      hold: 30m',
    '      gates: [analysis]',
    '    - name: early-adopters',
    `      weight: ${s.unsafe ? 80 : 30}`,
    '      hold: 1h',
    '      gates:',
    '        - kind: metric-check',
    '          name: error-rate',
    ...(s.unsafe
      ? []
      : ['    - name: half', '      weight: 60', '      hold: 1h', '      gates: [analysis]']),
    '    - weight: 100',
    '  rollback:',
    `    automatic: ${s.unsafe ? 'false' : 'true'}`,
    '    how:',
    '      - the kill switch flips on the error-rate alarm',
  ];
}

const document = (lines) => `${lines.join('\n')}\n`;
const HEADER = (s) =>
  [
    `# ${s.name}: owned by ${s.team} (#${s.team}-oncall). Changes need a review from ${s.team}/deployers.`,
    '# Generated from the service template v3; keep the field order so diffs stay small.',
    `# Runbook: https://runbooks.example.com/${s.team}/${s.name}`,
    '',
  ].join('\n');
const multiDocument = (docs, s) => HEADER(s) + docs.map(document).join('---\n');

/**
 * The files of one service: kind is 'argo' | 'flagger' | 'flagger-split' | 'kubernetes' | 'native'.
 * Returns [relativePath, builder(state) => text] pairs; sizes come from `envCount`/`configLines`.
 */
export const SERVICE_KINDS = {
  argo: (s) => [['rollout.yaml', multiDocument(argoRollout(s), s)]],
  flagger: (s) => [
    ['canary.yaml', multiDocument([flaggerCanary(s), deployment(s, 'none'), horizontalAutoscaler(s)], s)],
  ],
  // Canary and Deployment in different files: a change to the Deployment alone is judged through
  // the unchanged Canary, which the source finds with git grep.
  'flagger-split': (s) => [
    ['canary.yaml', multiDocument([flaggerCanary(s)], s)],
    ['deployment.yaml', multiDocument([deployment(s, 'none'), service(s)], s)],
  ],
  kubernetes: (s) => [['deployment.yaml', multiDocument([deployment(s), service(s), configMap(s)], s)]],
  native: (s) => [['plan.rollout.yaml', multiDocument([nativePlan(s), configMap(s)], s)]],
};

const KIND_WEIGHTS = [
  ['argo', 30],
  ['flagger', 15],
  ['flagger-split', 10],
  ['kubernetes', 35],
  ['native', 10],
];

function pickKind(rng) {
  let roll = rng.next() * 100;
  for (const [kind, weight] of KIND_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'kubernetes';
}

/** Grows the env list (or the ConfigMap) of a service until its biggest file is about `bytes`. */
function sized(state, kind, bytes) {
  const key = kind === 'kubernetes' || kind === 'native' ? 'configLines' : 'envCount';
  const biggest = () => Math.max(...SERVICE_KINDS[kind](state).map(([, text]) => Buffer.byteLength(text)));
  const start = biggest();
  if (start >= bytes) return;
  state[key] += 20;
  const perItem = (biggest() - start) / 20;
  state[key] = Math.max(state[key] - 20 + Math.round((bytes - start) / perItem), 0);
}

/**
 * A monorepo of `manifests` manifest files (services of mixed formats, 1-20 KB a file) plus
 * READMEs and source files that are not manifests.
 */
export function generateServices(manifests, seed = 7) {
  const rng = random(seed);
  const services = [];
  let files = 0;
  for (let i = 0; files < manifests; i++) {
    const team = `team-${String(i % 40).padStart(2, '0')}`;
    let kind = pickKind(rng);
    if (kind === 'flagger-split' && manifests - files < 2) kind = 'flagger';
    const environment = rng.pick(['prod', 'prod', 'staging', 'dev']);
    const state = {
      kind,
      name: `svc-${String(i).padStart(5, '0')}`,
      team,
      namespace: `${environment}-${team}`,
      dir: `apps/${team}/svc-${String(i).padStart(5, '0')}/deploy/${environment}`,
      version: `1.${rng.int(0, 30)}.${rng.int(0, 9)}`,
      replicas: rng.int(2, 12),
      firstWeight: rng.pick([5, 10, 10, 20]),
      // One service in five is not safe, so the rules have findings to report.
      unsafe: rng.chance(0.2),
      envCount: rng.int(2, 6),
      configLines: rng.int(3, 10),
    };
    sized(state, kind, rng.logUniform(1024, 20 * 1024));
    services.push(state);
    files += SERVICE_KINDS[kind](state).length;
  }
  return services;
}

/** The manifest files of a service as [path, text]. */
export function serviceFiles(state) {
  return SERVICE_KINDS[state.kind](state).map(([name, text]) => [`${state.dir}/${name}`, text]);
}

/** Files every service directory has that are not manifests, and are skipped unparsed. */
export function serviceExtras(state) {
  const root = state.dir.replace(/\/deploy\/.*$/, '');
  return [
    [`${root}/README.md`, `# ${state.name}\n\nOwned by ${state.team}. Deployed with ${state.kind}.\n`],
    [
      `${root}/main.go`,
      `package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("${state.name} ${state.version}")\n}\n`,
    ],
  ];
}

/**
 * The change a pull request makes to a service: a new image tag everywhere (and, for one change
 * in four, new canary weights), keeping every name so plans pair up with their base.
 */
export function changeService(state, rng) {
  const [major, minor, patch] = state.version.split('.').map(Number);
  const next = { ...state, version: `${major}.${minor}.${patch + 1}` };
  if (rng.chance(0.25)) next.firstWeight = next.firstWeight === 5 ? 10 : 5;
  return next;
}

export const POLICY = `# The bench repository's policy: production is strict, staging and dev are looser.
version: 1
environments:
  - name: production
    match:
      namespaces: ["prod-*"]
    canary:
      minStages: 2
      maxInitialWeight: 20
  - name: staging
    match:
      namespaces: ["staging-*", "dev-*"]
    canary:
      required: false
    rollback: none
    evidence:
      required: false
`;
