import type { PathSegment } from './types.js';

/** ['spec', 'strategy', 'canary', 'steps', 2, 'setWeight'] → "spec.strategy.canary.steps[2].setWeight". */
export function fieldPath(at: readonly PathSegment[]): string {
  return at.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text === '' ? segment : `${text}.${segment}`,
    '',
  );
}

/**
 * What a value is, for a message about a field of the wrong type. Never the text of a string:
 * a manifest value may be a secret, and messages end up in logs and pull request comments.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return typeof value;
}

/** A name or label cut to `max` characters, for messages. */
export function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
