/**
 * Line-level pieces of CommonMark's block structure that both the outline scanner and the
 * section reader need: blank lines, indentation (tabs to the next multiple of 4) and code fences.
 */

export interface Fence {
  char: string;
  size: number;
}

export function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

/** Leading whitespace, in columns (tabs to the next multiple of 4) and in characters. */
export function measureIndent(line: string): { columns: number; chars: number } {
  let columns = 0;
  let chars = 0;
  for (; chars < line.length; chars++) {
    const ch = line[chars];
    if (ch === ' ') columns += 1;
    else if (ch === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return { columns, chars };
}

/** Removes up to `columns` columns of leading whitespace, splitting a tab if it straddles the cut. */
export function removeIndent(line: string, columns: number): string {
  let seen = 0;
  let chars = 0;
  while (chars < line.length && seen < columns) {
    const ch = line[chars];
    if (ch === ' ') seen += 1;
    else if (ch === '\t') seen += 4 - (seen % 4);
    else break;
    chars += 1;
  }
  return ' '.repeat(Math.max(0, seen - columns)) + line.slice(chars);
}

export function runLength(text: string, char: string, from = 0): number {
  let end = from;
  while (text[end] === char) end += 1;
  return end - from;
}

export function openingFence(rest: string): Fence | undefined {
  const char = rest[0];
  if (char !== '`' && char !== '~') return undefined;
  const size = runLength(rest, char);
  if (size < 3) return undefined;
  if (char === '`' && rest.includes('`', size)) return undefined;
  return { char, size };
}

export function closesFence(line: string, fence: Fence): boolean {
  const indent = measureIndent(line);
  if (indent.columns >= 4) return false;
  const size = runLength(line, fence.char, indent.chars);
  return size >= fence.size && isBlank(line.slice(indent.chars + size));
}
