import type { FormatId } from '../../core/model.js';
import { argoRollouts } from '../argo-rollouts/index.js';
import { awsCloudFormation } from '../aws-cloudformation.js';
import { awsCodeDeploy } from '../aws-codedeploy.js';
import { awsEcs } from '../aws-ecs.js';
import { awsSam } from '../aws-sam.js';
import { azurePipelines } from '../azure-pipelines.js';
import { githubActions } from '../github-actions.js';
import { spinnaker } from '../spinnaker.js';
import { cloudDeploy } from '../cloud-deploy/index.js';
import { openKruise } from '../openkruise.js';
import { flagger } from '../flagger/index.js';
import { knative } from '../knative.js';
import { kubernetes } from '../kubernetes.js';
import { native } from '../native.js';
import type { FormatAdapter } from '../types.js';
import { DEFAULT_READINGS } from '../types.js';
import type { Reading } from '../yaml/index.js';

/**
 * Every format, most specific first: the first adapter that detects a document owns it
 * (Kubernetes last, since it claims any apiVersion/kind object).
 */
export const ADAPTERS = [
  argoRollouts,
  flagger,
  openKruise,
  cloudDeploy,
  awsSam,
  awsCloudFormation,
  awsEcs,
  awsCodeDeploy,
  spinnaker,
  azurePipelines,
  githubActions,
  native,
  knative,
  kubernetes,
] satisfies FormatAdapter[];

/**
 * Which readers act on each format's files (an adapter's own `readings` wins):
 * - Kubernetes objects (Argo Rollouts, Flagger, OpenKruise, plain workloads, our own RolloutPlan):
 *   kubectl, Argo CD and Helm (go-yaml v2), kustomize and Flux (go-yaml v3). The default.
 * - CloudFormation and SAM templates, ECS service definitions, CodeDeploy AppSpecs: the AWS side
 *   reads YAML 1.1 (PyYAML in the SAM CLI and cfn tooling, the CodeDeploy agent's Ruby), and
 *   other tools in the same deploy path read YAML 1.2.
 * - Spinnaker: YAML 1.1 (SnakeYAML in Spinnaker's services) and go-yaml v2 (Dinghy pipelines).
 * - GitHub Actions, Azure Pipelines and Cloud Deploy (gcloud): YAML 1.2 only, so `on:` stays the
 *   key "on".
 */
export const FORMAT_READINGS: Readonly<Partial<Record<FormatId, readonly Reading[]>>> = {
  'aws-sam': ['yaml-1.1', 'yaml-1.2'],
  'aws-cloudformation': ['yaml-1.1', 'yaml-1.2'],
  'aws-ecs': ['yaml-1.1', 'yaml-1.2'],
  'aws-codedeploy': ['yaml-1.1', 'yaml-1.2'],
  spinnaker: ['yaml-1.1', 'kubectl'],
  'azure-pipelines': ['yaml-1.2'],
  'github-actions': ['yaml-1.2'],
  'cloud-deploy': ['yaml-1.2'],
};

export function readingsOf(adapter: FormatAdapter): readonly Reading[] {
  return adapter.readings ?? FORMAT_READINGS[adapter.id] ?? DEFAULT_READINGS;
}

/** Who each reading stands for, in messages. */
export const CONSUMERS: Record<Reading, string> = {
  kubectl: 'kubectl and Argo CD (go-yaml v2)',
  kustomize: 'kustomize and Flux (go-yaml v3)',
  'yaml-1.1': 'YAML 1.1 readers (PyYAML, SnakeYAML)',
  'yaml-1.2': 'YAML 1.2 readers',
};
