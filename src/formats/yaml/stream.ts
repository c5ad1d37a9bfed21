import { K, compose } from './compose.js';
import type { Composition, YamlNode } from './compose.js';
import { YamlError } from './errors.js';
import { readJsonStream } from './json-stream.js';
import { isJsonStream, kubectlChunks } from './kubectl.js';
import type { Chunk } from './kubectl.js';
import { S, firstDisallowed } from './scanner.js';

/**
 * One text read the ways its consumers read it: the YAML stream as libyaml scans it (go-yaml v2's
 * scanner, which PyYAML's also follows), the same stream as go-yaml v3 scans it when its comment
 * handling could make a difference, and kubectl's documents (JSON values, or the first document
 * of each `---` chunk).
 */
export interface ParsedText {
  text: string;
  /** The whole stream with libyaml's (go-yaml v2's) scanner. */
  stream: Composition;
  /** The whole stream as go-yaml v3 scans it (the same object when nothing could differ). */
  streamV3: Composition;
  /** The whole stream as YAML 1.1 and 1.2 readers scan it: `\/` is an escape (the same object when the text holds none). */
  streamSpec: Composition;
  kubectl: KubectlView;
}

export interface KubectlDocument {
  /** The region of the text the document came from (a `---` chunk or a JSON value). */
  unitStart: number;
  unitEnd: number;
  /** Offset of the document's content. */
  start: number;
  root: YamlNode | undefined;
  error: YamlError | undefined;
}

export interface KubectlView {
  json: boolean;
  documents: KubectlDocument[];
  /** Set when kubectl refuses the whole file before reading any document (a bad `---` line). */
  error: YamlError | undefined;
}

export interface ParseOptions {
  maxDepth: number;
}

// A tab before a comment is where go-yaml v3's comment reader goes further than v2's scanner.
const TAB_BEFORE_COMMENT = /\t[ \t]*#/;

export function parseText(text: string, options: ParseOptions): ParsedText {
  const bad = firstDisallowed(text);
  const stream = compose(text, { maxDepth: options.maxDepth }, 0, text.length, bad);
  const streamV3 =
    stream.lateKey || TAB_BEFORE_COMMENT.test(text)
      ? compose(text, { maxDepth: options.maxDepth, scanner: { v3: true } }, 0, text.length, bad)
      : stream;
  const streamSpec = text.includes('\\/')
    ? compose(
        text,
        { maxDepth: options.maxDepth, scanner: { v3: false, slashEscape: true } },
        0,
        text.length,
        bad,
      )
    : stream;
  return { text, stream, streamV3, streamSpec, kubectl: kubectlView(text, stream, options, bad) };
}

function kubectlView(text: string, stream: Composition, options: ParseOptions, bad: number): KubectlView {
  if (isJsonStream(text)) {
    const json = readJsonStream(text, options.maxDepth);
    const documents: KubectlDocument[] = json.values.map((value) => ({
      unitStart: value.start,
      unitEnd: value.end,
      start: value.start,
      root: value.root,
      error: undefined,
    }));
    if (json.error) {
      const last = documents[documents.length - 1];
      documents.push({
        unitStart: last ? last.unitEnd : 0,
        unitEnd: text.length,
        start: json.error.offset,
        root: undefined,
        error: json.error,
      });
    }
    return { json: true, documents, error: undefined };
  }
  const { chunks, badSeparator } = kubectlChunks(text);
  const documents = chunks.map(
    (chunk, i) => alignedDocument(text, stream, chunks, i) ?? chunkDocument(text, chunk, options, bad),
  );
  const error =
    badSeparator === undefined
      ? undefined
      : new YamlError(
          'a line starting with --- holds more than a comment, so kubectl refuses the file',
          badSeparator,
        );
  return { json: false, documents, error };
}

/**
 * The chunk's document as the stream read it, when reading the chunk alone cannot differ: the
 * stream's document starts with the chunk's own `---` (or is the first, implicit one), its
 * content is after that line, the next document starts at the next chunk's `---`, and nothing
 * went wrong in between. Saves reading most files twice.
 */
