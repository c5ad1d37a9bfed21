import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { ContextFile } from '../core/model.js';

export class RenderedReadError extends UserError {
  override name = 'RenderedReadError';
}

const MANIFEST_EXTENSION = /\.(?:ya?ml|json)$/i;

/**
 * Reads rendered manifests (the output of `helm template` or `kustomize build`) from a file or a
 * directory tree. Links are not followed; files over `maxBytes` are passed on as too large.
 */
export async function readRenderedManifests(location: string, maxBytes: number): Promise<ContextFile[]> {
  const info = await lstat(location).catch(() => undefined);
  if (!info) throw new RenderedReadError(`rendered manifests: ${location} does not exist`);
  const files: ContextFile[] = [];
  const visit = async (absolute: string, relative: string): Promise<void> => {
    const stat = await lstat(absolute);
    if (stat.isSymbolicLink()) return;
    if (stat.isDirectory()) {
      const entries = (await readdir(absolute)).sort();
      for (const entry of entries)
        await visit(path.join(absolute, entry), relative ? `${relative}/${entry}` : entry);
      return;
    }
    if (!stat.isFile() || !MANIFEST_EXTENSION.test(absolute)) return;
    const name = `rendered/${relative || path.basename(absolute)}`;
    if (stat.size > maxBytes) {
      files.push({ path: name, content: { kind: 'too-large', bytes: stat.size } });
      return;
    }
    files.push({ path: name, content: { kind: 'text', text: await readFile(absolute, 'utf8') } });
  };
  await visit(location, info.isDirectory() ? '' : path.basename(location));
  return files;
}
