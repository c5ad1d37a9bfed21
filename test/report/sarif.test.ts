import { describe, expect, it } from 'vitest';
import type { Waiver } from '../../src/core/model.js';
import { RULE_CATALOGUE } from '../../src/core/rules/catalogue.js';
import { FINGERPRINT_KEY, artifactUri, fingerprint, renderSarif } from '../../src/report/sarif.js';
import { VERSION } from '../../src/version.js';
import { finding, judged, plan, report } from './build.js';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations?: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region?: { startLine: number };
    };
  }[];
  relatedLocations?: {
    id: number;
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region?: { startLine: number };
    };
    message: { text: string };
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; status: string; justification: string }[];
}

interface Sarif {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; informationUri: string; version: string; rules: SarifRule[] } };
    results: SarifResult[];
  }[];
}

const findings = [
  finding({ rule: 'canary/initial-weight', file: './deploy\\prod/web app.yaml', line: 14 }),
  finding({ rule: 'manifest/unsupported', level: 'warning', file: 'deploy/legacy.jsonnet', line: undefined }),
  finding({ rule: 'evidence/missing', level: 'notice', file: undefined, line: undefined, planId: undefined }),
];

function render(options = {}): Sarif {
  return JSON.parse(renderSarif(report([], findings), options)) as Sarif;
}

