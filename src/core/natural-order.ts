/** Code-unit order: stable everywhere, and much cheaper than localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const DIGITS = /(\d+)/;

/**
 * Paths as a person sorts them: runs of digits by their value, so `checkout-2` comes before
 * `checkout-10`. Ties (`a01` and `a1`) fall back to code-unit order, so the order stays total.
 */
export function naturalCompare(a: string, b: string): number {
  if (a === b) return 0;
  const partsA = a.split(DIGITS);
  const partsB = b.split(DIGITS);
  for (let i = 0; i < Math.min(partsA.length, partsB.length); i++) {
    const x = partsA[i] ?? '';
    const y = partsB[i] ?? '';
    if (x === y) continue;
    // split() with a capture group puts the digit runs at odd indexes.
    if (i % 2 === 1) {
      const byValue = compareDigits(x, y);
      if (byValue !== 0) return byValue;
      continue;
    }
    return compareText(x, y);
  }
  return partsA.length - partsB.length || compareText(a, b);
}

/** Two digit runs by value, however long (no Number overflow): fewer significant digits first. */
function compareDigits(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, '');
  const b = y.replace(/^0+(?=\d)/, '');
  return a.length - b.length || compareText(a, b);
}
