import type { Gate, Rollback, RolloutPlan, Target } from '../core/model.js';
import { asArray, asString, field, isObject, path } from './access.js';
import type { PlainObject } from './access.js';
import { describe, metricGate, uniqueDiagnostics } from './aws-common.js';
import {
  alternativesOf,
  isSamTemplate,
  labelOf,
  nameOf,
  readFlag,
  readTemplate,
  resourceType,
  sourcesOf,
} from './aws-template.js';
import type { Template } from './aws-template.js';
import {
  chooseTraffic,
  configTraffic,
  finalStage,
  predefinedTraffic,
  unknownTraffic,
} from './aws-traffic.js';
import type { Traffic } from './aws-traffic.js';
import { ECS_SERVICE, delegatedNote, readEcsService } from './aws-ecs.js';
import { AdapterContext } from './context.js';
import { planId } from './plan-id.js';
import type { FormatAdapter, PathSegment } from './types.js';

/**
 * Plain CloudFormation templates (not SAM) with CodeDeploy deployment groups or ECS services:
 * one plan per `AWS::CodeDeploy::DeploymentGroup`, `AWS::ECS::Service` and custom resource that
 * creates a deployment group. SAM templates are read by aws-sam.ts, which reuses
 * `resourcePlans` for the same resources.
 */
export const awsCloudFormation: FormatAdapter = {
  id: 'aws-cloudformation',
  detect(doc) {
    const template = readTemplate(doc.value);
    return template !== undefined && !isSamTemplate(template) && holdsDeployResources(template);
  },
  toPlans(doc) {
    const template = readTemplate(doc.value);
    if (template === undefined) return { plans: [], diagnostics: [] };
    const reader = new AdapterContext(doc);
    const plans = resourcePlans(reader, template);
    return { plans, diagnostics: uniqueDiagnostics(reader.diagnostics) };
  },
};

const DEPLOYMENT_GROUP = 'AWS::CodeDeploy::DeploymentGroup';
const DEPLOYMENT_CONFIG = 'AWS::CodeDeploy::DeploymentConfig';
const APPLICATION = 'AWS::CodeDeploy::Application';
const LAMBDA_ALIAS = 'AWS::Lambda::Alias';

const DEPLOY_TYPES = new Set([DEPLOYMENT_GROUP, DEPLOYMENT_CONFIG, ECS_SERVICE]);

export function holdsDeployResources(template: Template): boolean {
  for (const resource of template.resources.values()) {
    const type = resourceType(resource);
    if (type !== undefined && (DEPLOY_TYPES.has(type) || isCustomDeploymentGroup(type, resource)))
      return true;
  }
  return false;
}

/** Custom resources whose type or properties say they create a CodeDeploy deployment group. */
function isCustomDeploymentGroup(type: string, resource: unknown): boolean {
  if (!type.startsWith('Custom::') && type !== 'AWS::CloudFormation::CustomResource') return false;
  if (/deploymentgroup/i.test(type)) return true;
  const properties = field(resource, 'Properties');
  return isObject(properties) && Object.keys(properties).some((key) => CUSTOM_CONFIG_KEY.test(key));
}

const CUSTOM_CONFIG_KEY = /^deployment(?:Config|Group)Name$/i;

/** A plan for every deployment group, ECS service and custom deployment group, in template order. */
export function resourcePlans(reader: AdapterContext, template: Template): RolloutPlan[] {
  const groups = new Map<string, RolloutPlan>();
  for (const [id, resource] of template.resources) {
    if (resourceType(resource) === DEPLOYMENT_GROUP) {
      groups.set(id, deploymentGroupPlan(reader, template, id, resource));
    }
  }
  const plans: RolloutPlan[] = [];
  for (const [id, resource] of template.resources) {
    const type = resourceType(resource) ?? '';
    const group = groups.get(id);
    if (group !== undefined) plans.push(group);
    else if (type === ECS_SERVICE)
      plans.push(ecsServicePlan(reader, template, id, resource, [...groups.values()]));
    else if (isCustomDeploymentGroup(type, resource))
      plans.push(customGroupPlan(reader, template, id, resource, type));
  }
  return plans;
}

type Shape = Pick<RolloutPlan, 'strategy' | 'stages' | 'backgroundGates' | 'rollback'>;

