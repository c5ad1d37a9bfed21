import { RE2JS } from 're2js';

/**
 * Go's `regexp` package, as controllers written in Go read a pattern from a manifest (Argo
 * Rollouts' dryRun and measurementRetention metric names, header routes). RE2 syntax, not
 * JavaScript's: `\A`, `\z`, `[[:alpha:]]`, `\pL` and `(?P<name>…)` mean what Go says, lookaround
 * and backreferences are errors, and matching takes linear time, so a crafted pattern cannot keep
 * the check busy (JavaScript's backtracking RegExp can be made to run for minutes).
 */
export type GoRegexp =
  { ok: true; test(text: string): boolean; full(text: string): boolean } | { ok: false; error: string };

const cache = new Map<string, GoRegexp>();
const MAX_CACHE = 512;

export function compileGoRegexp(pattern: string): GoRegexp {
  const known = cache.get(pattern);
  if (known) return known;
  let compiled: GoRegexp;
  try {
    const re = RE2JS.compile(pattern);
    compiled = { ok: true, test: (text) => re.test(text), full: (text) => re.testExact(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    compiled = { ok: false, error: message.replace(/^error parsing regexp: /, '') };
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}
