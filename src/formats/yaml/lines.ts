/**
 * Lines as people and GitHub count them: a line ends at '\n' (a NEL, LS, PS or lone CR is a line
 * break to a YAML reader, but not to the diff a reviewer reads).
 */
export interface LineCounter {
  /** 1-based line of a UTF-16 offset. */
  lineAt(offset: number): number;
  /** 1-based column of a UTF-16 offset on its line. */
  columnAt(offset: number): number;
}

export function lineCounter(text: string): LineCounter {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  return {
    lineAt,
    columnAt: (offset) => offset - (starts[lineAt(offset) - 1] as number) + 1,
  };
}
