import { asArray, asString, field, isObject } from './access.js';
import type { PlainObject } from './access.js';
import { clip, describe } from './aws-common.js';
import type { AdapterContext } from './context.js';
import { fieldPath } from './field-text.js';
import type { PathSegment } from './types.js';

/**
 * CloudFormation and SAM templates: reading intrinsic functions (Ref, Fn::If, Fn::Sub,
 * Fn::FindInMap) into the values they can take, flags read through them, and conditions
 * (one template per choice of `Fn::If` branches).
 */
// ---------------------------------------------------------------------------------------------
// Templates and intrinsic functions

/** A CloudFormation or SAM template: the document's top-level map. */
export interface Template {
  value: PlainObject;
  /** Resources by logical id, in template order; entries that are not maps are left out. */
  resources: Map<string, PlainObject>;
}

export function readTemplate(value: unknown): Template | undefined {
  if (!isObject(value)) return undefined;
  const raw = field(value, 'Resources');
  if (!isObject(raw)) return undefined;
  const resources = new Map<string, PlainObject>();
  for (const [id, resource] of Object.entries(raw)) {
    if (isObject(resource)) resources.set(id, resource);
  }
  return { value, resources };
}

export function resourceType(resource: unknown): string | undefined {
  return asString(field(resource, 'Type'));
}

/** Is `value` a single-key map that CloudFormation reads as a function (`Ref`, `Fn::…`)? */
export function isIntrinsic(value: unknown): boolean {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || (keys[0]?.startsWith('Fn::') ?? false));
}

/** What an intrinsic function (or plain value) can evaluate to, as far as the template shows. */
export type Resolved =
  /** Plain data: a string, number, boolean, list or map. */
  | { kind: 'value'; value: unknown }
  /** A resource of this template, by logical id (`Ref`, `Fn::GetAtt`). */
  | { kind: 'ref'; id: string }
  /** `AWS::NoValue`: the property is left out. */
  | { kind: 'none' }
  | { kind: 'unknown'; why: string };

export interface Alternative {
  resolved: Resolved;
  /** The conditions, parameters and mappings the value depends on, in words. */
  sources: string[];
}

const MAX_ALTERNATIVES = 32;

/**
 * Every value `value` can take: both branches of `Fn::If`, the default and allowed values of a
 * parameter, the entries of a mapping. Deploy-time values (pseudo parameters, attributes of
 * other resources) are 'unknown'.
 */
export function alternativesOf(template: Template, value: unknown): Alternative[] {
  return dedupe(resolve(template, value)).slice(0, MAX_ALTERNATIVES);
}

function resolve(template: Template, value: unknown): Alternative[] {
  if (!isIntrinsic(value)) return [{ resolved: { kind: 'value', value }, sources: [] }];
  const [key] = Object.keys(value as PlainObject);
  const argument = field(value, key ?? '');
  switch (key) {
    case 'Ref':
      return resolveRef(template, argument);
    case 'Fn::If':
      return resolveIf(template, argument);
    case 'Fn::Sub':
      return resolveSub(template, argument);
    case 'Fn::FindInMap':
      return resolveFindInMap(template, argument);
    case 'Fn::GetAtt': {
      const id = Array.isArray(argument) ? asString(argument[0]) : asString(argument)?.split('.')[0];
      return [only(id !== undefined && template.resources.has(id) ? { kind: 'ref', id } : unknown(key))];
    }
    default:
      return [only(unknown(key ?? 'an intrinsic function'))];
  }
}

function only(resolved: Resolved, sources: string[] = []): Alternative {
  return { resolved, sources };
}

function unknown(what: string): Resolved {
  return { kind: 'unknown', why: `${what} is only known at deploy time` };
}

function resolveRef(template: Template, name: unknown): Alternative[] {
  if (typeof name !== 'string') return [only(unknown('Ref'))];
  if (name === 'AWS::NoValue') return [only({ kind: 'none' })];
  if (name.startsWith('AWS::')) return [only(unknown(`pseudo parameter ${name}`))];
  if (template.resources.has(name)) return [only({ kind: 'ref', id: name })];
  const parameter = field(field(template.value, 'Parameters'), name);
  if (!isObject(parameter))
    return [only({ kind: 'unknown', why: `${name} is not declared in the template` })];
  return parameterValues(name, parameter);
}

function parameterValues(name: string, parameter: PlainObject): Alternative[] {
  const fallback = field(parameter, 'Default');
  const allowed = asArray(field(parameter, 'AllowedValues')) ?? [];
  const values = [...(fallback !== undefined ? [fallback] : []), ...allowed];
  if (values.length === 0) {
    return [only({ kind: 'unknown', why: `parameter ${name} has no Default or AllowedValues` })];
  }
  const shown = fallback !== undefined ? `default ${scalarText(fallback)}` : 'no default';
  const source =
    allowed.length > 0
      ? `parameter ${name} (${shown}, allowed ${allowed.map(scalarText).join(', ')})`
      : `parameter ${name} (${shown}; any other value can be passed at deploy time)`;
  return values.map((value) => only({ kind: 'value', value }, [source]));
}

