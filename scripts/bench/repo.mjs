// Builds the benchmark's monorepo: a bare git repository with a base commit (main) and a head
// commit (feature) that changes a share of the manifests, written with one `git fast-import`.
import { Buffer } from 'node:buffer';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  POLICY,
  changeService,
  generateServices,
  random,
  serviceExtras,
  serviceFiles,
} from './manifests.mjs';

const COMMITTER = 'Bench <bench@example.com> 1767225600 +0000';

function git(dir, ...args) {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
}

/** Streams fast-import commands, waiting for the pipe to drain so memory stays flat. */
class FastImport {
  constructor(dir) {
    this.child = spawn('git', ['-C', dir, 'fast-import', '--quiet', '--done'], {
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    this.exited = once(this.child, 'close');
  }

  async write(text) {
    if (!this.child.stdin.write(text)) await once(this.child.stdin, 'drain');
  }

  async commit(ref, message, parent, changes) {
    const header = `commit ${ref}\ncommitter ${COMMITTER}\ndata ${Buffer.byteLength(message)}\n${message}\n`;
    await this.write(header + (parent ? `from ${parent}\n` : ''));
    for (const [path, text] of changes) {
      if (text === null) {
        await this.write(`D ${path}\n`);
      } else {
        await this.write(`M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
      }
    }
    await this.write('\n');
  }

  async done() {
    this.child.stdin.end('done\n');
    const [code] = await this.exited;
    if (code !== 0) throw new Error(`git fast-import exited with ${code}`);
  }
}

/**
 * Creates the repository in `dir` with `manifests` manifest files at base; the head commit changes
 * `changedShare` of them (most modified, some services added or removed) and some non-manifest
 * files. Returns what it wrote.
 */
export async function createBenchRepo(dir, { manifests, changedShare = 0.1, seed = 7 }) {
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', dir]);
  const services = generateServices(manifests, seed);
  const rng = random(seed + 1);
  const importer = new FastImport(dir);

  const stats = { manifestFiles: 0, manifestBytes: 0, otherFiles: 0, documents: 0 };
  const baseFiles = [['.github/rollout-guard.yml', POLICY]];
  for (const state of services) {
    for (const file of serviceFiles(state)) {
      baseFiles.push(file);
      stats.manifestFiles++;
      stats.manifestBytes += Buffer.byteLength(file[1]);
      stats.documents += file[1].split('\n---\n').length;
    }
    for (const file of serviceExtras(state)) {
      baseFiles.push(file);
      stats.otherFiles++;
    }
  }
  await importer.commit('refs/heads/main', 'base', undefined, baseFiles);
  baseFiles.length = 0;

  // Pick services at random until the changed manifest files reach the share asked for.
  const target = Math.max(1, Math.round(stats.manifestFiles * changedShare));
  const order = services.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const headChanges = [];
  const change = { modified: 0, added: 0, removed: 0, otherFiles: 0 };
  let changedManifests = 0;
  let added = 0;
  for (const index of order) {
    if (changedManifests >= target) break;
    const before = services[index];
    const roll = rng.next();
    if (roll < 0.08) {
      for (const [path] of serviceFiles(before)) headChanges.push([path, null]);
      change.removed += serviceFiles(before).length;
      changedManifests += serviceFiles(before).length;
      continue;
    }
    if (roll < 0.16) {
      const fresh = {
        ...before,
        name: `new-${before.name}-${added}`,
        dir: `${before.dir.replace(/svc-\d+/, `new-${added}`)}`,
      };
      added++;
      for (const file of serviceFiles(fresh)) headChanges.push(file);
      change.added += serviceFiles(fresh).length;
      changedManifests += serviceFiles(fresh).length;
      continue;
    }
    const after = changeService(before, rng);
    const old = new Map(serviceFiles(before));
    for (const [path, text] of serviceFiles(after)) {
      if (old.get(path) === text) continue;
      headChanges.push([path, text]);
      change.modified++;
      changedManifests++;
    }
    if (rng.chance(0.3)) {
      const [readme, text] = serviceExtras(before)[0];
      headChanges.push([readme, `${text}\nChangelog: ${after.version}\n`]);
      change.otherFiles++;
    }
  }
  await importer.commit('refs/heads/feature', 'change', 'refs/heads/main', headChanges);
  await importer.done();
  // A repository packed as a clone would be, so object reads are as they are in CI.
  git(dir, 'repack', '-a', '-d', '-q');
  return { dir, base: 'refs/heads/main', head: 'refs/heads/feature', stats, change, changedManifests };
}

/**
 * A pull request the action reads through the API: `manifests` changed files as base and head
 * maps. Guarded: Argo Rollouts and native plans that pass the built-in policy, with a new image
 * tag. Otherwise the repository's mix, some of which fail.
 */
export function apiPullRequestFiles(manifests, { guarded, seed = 11 }) {
  const services = generateServices(guarded ? manifests * 4 : manifests, seed)
    .filter((state) => !guarded || state.kind === 'argo' || state.kind === 'native')
    .map((state) => (guarded ? { ...state, unsafe: false, firstWeight: 10 } : state));
  const rng = random(seed + 1);
  const base = {};
  const head = {};
  let count = 0;
  for (const state of services) {
    const after = guarded ? { ...state, version: `${state.version}-1` } : changeService(state, rng);
    const old = new Map(serviceFiles(state));
    for (const [path, text] of serviceFiles(after)) {
      if (count >= manifests) break;
      base[path] = old.get(path);
      // Every file changes: a split Canary, which names no image, gets a comment.
      head[path] = old.get(path) === text ? `${text}# reviewed for ${after.version}\n` : text;
      count++;
    }
  }
  return { base, head };
}
