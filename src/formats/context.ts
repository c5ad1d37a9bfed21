import type { Diagnostic, DiagnosticCode, RolloutPlan } from '../core/model.js';
import { field, isObject } from './access.js';
import type { PlainObject } from './access.js';
import { describeValue, fieldPath } from './field-text.js';
import type { AdapterResult, PathSegment, SourceDocument } from './types.js';

/**
 * What an adapter reads one document with: the document, the problems found in it (each at the
 * line of the field at fault), the notes for its plan, and readers of fields that report a value
 * of the wrong type instead of throwing. Every adapter reads through one of these, so a new format
 * needs only its own reading logic:
 *
 * ```ts
 * toPlans: (doc) => readDocument(doc, (ctx) => {
 *   const steps = ctx.list(['spec', 'steps'], { as: 'a list of steps', otherwise: 'read as no steps' });
 *   …
 *   return [{ …, notes: ctx.notes }];
 * }),
 * ```
 */
export class AdapterContext {
  /** Facts about the plan worth showing a person (the plan's `notes`). */
  readonly notes: string[] = [];

  /**
   * @param diagnostics where problems go: a list of the context's own, or one shared by the
   *   documents of a file that are read together (`combine`).
   */
  constructor(
    readonly doc: SourceDocument,
    readonly diagnostics: Diagnostic[] = [],
  ) {}

  /** The value at `at` in the document (own keys of maps, indexes of lists); undefined when absent. */
  get(at: readonly PathSegment[]): unknown {
    return valueAt(this.doc.value, at);
  }

  /** 1-based line of the field at `at`, or of its closest ancestor that exists. */
  lineOf(at: readonly PathSegment[]): number {
    return this.doc.lineOf(at);
  }

  /**
   * A field whose value rollout-guard cannot use (MANIFEST_FIELD_INVALID), at the field's line:
   * the message is "<field path> <message>", e.g. `invalid(['spec', 'replicas'], 'must be …')`.
   */
  invalid(at: readonly PathSegment[], message: string): void {
    this.report(at, `${fieldPath(at)} ${message}`);
  }

  /** A problem in the adapter's own words (no field path in front), at the line of `at`. */
  report(at: readonly PathSegment[], message: string, code: DiagnosticCode = 'MANIFEST_FIELD_INVALID'): void {
    this.diagnostics.push({ code, message, file: this.doc.file, line: this.doc.lineOf(at) });
  }

  /** A note, unless the same words are already noted. */
  noteOnce(note: string): void {
    if (!this.notes.includes(note)) this.notes.push(note);
  }

  /** The map at `at`; absent (missing or null) is undefined, another value is reported. */
  map(at: readonly PathSegment[], expect: Expect = {}): PlainObject | undefined {
    return this.typed(at, expect, 'a map', (value) => (isObject(value) ? value : undefined));
  }

  /** The list at `at`; absent (missing or null) is undefined, another value is reported. */
  list(at: readonly PathSegment[], expect: Expect = {}): unknown[] | undefined {
    return this.typed(at, expect, 'a list', (value) => (Array.isArray(value) ? value : undefined));
  }

  /** The boolean at `at`; absent (missing or null) is undefined, another value is reported. */
  boolean(at: readonly PathSegment[], expect: Expect = {}): boolean | undefined {
    return this.typed(at, expect, 'true or false', (value) =>
      typeof value === 'boolean' ? value : undefined,
    );
  }

  /** The string at `at`; absent (missing or null) is undefined, another value is reported. */
  string(at: readonly PathSegment[], expect: Expect = {}): string | undefined {
    return this.typed(at, expect, 'a string', (value) => (typeof value === 'string' ? value : undefined));
  }

  private typed<T>(
    at: readonly PathSegment[],
    expect: Expect,
    what: string,
    accept: (value: unknown) => T | undefined,
  ): T | undefined {
    const value = this.get(at);
    if (value === undefined || (value === null && !expect.nullIsWrong)) return undefined;
    const accepted = accept(value);
    if (accepted !== undefined) return accepted;
    const otherwise = expect.otherwise === undefined ? '' : `; ${expect.otherwise}`;
    this.invalid(at, `must be ${expect.as ?? what}, got ${describeValue(value)}${otherwise}`);
    return undefined;
  }
}

/** How a typed reader words a value of the wrong type: "<path> must be <as>, got <value>; <otherwise>". */
export interface Expect {
  /** What the field must be, in words. Default: "a map", "a list", "true or false", "a string". */
  as?: string;
  /** What rollout-guard does instead, e.g. "read as no steps". */
  otherwise?: string;
  /** Report `null` as a wrong value instead of reading it as absent. Default: false. */
  nullIsWrong?: boolean;
}

/**
 * Reads one document with a fresh context: `read` returns the document's plans (none, one or
 * several) and records its problems and notes on the context.
 */
export function readDocument(
  doc: SourceDocument,
  read: (ctx: AdapterContext) => RolloutPlan[] | RolloutPlan | undefined,
): AdapterResult {
  const ctx = new AdapterContext(doc);
  const plans = read(ctx);
  return {
    plans: plans === undefined ? [] : Array.isArray(plans) ? plans : [plans],
    diagnostics: ctx.diagnostics,
  };
}

/** The value at a path: own keys of maps, indexes of lists. */
export function valueAt(value: unknown, at: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of at) {
    if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined;
    else current = field(current, segment);
  }
  return current;
}