function resolveIf(template: Template, argument: unknown): Alternative[] {
  const list = asArray(argument);
  const condition = asString(list?.[0]);
  if (list?.length !== 3 || condition === undefined) return [only(unknown('a malformed Fn::If'))];
  const source = `condition ${condition}`;
  return [...resolve(template, list[1]), ...resolve(template, list[2])].map((alternative) => ({
    resolved: alternative.resolved,
    sources: [source, ...alternative.sources],
  }));
}

/** `Fn::Sub` with `${Name}` taken from its own variables or from parameters. */
function resolveSub(template: Template, argument: unknown): Alternative[] {
  const list = asArray(argument);
  const text = asString(list ? list[0] : argument);
  const own = list?.[1];
  if (text === undefined) return [only(unknown('a malformed Fn::Sub'))];

  let partials: { text: string; sources: string[] }[] = [{ text: '', sources: [] }];
  const pieces = text.split(/(\$\{[^}]*\})/);
  for (const piece of pieces) {
    const variable = /^\$\{([^!][^}]*)\}$/.exec(piece)?.[1]?.trim();
    if (variable === undefined) {
      const literal = piece.replace(/^\$\{!/, '${');
      partials = partials.map((partial) => ({ ...partial, text: partial.text + literal }));
      continue;
    }
    const values =
      field(own, variable) !== undefined
        ? resolve(template, field(own, variable))
        : resolveRef(template, variable);
    const next: typeof partials = [];
    for (const partial of partials) {
      for (const value of values) {
        const piece = value.resolved.kind === 'value' ? scalarOrUndefined(value.resolved.value) : undefined;
        if (piece === undefined) {
          const why =
            value.resolved.kind === 'unknown' ? value.resolved.why : `\${${variable}} is not a plain value`;
          return [only({ kind: 'unknown', why }, value.sources)];
        }
        next.push({ text: partial.text + piece, sources: [...partial.sources, ...value.sources] });
      }
    }
    partials = next.slice(0, MAX_ALTERNATIVES);
  }
  return partials.map((partial) => only({ kind: 'value', value: partial.text }, partial.sources));
}

function resolveFindInMap(template: Template, argument: unknown): Alternative[] {
  const list = asArray(argument);
  const mapName = asString(list?.[0]);
  const mapping = mapName === undefined ? undefined : field(field(template.value, 'Mappings'), mapName);
  if (list?.length !== 3 || mapName === undefined || !isObject(mapping)) {
    return [only(unknown('a Fn::FindInMap on a mapping that is not in the template'))];
  }
  const source = `mapping ${mapName}`;
  const results: Alternative[] = [];
  for (const top of keyAlternatives(template, list[1], Object.keys(mapping))) {
    const entry = field(mapping, top.key);
    const seconds = isObject(entry) ? Object.keys(entry) : [];
    for (const second of keyAlternatives(template, list[2], seconds)) {
      const value = field(entry, second.key);
      if (value === undefined) continue;
      results.push(only({ kind: 'value', value }, [source, ...top.sources, ...second.sources]));
    }
  }
  return results.length > 0 ? results : [only(unknown('a Fn::FindInMap with no matching entry'))];
}

/** The keys a FindInMap argument can be; every key of the level when it is only known at deploy time. */
function keyAlternatives(
  template: Template,
  value: unknown,
  keys: string[],
): { key: string; sources: string[] }[] {
  return resolve(template, value).flatMap((alternative) => {
    const key =
      alternative.resolved.kind === 'value' ? scalarOrUndefined(alternative.resolved.value) : undefined;
    return key !== undefined
      ? [{ key, sources: alternative.sources }]
      : keys.map((each) => ({ key: each, sources: alternative.sources }));
  });
}

