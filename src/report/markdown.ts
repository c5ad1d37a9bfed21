import type { Finding, JudgedPlan, Level, Report } from '../core/model.js';
import type { RuleMeta } from '../core/rules/catalogue.js';
import { RULE_CATALOGUE } from '../core/rules/catalogue.js';
import { exposureChart } from './chart.js';
import type { RenderOptions, ReportLinks, WaivedFinding } from './common.js';
import {
  PLACES_SHOWN,
  byOriginalLevelThenLocation,
  countsPhrase,
  enforceNote,
  isLine,
  objectLabel,
  otherPlacesPhrase,
  plural,
  rulesOf,
  splitWaived,
  waiverTerms,
} from './common.js';
import {
  boundMessage,
  encodeUriPath,
  escapeMarkdown,
  neutralizeWorkflowCommands,
  revealInvisible,
  singleLine,
} from './escape.js';
import type { ReportGroup, RuleGroup } from './groups.js';
import { coveredPlaces, groupReport, linesOf } from './groups.js';
import { evidenceBlock, linkTarget } from './markdown-evidence.js';
import { fit } from './markdown-layout.js';
import type { GroupPieces, Parts, Profile } from './markdown-layout.js';
import { formatBake, formatStages, formatStagesCompact, totalBake } from './stages.js';

/** The job summary's budget: GitHub rejects a step summary over 1 MiB. */
export const DEFAULT_MAX_BYTES = 1_000_000;

const LEVEL_ICON: Record<Level, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const VERDICT_ICON: Record<JudgedPlan['verdict'], string> = { fail: '❌', warn: '⚠️', pass: '✅' };
const RULES = new Map<string, RuleMeta>(RULE_CATALOGUE.map((rule) => [rule.id, rule]));

/** The characters a message takes in a one-line entry of a long list (a rollout shown briefly). */
const BRIEF_MESSAGE_CHARS = 90;

/**
 * `file:line`, linked to that line of the head commit when there is a web page to point at; `label`
 * replaces the link text (a bare line number in a list of lines of the same file).
 */
function fileLink(
  file: string,
  line: number | undefined,
  blobUrlBase: string | undefined,
  label?: string,
): string {
  const text = escapeMarkdown(label ?? (isLine(line) ? `${file}:${line}` : file));
  if (!blobUrlBase) return text;
  return `[${text}](${blobUrlBase}${encodeUriPath(file)}${isLine(line) ? `#L${line}` : ''})`;
}

/** A finding's message, bounded to one short line (escape.ts), then escaped for markdown. */
function messageText(finding: { message: string }, max?: number): string {
  return escapeMarkdown(boundMessage(finding.message, max));
}

/** " (also at lines 57, 59)", each place linked: where else a merged finding's problem is. */
function alsoAt(finding: Finding, blobUrlBase?: string): string {
  const phrase = otherPlacesPhrase(finding, {
    line: (line) => fileLink(finding.file ?? '', line, blobUrlBase, String(line)),
    place: ({ file, line }) => (file === undefined ? 'the change' : fileLink(file, line, blobUrlBase)),
  });
  return phrase === undefined ? '' : ` (also at ${phrase})`;
}

/**
 * Untrusted text as inline code: shown literally, and GitHub links no mention or issue inside a
 * code span. The fence is one backtick longer than any run of backticks in the text, so the text
 * cannot close it.
 */
