/**
 * The policy `rollout-guard init` proposes from a survey of the repository: its environments
 * (production strict, staging lighter, development off, and the repository's own names), its
 * content and flags, the manifests outside the default globs, and, from a replay of its history,
 * staged enforcement for the rules that would fail most. Every choice has a comment naming the
 * files that led to it. Pure: text in, text out; the result is a valid policy (tests parse it).
 */
import type { RuleId } from '../core/model.js';
import { DEFAULT_MANIFEST_GLOBS, POLICY_SCHEMA_URL } from '../core/policy.js';
import { examples } from './init-survey.js';
import type { EnvironmentClass, EnvironmentEvidence, NamedEvidence, Survey } from './init-survey.js';

/** A rule the history replay says would fail often: an error only from `enforceFrom`. */
export interface StagedRule {
  rule: RuleId;
  /** Changes it would have failed, of `of`. */
  changes: number;
  of: number;
  enforceFrom: string;
}

export interface ProposalOptions {
  staged?: StagedRule[];
  /** What the replay could not judge, for a comment (e.g. that it had no descriptions). */
  historyNote?: string;
}

const q = (text: string) => JSON.stringify(text);
const list = (items: readonly string[]) => `[${items.map(q).join(', ')}]`;

/** Comment lines, wrapped at 100 columns, each starting with `indent# `. */
function comment(text: string, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > 100) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(`${indent}# ${line}`);
  return lines;
}

function namedList(items: readonly NamedEvidence[]): string {
  return items.map((item) => `${item.name} (${examples(item.files, 2)})`).join('; ');
}

function hasEvidence(evidence: EnvironmentEvidence): boolean {
  return (
    evidence.folders.length +
      evidence.fileNames.length +
      evidence.namespaces.length +
      evidence.targets.length >
    0
  );
}

function matchLines(evidence: EnvironmentEvidence, indent: string): string[] {
  const paths = [
    ...evidence.folders.map((f) => `**/${f.name}/**`),
    ...evidence.fileNames.map((f) => `**/${f.name}`),
  ];
  const lines = [`${indent}match:`];
  if (paths.length > 0) lines.push(`${indent}  paths: ${list(paths)}`);
  if (evidence.namespaces.length > 0)
    lines.push(`${indent}  namespaces: ${list(evidence.namespaces.map((n) => n.name))}`);
  if (evidence.targets.length > 0)
    lines.push(`${indent}  targets: ${list(evidence.targets.map((n) => n.name))}`);
  return lines;
}

function why(evidence: EnvironmentEvidence): string {
  const parts = [
    evidence.folders.length > 0 ? `folders ${namedList(evidence.folders)}` : '',
    evidence.fileNames.length > 0 ? `files ${namedList(evidence.fileNames)}` : '',
    evidence.namespaces.length > 0 ? `namespaces ${namedList(evidence.namespaces)}` : '',
    evidence.targets.length > 0 ? `Cloud Deploy targets ${namedList(evidence.targets)}` : '',
  ].filter(Boolean);
  return parts.join('; ');
}

const RULES_OF: Record<EnvironmentClass, string[]> = {
  production: [],
  staging: [
    '    canary:',
    '      minStages: 1',
    '      maxInitialWeight: 50',
    '      maxStepIncrease: 100',
    '      minHold: 1m',
    '      requireAnalysis: false',
    '    rollback: none',
    '    evidence:',
    '      required: false',
  ],
  development: [
    '    canary:',
    '      required: false',
    '      minStages: 0',
    '      maxInitialWeight: 100',
    '      maxStepIncrease: 100',
    '      minHold: 0',
    '      requireAnalysis: false',
    '      noRegression: false',
    '      protectDeletion: false',
    '    rollback: none',
    '    evidence:',
    '      required: false',
  ],
};

const INTENT: Record<EnvironmentClass, string> = {
  production: 'strict: the defaults above, nothing relaxed.',
  staging:
    'lighter: a canary still, but one stage will do, a minute of bake time, no analysis required; no rollback plan or test evidence needed.',
  development: 'off: every canary, rollback and evidence rule relaxed.',
};

/** A safe environment name from a folder name. */
function environmentName(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return clean === '' ? 'environment' : clean;
}

