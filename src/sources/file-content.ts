/**
 * How both sources (git and the GitHub API) tell a text file from a binary one, so that a file
 * reads the same with or without a checkout.
 */
import type { FileContent } from '../core/model.js';

/** Same limit git itself uses to tell binary from text. */
export const BINARY_SNIFF_BYTES = 8000;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Text keeps its exact characters (a BOM, CRLF); NUL bytes or invalid UTF-8 make it binary. */
export function classifyBytes(bytes: Uint8Array): FileContent {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: 'binary' };
  try {
    return { kind: 'text', text: utf8.decode(bytes) };
  } catch {
    return { kind: 'binary' };
  }
}

/** Text already decoded (GraphQL's `text`): binary when a NUL is among its first characters, as for bytes. */
export function classifyText(text: string): FileContent {
  if (text.slice(0, BINARY_SNIFF_BYTES).includes('\0')) return { kind: 'binary' };
  return { kind: 'text', text };
}
