import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- a plain .mjs module of the build scripts, without type declarations
import { SOURCES_FILE, hashInputs } from '../../scripts/sources.mjs';

let checked: Promise<void> | undefined;

/**
 * The end-to-end tests run dist/: they must run the code the rest of the suite tests. Fails once,
 * clearly, when dist/ was built from other sources than the working tree holds.
 */
export function requireCurrentDist(): Promise<void> {
  checked ??= (async () => {
    const file = fileURLToPath(new URL(`../../dist/${SOURCES_FILE as string}`, import.meta.url));
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as { sha256: string; inputs: string[] };
    const now = (await hashInputs(recorded.inputs)) as string;
    if (now !== recorded.sha256) {
      throw new Error(
        'dist/ was built from other sources than src/ holds now: run `npm run build` before the end-to-end tests',
      );
    }
  })();
  return checked;
}
