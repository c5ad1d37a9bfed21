/**
 * The shape ARCHITECTURE.md promises, checked: no import cycles between the modules of src/
 * (type-only imports included, so a cycle cannot hide behind `import type`), and no source file
 * over 500 lines unless its header says why ("longer than 500 lines because …").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const MAX_LINES = 500;
const REASON = /longer than 500 lines because/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports and re-exports of a module, as paths of the .ts files they name. */
export function importsOf(file: string, text: string): string[] {
  const targets: string[] = [];
  for (const match of text.matchAll(
    /^\s*(?:import|export)\b[^'"]*?(?:from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm,
  )) {
    targets.push(path.resolve(path.dirname(file), match[1]!.replace(/\.js$/, '.ts')));
  }
  return targets;
}

/** Every cycle found by a depth-first walk, each as the modules on it, first repeated last. */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

const files = sourceFiles(SRC);
const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
const relative = (file: string) => path.relative(SRC, file);

describe('the import graph of src/', () => {
  it('finds a cycle when there is one (the check below can fail)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cyclesOf(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(importsOf('/x/a.ts', "import type { T } from './b.js';\nexport { f } from '../c.js';")).toEqual([
      '/x/b.ts',
      '/c.ts',
    ]);
  });

  it('has no cycles, type-only imports included', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file, texts.get(file)!)]));
    expect(graph.size).toBeGreaterThan(100);
    expect(cyclesOf(graph).map((cycle) => cycle.map(relative).join(' → '))).toEqual([]);
  });
});

describe('the size of the source files', () => {
  it(`keeps every file under ${MAX_LINES} lines, or gives the reason in its header`, () => {
    const tooLong = files
      .filter((file) => texts.get(file)!.split('\n').length > MAX_LINES)
      .filter((file) => !REASON.test(texts.get(file)!.split('\n').slice(0, 20).join('\n')))
      .map((file) => `${relative(file)}: ${texts.get(file)!.split('\n').length} lines`);
    expect(tooLong).toEqual([]);
  });
});
