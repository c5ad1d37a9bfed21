import { describe, expect, it } from 'vitest';
import { AdapterContext, readDocument, valueAt } from '../../src/formats/context.js';
import type { SourceDocument } from '../../src/formats/types.js';
import { documentsOf } from '../helpers.js';

function contextOf(yaml: string): AdapterContext {
  const [doc] = documentsOf(yaml);
  return new AdapterContext(doc as SourceDocument);
}

const SPEC = [
  'spec:',
  '  steps: 3',
  '  paused: "yes"',
  '  name: web',
  '  empty: null',
  '  items: [a, {b: 1}]',
].join('\n');

describe('the adapter context', () => {
  it('reports a field as "<path> <message>" at the line of the field', () => {
    const ctx = contextOf(SPEC);
    ctx.invalid(['spec', 'paused'], 'must be true or false');
    expect(ctx.diagnostics).toEqual([
      {
        code: 'MANIFEST_FIELD_INVALID',
        message: 'spec.paused must be true or false',
        file: 'inline.yaml',
        line: 3,
      },
    ]);
  });

  it('reports in its own words, with the code asked for, at the closest line that exists', () => {
    const ctx = contextOf(SPEC);
    ctx.report(['spec', 'missing'], 'no such field', 'MANIFEST_UNSUPPORTED');
    expect(ctx.diagnostics).toEqual([
      { code: 'MANIFEST_UNSUPPORTED', message: 'no such field', file: 'inline.yaml', line: 1 },
    ]);
  });

  it('reads a value of the wrong type as absent and reports it with what happens instead', () => {
    const ctx = contextOf(SPEC);
    expect(ctx.list(['spec', 'steps'], { as: 'a list of steps', otherwise: 'read as no steps' })).toBe(
      undefined,
    );
    expect(ctx.boolean(['spec', 'paused'])).toBe(undefined);
    expect(ctx.map(['spec', 'name'])).toBe(undefined);
    expect(ctx.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [2, 'spec.steps must be a list of steps, got 3; read as no steps'],
      [3, 'spec.paused must be true or false, got a string'],
      [4, 'spec.name must be a map, got a string'],
    ]);
  });

  it('reads missing and null fields as absent without a word, unless null is wrong there', () => {
    const ctx = contextOf(SPEC);
    expect(ctx.string(['spec', 'nothing'])).toBe(undefined);
    expect(ctx.list(['spec', 'empty'])).toBe(undefined);
    expect(ctx.diagnostics).toEqual([]);
    expect(ctx.boolean(['spec', 'empty'], { nullIsWrong: true })).toBe(undefined);
    expect(ctx.diagnostics.map((d) => d.message)).toEqual(['spec.empty must be true or false, got null']);
  });

  it('reads values of the right type, through maps and lists', () => {
    const ctx = contextOf(SPEC);
    expect(ctx.string(['spec', 'name'])).toBe('web');
    expect(ctx.map(['spec', 'items', 1])).toEqual({ b: 1 });
    expect(ctx.get(['spec', 'items', 0])).toBe('a');
    expect(ctx.diagnostics).toEqual([]);
  });

  it('notes a fact once', () => {
    const ctx = contextOf(SPEC);
    ctx.noteOnce('paused');
    ctx.noteOnce('paused');
    expect(ctx.notes).toEqual(['paused']);
  });

  it('shares the diagnostics it is given (documents of one file read together)', () => {
    const [first, second] = documentsOf('a: 1\n---\nb: 2\n');
    const diagnostics: AdapterContext['diagnostics'] = [];
    new AdapterContext(first as SourceDocument, diagnostics).invalid(['a'], 'is odd');
    new AdapterContext(second as SourceDocument, diagnostics).invalid(['b'], 'is odd too');
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [1, 'a is odd'],
      [3, 'b is odd too'],
    ]);
  });

  it('turns what a reader returns into an adapter result', () => {
    const [doc] = documentsOf(SPEC);
    expect(readDocument(doc as SourceDocument, () => undefined)).toEqual({ plans: [], diagnostics: [] });
    const result = readDocument(doc as SourceDocument, (ctx) => {
      ctx.invalid(['spec'], 'is read');
      return [];
    });
    expect(result.diagnostics.map((d) => d.message)).toEqual(['spec is read']);
  });
});

describe('valueAt', () => {
  it('follows own keys and list indexes only', () => {
    const value = { a: [{ b: 1 }] };
    expect(valueAt(value, ['a', 0, 'b'])).toBe(1);
    expect(valueAt(value, ['a', 'length'])).toBe(undefined);
    expect(valueAt(value, ['constructor'])).toBe(undefined);
    expect(valueAt(value, ['a', 1, 'b'])).toBe(undefined);
  });
});
