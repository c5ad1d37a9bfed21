/**
 * The documentation keeps up with the code: each generated part is what `npm run docs` would
 * write, each key, flag, input, output and JSON field is on the page a reader looks for it on (in
 * its section, not merely somewhere), every link resolves, and the README stays a front page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { COMMAND_HELP } from '../src/cli/help.js';
import { rulesMarkdown } from '../src/cli/rules.js';
import { RULE_IDS } from '../src/core/model.js';
import { RULE_CATALOGUE, ruleAnchor } from '../src/core/rules/catalogue.js';
import { renderJson } from '../src/report/json.js';
import { VERSION } from '../src/version.js';
import { CLI_COMMANDS, GENERATED, generatedBody, policyKeys, rulesPage } from '../scripts/docs/reference.js';
import type { DocSources } from '../scripts/docs/reference.js';
import { finding, judged, plan, report, stage } from './report/build.js';

const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8');
const README = read('README.md');
const DOCS = readdirSync(new URL('../docs/', import.meta.url)).filter((name) => name.endsWith('.md'));
const sources: DocSources = {
  policySchema: JSON.parse(read('schema/policy.schema.json')) as DocSources['policySchema'],
  action: parseYaml(read('action.yml')) as DocSources['action'],
};

/** A `## heading` section of a page, up to the next heading of its level or above. */
function section(text: string, heading: string): string {
  const level = /^#+/.exec(heading)?.[0].length ?? 2;
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) return '';
  const rest = text.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  return end < 0 ? rest : rest.slice(0, end);
}

describe('generated pages', () => {
  it('docs/rules.md is what `rollout-guard rules --format markdown` prints', () => {
    expect(read('docs/rules.md'), 'run `npm run docs`').toBe(rulesPage());
    expect(rulesPage()).toBe(rulesMarkdown());
  });

  it.each(GENERATED.map((g) => [`${g.file} ${g.name}`, g] as const))(
    '%s is what `npm run docs` writes',
    (_, generated) => {
      expect(generatedBody(read(generated.file), generated.name), 'run `npm run docs`').toBe(
        generated.build(sources),
      );
    },
  );
});