function alignedDocument(
  text: string,
  stream: Composition,
  chunks: Chunk[],
  i: number,
): KubectlDocument | undefined {
  const chunk = chunks[i] as Chunk;
  const next = chunks[i + 1];
  if (next === undefined && !text.endsWith('\n')) return undefined;
  if (stream.error !== undefined && stream.error.offset < chunk.end) return undefined;
  const docs = stream.documents;
  let index: number;
  if (i === 0 && chunk.unitStart === 0) {
    index = docs.length > 0 && (docs[0]?.start ?? Infinity) < chunk.end ? 0 : -1;
    if (index === 0 && (docs[0]?.explicitStart || docs[0]?.version !== undefined || docs[0]?.tagDirectives))
      return undefined;
  } else {
    index = docIndexAt(docs, chunk.unitStart);
    if (index < 0 || !docs[index]?.explicitStart) return undefined;
  }
  const doc = index >= 0 ? docs[index] : undefined;
  // The stream's next document must begin exactly at the next chunk's `---` (or the stream end
  // here): otherwise this document runs on past kubectl's cut, or something was left unread.
  const following = docs[index + 1];
  if (
    next === undefined
      ? following !== undefined || stream.error !== undefined
      : following?.start !== chunk.end
  ) {
    return undefined;
  }
  if (doc === undefined) {
    // Only comments and blank lines: nothing for either reader.
    if (i !== 0) return undefined;
    return {
      unitStart: chunk.unitStart,
      unitEnd: chunk.end,
      start: chunk.start,
      root: undefined,
      error: undefined,
    };
  }
  // A chunk that opens with `...` is an error to kubectl, not an empty document: read it alone.
  if (doc.explicitEnd) return undefined;
  const root = doc.root;
  const empty =
    root.kind === K.Scalar &&
    root.style === S.Plain &&
    root.value === '' &&
    root.tag === undefined &&
    root.anchor === undefined;
  if (!empty && doc.contentStart < chunk.start) return undefined;
  if (/\r(?!\n)/.test(text.slice(chunk.start, chunk.end))) return undefined;
  return {
    unitStart: chunk.unitStart,
    unitEnd: chunk.end,
    start: empty ? chunk.start : doc.contentStart,
    root: empty ? undefined : doc.root,
    error: undefined,
  };
}

function docIndexAt(docs: Composition['documents'], offset: number): number {
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = (docs[mid] as Composition['documents'][number]).start;
    if (start === offset) return mid;
    if (start < offset) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** go-yaml v2's Unmarshal of one chunk, as kubectl hands it over: '\n'-ended lines, no '\r'. */
function chunkDocument(text: string, chunk: Chunk, options: ParseOptions, bad: number): KubectlDocument {
  let source = text;
  let end = chunk.end;
  let badAt = bad;
  const region = text.slice(chunk.start, chunk.end);
  if (/\r(?!\n)/.test(region)) {
    // kubectl's lines drop the '\r' of a '\r\n', which then leaves a lone '\r' elsewhere as it
    // is: rebuild the chunk exactly (positions in it shift by the '\r's removed).
    const lines = region.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const rebuilt = lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)).join('\n') + '\n';
    source = text.slice(0, chunk.start) + rebuilt;
    end = source.length;
    const local = firstDisallowed(rebuilt);
    badAt = local < rebuilt.length ? chunk.start + local : source.length;
  } else if (!region.endsWith('\n')) {
    // The last line gets the '\n' kubectl's line reader adds (a block scalar there keeps it).
    source = text + '\n';
    end = source.length;
    if (bad >= text.length) badAt = source.length;
  }
  const composed = compose(
    source,
    { maxDepth: options.maxDepth, firstDocumentOnly: true },
    chunk.start,
    end,
    badAt,
  );
  const doc = composed.documents[0];
  return {
    unitStart: chunk.unitStart,
    unitEnd: chunk.end,
    start: doc ? Math.min(doc.contentStart, chunk.end) : chunk.start,
    root: composed.error ? undefined : doc?.root,
    error: composed.error,
  };
}
