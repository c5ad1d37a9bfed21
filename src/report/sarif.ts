import { createHash } from 'node:crypto';
import type { Finding, FindingPlace, Level, Report, Waiver } from '../core/model.js';
import { RULE_CATALOGUE } from '../core/rules/catalogue.js';
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
    shortDescription: { text: rule.description },
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

function location(finding: Finding): Record<string, unknown>[] {
  const physical = physicalLocation(finding);
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

function result(finding: Finding): Record<string, unknown> {
  const ruleIndex = RULE_INDEX.get(finding.rule);
  const locations = location(finding);
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
            version: options.toolVersion ?? '0.0.0',
            rules: sarifRules(),
          },
        },
        results: report.findings.map(result),
      },
    ],
  };
  return `${neutralizeJsonCommands(JSON.stringify(sarif, null, 2))}\n`;
}