describe('each thing on its own page', () => {
  it('every rule: a catalogue entry, its anchor in docs/rules.md, and findings link there', () => {
    expect(RULE_CATALOGUE.map((r) => r.id)).toEqual([...RULE_IDS]);
    const page = read('docs/rules.md');
    for (const rule of RULE_CATALOGUE) {
      expect(rule.description.length, rule.id).toBeGreaterThan(20);
      expect(rule.remediation, rule.id).toMatch(/\.$/);
      expect(page).toContain(`<a id="${ruleAnchor(rule.id)}"></a>\n\n## \`${rule.id}\``);
      expect(rule.helpUri).toBe(
        `https://github.com/rollout-guard/rollout-guard/blob/main/docs/rules.md#${ruleAnchor(rule.id)}`,
      );
    }
  });

  it("every key of the policy schema, in docs/policy.md's reference", () => {
    const reference = generatedBody(read('docs/policy.md'), 'policy-reference') ?? '';
    const keys = policyKeys(sources.policySchema);
    expect(keys.map((k) => k.path)).toEqual(
      expect.arrayContaining([
        'version',
        'defaults.canary.minHold',
        'environments[].match.paths',
        'rules.<rule id>',
      ]),
    );
    for (const { path } of keys) expect(reference, path).toContain(`\`${path}\``);
  });

  it("every input and output of action.yml, in docs/action.md's lists", () => {
    const page = read('docs/action.md');
    const inputs = generatedBody(page, 'action-inputs') ?? '';
    const outputs = generatedBody(page, 'action-outputs') ?? '';
    for (const name of Object.keys(sources.action.inputs))
      expect(inputs, name).toMatch(new RegExp(`^- \`${name}\`: \\S`, 'm'));
    for (const name of Object.keys(sources.action.outputs))
      expect(outputs, name).toMatch(new RegExp(`^- \`${name}\`: \\S`, 'm'));
  });

  it('every command and each of its flags, under that command in docs/cli.md', () => {
    const reference = generatedBody(read('docs/cli.md'), 'cli-commands') ?? '';
    expect([...CLI_COMMANDS, 'help'].sort()).toEqual(Object.keys(COMMAND_HELP).sort());
    for (const command of CLI_COMMANDS) {
      const block = section(`\n${reference}\n`, `### \`${command}\``);
      expect(block, command).not.toBe('');
      for (const flag of (COMMAND_HELP[command] ?? '').match(/--[a-z-]+/g) ?? [])
        expect(block, `${command} ${flag}`).toContain(flag);
    }
  });

  it("every field of the JSON report, in docs/cli.md's JSON section", () => {
    const maximal = report(
      [
        judged({
          plan: plan({ stages: [stage(10, 600, { name: 'canary', segment: 'header x=1' }), stage(100)] }),
        }),
      ],
      [
        finding({
          enforceFrom: '2027-01-01',
          places: [{ file: 'a.yaml', line: 1, planId: 'p', message: 'm' }],
          waived: {
            kind: 'exemption',
            by: 'carol',
            reason: 'r',
            until: '2027-01-01',
            ticket: 'T-1',
            source: 'x',
            originalLevel: 'error',
          },
        }),
      ],
      {
        audit: true,
        evidence: [
          {
            kind: 'actions-run',
            subject: 'run 1',
            url: 'https://github.com/a/b/actions/runs/1',
            name: 'CI',
            file: 'f',
            id: 1,
            repository: 'a/b',
            verified: true,
            accepted: true,
            reason: 'ok',
            headSha: 'h',
            conclusion: 'success',
            completedAt: '2026-01-01T00:00:00Z',
          },
        ],
        waivers: {
          breakGlass: { label: 'l', approved: true, by: 'b', at: 'a', reason: 'r', waived: 1 },
          notes: ['n'],
        },
      },
    );
    plan();
    const fields = new Set<string>();
    const visit = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          fields.add(key);
          visit(child);
        }
      }
    };
    visit(JSON.parse(renderJson(maximal)));
    const json = section(read('docs/cli.md'), '## The JSON report');
    expect(json).not.toBe('');
    for (const field of fields) {
      const documented =
        json.includes(`"${field}":`) ||
        new RegExp(`\`(?:[\\w\\[\\].]*[.\\]])?${field}\``).test(json) ||
        new RegExp(`\`\\{[^}\`]*\\b${field}\\b[^}\`]*\\}\``).test(json);
      expect(documented, field).toBe(true);
    }
  });

  it('every exit code, in the README and in docs/cli.md', () => {
    for (const page of [README, read('docs/cli.md')]) {
      const codes = section(page, '## Exit codes');
      for (const code of [0, 1, 2]) expect(codes).toMatch(new RegExp(`^\\| ${code} +\\| \\S`, 'm'));
    }
  });
});

/** GitHub's anchor for a heading: lower case, markup and punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** The anchors of a page: its headings' slugs (repeats numbered, as GitHub does) and explicit ids. */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const counts = new Map<string, number>();
  let fence = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fence = !fence;
    const heading = fence ? null : /^#{1,6} (.*)$/.exec(line);
    if (heading) {
      const base = slug(heading[1] ?? '');
      const seen = counts.get(base) ?? 0;
      anchors.add(seen === 0 ? base : `${base}-${seen}`);
      counts.set(base, seen + 1);
    }
    for (const id of line.matchAll(/<a id="([^"]+)"><\/a>/g)) anchors.add(id[1] ?? '');
  }
  return anchors;
}