function codeSpan(text: string): string {
  const value = revealInvisible(singleLine(String(text)));
  if (value === '') return '';
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[`\s]|[`\s]$/.test(value) ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

const LOGIN = /^@?([A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?)$/;

/**
 * Who approved a waiver, as `@login` in code: readable as a login, but it pings no one. Anything
 * that is not a login (an inline exemption's "the base branch") is plain escaped text.
 */
function approver(by: string): string {
  const login = LOGIN.exec(by)?.[1];
  return login !== undefined ? codeSpan(`@${login}`) : escapeMarkdown(by);
}

/** Ends a reason that comes without a full stop with one. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function heading(report: Report): string {
  const name = report.audit ? 'rollout-guard audit' : 'rollout-guard';
  const verdict = report.verdict === 'fail' ? `❌ ${name}: FAIL` : `✅ ${name}: PASS`;
  return `## ${verdict} — ${countsPhrase(report)}`;
}

/** How the line of links starts: the Action's post step finds it there to add the artifact's link. */
export const LINKS_LINE_PREFIX = '**Full report:** ';

/** "Job summary · Run · Reports (JSON, SARIF)": where the whole report is, when there is a page. */
function linksLine(links: ReportLinks | undefined): string | undefined {
  if (!links) return undefined;
  const items = [
    ['Job summary', links.summary],
    ['Run', links.run],
    ['JSON and SARIF reports', links.artifact],
  ].flatMap(([label, url]) => {
    const target = url === undefined ? undefined : linkTarget(url);
    return target === undefined ? [] : [`[${label}](${target})`];
  });
  return items.length === 0 ? undefined : `${LINKS_LINE_PREFIX}${items.join(' · ')}`;
}

/** Where a reader finds what a shortened document left out. */
function elsewhere(links: ReportLinks | undefined, profile: Profile): string {
  if (profile === 'comment' && links?.summary !== undefined) return 'see the job summary';
  if (links?.artifact !== undefined) return 'see the JSON report in the run’s artifacts';
  return 'see the JSON report';
}

function contextLine(report: Report): string {
  const policy = escapeMarkdown(report.policy.source);
  if (report.audit) return `Policy ${policy} · every manifest at ${escapeMarkdown(report.head)}`;
  return `Policy ${policy} · base ${escapeMarkdown(report.base)} · head ${escapeMarkdown(report.head)}`;
}

/** "2 rollouts fail, 1 warns, 12 pass.": the verdict of each rollout, counted. */
function tallyLine(report: Report, groups: readonly ReportGroup[], passing: number): string | undefined {
  const rollouts = groups.filter((group) => group.row !== undefined);
  const fail = rollouts.filter((group) => group.verdict === 'fail').length;
  const warn = rollouts.filter((group) => group.verdict === 'warn').length;
  const pass = passing + rollouts.filter((group) => group.verdict === 'pass').length;
  const total = fail + warn + pass;
  if (total === 0) return undefined;
  const parts = [
    fail > 0 ? `${fail} fail${fail === 1 ? 's' : ''}` : '',
    warn > 0 ? `${warn} warn${warn === 1 ? 's' : ''}` : '',
    pass > 0 ? `${pass} pass${pass === 1 ? 'es' : ''}` : '',
  ].filter(Boolean);
  const what = report.audit ? 'rollout' : 'changed rollout';
  return `Of ${plural(total, what)}: ${parts.join(', ')}.`;
}

/** Whether an emergency label is in force, at the top where a reviewer reads first. */
function breakGlassLine(report: Report): string | undefined {
  const breakGlass = report.waivers?.breakGlass;
  if (!breakGlass) return undefined;
  const label = codeSpan(breakGlass.label);
  if (!breakGlass.approved) {
    const why = breakGlass.reason ? `: ${escapeMarkdown(sentence(breakGlass.reason))}` : '.';
    return `Label ${label} is set but changes nothing${why}`;
  }
  const by = breakGlass.by ? ` by ${approver(breakGlass.by)}` : '';
  const at = breakGlass.at ? ` on ${escapeMarkdown(breakGlass.at)}` : '';
  const waived =
    breakGlass.waived > 0
      ? `${plural(breakGlass.waived, 'finding')} waived (listed below)`
      : 'nothing to waive';
  return `🚨 Break-glass: label ${label} approved${by}${at}; ${waived}.`;
}

function ruleLink(rule: string): string {
  const meta = RULES.get(rule);
  return meta ? `[\`${meta.id}\`](${meta.helpUri})` : escapeMarkdown(rule);
}

/** A rule id as code, unlinked: for the briefest lines, where a link costs a hundred characters. */
function ruleCode(rule: string): string {
  return RULES.has(rule) ? `\`${rule}\`` : escapeMarkdown(rule);
}

/** "3 errors, 1 warning, 2 waived (below)"; "no findings of its own". */
function countsOf(counts: Record<Level, number>, waived = 0): string {
  const parts = [
    counts.error > 0 ? plural(counts.error, 'error') : '',
    counts.warning > 0 ? plural(counts.warning, 'warning') : '',
    counts.notice > 0 ? plural(counts.notice, 'notice') : '',
    waived > 0 ? `${waived} waived (below)` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'no findings of its own';
}

/** What a rollout is, after its file: "Rollout shop/web · modified · production". */
function rolloutFacts(group: ReportGroup, report: Report): string {
  const row = group.row;
  if (!row) return '';
  const parts = [escapeMarkdown(objectLabel(row.judged))];
  if (!report.audit) parts.push(escapeMarkdown(row.changes.join(' + ')));
  // The default environment is no environment a reader named: only a matched one is said.
  if (row.judged.environment !== 'default') parts.push(escapeMarkdown(row.judged.environment));
  return ` · ${parts.join(' · ')}`;
}

/** "also fails the pull request's `evidence/missing` (above)": change-wide findings that cover it. */
function sharedNote(group: ReportGroup, report: Report): string {
  if (group.shared.length === 0) return '';
  const rules = rulesOf(group.shared).map(ruleCode).join(', ');
  const whose = report.audit ? 'findings for every rollout' : "pull request's findings";
  return group.findings.length === 0
    ? ` · the ${whose} above: ${rules}`
    : ` · and the ${whose} above: ${rules}`;
}

/** The rollout's one-line verdict: its file, what it is, and how many findings of each level. */
function groupHeader(group: ReportGroup, report: Report, blobUrlBase?: string): string {
  const line = group.row?.judged.plan.line;
  const where = fileLink(group.file, line, blobUrlBase);
  const counts =
    group.findings.length > 0 || group.waived > 0 || group.shared.length === 0
      ? ` — ${countsOf(group.counts, group.waived)}`
      : '';
  return `${VERDICT_ICON[group.verdict]} **${where}**${rolloutFacts(group, report)}${counts}${sharedNote(group, report)}`;
}

/** "lines 2, 27" of the group's own file, each linked; past PLACES_SHOWN counted. */
function linesPhrase(group: ReportGroup, rule: RuleGroup, blobUrlBase?: string): string {
  const lines = linesOf(rule.findings);
  if (lines.length === 0) return '';
  const shown = lines.length <= PLACES_SHOWN ? lines : lines.slice(0, PLACES_SHOWN - 1);
  const links = shown.map((line) => fileLink(group.file, line, blobUrlBase, String(line)));
  const more = lines.length - shown.length;
  return ` · ${lines.length === 1 ? 'line' : 'lines'} ${links.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** One line per rule: its level, where in the file, and the first message (the rest counted). */
function ruleLine(group: ReportGroup, rule: RuleGroup, blobUrlBase?: string): string {
  const [first] = rule.findings;
  const more = rule.findings.length - 1;
  const message = first ? `${messageText(first)}${escapeMarkdown(enforceNote(first))}` : '';
  const rest = more > 0 ? ` (and ${more} more)` : '';
  return `- ${LEVEL_ICON[rule.level] ?? ''} ${ruleLink(rule.rule)}${linesPhrase(group, rule, blobUrlBase)} — ${message}${rest}`;
}

/** A finding in a rollout's details: its line and level, the whole (bounded) message, other places. */
function detailItem(finding: Finding, blobUrlBase?: string): string {
  const icon = LEVEL_ICON[finding.level] ?? '';
  const where = isLine(finding.line)
    ? ` · ${fileLink(finding.file ?? '', finding.line, blobUrlBase, `line ${finding.line}`)}`
    : '';
  const message = `${messageText(finding)}${escapeMarkdown(enforceNote(finding))}`;
  return `- ${icon} ${ruleLink(finding.rule)}${where} — ${message}${alsoAt(finding, blobUrlBase)}`;
}

/** Whether the change moved the rollout's exposure: only then is a chart worth its space. */
function exposureChanged(judged: JudgedPlan): boolean {
  if (judged.change === 'added') return true;
  if (judged.change !== 'modified' || !judged.basePlan) return false;
  return formatStages(judged.basePlan) !== formatStages(judged.plan);
}

/** The exposure over time at base and head, with a legend that says which line is which. */
function chartOf(judged: JudgedPlan): string | undefined {
  if (!exposureChanged(judged)) return undefined;
  const chart = exposureChart({ base: judged.basePlan, head: judged.plan });
  if (!chart) return undefined;
  const { plan, basePlan } = judged;
  const legend = [
    ...(basePlan && (basePlan.stages ?? []).length > 0
      ? [`Grey: base, ${escapeMarkdown(formatStagesCompact(basePlan))}`]
      : []),
    `Blue: head, ${escapeMarkdown(formatStagesCompact(plan))}`,
  ].join(' · ');
  return [legend, '', chart].join('\n');
}

/** "Stages 5% ▸ 10m ▸ 100% (base: …) · bake 10m · rollback: automatic". */
function stagesLine(judged: JudgedPlan): string {
  const { plan, basePlan } = judged;
  const stages = escapeMarkdown(formatStagesCompact(plan));
  const base =
    judged.change === 'modified' && basePlan && formatStages(basePlan) !== formatStages(plan)
      ? ` (base: ${escapeMarkdown(formatStagesCompact(basePlan))})`
      : '';
  const rollback = plan.rollback?.automatic ? 'automatic' : 'none in the manifest';
  return `${escapeMarkdown(plan.strategy)}: ${stages}${base} · bake ${escapeMarkdown(formatBake(totalBake(plan)))} · rollback: ${rollback}`;
}

/** The findings a rollout's rule lines leave out: each rule's after its first. */
function restOf(group: ReportGroup): Finding[] {
  return group.rules.flatMap((rule) => rule.findings.slice(1));
}

/**
 * `<details>` for the rest: the rollout's stages, the findings its rule lines leave out (each on
 * its own line), and (when kept) the chart of its exposure. Undefined when there is no rest.
 */
function detailsBlock(
  group: ReportGroup,
  chart: string | undefined,
  blobUrlBase?: string,
): string | undefined {
  const rest = restOf(group);
  const parts = [
    ...(group.row ? ['stages'] : []),
    ...(rest.length > 0 ? [`${plural(rest.length, 'more finding')}`] : []),
    ...(chart ? ['a chart of the exposure'] : []),
  ];
  if (parts.length === 0) return undefined;
  const summary =
    parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  const body = [
    ...(group.row ? [stagesLine(group.row.judged)] : []),
    ...(rest.length > 0 ? [rest.map((finding) => detailItem(finding, blobUrlBase)).join('\n')] : []),
    ...(chart ? [chart] : []),
  ];
  const capitalised = `${summary.charAt(0).toUpperCase()}${summary.slice(1)}`;
  return [`<details><summary>${capitalised}</summary>`, ...body, '</details>'].join('\n\n');
}

/** A rollout in one line: its verdict, file, counts, and its first finding (bounded, unlinked rule). */
function briefLine(group: ReportGroup, report: Report, blobUrlBase?: string): string {
  const where = fileLink(group.file, group.row?.judged.plan.line, blobUrlBase);
  const first = group.findings[0];
  const what = first
    ? `; first: ${ruleCode(first.rule)} ${messageText(first, BRIEF_MESSAGE_CHARS)}`
    : sharedNote(group, report);
  const counts =
    group.findings.length > 0 || group.waived > 0 ? ` — ${countsOf(group.counts, group.waived)}` : '';
  return `- ${VERDICT_ICON[group.verdict]} ${where}${counts}${what}`;
}

/** A passing rollout in one line: file, what it is, its stages. */
function passingLine(group: ReportGroup, report: Report, blobUrlBase?: string): string {
  const judged = group.row?.judged;
  const stages = judged ? ` · ${escapeMarkdown(formatStagesCompact(judged.plan))}` : '';
  return `- ✅ ${fileLink(group.file, judged?.plan.line, blobUrlBase)}${rolloutFacts(group, report)}${stages}`;
}

/** A change-wide finding: the rule, the message, and how many rollouts it covers. */
function changeItem(finding: Finding): string {
  const icon = LEVEL_ICON[finding.level] ?? '';
  const covered = coveredPlaces(finding).length;
  const covers =
    covered > 1 ? ` (${covered} ${finding.places?.some((p) => p.planId) ? 'rollouts' : 'files'})` : '';
  return `- ${icon} ${ruleLink(finding.rule)} — ${messageText(finding)}${escapeMarkdown(enforceNote(finding))}${covers}`;
}

/** Each rule's fix once, for the rules of the findings still in force, in the order they are listed. */
function fixItems(findings: Finding[]): string[] {
  return rulesOf(findings).map((rule) => {
    const meta = RULES.get(rule);
    return `- ${ruleLink(rule)}: ${escapeMarkdown(meta?.remediation ?? '')}`;
  });
}

/** A waived finding: where and what, then who waived it, how, why and until when. */
function waivedItem(finding: WaivedFinding, blobUrlBase?: string): string {
  const { waived } = finding;
  const levels = escapeMarkdown(`${waived.originalLevel} → ${finding.level}`);
  const where = finding.file ? ` · ${fileLink(finding.file, finding.line, blobUrlBase)}` : '';
  const message = `${messageText(finding)}${escapeMarkdown(enforceNote(finding))}${alsoAt(finding, blobUrlBase)}`;
  const by = waived.by ? ` by ${approver(waived.by)}` : '';
  const how = escapeMarkdown(`${waived.kind}, ${waived.source}`);
  const terms = waiverTerms(waived);
  const why = terms ? ` — ${escapeMarkdown(terms)}` : '';
  return `- **${levels}** ${ruleLink(finding.rule)}${where} — ${message}<br>**Waived**${by} (${how})${why}`;
}

function groupPieces(
  group: ReportGroup,
  report: Report,
  profile: Profile,
  blobUrlBase?: string,
): GroupPieces {
  const chart = profile === 'summary' && group.row ? chartOf(group.row.judged) : undefined;
  const details = detailsBlock(group, undefined, blobUrlBase);
  return {
    header: groupHeader(group, report, blobUrlBase),
    rules: group.rules.map((rule) => ruleLine(group, rule, blobUrlBase)).join('\n'),
    details,
    detailsWithChart: chart ? detailsBlock(group, chart, blobUrlBase) : details,
    brief: briefLine(group, report),
    briefLinked: briefLine(group, report, blobUrlBase),
  };
}

function render(report: Report, options: RenderOptions, profile: Profile): string {
  const { blobUrlBase, links } = options;
  // Every piece is whole lines, so guarding each piece once guards the document, however it is cut.
  const guard = (text: string) => neutralizeWorkflowCommands(text);
  const { active, waived } = splitWaived(report.findings);
  const grouped = groupReport(report);
  const more = elsewhere(links, profile);
  const tally = tallyLine(report, grouped.groups, grouped.passing.length);
  const changeHeading = report.audit ? '### Across the repository' : '### The whole pull request';
  const passingCharts = grouped.passing.map((group) =>
    profile === 'summary' && group.row ? (chartOf(group.row.judged) ?? '') : '',
  );
  const parts: Parts = {
    head: [heading(report), linksLine(links), tally, contextLine(report), breakGlassLine(report)]
      .filter((line): line is string => line !== undefined && line !== '')
      .map(guard),
    changeHeading,
    change: grouped.change.map((finding) => guard(changeItem(finding))),
    evidence: evidenceBlock(report.evidence ?? [], more).map(guard),
    groups: grouped.groups.map((group) => {
      const pieces = groupPieces(group, report, profile, blobUrlBase);
      return Object.fromEntries(
        (Object.entries(pieces) as [string, string | undefined][]).map(([key, text]) => [
          key,
          text === undefined ? undefined : guard(text),
        ]),
      ) as unknown as GroupPieces;
    }),
    passing: grouped.passing.map((group) => guard(passingLine(group, report, blobUrlBase))),
    passingCharts: passingCharts.map(guard),
    charted: grouped.groups.flatMap((group, index) =>
      profile === 'summary' && group.row && chartOf(group.row.judged) !== undefined ? [index] : [],
    ),
    fixes: fixItems([...grouped.change, ...grouped.groups.flatMap((group) => group.findings)]).map(guard),
    waived: waived
      .sort(byOriginalLevelThenLocation)
      .map((finding) => guard(waivedItem(finding, blobUrlBase))),
    notes: (report.waivers?.notes ?? []).map((note) => guard(`- ${escapeMarkdown(note)}`)),
    empty:
      report.plans.length === 0 && active.length === 0
        ? waived.length === 0
          ? 'No rollout plans in this change, and no findings.'
          : 'No rollout plans in this change; no findings besides the waived ones below.'
        : 'No findings.',
    more,
    profile,
  };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return fit(parts, maxBytes, options.maxChars ?? Number.POSITIVE_INFINITY);
}

/**
 * The job summary: the verdict, what is wrong with the pull request as a whole, then each changed
 * rollout worst first (a one-line verdict, its findings by rule, and in `<details>` its stages,
 * every finding and a chart of its exposure), the rollouts with no findings, each rule's fix once,
 * the waived findings and the waivers not granted. It fits in `maxBytes` by giving up detail from
 * the end, never every finding (see fit).
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  return render(report, options, 'summary');
}

/**
 * The pull request comment: the summary's order, read in a minute. No charts; the fixes folded;
 * a link to the job summary and the run for what it leaves out. It fits in `maxChars` (GitHub
 * rejects a comment over 65,536 characters) and still shows the first finding of every failing
 * rollout when there is room for a line each.
 */
export function renderComment(report: Report, options: RenderOptions = {}): string {
  return render(report, options, 'comment');
}
