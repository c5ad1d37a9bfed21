/**
 * Glob matching in linear time per pattern (a dynamic programme over pattern and text), because
 * the text is written by the pull request's author: a backtracking regex would let a crafted
 * path or rollout name stall the check. Supports `**` (any path, slashes included), `*` and `?`
 * (within one path segment), `[abc]`/`[a-z]`/`[!abc]` classes and `{a,b}` alternatives. Dot files
 * are matched like any other name.
 */

type Token =
  | { kind: 'literal'; char: string }
  | { kind: 'any' } // ?
  | { kind: 'star' } // *
  | { kind: 'globstar' } // ** at the end of a pattern: anything, slashes included
  | { kind: 'segments' } // **/ : zero or more whole path segments
  | { kind: 'class'; negated: boolean; ranges: [string, string][] };

/** `{a,b}` alternatives are expanded first; at most this many patterns come from one glob. */
const MAX_EXPANSIONS = 256;

export function expandBraces(glob: string): string[] {
  const open = findBrace(glob);
  if (open === undefined) return [glob];
  const { start, end, options } = open;
  const result: string[] = [];
  for (const option of options) {
    for (const expanded of expandBraces(glob.slice(0, start) + option + glob.slice(end + 1))) {
      result.push(expanded);
      if (result.length >= MAX_EXPANSIONS) return result;
    }
  }
  return result;
}

function findBrace(glob: string): { start: number; end: number; options: string[] } | undefined {
  for (let start = 0; start < glob.length; start++) {
    if (glob[start] !== '{') continue;
    let depth = 0;
    const cuts: number[] = [];
    for (let i = start; i < glob.length; i++) {
      const c = glob[i];
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) {
          if (cuts.length === 0) break; // `{x}` is literal
          const bounds = [start, ...cuts, i];
          const options = bounds.slice(0, -1).map((b, k) => glob.slice(b + 1, bounds[k + 1]));
          return { start, end: i, options };
        }
      } else if (c === ',' && depth === 1) cuts.push(i);
    }
  }
  return undefined;
}

function tokenize(glob: string, fold: (s: string) => string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        while (glob[i + 1] === '*') i++;
        if (glob[i + 1] === '/') {
          i++;
          tokens.push({ kind: 'segments' });
        } else {
          tokens.push({ kind: 'globstar' });
        }
      } else {
        tokens.push({ kind: 'star' });
      }
    } else if (c === '?') {
      tokens.push({ kind: 'any' });
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        tokens.push({ kind: 'literal', char: fold(c) });
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        const from = fold(body[k] as string);
        if (body[k + 1] === '-' && k + 2 < body.length) {
          ranges.push([from, fold(body[k + 2] as string)]);
          k += 2;
        } else ranges.push([from, from]);
      }
      tokens.push({ kind: 'class', negated, ranges });
      i = close;
    } else if (c === '\\' && i + 1 < glob.length) {
      tokens.push({ kind: 'literal', char: fold(glob[++i] as string) });
    } else {
      tokens.push({ kind: 'literal', char: fold(c) });
    }
  }
  return tokens;
}

function matchesOne(token: Token, char: string): boolean {
  switch (token.kind) {
    case 'literal':
      return token.char === char;
    case 'any':
      return char !== '/';
    case 'class': {
      if (char === '/') return false;
      const inside = token.ranges.some(([from, to]) => char >= from && char <= to);
      return token.negated ? !inside : inside;
    }
    default:
      return false;
  }
}

/** A pattern ready to match: its tokens, and the literal text it must start and end with. */
interface CompiledGlob {
  tokens: Token[];
  prefix: string;
  suffix: string;
}

function compile(tokens: Token[]): CompiledGlob {
  const literalRun = (from: Token[]) => {
    let text = '';
    for (const token of from) {
      if (token.kind !== 'literal') break;
      text += token.char;
    }
    return text;
  };
  const prefix = literalRun(tokens);
  const suffix = literalRun([...tokens].reverse())
    .split('')
    .reverse()
    .join('');
  // A pattern of literals only has the same text as prefix and suffix: once is enough.
  return { tokens, prefix, suffix: prefix.length === tokens.length ? '' : suffix };
}

/**
 * Whether the pattern matches all of `text`: O(tokens × text) time, O(text) memory. The literal
 * prefix and suffix reject most paths at once (`README.md` against a `*.yaml` pattern), and the
 * scan stops as soon as no position is reachable.
 */
function matchGlob(glob: CompiledGlob, text: string, buffers: Uint8Array[]): boolean {
  if (text.length < glob.prefix.length + glob.suffix.length) return false;
  if (!text.startsWith(glob.prefix) || !text.endsWith(glob.suffix)) return false;
  const size = text.length + 1;
  if ((buffers[0]?.length ?? 0) < size) {
    buffers[0] = new Uint8Array(size * 2);
    buffers[1] = new Uint8Array(size * 2);
  }
  // reach[j]: the tokens consumed so far can match text[0..j).
  let reach = buffers[0] as Uint8Array;
  let next = buffers[1] as Uint8Array;
  reach.fill(0, 0, size);
  reach[0] = 1;
  for (const token of glob.tokens) {
    next.fill(0, 0, size);
    let any = false;
    if (token.kind === 'segments') {
      // Stays where it is, or moves past whole segments: to just after a slash.
      let reached = false;
      for (let j = 0; j < size; j++) {
        if ((reached && text[j - 1] === '/') || reach[j]) {
          next[j] = 1;
          any = true;
        }
        if (reach[j]) reached = true;
      }
    } else if (token.kind === 'star' || token.kind === 'globstar') {
      let carrying = false;
      for (let j = 0; j < size; j++) {
        if (reach[j]) carrying = true;
        if (carrying) {
          next[j] = 1;
          any = true;
        }
        // `*` stops at a slash; `**` runs through it.
        if (token.kind === 'star' && text[j] === '/') carrying = false;
      }
    } else {
      for (let j = 0; j < text.length; j++) {
        if (reach[j] && matchesOne(token, text[j] as string)) {
          next[j + 1] = 1;
          any = true;
        }
      }
    }
    if (!any) return false;
    [reach, next] = [next, reach];
  }
  return reach[text.length] === 1;
}

/** A matcher for any of the globs; case-insensitive unless `nocase` is false. */
export function globMatcher(
  globs: readonly string[],
  options: { nocase?: boolean } = {},
): (text: string) => boolean {
  const nocase = options.nocase ?? true;
  const fold = nocase ? (s: string) => s.toLowerCase() : (s: string) => s;
  const compiled = globs.flatMap(expandBraces).map((glob) => compile(tokenize(glob, fold)));
  if (compiled.length === 0) return () => false;
  const buffers: Uint8Array[] = [];
  return (text) => {
    const subject = fold(text);
    return compiled.some((glob) => matchGlob(glob, subject, buffers));
  };
}
