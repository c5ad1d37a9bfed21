/** Generated reports of many repositories, for org-report's tests and its benchmark. */

const FORMATS = ['argo-rollouts', 'flagger', 'kubernetes', 'cloud-deploy', 'aws-sam', 'native'];
const ENVIRONMENTS = ['production', 'staging', 'development', 'default'];
const RULES = [
  'canary/required',
  'canary/min-hold',
  'rollback/missing',
  'evidence/missing',
  'canary/analysis',
];

/** A deterministic report of one repository: `plans` rollouts and `findings` findings. */
export function generatedOrgReport(index: number, plans = 40, findings = 20): object {
  let seed = index * 7919 + 17;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const planList = Array.from({ length: plans }, (_, i) => ({
    id: `kubernetes:Deployment:svc-${i}`,
    file: `deploy/svc-${i}/app.yaml`,
    line: 1,
    format: FORMATS[next(FORMATS.length)],
    environment: ENVIRONMENTS[next(ENVIRONMENTS.length)],
    strategy: 'canary',
    stages: [],
    rollback: { automatic: false, how: [] },
    bypasses: [],
    change: 'added',
  }));
  const findingList = Array.from({ length: findings }, (_, i) => {
    const waived = i % 10 === 0;
    return {
      rule: RULES[next(RULES.length)],
      level: waived ? 'notice' : next(3) === 0 ? 'warning' : 'error',
      message: 'a finding',
      file: `deploy/svc-${i}/app.yaml`,
      line: 3,
      planId: `kubernetes:Deployment:svc-${i}`,
      remediation: 'fix it',
      ...(waived
        ? {
            waived: {
              kind: 'exemption',
              by: 'carol',
              reason: 'because',
              until: `2026-12-${String(1 + next(28)).padStart(2, '0')}`,
              source: `exemption-${i}`,
              originalLevel: 'error',
            },
          }
        : {}),
    };
  });
  const errors = findingList.filter((f) => f.level === 'error').length;
  return {
    version: 1,
    verdict: errors > 0 ? 'fail' : 'pass',
    base: '0'.repeat(40),
    head: 'f'.repeat(40),
    policy: { source: `.github/rollout-guard.yml@${'f'.repeat(40)}` },
    plans: planList,
    findings: findingList,
    evidence: [],
    summary: { errors, warnings: findingList.filter((f) => f.level === 'warning').length, notices: 0, plans },
  };
}
