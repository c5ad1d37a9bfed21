import type { Gate, RolloutPlan, Stage } from '../core/model.js';
import { asArray, asString, field, isObject, path } from './access.js';
import { clip, describe, webhookGate } from './aws-common.js';
import { finalStage } from './aws-traffic.js';
import { AdapterContext } from './context.js';
import { planId } from './plan-id.js';
import type { AdapterResult, FormatAdapter, PathSegment, SourceDocument } from './types.js';

/**
 * CodeDeploy AppSpec files (`version: 0.0`). For ECS and Lambda the file names the hooks that
 * test the new version; how traffic shifts lives in the deployment group, which it does not show.
 * An EC2/on-premises AppSpec (`files:`, `hooks:` running scripts) is recognised but holds no
 * traffic shifting of its own.
 */
export const awsCodeDeploy: FormatAdapter = {
  id: 'aws-codedeploy',
  detect(doc) {
    return isAppSpec(doc.value);
  },
  toPlans(doc) {
    // An AppSpec without Resources (an EC2/on-premises one) has no traffic to shift.
    if (field(doc.value, 'Resources') === undefined) return { plans: [], diagnostics: [] };
    return appSpecPlans(doc);
  },
};

const APPSPEC_KEYS = ['Resources', 'Hooks', 'files', 'hooks', 'os'];

function isAppSpec(value: unknown): boolean {
  if (!isObject(value)) return false;
  // `version: 0.0` is the number 0 to a YAML 1.2 parser; JSON AppSpecs may quote it.
  const version = field(value, 'version');
  if (version !== 0 && version !== '0.0') return false;
  return APPSPEC_KEYS.some((key) => field(value, key) !== undefined);
}

/** Hooks that run before production traffic reaches the new version, by platform. */
const BEFORE_TRAFFIC: Record<Platform, Set<string>> = {
  ECS: new Set(['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic']),
  Lambda: new Set(['BeforeAllowTraffic']),
};
const AFTER_TRAFFIC = 'AfterAllowTraffic';

type Platform = 'ECS' | 'Lambda';

const TRAFFIC_NOTE =
  'traffic shifting is set by the CodeDeploy deployment group, which this file does not show';

function appSpecPlans(doc: SourceDocument): AdapterResult {
  const reader = new AdapterContext(doc);
  const notes = [TRAFFIC_NOTE];
  const resource = readResource(reader);
  const before: Gate[] = [];
  const after: Gate[] = [];
  readHooks(reader, resource.platform, notes, before, after);

  const stages: Stage[] = [];
  const first = before[0];
  if (first !== undefined) stages.push({ weight: 0, hold: 0, gates: before, line: first.line });
  stages.push({ ...finalStage(doc.lineOf(['Resources'])), gates: after });

  const plan: RolloutPlan = {
    id: planId('aws-codedeploy', 'AppSpec', doc),
    format: 'aws-codedeploy',
    file: doc.file,
    line: doc.lineOf(['version']),
    target: { kind: 'AppSpec', name: resource.name ?? doc.file },
    strategy: 'all-at-once',
    stages,
    backgroundGates: [],
    rollback: {
      automatic: false,
      how: [
        'the CodeDeploy deployment group, which this file does not show, decides whether a failure rolls back',
      ],
    },
    bypasses: [],
    notes,
  };
  return { plans: [plan], diagnostics: reader.diagnostics };
}

/** The one target resource: `TargetService` (ECS) or a Lambda function, and the name it goes by. */
function readResource(reader: AdapterContext): { platform: Platform | undefined; name: string | undefined } {
  const at: PathSegment[] = ['Resources'];
  const raw = field(reader.doc.value, 'Resources');
  const resources = asArray(raw);
  if (resources === undefined) {
    reader.invalid(at, `must be a list holding the target service or function, got ${describe(raw)}`);
    return { platform: undefined, name: undefined };
  }
  const entry = resources[0];
  const [key] = isObject(entry) ? Object.keys(entry) : [];
  const body = key === undefined ? undefined : field(entry, key);
  const type = asString(field(body, 'Type'));
  if (type === 'AWS::ECS::Service') {
    return {
      platform: 'ECS',
      name: nonBlank(path(body, ['Properties', 'LoadBalancerInfo', 'ContainerName'])),
    };
  }
  if (type === 'AWS::Lambda::Function') {
    return { platform: 'Lambda', name: nonBlank(path(body, ['Properties', 'Name'])) };
  }
  reader.invalid([...at, 0], 'must be a target with Type AWS::ECS::Service or AWS::Lambda::Function');
  return { platform: undefined, name: undefined };
}

function nonBlank(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Hooks that test the new version before traffic reaches it gate a weight-0 stage; AfterAllowTraffic gates the end. */
function readHooks(
  reader: AdapterContext,
  platform: Platform | undefined,
  notes: string[],
  before: Gate[],
  after: Gate[],
): void {
  const at: PathSegment[] = ['Hooks'];
  const raw = field(reader.doc.value, 'Hooks');
  if (raw === undefined || raw === null) {
    notes.push('no Hooks: nothing tests the new version before or after traffic reaches it');
    return;
  }
  const hooks = asArray(raw);
  if (hooks === undefined) {
    reader.invalid(at, `must be a list of {LifecycleEvent: function}, got ${describe(raw)}`);
    return;
  }
  const known = BEFORE_TRAFFIC[platform ?? 'ECS'];
  hooks.forEach((hook, index) => {
    const [event] = isObject(hook) ? Object.keys(hook) : [];
    if (event === undefined) {
      reader.invalid([...at, index], `must be a map {LifecycleEvent: function}, got ${describe(hook)}`);
      return;
    }
    const line = reader.doc.lineOf([...at, index, event]);
    const target = nonBlank(field(hook, event));
    if (target === undefined) {
      notes.push(`hook ${event} names no function (a placeholder?): it cannot check anything`);
    }
    const gate = webhookGate(target, line, target !== undefined);
    if (known.has(event)) before.push(gate);
    else if (event === AFTER_TRAFFIC) after.push(gate);
    else
      notes.push(
        `hook ${clip(event)} is not a ${platform ?? 'ECS'} AppSpec lifecycle event; CodeDeploy rejects it`,
      );
  });
}
