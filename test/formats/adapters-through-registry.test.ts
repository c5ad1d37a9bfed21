import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { argoRollouts } from '../../src/formats/argo-rollouts/index.js';
import { awsCloudFormation } from '../../src/formats/aws-cloudformation.js';
import { awsCodeDeploy } from '../../src/formats/aws-codedeploy.js';
import { awsEcs } from '../../src/formats/aws-ecs.js';
import { awsSam } from '../../src/formats/aws-sam.js';
import { cloudDeploy } from '../../src/formats/cloud-deploy/index.js';
import { flagger } from '../../src/formats/flagger/index.js';
import { native } from '../../src/formats/native.js';
import type { FormatAdapter } from '../../src/formats/types.js';
import { FIXTURES } from '../helpers.js';
import { adapterHarness, throughRegistry } from '../support/adapter-harness.js';

/**
 * The adapter tests read fixtures with the harness, which hands documents to one adapter; the
 * pipeline reads them with the registry, every format at once. Both must make the same plans of
 * every fixture, so that what the adapter tests pin down is what a report shows.
 */
const ADAPTERS: [string, FormatAdapter, string, { whole?: boolean }][] = [
  [awsSam.id, awsSam, 'manifests/aws/sam', {}],
  [awsCloudFormation.id, awsCloudFormation, 'manifests/aws/cfn', {}],
  [awsEcs.id, awsEcs, 'manifests/aws/ecs', {}],
  [awsCodeDeploy.id, awsCodeDeploy, 'manifests/aws/appspec', {}],
  [cloudDeploy.id, cloudDeploy, 'manifests/cloud-deploy', { whole: true }],
  [native.id, native, 'manifests/native', {}],
  [argoRollouts.id, argoRollouts, 'manifests/argo-rollouts', { whole: true }],
  [flagger.id, flagger, 'manifests/flagger', {}],
];

describe.each(ADAPTERS)('%s fixtures, through the registry', (_id, adapter, dir, options) => {
  const harness = adapterHarness(adapter, dir, options);
  const files = readdirSync(FIXTURES + dir).filter((file) => /\.(ya?ml|json)$/.test(file));

  it.each(files)('%s: the same plans as the adapter alone', (file) => {
    const registry = throughRegistry(`${dir}/${file}`).plans.filter((plan) => plan.format === adapter.id);
    expect(registry).toEqual(harness.fixture(file).plans);
  });
});