function resourcePlan(
  reader: AdapterContext,
  id: string,
  resource: PlainObject,
  shape: Shape,
  notes: string[],
  extra: Pick<RolloutPlan, 'delivers' | 'deliveredBy'> = {},
): RolloutPlan {
  const type = resourceType(resource) ?? '';
  const condition = asString(field(resource, 'Condition'));
  if (condition !== undefined) notes.push(`${id} is created only when condition ${condition} holds`);
  return {
    id: planId('aws-cloudformation', type, reader.doc, id),
    format: 'aws-cloudformation',
    file: reader.doc.file,
    line: reader.doc.lineOf(['Resources', id, 'Type']),
    target: { kind: type, name: id },
    ...shape,
    bypasses: [],
    ...extra,
    notes,
  };
}

function propertiesOf(reader: AdapterContext, id: string, resource: PlainObject): PlainObject {
  const properties = field(resource, 'Properties');
  if (properties === undefined || properties === null) return {};
  if (isObject(properties)) return properties;
  reader.invalid(['Resources', id, 'Properties'], `must be a map, got ${describe(properties)}`);
  return {};
}

// ---------------------------------------------------------------------------------------------
// AWS::CodeDeploy::DeploymentGroup

function deploymentGroupPlan(
  reader: AdapterContext,
  template: Template,
  id: string,
  resource: PlainObject,
): RolloutPlan {
  const at: PathSegment[] = ['Resources', id, 'Properties'];
  const properties = propertiesOf(reader, id, resource);
  const notes: string[] = [];
  const traffic = readDeploymentConfigName(reader, template, properties, at, notes);
  const alarms = readAlarmConfiguration(reader, template, properties, at, notes);
  const rollback = readAutoRollback(reader, template, properties, at, alarms.watching, notes);
  noteDeploymentStyle(properties, notes);
  const stages = traffic.stages;
  const approval = readReadyOption(reader, properties, at, notes);
  if (approval !== undefined)
    stages.unshift({ weight: 0, hold: 'manual', gates: [approval], line: approval.line });
  const delivers = deliveredTarget(template, id, properties);
  return resourcePlan(
    reader,
    id,
    resource,
    { strategy: traffic.strategy, stages, backgroundGates: alarms.gates, rollback },
    notes,
    delivers !== undefined ? { delivers } : {},
  );
}

type Platform = 'ECS' | 'Lambda' | 'Server';

function computePlatform(template: Template, properties: PlainObject): Platform | undefined {
  if ((asArray(field(properties, 'ECSServices')) ?? []).length > 0) return 'ECS';
  for (const alternative of alternativesOf(template, field(properties, 'ApplicationName'))) {
    if (alternative.resolved.kind !== 'ref') continue;
    const application = template.resources.get(alternative.resolved.id);
    if (resourceType(application) !== APPLICATION) continue;
    const platform = field(field(application, 'Properties'), 'ComputePlatform');
    if (platform === 'ECS' || platform === 'Lambda' || platform === 'Server') return platform;
  }
  const serverKeys = [
    'Ec2TagFilters',
    'Ec2TagSet',
    'AutoScalingGroups',
    'OnPremisesInstanceTagFilters',
    'OnPremisesTagSet',
  ];
  return serverKeys.some((key) => field(properties, key) !== undefined) ? 'Server' : undefined;
}

/** CodeDeploy's configuration when the group names none. */
const DEFAULT_CONFIG: Record<Platform | 'unknown', string> = {
  ECS: 'CodeDeployDefault.ECSAllAtOnce',
  Lambda: 'CodeDeployDefault.LambdaAllAtOnce',
  Server: 'CodeDeployDefault.OneAtATime',
  unknown: 'CodeDeployDefault.AllAtOnce',
};

function readDeploymentConfigName(
  reader: AdapterContext,
  template: Template,
  properties: PlainObject,
  at: PathSegment[],
  notes: string[],
): Traffic {
  const nameAt = [...at, 'DeploymentConfigName'];
  const line = reader.doc.lineOf(nameAt);
  const raw = field(properties, 'DeploymentConfigName');
  if (raw === undefined || raw === null) {
    const name = DEFAULT_CONFIG[computePlatform(template, properties) ?? 'unknown'];
    notes.push(`no DeploymentConfigName: CodeDeploy uses ${name}`);
    return predefinedTraffic(name, line) ?? unknownTraffic(line, name, `${name} is not known`);
  }
  return chooseTraffic(
    template,
    raw,
    'DeploymentConfigName',
    (resolved) => configTraffic(reader, template, resolved, line, false),
    notes,
  );
}