function scalarOrUndefined(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function scalarText(value: unknown): string {
  return clip(scalarOrUndefined(value) ?? describe(value), 80);
}

function dedupe(alternatives: Alternative[]): Alternative[] {
  const seen = new Set<string>();
  return alternatives.filter((alternative) => {
    const key = JSON.stringify(alternative.resolved);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How a resolved value reads in a note: the string, the resource's logical id. */
export function labelOf(resolved: Resolved): string {
  switch (resolved.kind) {
    case 'value':
      return scalarText(resolved.value);
    case 'ref':
      return resolved.id;
    case 'none':
      return 'AWS::NoValue';
    case 'unknown':
      return 'a value known only at deploy time';
  }
}

/** The name a Ref, GetAtt or string gives a function, alarm or hook. */
export function nameOf(template: Template | undefined, value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  const ref = asString(field(value, 'Ref'));
  const isParameter = ref !== undefined && field(field(template?.value, 'Parameters'), ref) !== undefined;
  if (ref !== undefined && !isParameter) return ref;
  const getAtt = field(value, 'Fn::GetAtt');
  const owner = Array.isArray(getAtt) ? asString(getAtt[0]) : asString(getAtt)?.split('.')[0];
  if (owner !== undefined) return owner;
  if (!template) return undefined;
  const [first] = alternativesOf(template, value);
  if (first?.resolved.kind === 'ref') return first.resolved.id;
  if (first?.resolved.kind === 'value') return scalarOrUndefined(first.resolved.value);
  return undefined;
}

export function sourcesOf(alternatives: readonly Alternative[]): string[] {
  return [...new Set(alternatives.flatMap((alternative) => alternative.sources))];
}

/** SAM: `Transform: AWS::Serverless-2016-10-31` or any `AWS::Serverless::*` resource. */
export function isSamTemplate(template: Template): boolean {
  const transform = field(template.value, 'Transform');
  const transforms = Array.isArray(transform) ? transform : [transform];
  if (transforms.some((name) => typeof name === 'string' && name.startsWith('AWS::Serverless'))) return true;
  for (const resource of template.resources.values()) {
    if (resourceType(resource)?.startsWith('AWS::Serverless::')) return true;
  }
  return false;
}

/**
 * A true/false property; CloudFormation also takes the strings "true" and "false". Intrinsic
 * functions and invalid values are read as `weak`, the value that turns the safety off.
 */
export function readFlag(
  reader: AdapterContext,
  template: Template | undefined,
  value: unknown,
  at: readonly PathSegment[],
  weak: boolean,
  notes: string[],
): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.toLowerCase() : undefined;
  if (template !== undefined && (text === 'true' || text === 'false')) return text === 'true';
  if (template !== undefined && isIntrinsic(value)) {
    const alternatives = alternativesOf(template, value);
    const flags = alternatives.map((alternative) =>
      alternative.resolved.kind === 'value' ? flagOf(alternative.resolved.value) : undefined,
    );
    const result = flags.some((flag) => flag === undefined || flag === weak) ? weak : !weak;
    const sources = sourcesOf(alternatives);
    notes.push(
      `${fieldPath(at)} depends on ${sources.length > 0 ? sources.join(' and ') : 'intrinsic functions'}; read as ${result}`,
    );
    return result;
  }
  reader.invalid(at, `must be true or false, got ${describe(value)}; read as ${weak}`);
  return weak;
}

function flagOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.toLowerCase() : undefined;
  return text === 'true' ? true : text === 'false' ? false : undefined;
}

// ---------------------------------------------------------------------------------------------
// Conditions: one template per choice

/** The condition names `Fn::If` uses anywhere in `value`, sorted. */
export function conditionNames(value: unknown): string[] {
  const names = new Set<string>();
  const walk = (node: unknown, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    if (!isObject(node)) return;
    const branches = asArray(field(node, 'Fn::If'));
    const condition = asString(branches?.[0]);
    if (isIntrinsic(node) && condition !== undefined) names.add(condition);
    for (const child of Object.values(node)) walk(child, depth + 1);
  };
  walk(value, 0);
  return [...names].sort();
}

/**
 * `value` with each `Fn::If` on a condition of `choice` replaced by the branch it takes, and a
 * property or list item that becomes `AWS::NoValue` left out, as CloudFormation does.
 */
export function specialize(value: unknown, choice: ReadonlyMap<string, boolean>): unknown {
  const NO_VALUE = Symbol('no value');
  const walk = (node: unknown, depth: number): unknown => {
    if (depth > 64) return node;
    if (Array.isArray(node)) {
      return node.map((item) => walk(item, depth + 1)).filter((item) => item !== NO_VALUE);
    }
    if (!isObject(node)) return node;
    if (isIntrinsic(node)) {
      const branches = asArray(field(node, 'Fn::If'));
      const condition = asString(branches?.[0]);
      const taken = condition === undefined ? undefined : choice.get(condition);
      if (branches?.length === 3 && taken !== undefined) return walk(branches[taken ? 1 : 2], depth + 1);
      if (field(node, 'Ref') === 'AWS::NoValue') return NO_VALUE;
    }
    const out: PlainObject = {};
    for (const [key, child] of Object.entries(node)) {
      const next = walk(child, depth + 1);
      if (next !== NO_VALUE) out[key] = next;
    }
    return out;
  };
  const result = walk(value, 0);
  return result === NO_VALUE ? undefined : result;
}

/** Every assignment of true/false to the names, in a stable order (all false first). */
export function assignments(names: readonly string[]): Map<string, boolean>[] {
  const result: Map<string, boolean>[] = [];
  for (let bits = 0; bits < 2 ** names.length; bits++) {
    result.push(new Map(names.map((name, index) => [name, (bits & (1 << index)) !== 0])));
  }
  return result;
}

/** "condition IsProd is true", as plan variants and messages say it. */
export function describeChoice(choice: ReadonlyMap<string, boolean>): string[] {
  return [...choice].map(([name, taken]) => `condition ${name} is ${taken}`);
}
