/**
 * How kubectl (k8s.io/apimachinery's YAMLOrJSONDecoder, also used by Argo CD and Helm) cuts a
 * file into documents before any YAML parser sees it.
 */

/** Go's unicode.IsSpace. */
export function isGoSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * A text whose first non-space character, within its first 4096 bytes, is `{` is read as a
 * stream of JSON values by Go's encoding/json.
 */
export function isJsonStream(text: string): boolean {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes < 4096; i++) {
    const c = text.charCodeAt(i);
    if (!isGoSpace(c)) return c === 123;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return false;
}

export interface Chunk {
  /** Offset of the separator line that opens the chunk (0 for the first chunk). */
  unitStart: number;
  /** Offset of the chunk's first line, after its separator. */
  start: number;
  /** Offset where the next separator line starts, or the text's end. */
  end: number;
}

export interface Chunks {
  /** Every chunk, also past a bad separator line (kubectl itself stops there). */
  chunks: Chunk[];
  /** The first line starting with `---` and something other than a comment: kubectl refuses the file there. */
  badSeparator: number | undefined;
}

/**
 * kubectl's split: lines end at '\n'; a line that begins with `---` ends the document before it,
 * and the rest of that line must be blank or a comment. Chunks that hold nothing are dropped, as
 * kubectl drops them.
 */
export function kubectlChunks(text: string): Chunks {
  const chunks: Chunk[] = [];
  let unitStart = 0;
  let start = 0;
  let lineStart = 0;
  let badSeparator: number | undefined;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.startsWith('---', lineStart)) {
      let i = lineStart + 3;
      while (i < lineEnd && isGoSpace(text.charCodeAt(i))) i++;
      // kubectl stops at such a line; the cut goes on, so that the rest still has its documents.
      if (i < lineEnd && text[i] !== '#') badSeparator ??= lineStart;
      if (lineStart > start) chunks.push({ unitStart, start, end: lineStart });
      unitStart = lineStart;
      start = Math.min(lineEnd + 1, text.length);
    }
    lineStart = lineEnd + 1;
  }
  if (text.length > start) chunks.push({ unitStart, start, end: text.length });
  return { chunks, badSeparator };
}
