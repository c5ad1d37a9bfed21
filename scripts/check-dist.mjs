// Fails when dist/ is not exactly what the sources build to: the action runs dist/, so it
// must be the code the tests tested.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle } from './build.mjs';
import { VALIDATORS, validatorSource } from './generate-validators.mjs';

// The validators compiled from the schemas are sources too: they must match the schemas.
for (const { schema, module, dir, definitions } of VALIDATORS) {
  const committed = await readFile(path.join(dir, `${module}.js`), 'utf8').catch(() => '');
  if (committed !== validatorSource(schema, { definitions })) {
    console.error(
      `${dir}/${module}.js is not what ${schema} compiles to. Run "npm run build" and commit it.`,
    );
    process.exit(1);
  }
}

const fresh = await mkdtemp(path.join(tmpdir(), 'rollout-guard-dist-'));
try {
  await bundle(fresh);
  const [built, committed] = await Promise.all([readdir(fresh), readdir('dist').catch(() => [])]);
  const names = [...new Set([...built, ...committed])].sort();
  const stale = [];
  for (const name of names) {
    const [a, b] = await Promise.all([
      readFile(path.join(fresh, name)).catch(() => undefined),
      readFile(path.join('dist', name)).catch(() => undefined),
    ]);
    if (!a || !b || !a.equals(b)) stale.push(name);
  }
  if (stale.length > 0) {
    console.error(
      `dist/ is not current: ${stale.join(', ')} differ from a fresh build. Run "npm run build" and commit dist/.`,
    );
    process.exit(1);
  }
  console.log(`dist/ is current (${names.length} files).`);
} finally {
  await rm(fresh, { recursive: true, force: true });
}
