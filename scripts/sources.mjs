// The hash of the files a build read, recorded in dist/sources.json by the build and compared by
// the end-to-end tests: a dist/ built from other sources than the working tree's fails them with
// a clear message instead of testing old code.
import { createHash } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SOURCES_FILE = 'sources.json';

const root = fileURLToPath(new URL('..', import.meta.url));

/** sha256 over each input's path and bytes, in the order given (the build sorts them). */
export async function hashInputs(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    const bytes = await readFile(path.resolve(root, input)).catch(() => Buffer.from('(missing)'));
    hash.update(`${input}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
