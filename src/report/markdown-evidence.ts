import type { EvidenceItem } from '../core/model.js';
import { EVIDENCE_SHOWN, evidenceDetail, evidenceLabel, evidenceMark } from './common.js';
import { boundMessage, escapeMarkdown } from './escape.js';

/** The test evidence section of the job summary and the comment, and the links it may hold. */

/**
 * An https address as a markdown link target: the characters that could end the link or start
 * markup are percent-encoded. Anything else is not linked.
 */
export function linkTarget(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return undefined;
    return parsed.href.replace(
      /[()<>\s"'`\\[\]]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
  } catch {
    return undefined;
  }
}

const EVIDENCE_ICON = { verified: '✔', unverified: '⚠', rejected: '✘' } as const;

/**
 * "✔ [CI / e2e (run 123)](url) — succeeded on the head, 9f8e7d6, 12 min ago". Only evidence that
 * counts is linked: a rejected address is shown as text, never as the bot's own link.
 */
function evidenceItem(item: EvidenceItem): string {
  const mark = evidenceMark(item);
  const text = boundMessage(evidenceLabel(item), 120);
  const target = mark !== 'rejected' && item.url !== undefined ? linkTarget(item.url) : undefined;
  // escapeMarkdown defuses a bare address, which GitHub would link even in escaped text.
  const shown = target !== undefined ? `[${escapeMarkdown(text)}](${target})` : escapeMarkdown(text);
  return `- ${EVIDENCE_ICON[mark]} ${shown} — ${escapeMarkdown(boundMessage(evidenceDetail(item)))}`;
}

export function evidenceBlock(items: readonly EvidenceItem[], more: string): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, EVIDENCE_SHOWN).map(evidenceItem);
  const rest = items.length - shown.length;
  return [
    '### Test evidence',
    [...shown, ...(rest > 0 ? [`_${rest} more not shown; ${more}._`] : [])].join('\n'),
  ];
}