describe('the pages hold together', () => {
  it('the README is a front page: under 15 KB, and links every page of docs/', () => {
    expect(Buffer.byteLength(README, 'utf8')).toBeLessThan(15 * 1024);
    for (const page of DOCS) expect(README, page).toContain(`](docs/${page})`);
  });

  it('keeps every section the README had reachable: from the README to the page that holds it now', () => {
    const moved: [string, string][] = [
      ['Quick start', 'contributing.md'],
      ['Install', 'cli.md'],
      ['Pre-commit', 'cli.md'],
      ['How rollout-guard judges a change', 'how-it-works.md'],
      ['Supported formats', 'formats.md'],
      ['The native format', 'formats.md'],
      ['The policy file', 'policy.md'],
      ['The built-in policy', 'policy.md'],
      ['The rollback plan and the test evidence sections', 'pull-request.md'],
      ['What counts as test evidence', 'pull-request.md'],
      ['Rules', 'rules.md'],
      ['Emergencies and exemptions', 'exemptions.md'],
      ['The commands', 'cli.md'],
      ['Exit codes', 'cli.md'],
      ['The JSON report', 'cli.md'],
      ['Use it in a workflow', 'action.md'],
      ['Inputs', 'action.md'],
      ['Outputs', 'action.md'],
      ['What it reports, and where', 'action.md'],
      ['Permissions', 'action.md'],
      ['Events, forks and GitHub Enterprise Server', 'action.md'],
      ['Judging again when the evidence completes', 'action.md'],
      ['Limits and failure behaviour', 'action.md'],
      ['Checks', 'contributing.md'],
      ['Releasing', 'contributing.md'],
      ['Summary', 'performance.md'],
    ];
    for (const [heading, page] of moved) {
      expect(anchorsOf(read(`docs/${page}`)), `${heading} in docs/${page}`).toContain(slug(heading));
      expect(README, page).toContain(`](docs/${page})`);
    }
  });

  it('every relative link of the README and of docs/ points at a file that exists, and an anchor it has', () => {
    const pages = [
      ['README.md', README] as const,
      ...DOCS.map((page) => [`docs/${page}`, read(`docs/${page}`)] as const),
    ];
    for (const [name, text] of pages) {
      const body = text.replace(/```[\s\S]*?```/g, '');
      for (const match of body.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1] ?? '';
        if (/^(https?:|mailto:)/.test(target)) continue;
        const [file = '', anchor] = target.split('#');
        const resolved =
          file === '' ? name : new URL(file, new URL(name, 'file:///repo/')).pathname.slice('/repo/'.length);
        expect(existsSync(new URL(`../${resolved}`, import.meta.url)), `${name}: ${target}`).toBe(true);
        if (anchor !== undefined && resolved.endsWith('.md')) {
          expect(anchorsOf(read(resolved)), `${name}: ${target}`).toContain(anchor);
        }
      }
    }
  });
});

describe('the examples', () => {
  it('give the example workflows only inputs the action has, and never a checkout on workflow_run', () => {
    const action = parseYaml(read('action.yml')) as { inputs: Record<string, unknown> };
    for (const name of ['pull-request', 'pull-request-target', 'merge-queue', 'evidence-completed']) {
      const workflow = parseYaml(read(`examples/${name}.yml`)) as {
        on: Record<string, unknown>;
        permissions: Record<string, string>;
        jobs: Record<string, { steps: { uses?: string; id?: string; with?: Record<string, unknown> }[] }>;
      };
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      const guard = steps.find((step) => step.uses?.startsWith('rollout-guard/rollout-guard@'));
      for (const input of Object.keys(guard?.with ?? {}))
        expect(action.inputs, `${name}: ${input}`).toHaveProperty(input);
      expect(workflow.permissions.actions, `${name}: actions: read for evidence runs`).toBe('read');
      if ('workflow_run' in workflow.on) {
        expect(
          steps.some((step) => step.uses?.startsWith('actions/checkout')),
          name,
        ).toBe(false);
        expect(guard?.with?.['commit-status'], name).toEqual(expect.any(String));
      }
      // Where the reports are uploaded, it is the folder the step names, under the name the comment looks for.
      const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
      if (upload) {
        expect(upload.with?.path, name).toBe(`\${{ steps.${guard?.id ?? '?'}.outputs.report-dir }}`);
        expect(upload.with?.name, name).toBe((action.inputs['artifact-name'] as { default: string }).default);
      }
    }
  });

  it('states the same version as package.json', () => {
    expect(VERSION).toBe((JSON.parse(read('package.json')) as { version: string }).version);
  });
});