export function proposePolicy(survey: Survey, options: ProposalOptions = {}): string {
  const out: string[] = [`# yaml-language-server: $schema=${POLICY_SCHEMA_URL}`];
  out.push(
    ...comment(
      'rollout-guard policy, proposed by `rollout-guard init` from what the repository holds. Review each choice (the comments say which files led to it), then commit it to the default branch: it is always read from the base branch of a pull request, so a pull request cannot loosen the policy that judges it. Run the Action with `mode: warn` for the first weeks. Reference: README.md, "The policy file".',
    ),
  );
  out.push('#', ...foundLines(survey), 'version: 1', '');

  // Manifests.
  out.push('manifests:');
  out.push(
    ...comment(
      'Changed files here that no format recognises are reported (manifest/unsupported); YAML and JSON files elsewhere are still judged when they hold a manifest.',
      '  ',
    ),
  );
  out.push('  include:', ...DEFAULT_MANIFEST_GLOBS.map((glob) => `    - ${q(glob)}`));
  for (const outside of survey.outsideGlobs) {
    out.push(...comment(`Manifests outside the folders above: ${examples(outside.files, 3)}.`, '    '));
    out.push(`    - ${q(outside.glob)}`);
  }
  out.push('  exclude: []', '');

  // Content.
  out.push(
    ...comment(
      "Config and content without a rollout format are deploys too: a change to these paths is judged as shipping everywhere at once, unless the change carries a RolloutPlan whose spec.target.name is the entry's name.",
    ),
  );
  if (survey.content.length === 0) {
    out.push('content: []');
  } else {
    out.push('content:');
    for (const entry of survey.content) {
      out.push(...comment(`${entry.why}: ${examples(entry.files, 3)}.`, '  '));
      out.push(`  - name: ${entry.name}`, `    paths: ${list(entry.paths)}`);
    }
  }
  if (survey.configSuggestion) {
    const s = survey.configSuggestion;
    out.push(
      ...comment(
        `Not proposed: ${s.why} (${examples(s.files, 3)}). If services read it at run time, a change to it ships everywhere at once:`,
      ),
      `#  - name: ${s.name}`,
      `#    paths: ${list(s.paths)}`,
    );
  }
  out.push('');

  out.push(
    '# Edits to these files are reported (policy/changed): they decide what guards a merge.',
    'protectedPaths: [".github/workflows/**"]',
    '',
  );

  // Defaults.
  out.push(
    '# Rules for every environment, and for rollouts that no environment matches: production-strict.',
    'defaults:',
    '  canary:',
    '    required: true            # no 0 to 100% in one step',
    '    strategies: [canary, linear, ab-test]',
    '    minStages: 2              # stages below 100%',
    '    maxInitialWeight: 25      # percent of traffic in the first stage',
    '    maxStepIncrease: 50       # percent points between two stages, the step to 100% included',
    '    minHold: 5m               # bake time at each weight before the next increase',
    '    gateCountsAsHold: true    # an analysis or manual gate counts as bake time',
    '    requireAnalysis: true     # at least one automated check that can fail the rollout',
    '    noRegression: true        # a change may not weaken the rollout the base branch had',
    '  rollback: automatic-or-documented   # automatic | documented | automatic-or-documented | none',
    '  evidence:',
    '    required: true',
    '',
  );

  // Environments.
  const found = (['production', 'staging', 'development'] as const).filter((env) =>
    hasEvidence(survey.environments[env]),
  );
  out.push('# First match wins: the strictest environment comes first.');
  if (found.length === 0 && survey.ownEnvironments.length === 0) {
    out.push(
      ...comment(
        'No folder, file, namespace or Cloud Deploy target name here says production, staging or development, so every rollout is judged with the defaults. To relax one, add an environment:',
      ),
      '# environments:',
      '#   - name: staging',
      '#     match: { paths: ["deploy/staging/**"] }',
      '#     canary: { required: false }',
      '#     rollback: none',
      '#     evidence: { required: false }',
      'environments: []',
    );
  } else {
    out.push('environments:');
    for (const env of found) {
      const evidence = survey.environments[env];
      out.push(...comment(`${env}: ${INTENT[env]} Found: ${why(evidence)}.`, '  '));
      out.push(`  - name: ${env}`, ...matchLines(evidence, '    '), ...RULES_OF[env]);
    }
    for (const own of survey.ownEnvironments) {
      out.push(
        ...comment(
          `${own.name}: this repository's own name, beside its environment folders (${examples(own.files, 2)}). It does not say what it is, so it is judged like production; relax it (see staging and development) if it is less.`,
          '  ',
        ),
      );
      out.push(
        `  - name: ${environmentName(own.name)}`,
        '    match:',
        `      paths: ${list([`**/${own.name}/**`])}`,
      );
    }
  }
  if (survey.sam.templates.length > 0 && survey.sam.stages.length > 0) {
    out.push(
      ...comment(
        `SAM: ${examples(survey.sam.templates, 2)} is deployed to the stages samconfig.toml names (${survey.sam.stages.map((s) => s.name).join(', ')}) from one file, so no path tells them apart: it is judged with the defaults, as production, whatever the stage.`,
      ),
    );
  }
  out.push('');

  // Rendering.
  const rendering = renderingComment(survey);
  if (rendering.length > 0) out.push(...rendering, '');

  out.push(
    'pullRequest:',
    '  rollbackHeadings: ["Rollback plan", "Rollback"]',
    '  evidenceHeadings: ["Test evidence", "Testing", "Evidence"]',
    '  minSectionLength: 20',
    '',
    'evidence:',
    '  allowedHosts: ["github.com", "*.githubusercontent.com"]',
    '  paths: []                   # e.g. ["docs/test-evidence/**"]',
    '  checkApp: github-actions',
    '',
  );

  // Rules, staged by the history replay.
  out.push('# Per-rule levels: error | warning | notice | off, or { level, enforceFrom: YYYY-MM-DD }.');
  const staged = options.staged ?? [];
  if (options.historyNote) out.push(...comment(options.historyNote));
  if (staged.length === 0) {
    out.push('rules: {}');
  } else {
    out.push('rules:');
    for (const rule of staged) {
      out.push(
        ...comment(
          `Would have failed ${rule.changes} of the last ${rule.of} changes: a warning until ${rule.enforceFrom}, an error from then on. Fix what it finds before that day, or move the date.`,
          '  ',
        ),
        `  ${rule.rule}: { level: error, enforceFrom: ${q(rule.enforceFrom)} }`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** `#   - text`, wrapped, continued under the text. */
function bullet(text: string): string[] {
  return comment(text, '    ').map((line, i) =>
    i === 0 ? `#   - ${line.slice(6)}` : `#     ${line.slice(6)}`,
  );
}

function foundLines(survey: Survey): string[] {
  const lines = ['# What init found:'];
  if (survey.formats.length === 0 && survey.charts.length === 0 && survey.kustomizations.length === 0) {
    lines.push('#   - no rollout manifests (every rollout-guard format was looked for)');
  }
  for (const format of survey.formats) {
    lines.push(
      ...bullet(
        `${format.format} (${format.kinds.join(', ')}): ${format.files.length} file${format.files.length === 1 ? '' : 's'}, ${examples(format.files, 3)}`,
      ),
    );
  }
  for (const chart of survey.charts) {
    lines.push(
      ...bullet(
        `Helm chart ${chart.name} in ${chart.folder}/ (${chart.templates.length} templates, ${chart.values.length} values files)`,
      ),
    );
  }
  const overlays = survey.kustomizations.filter((k) => k.overlay);
  if (survey.kustomizations.length > 0) {
    const where =
      overlays.length > 0
        ? ` (${examples(
            overlays.map((k) => k.folder),
            3,
          )})`
        : '';
    lines.push(
      ...bullet(
        `Kustomize: ${survey.kustomizations.length} kustomizations, ${overlays.length} overlays${where}`,
      ),
    );
  }
  if (survey.services.length >= 2) {
    lines.push(
      ...bullet(`a monorepo of ${survey.services.length} services (${examples(survey.services, 3)})`),
    );
  }
  lines.push('#');
  return lines;
}

function renderingComment(survey: Survey): string[] {
  const charts = survey.charts.filter((chart) => chart.templates.length > 0 || chart.values.length > 0);
  const patched = survey.kustomizations.filter((k) => k.overlay || k.patches);
  if (charts.length === 0 && patched.length === 0) return [];
  const lines = comment(
    `Rendering. ${[
      charts.length > 0
        ? `Helm charts (${examples(
            charts.map((c) => c.folder),
            3,
          )}) are templates`
        : '',
      patched.length > 0
        ? `Kustomize overlays (${examples(
            patched.map((k) => k.folder),
            3,
          )}) decide the namespace and patch what their bases say`
        : '',
    ]
      .filter(Boolean)
      .join(
        '; ',
      )}: rollout-guard judges them only through the rendered output, and reports a change to them as unverifiable (manifest/invalid) without it. Render them in the workflow, before rollout-guard, and pass the folder as rendered-manifests (--rendered in the CLI):`,
  );
  lines.push('#', '#   - name: Render the manifests', '#     run: |', '#       mkdir -p rendered');
  for (const chart of charts) {
    const values = chart.values.filter((v) => /prod/i.test(v));
    const flags = values.map((v) => ` -f ${v}`).join('');
    lines.push(`#       helm template ${chart.name} ${chart.folder}${flags} > rendered/${chart.name}.yaml`);
  }
  // The output is judged at its path under rendered/: keeping the overlay's folders there keeps
  // the environments' path globs (**/prod/**) matching it.
  for (const overlay of patched) {
    lines.push(
      `#       mkdir -p rendered/${overlay.folder} && kustomize build ${overlay.folder} > rendered/${overlay.folder}/all.yaml`,
    );
  }
  lines.push(
    '#   - uses: rollout-guard/rollout-guard@v0',
    '#     with:',
    '#       rendered-manifests: rendered',
  );
  for (const chart of charts) {
    const others = chart.values.filter(
      (v) => !/prod/i.test(v) && /values[-_.][^/]+\.(?:ya?ml|json)$/.test(v),
    );
    if (others.length > 0) {
      lines.push(
        '#',
        ...comment(
          `${examples(others, 2)}: rendered output is judged where its templates are, so renderings for several environments cannot be told apart by path; render each with --namespace <environment> and match the environments by namespace if their rules must differ.`,
        ),
      );
    }
  }
  return lines;
}
