import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormatId } from '../../src/core/model.js';
import { ADAPTERS, readManifestFile } from '../../src/formats/registry.js';
import { FIXTURES, fixtureText } from '../helpers.js';

/** Fixture folders and the format every plan read from them must have. */
const FOLDERS: Record<string, FormatId[]> = {
  // The Argo fixtures include an OpenKruise Rollout, to show the two are told apart.
  'argo-rollouts': ['argo-rollouts', 'openkruise'],
  flagger: ['flagger'],
  kubernetes: ['kubernetes'],
  native: ['native'],
  openkruise: ['openkruise'],
  'cloud-deploy': ['cloud-deploy'],
  'aws/sam': ['aws-sam'],
  'aws/cfn': ['aws-cloudformation'],
  'aws/ecs': ['aws-ecs'],
  'aws/appspec': ['aws-codedeploy'],
  spinnaker: ['spinnaker'],
  'azure-pipelines': ['azure-pipelines'],
  'github-actions': ['github-actions'],
  knative: ['knative'],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the format registry', () => {
  it('lists every adapter once', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(14);
  });

  it.each(Object.entries(FOLDERS))(
    'reads the %s fixtures through the adapter that owns them',
    (folder, formats) => {
      const files = filesUnder(path.join(FIXTURES, 'manifests', folder)).map((f) =>
        path.relative(FIXTURES, f),
      );
      const formatsSeen = new Set<string>();
      for (const file of files) {
        // Paths as they sit in a repository (GitHub workflows are recognised by their folder).
        const repoPath = file.replace(/^manifests\/github-actions\//, '');
        const reading = readManifestFile(fixtureText(file), repoPath);
        for (const plan of reading.plans) formatsSeen.add(plan.format);
        if (reading.plans.length > 0) expect(reading.recognised).toBe(true);
      }
      expect([...formatsSeen].sort()).toEqual([...formats].sort());
    },
  );
});
