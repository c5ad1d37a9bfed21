import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions, dateChangelog, moveCatalog, moveVersion } from '../scripts/release.mjs';
import { VERSION } from '../src/version.js';

const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8');
/** The next minor release after this one, whatever this one is: `npm run release` runs these tests too. */
const [MAJOR, MINOR] = VERSION.split('.').map(Number) as [number, number];
const NEXT = `${MAJOR}.${MINOR + 1}.0`;

describe('npm run release', () => {
  it('moves every example of the current release in the README and docs/ to the next one, and the major tag only across majors', () => {
    const examples = ['README.md', 'docs/action.md', 'docs/cli.md', 'docs/policy.md'].map(read).join('\n');
    const moved = moveVersion(examples, VERSION, NEXT);
    expect(moved).not.toContain(`v${VERSION}`);
    expect(moved).toContain(
      `raw.githubusercontent.com/rollout-guard/rollout-guard/v${NEXT}/schema/policy.schema.json`,
    );
    expect(moved).toContain(`rollout-guard-${NEXT}.tgz`);
    expect(moved).toContain(`rollout-guard/rollout-guard@v${MAJOR}`);
    const major = moveVersion('uses: rollout-guard/rollout-guard@v0 # v0.1.0', '0.1.0', '1.0.0');
    expect(major).toBe('uses: rollout-guard/rollout-guard@v1 # v1.0.0');
    expect(moveVersion('v0.1.0 v0.1.01 v10.1.0', '0.1.0', '0.2.0')).toBe('v0.2.0 v0.1.01 v10.1.0');
  });

  it('finds the current release wherever the release moves it from', () => {
    for (const file of [
      'README.md',
      'docs/action.md',
      'docs/cli.md',
      'docs/policy.md',
      '.pre-commit-hooks.yaml',
      '.github/rollout-guard-selftest.yml',
    ]) {
      expect(read(file), file).toContain(`v${VERSION}`);
    }
  });

  it('dates the Unreleased section and opens a new one; refuses an empty one', () => {
    const dated = dateChangelog(
      '# Changelog\n\n## Unreleased\n\n- a fix\n\n## 0.0.9 — 2026-01-01\n',
      '0.1.0',
      '2026-12-05',
    );
    expect(dated).toBe(
      '# Changelog\n\n## Unreleased\n\n## 0.1.0 — 2026-12-05\n\n- a fix\n\n## 0.0.9 — 2026-01-01\n',
    );
    expect(() =>
      dateChangelog('# Changelog\n\n## Unreleased\n\n## 0.1.0 — 2026-12-05\n', '0.2.0', 'x'),
    ).toThrow(/empty/);
    expect(() => dateChangelog('# Changelog\n', '0.2.0', 'x')).toThrow(/no "## Unreleased"/);
    expect(read('CHANGELOG.md')).toMatch(/^## Unreleased\n/m);
  });

  it('points the SchemaStore entries at the new release and keeps the old ones among the versions', () => {
    const moved = JSON.parse(moveCatalog(read('schema/schemastore-catalog.json'), VERSION, NEXT)) as {
      schemas: { url: string; versions: Record<string, string> }[];
    };
    for (const entry of moved.schemas) {
      expect(entry.url).toContain(`/v${NEXT}/schema/`);
      expect(Object.keys(entry.versions).slice(-2)).toEqual([VERSION, NEXT]);
    }
  });

  it('orders versions numerically', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  });

  it('gives the release workflow the notes of exactly one changelog section', () => {
    const changelog = dateChangelog(
      `# Changelog\n\n## Unreleased\n\n### Added\n\n- a rule\n\n## ${VERSION} — 2026-01-01\n\n- the first\n`,
      NEXT,
      '2026-12-05',
    );
    const workflow = read('.github/workflows/release.yml');
    const awk = /awk -v heading="## \$VERSION " '([^']+)'/.exec(workflow)?.[1] ?? '';
    const notes = execFileSync('awk', ['-v', `heading=## ${NEXT} `, awk], {
      input: changelog,
      encoding: 'utf8',
    });
    expect(notes).toBe('\n### Added\n\n- a rule\n\n');
  });
});
