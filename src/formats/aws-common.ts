import type { Diagnostic, Gate } from '../core/model.js';
import { asNumber } from './access.js';
import { describeValue } from './field-text.js';
import type { AdapterContext } from './context.js';
import type { PathSegment } from './types.js';

/**
 * Small things the AWS adapters share: how values and names are worded, gates, and readers of
 * plain fields. Templates and intrinsic functions are in aws-template.ts, deployment
 * configurations and traffic shapes in aws-traffic.ts.
 */

/**
 * What a value is, for a message about a field of the wrong type: never the text of a string (a
 * template value may be a secret, and messages reach logs and comments), as elsewhere.
 */
export function describe(value: unknown): string {
  return describeValue(value);
}

export function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function named(name: string | undefined): { name?: string } {
  return name !== undefined && name.trim() !== '' ? { name } : {};
}

export function minutes(count: number): string {
  return `${count} minute${count === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------
// Gates

export function webhookGate(name: string | undefined, line: number, effective = true): Gate {
  return { kind: 'webhook', ...named(name), line, effective };
}

export function metricGate(name: string | undefined, line: number, effective = true): Gate {
  return { kind: 'metric-check', ...named(name), line, effective };
}

/** A short name for a Lambda function ARN: `arn:aws:lambda:…:function:name` → name. */
export function functionName(arn: string): string {
  const match = /:function:([^:]+)/.exec(arn);
  return match?.[1] ?? arn;
}

// ---------------------------------------------------------------------------------------------
// Shared readers

/** A non-negative number, or undefined (with a diagnostic when the value is there but wrong). */
export function readNumber(
  reader: AdapterContext,
  value: unknown,
  at: readonly PathSegment[],
  fallbackText: string,
): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = asNumber(typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : value);
  if (number === undefined || number < 0) {
    reader.invalid(at, `must be a number, got ${describe(value)}; ${fallbackText}`);
    return undefined;
  }
  return number;
}

/** Diagnostics once each: a DeploymentConfig several functions use is read once per function. */
export function uniqueDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.line}:${diagnostic.code}:${diagnostic.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
