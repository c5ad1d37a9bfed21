/**
 * "Did you mean": the candidate nearest a mistyped word, when it is near enough to be what was
 * meant (a few edits, fewer for short words). Used for keys and rule ids in configuration files,
 * and for the CLI's commands, flags and values.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  // The start of exactly one candidate (`--touch` for `--touching`) is that candidate.
  const lower = word.toLowerCase();
  const starting = candidates.filter((c) => lower.length >= 3 && c.toLowerCase().startsWith(lower));
  if (starting.length === 1) return starting[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Levenshtein distance, in one row of memory. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}
