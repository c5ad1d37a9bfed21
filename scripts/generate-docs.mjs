// Writes the generated parts of the documentation from the code's own declarations (the rule
// catalogue, the policy schema, action.yml, the CLI's help): `npm run docs`, then prettier.
// test/docs.test.ts fails when a page is not what this would write. The generators are
// TypeScript (they import the CLI's help and the rule catalogue), bundled here with esbuild.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'rollout-guard-docs-'));
try {
  const outfile = path.join(dir, 'generate.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/docs/generate.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  const { generateDocs } = await import(pathToFileURL(outfile).href);
  for (const file of generateDocs(root)) console.log(`wrote ${file}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