describe('renderSarif', () => {
  it('is a SARIF 2.1.0 log with one run of rollout-guard', () => {
    const sarif = render({ toolVersion: '1.4.0' });
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const driver = sarif.runs[0]?.tool.driver;
    expect(driver?.name).toBe('rollout-guard');
    expect(driver?.informationUri).toMatch(/^https:\/\//);
    expect(driver?.version).toBe('1.4.0');
    expect(render().runs[0]?.tool.driver.version).toBe(VERSION);
  });

  it('describes every rule of the catalogue', () => {
    const rules = render().runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((rule) => rule.id)).toEqual(RULE_CATALOGUE.map((rule) => rule.id));
    for (const rule of rules) {
      // A title, as code scanning shows it in the alert list; the sentence is the full description.
      expect(rule.shortDescription.text.length, rule.id).toBeGreaterThan(10);
      expect(rule.shortDescription.text.length, rule.id).toBeLessThanOrEqual(50);
      expect(rule.shortDescription.text, rule.id).not.toMatch(/[.\n]/);
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length);
      expect(rule.fullDescription.text.length).toBeGreaterThan(10);
      expect(rule.help.text).toMatch(/\.$/);
      expect(rule.helpUri).toMatch(/^https:\/\/.+#rule-/);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(rules.find((rule) => rule.id === 'manifest/unsupported')?.defaultConfiguration.level).toBe(
      'warning',
    );
  });

  it('gives each result a ruleIndex that points at its own rule', () => {
    const run = render().runs[0];
    expect(run?.results).toHaveLength(3);
    for (const result of run?.results ?? []) {
      expect(run?.tool.driver.rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
      expect(result.message.text.length).toBeGreaterThan(0);
    }
    expect(run?.results.map((result) => result.level)).toEqual(['error', 'warning', 'note']);
  });

  it('locates results by relative, percent-encoded URI and line', () => {
    const [withLine, withoutLine] = render().runs[0]?.results ?? [];
    expect(withLine?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'deploy/prod/web%20app.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 14 },
        },
      },
    ]);
    expect(withoutLine?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/legacy.jsonnet', uriBaseId: '%SRCROOT%' },
    });
  });

  // Code scanning rejects the whole upload when one result has no location.
  describe('never writes a result without a location', () => {
    const aboutTheChange = finding({ rule: 'rollback/missing', file: undefined, line: undefined });
    const locate = (
      f: typeof aboutTheChange,
      overrides: Parameters<typeof report>[2] = {},
      plans = [judged()],
    ) =>
      (JSON.parse(renderSarif(report(plans, [f], overrides))) as Sarif).runs[0]?.results[0]?.locations?.[0]
        ?.physicalLocation;

    it('a finding about a rollout points at the rollout', () => {
      expect(locate(aboutTheChange)).toEqual({
        artifactLocation: { uri: 'deploy/prod/web.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 3 },
      });
    });

    it('a finding found at several places points at the first one with a file', () => {
      const places = [
        { planId: 'x', message: 'a' },
        { file: 'deploy/b.yaml', line: 9, planId: 'y', message: 'b' },
      ];
      expect(locate({ ...aboutTheChange, planId: undefined, places })?.region).toEqual({ startLine: 9 });
    });

    it('a finding about no rollout points at the policy at the base, or where the built-in one would be', () => {
      const alone = { ...aboutTheChange, planId: undefined };
      const other = [judged({ plan: plan({ id: 'other', file: 'deploy/other.yaml' }) })];
      expect(locate(alone, { policy: { source: `policies/deploy.yml@${'a'.repeat(40)}` } }, other)).toEqual({
        artifactLocation: { uri: 'policies/deploy.yml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1 },
      });
      for (const source of ['builtin', '/home/me/try-policy.yml']) {
        expect(locate(alone, { policy: { source } }, [])?.artifactLocation.uri).toBe(
          '.github/rollout-guard.yml',
        );
      }
    });
  });

  it('fingerprints stay put when lines move and differ between rules', () => {
    const before = finding({ line: 12, message: 'Stage at line 12 holds 1m; the minimum is 5m.' });
    const after = finding({ line: 30, message: 'Stage at line 30 holds 1m; the minimum is 5m.' });
    expect(fingerprint(after)).toBe(fingerprint(before));
    expect(fingerprint({ ...before, rule: 'canary/min-hold' })).not.toBe(fingerprint(before));
    expect(fingerprint({ ...before, message: 'Stage at line 12 holds 2m; the minimum is 5m.' })).not.toBe(
      fingerprint(before),
    );
    const result = render().runs[0]?.results[0];
    expect(result?.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('turns any repository path into a relative URI reference', () => {
    expect(artifactUri('/abs/path.yaml')).toBe('abs/path.yaml');
    expect(artifactUri('a\\b\\c.yaml')).toBe('a/b/c.yaml');
    expect(artifactUri('x/100%#1?.yaml')).toBe('x/100%25%231%3F.yaml');
    expect(artifactUri('c:/x.yaml')).toBe('c%3A/x.yaml');
  });
});

describe('renderSarif with waived findings', () => {
  const exemption: Waiver = {
    kind: 'exemption',
    by: 'dkim',
    reason: 'Covered by the load-test gate.',
    until: '2026-07-20',
    ticket: 'OPS-2231',
    source: 'payments-api-short-bake',
    originalLevel: 'error',
  };
  const approvedChange: Waiver = {
    kind: 'approved-policy-change',
    by: 'maria-sre',
    reason: 'approved on 2026-07-14T09:32:10Z',
    source: 'review',
    originalLevel: 'error',
  };
  const active = finding();
  const waivedFindings = [
    active,
    finding({ level: 'notice', waived: exemption }),
    finding({ level: 'warning', rule: 'policy/changed', waived: approvedChange }),
  ];
  const results = (JSON.parse(renderSarif(report([], waivedFindings))) as Sarif).runs[0]?.results ?? [];

  it('marks a waived finding as an accepted external suppression, with who, why, ticket and expiry', () => {
    expect(results[1]?.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'Covered by the load-test gate. — approved by dkim, ticket OPS-2231, until 2026-07-20',
      },
    ]);
    expect(results[2]?.suppressions?.[0]?.justification).toBe(
      'approved on 2026-07-14T09:32:10Z — approved by maria-sre',
    );
    expect(results[0]).not.toHaveProperty('suppressions');
  });

  it('keeps the lowered level and the fingerprint of the finding it was before the waiver', () => {
    expect(results.map((result) => result.level)).toEqual(['error', 'note', 'warning']);
    expect(results[1]?.partialFingerprints[FINGERPRINT_KEY]).toBe(fingerprint(active));
  });
});

describe('renderSarif with a problem found at several places', () => {
  const places = [
    {
      file: 'deploy/web.yaml',
      line: 12,
      planId: 'p',
      message: 'the rollout holds only 20s at 20% before raising traffic to 30%',
    },
    {
      file: 'deploy/web.yaml',
      line: 14,
      planId: 'p',
      message: 'the rollout holds only 20s at 30% before raising traffic to 40%',
    },
    { file: 'deploy/api.yaml', line: 3, planId: 'q', message: `quoted\n\n${'paragraph '.repeat(40)}` },
  ];
  const merged = finding({
    rule: 'canary/min-hold',
    file: 'deploy/web.yaml',
    line: 12,
    message: 'the rollout holds only 20s at 20%, 30% and 40% before raising traffic (3 stages)',
    places,
  });
  const [result] = (JSON.parse(renderSarif(report([], [merged]))) as Sarif).runs[0]?.results ?? [];

  it('is one result at the first place, the other places its related locations with their own messages', () => {
    expect(result?.locations?.[0]?.physicalLocation.region).toEqual({ startLine: 12 });
    expect(result?.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'deploy/web.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 14 },
        },
        message: { text: 'the rollout holds only 20s at 30% before raising traffic to 40%' },
      },
      expect.objectContaining({ id: 2 }),
    ]);
    const text = result?.relatedLocations?.[1]?.message.text ?? '';
    expect(text).not.toContain('\n');
    expect(text.length).toBeLessThanOrEqual(200);
  });

  it('keeps the fingerprint the first place had alone, so a second short hold opens no new alert', () => {
    const alone = finding({
      rule: 'canary/min-hold',
      file: 'deploy/web.yaml',
      line: 12,
      message: places[0]?.message,
    });
    expect(result?.partialFingerprints[FINGERPRINT_KEY]).toBe(fingerprint(alone));
  });

  it('has no related locations for a finding with one place, and a bounded one-line message', () => {
    const long = finding({ message: `YAML error: "${'word '.repeat(100)}\n## Heading"` });
    const [single] = (JSON.parse(renderSarif(report([], [long]))) as Sarif).runs[0]?.results ?? [];
    expect(single).not.toHaveProperty('relatedLocations');
    expect(single?.message.text).toMatch(/^YAML error: "word word/);
    expect(single?.message.text).not.toMatch(/\n|##/);
    expect(single?.message.text.length).toBeLessThanOrEqual(200);
  });
});
