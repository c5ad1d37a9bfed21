import { createHash } from 'node:crypto';
import type { Finding, FindingPlace, Level, Report, Waiver } from '../core/model.js';
import { DEFAULT_POLICY_PATH } from '../core/policy.js';
import { RULE_CATALOGUE, RULE_TITLES } from '../core/rules/catalogue.js';
import { VERSION } from '../version.js';
import type { RenderOptions } from './common.js';
import { enforceNote, isLine } from './common.js';
import { boundMessage, encodeUriPath, escapeTerminal, neutralizeJsonCommands } from './escape.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/rollout-guard/rollout-guard';
/** The partialFingerprints key; bump the suffix if the fingerprint recipe ever changes. */
export const FINGERPRINT_KEY = 'rolloutGuard/v1';

type SarifLevel = 'error' | 'warning' | 'note';

const SARIF_LEVEL: Record<Level, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

function sarifLevel(level: Level): SarifLevel {
  return SARIF_LEVEL[level] ?? 'warning';
}

const RULE_INDEX = new Map(RULE_CATALOGUE.map((rule, index) => [rule.id as string, index]));

function sarifRules(): Record<string, unknown>[] {
  return RULE_CATALOGUE.map((rule) => ({
    id: rule.id,
    shortDescription: { text: RULE_TITLES[rule.id] },
    fullDescription: { text: rule.description },
    help: { text: rule.remediation },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: sarifLevel(rule.defaultLevel) },
  }));
}

/**
 * A repository-relative path as a relative URI reference: forward slashes, no leading `./` or `/`
 * (it is resolved against %SRCROOT%), every segment percent-encoded.
 */
export function artifactUri(file: string): string {
  const relative = file.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
  return encodeUriPath(relative);
}

/**
 * Code scanning matches a result across commits by this fingerprint, so it must not move when lines
 * above it are added: rule, plan (or file), and the message with line numbers taken out. A problem
 * found at several places is fingerprinted by its first place's own message, so that a second short
 * hold, say, does not turn the alert for the first into a new one.
 */
export function fingerprint(finding: Finding): string {
  const own = finding.places?.[0]?.message ?? finding.message;
  const message = own.replace(/\blines? \d+/gi, 'line').replace(/:\d+(?::\d+)?\b/g, '');
  const subject = finding.planId ?? finding.file ?? '';
  return createHash('sha256').update(`${finding.rule}\0${subject}\0${message}`).digest('hex');
}

function physicalLocation(place: { file?: string; line?: number }): Record<string, unknown> | undefined {
  if (place.file === undefined || place.file === '') return undefined;
  return {
    artifactLocation: { uri: artifactUri(place.file), uriBaseId: '%SRCROOT%' },
    ...(isLine(place.line) ? { region: { startLine: place.line } } : {}),
  };
}

/**
 * Where a result points. Code scanning rejects a whole upload when one result has no location, so
 * a finding about the change as a whole (no rollback plan in the description) points at the first
 * place it has, else the rollout it is about, else the policy file that asked for it: the file
 * at the base commit it was read from, or where the policy would be (for the built-in one).
 */
function placeOf(finding: Finding, report: Report): { file?: string; line?: number } {
  if (finding.file !== undefined && finding.file !== '') return finding;
  const place = finding.places?.find((candidate) => candidate.file !== undefined && candidate.file !== '');
  if (place) return place;
  const ids = [finding.planId, ...(finding.places ?? []).map((candidate) => candidate.planId)];
  const judged = report.plans.find((candidate) => ids.includes(candidate.plan.id));
  if (judged) return { file: judged.plan.file, line: judged.plan.line };
  // A policy read from the repository has the source `path@<base sha>`; --policy FILE on the
  // command line may name a file outside it, which is no place in the repository.
  const policyFile = /^([^@]+)@[0-9a-f]{40,64}$/.exec(report.policy.source)?.[1];
  return { file: policyFile ?? DEFAULT_POLICY_PATH, line: 1 };
}

function location(finding: Finding, report: Report): Record<string, unknown>[] {
  const physical = physicalLocation(placeOf(finding, report));
  return physical ? [{ physicalLocation: physical }] : [];
}

/**
 * The other places of a problem found at several (SARIF 2.1.0 §3.27.22), each with its own message
 * (Flagger's stages share one line, and the message says which stage). Each has an id, as the
 * spec asks of related locations, so that the array never holds two equal items.
 */
function relatedLocations(finding: Finding): Record<string, unknown>[] {
  const places: FindingPlace[] = (finding.places ?? []).slice(1);
  const related: Record<string, unknown>[] = [];
  for (const place of places) {
    const physical = physicalLocation(place);
    if (!physical) continue;
    related.push({
      id: related.length + 1,
      physicalLocation: physical,
      message: { text: boundMessage(place.message) },
    });
  }
  return related;
}

/**
 * A waived finding stays a result (same fingerprint, so the same alert) with an accepted external
 * suppression (SARIF 2.1.0 §3.35): the waiver lives outside the manifest, in the exemptions file,
 * an annotation the base approved, or an approving review.
 */
function suppressions(waiver: Waiver): Record<string, unknown>[] {
  const justification = [
    `${waiver.reason} — approved by ${waiver.by}`,
    ...(waiver.ticket ? [`ticket ${waiver.ticket}`] : []),
    ...(waiver.until ? [`until ${waiver.until}`] : []),
  ].join(', ');
  return [{ kind: 'external', status: 'accepted', justification: escapeTerminal(justification) }];
}

function result(finding: Finding, report: Report): Record<string, unknown> {
  const ruleIndex = RULE_INDEX.get(finding.rule);
  const locations = location(finding, report);
  const related = relatedLocations(finding);
  return {
    ruleId: finding.rule,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: sarifLevel(finding.level),
    // Code scanning shows this text as is: one line, hidden characters made visible, as everywhere else.
    message: { text: `${boundMessage(finding.message)}${escapeTerminal(enforceNote(finding))}` },
    ...(locations.length > 0 ? { locations } : {}),
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding) },
    ...(finding.waived ? { suppressions: suppressions(finding.waived) } : {}),
  };
}

/**
 * SARIF 2.1.0 for code scanning: one run, every rule of the catalogue, one result per finding (a
 * problem found at several places is one result, the other places its related locations).
 */
export function renderSarif(report: Report, options: RenderOptions = {}): string {
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rollout-guard',
            informationUri: INFORMATION_URI,
            version: options.toolVersion ?? VERSION,
            rules: sarifRules(),
          },
        },
        results: report.findings.map((finding) => result(finding, report)),
      },
    ],
  };
  return `${neutralizeJsonCommands(JSON.stringify(sarif, null, 2))}\n`;
}