function readAlarmConfiguration(
  reader: AdapterContext,
  template: Template,
  properties: PlainObject,
  at: PathSegment[],
  notes: string[],
): { gates: Gate[]; watching: boolean } {
  const configAt = [...at, 'AlarmConfiguration'];
  const config = field(properties, 'AlarmConfiguration');
  if (config === undefined || config === null) return { gates: [], watching: false };
  if (!isObject(config)) {
    reader.invalid(configAt, `must be a map with Enabled and Alarms, got ${describe(config)}`);
    return { gates: [], watching: false };
  }
  const enabled =
    readFlag(reader, template, field(config, 'Enabled'), [...configAt, 'Enabled'], false, notes) === true;
  const rawAlarms = field(config, 'Alarms');
  const alarms = asArray(rawAlarms);
  if (rawAlarms !== undefined && alarms === undefined) {
    reader.invalid([...configAt, 'Alarms'], `must be a list of {Name: ...}, got ${describe(rawAlarms)}`);
  }
  const gates = (alarms ?? []).map((alarm, index) =>
    metricGate(
      nameOf(template, field(alarm, 'Name')),
      reader.doc.lineOf([...configAt, 'Alarms', index]),
      enabled,
    ),
  );
  if (gates.length > 0 && !enabled) {
    notes.push('AlarmConfiguration is not enabled (Enabled is not true): CodeDeploy ignores its alarms');
  } else if (gates.length === 0 && enabled) {
    notes.push('AlarmConfiguration is enabled but lists no alarm: nothing is watched');
  }
  if (field(config, 'IgnorePollAlarmFailure') === true) {
    notes.push('IgnorePollAlarmFailure: the deployment goes on when CodeDeploy cannot read the alarms');
  }
  return { gates, watching: enabled && gates.length > 0 };
}

function readAutoRollback(
  reader: AdapterContext,
  template: Template,
  properties: PlainObject,
  at: PathSegment[],
  watching: boolean,
  notes: string[],
): Rollback {
  const configAt = [...at, 'AutoRollbackConfiguration'];
  const config = field(properties, 'AutoRollbackConfiguration');
  if (config === undefined || config === null) {
    return {
      automatic: false,
      how: ['no AutoRollbackConfiguration: CodeDeploy does not roll back on its own'],
    };
  }
  if (!isObject(config)) {
    reader.invalid(configAt, `must be a map with Enabled and Events, got ${describe(config)}`);
    return { automatic: false, how: ['AutoRollbackConfiguration cannot be read: read as no rollback'] };
  }
  const enabled = readFlag(
    reader,
    template,
    field(config, 'Enabled'),
    [...configAt, 'Enabled'],
    false,
    notes,
  );
  if (enabled !== true) {
    return {
      automatic: false,
      how: ['AutoRollbackConfiguration is not enabled: CodeDeploy does not roll back on its own'],
    };
  }
  const events = (asArray(field(config, 'Events')) ?? []).filter(
    (event): event is string => typeof event === 'string',
  );
  const how: string[] = [];
  if (events.includes('DEPLOYMENT_FAILURE')) how.push('a failed deployment rolls back');
  if (events.includes('DEPLOYMENT_STOP_ON_ALARM')) {
    if (watching) how.push('an alarm stops and rolls back the deployment');
    else notes.push('DEPLOYMENT_STOP_ON_ALARM never fires: the group has no enabled alarms');
  }
  if (how.length === 0) {
    return {
      automatic: false,
      how: ['AutoRollbackConfiguration rolls back on neither DEPLOYMENT_FAILURE nor an alarm'],
    };
  }
  return { automatic: true, how, line: reader.doc.lineOf(configAt) };
}

function noteDeploymentStyle(properties: PlainObject, notes: string[]): void {
  const style = field(properties, 'DeploymentStyle');
  const type = asString(field(style, 'DeploymentType'));
  if (type === 'BLUE_GREEN') {
    notes.push(
      'DeploymentStyle BLUE_GREEN: the new version is started beside the old one, then traffic moves to it',
    );
  } else if (type === 'IN_PLACE') {
    notes.push('DeploymentStyle IN_PLACE: the application is replaced on the instances where it runs');
  }
  if (field(style, 'DeploymentOption') === 'WITHOUT_TRAFFIC_CONTROL') {
    notes.push(
      'DeploymentOption WITHOUT_TRAFFIC_CONTROL: no load balancer keeps traffic off instances being updated',
    );
  }
}

/** `DeploymentReadyOption.ActionOnTimeout: STOP_DEPLOYMENT`: someone must continue the deployment. */
function readReadyOption(
  reader: AdapterContext,
  properties: PlainObject,
  at: PathSegment[],
  notes: string[],
): Gate | undefined {
  const keys = ['BlueGreenDeploymentConfiguration', 'DeploymentReadyOption', 'ActionOnTimeout'];
  if (path(properties, keys) !== 'STOP_DEPLOYMENT') return undefined;
  const optionAt = [...at, ...keys];
  notes.push(
    'CodeDeploy waits for someone to continue the deployment before traffic moves (ActionOnTimeout: STOP_DEPLOYMENT)',
  );
  return {
    kind: 'approval',
    name: 'DeploymentReadyOption',
    line: reader.doc.lineOf(optionAt),
    effective: true,
  };
}

/** The ECS service or Lambda alias the group deploys, when the template shows it. */
function deliveredTarget(template: Template, id: string, properties: PlainObject): Target | undefined {
  const service = asArray(field(properties, 'ECSServices'))?.[0];
  if (service !== undefined) {
    const [first] = alternativesOf(template, field(service, 'ServiceName'));
    if (first?.resolved.kind === 'ref') return { kind: ECS_SERVICE, name: first.resolved.id };
    const name = first?.resolved.kind === 'value' ? asString(first.resolved.value) : undefined;
    return name !== undefined ? { kind: ECS_SERVICE, name } : undefined;
  }
  for (const [aliasId, alias] of template.resources) {
    if (resourceType(alias) !== LAMBDA_ALIAS) continue;
    const group = path(alias, ['UpdatePolicy', 'CodeDeployLambdaAliasUpdate', 'DeploymentGroupName']);
    const names = alternativesOf(template, group).map((alternative) => alternative.resolved);
    if (
      names.some(
        (name) => (name.kind === 'ref' && name.id === id) || (name.kind === 'value' && name.value === id),
      )
    ) {
      return { kind: LAMBDA_ALIAS, name: aliasId };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// AWS::ECS::Service

function ecsServicePlan(
  reader: AdapterContext,
  template: Template,
  id: string,
  resource: PlainObject,
  groups: RolloutPlan[],
): RolloutPlan {
  const at: PathSegment[] = ['Resources', id, 'Properties'];
  const properties = propertiesOf(reader, id, resource);
  const rollout = readEcsService(reader, properties, at, 'pascal', template);
  const notes = [...rollout.notes];
  const shape: Shape = {
    strategy: rollout.strategy,
    stages: rollout.stages,
    backgroundGates: rollout.backgroundGates,
    rollback: rollout.rollback,
  };
  if (rollout.controller === 'ECS') return resourcePlan(reader, id, resource, shape, notes);

  const serviceName = asString(field(properties, 'ServiceName'));
  const group =
    rollout.controller === 'CODE_DEPLOY'
      ? groups.find(
          (plan) =>
            plan.delivers?.kind === ECS_SERVICE &&
            (plan.delivers.name === id || plan.delivers.name === serviceName),
        )
      : undefined;
  if (group === undefined) {
    notes.unshift(delegatedNote(rollout.controller, 'pascal'));
    return resourcePlan(reader, id, resource, shape, notes);
  }
  // The group's plan is the one judged; this one shows the same rollout from the service's side.
  notes.unshift(
    `DeploymentController CODE_DEPLOY: deployment group ${group.target.name} of this template shifts the traffic`,
  );
  return resourcePlan(
    reader,
    id,
    resource,
    structuredClone({
      strategy: group.strategy,
      stages: group.stages,
      backgroundGates: group.backgroundGates,
      rollback: group.rollback,
    }),
    notes,
    { deliveredBy: group.id },
  );
}

// ---------------------------------------------------------------------------------------------
// Custom resources that create deployment groups

function customGroupPlan(
  reader: AdapterContext,
  template: Template,
  id: string,
  resource: PlainObject,
  type: string,
): RolloutPlan {
  const line = reader.doc.lineOf(['Resources', id, 'Type']);
  const notes = [
    `${type} creates the deployment group through a custom resource: its deployment config, alarms and rollback settings are invisible to static analysis; read as all at once`,
  ];
  const properties = field(resource, 'Properties');
  const configKey = isObject(properties)
    ? Object.keys(properties).find((key) => /^deploymentConfigName$/i.test(key))
    : undefined;
  if (configKey !== undefined) {
    const alternatives = alternativesOf(template, field(properties, configKey));
    const sources = sourcesOf(alternatives);
    const labels = [...new Set(alternatives.map((alternative) => labelOf(alternative.resolved)))];
    notes.push(
      `it passes ${configKey} ${sources.length > 0 ? `from ${sources.join(' and ')}` : labels.join(' or ')}`,
    );
  }
  return resourcePlan(
    reader,
    id,
    resource,
    {
      strategy: 'all-at-once',
      stages: [finalStage(line)],
      backgroundGates: [],
      rollback: {
        automatic: false,
        how: ['the rollback settings of a custom resource are invisible to static analysis'],
      },
    },
    notes,
  );
}
