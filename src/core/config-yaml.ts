import type { ErrorObject, ValidateFunction } from 'ajv';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { RULE_IDS } from './model.js';
import { closest } from './suggest.js';

/** A problem in a configuration file, with the position of the offending key or value. */
export interface ConfigError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export type ConfigResult =
  | {
      ok: true;
      data: unknown;
      /** 1-based line of the node at a path (closest ancestor if absent). */ lineOf: (
        path: (string | number)[],
      ) => number;
    }
  | { ok: false; errors: ConfigError[] };

/**
 * Reads a YAML configuration file and validates it against a JSON Schema. Never throws; every
 * problem comes back with the file, line and column of the key at fault, in words an admin can
 * act on.
 */
export function readConfigYaml(
  text: string,
  file: string,
  validate: ValidateFunction,
  what: string,
): ConfigResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    merge: false,
    // The yaml package compares each key with every earlier one (quadratic in a 70,000-key map,
    // and the exemptions file comes from the pull request): keys are checked below, once each.
    uniqueKeys: false,
    prettyErrors: false,
    // Its warnings ("Keys with collection values will be stringified") would go to the terminal.
    logLevel: 'error',
  });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length > 0) {
    return {
      ok: false,
      errors: yamlProblems.map((e) => ({
        ...at(e.pos[0]),
        message: `not valid YAML: ${e.message.split(/ at line \d+, column \d+/)[0]}`,
      })),
    };
  }
  const keyProblems = keyErrors(doc.contents);
  if (keyProblems.length > 0) {
    return { ok: false, errors: keyProblems.map(({ offset, message }) => ({ ...at(offset), message })) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch {
    return { ok: false, errors: [{ ...at(0), message: 'too many YAML aliases' }] };
  }
  if (data === null || data === undefined) {
    return {
      ok: false,
      errors: [{ ...at(0), message: `the ${what} is empty; it needs at least \`version: 1\`` }],
    };
  }
  // Every mistake at once: a day that is no day of the calendar is one too, whatever else is wrong.
  const dates = calendarErrors(data).map(({ segments, message }) => ({
    ...at(positionOf(doc.contents, segments, false)),
    message,
  }));
  if (!validate(data) || dates.length > 0) {
    const errors = [...explainSchemaErrors(validate.errors ?? [], doc.contents, at, what), ...dates];
    return { ok: false, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  const lineOf = (path: (string | number)[]) => at(positionOf(doc.contents, path.map(String), false)).line;
  return { ok: true, data, lineOf };
}

/**
 * Repeated keys (a later one would silently override the earlier) and keys that are maps or
 * lists (which JSON cannot hold), in one pass over the document: a Set per map, not a comparison
 * of every key with every other.
 */
function keyErrors(root: unknown): { offset: number; message: string }[] {
  const errors: { offset: number; message: string }[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0 && errors.length < 20) {
    const node = stack.pop();
    if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null;
        const offset = key?.range?.[0] ?? 0;
        if (!isScalar(key)) {
          errors.push({
            offset,
            message: 'not valid YAML: a key must be a plain value, not a map or a list',
          });
          continue;
        }
        const name = String(key.value);
        if (seen.has(name)) {
          const shown = /^[A-Za-z0-9_./-]{1,60}$/.test(name) ? `the key \`${name}\`` : 'a key';
          errors.push({ offset, message: `not valid YAML: ${shown} appears twice in one map` });
        }
        seen.add(name);
        stack.push(pair.value);
      }
    }
  }
  return errors.sort((a, b) => a.offset - b.offset);
}

/** Keys whose value the schemas take as a day, YYYY-MM-DD: the pattern cannot tell 02-30 from 02-28. */
const DATE_KEYS = new Set(['enforceFrom', 'expires']);

/**
 * Days that have the form of a date but are none (2027-02-30, 2026-04-31): `new Date` would roll
 * them over into the next month without a word, so each is a mistake of its own.
 */
function calendarErrors(data: unknown): { segments: string[]; message: string }[] {
  const errors: { segments: string[]; message: string }[] = [];
  const visit = (value: unknown, segments: string[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...segments, String(index)]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const path = [...segments, key];
        if (DATE_KEYS.has(key) && typeof child === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(child)) {
          const day = new Date(`${child}T00:00:00Z`);
          if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== child) {
            const [year = 0, month = 1] = child.split('-').map(Number);
            const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
            const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', {
              month: 'long',
              timeZone: 'UTC',
            });
            errors.push({
              segments: path,
              message: `\`${displayPath(path)}\` is not a day of the calendar (got "${child}"): ${name} ${year} has ${days} days`,
            });
          }
        } else visit(child, path);
      }
    }
  };
  visit(data, []);
  return errors;
}

/** The type of JSON value each keyword judges: an error of another type's keyword is another branch's. */
const KEYWORD_TYPE: Record<string, string> = {
  required: 'object',
  additionalProperties: 'object',
  minProperties: 'object',
  maxProperties: 'object',
  propertyNames: 'object',
  pattern: 'string',
  minLength: 'string',
  maxLength: 'string',
  format: 'string',
  minimum: 'number',
  maximum: 'number',
  exclusiveMinimum: 'number',
  exclusiveMaximum: 'number',
  multipleOf: 'number',
  minItems: 'array',
  maxItems: 'array',
  uniqueItems: 'array',
};

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Whether an error judges a value of the data's own type (a pattern judges a string, say). */
function fitsData(error: ErrorObject): boolean {
  const type = jsonType(error.data);
  if (error.keyword === 'enum' || error.keyword === 'const') {
    const allowed =
      error.keyword === 'enum' ? (error.params.allowedValues as unknown[]) : [error.params.allowedValue];
    return allowed.some((value) => jsonType(value) === type);
  }
  const wanted = KEYWORD_TYPE[error.keyword];
  return wanted === undefined || wanted === type;
}

/**
 * One explanation per mistake. Where the schema allows alternatives (a duration is a number or a
 * string; a rule's setting a level or a mapping), ajv reports why every alternative failed: a
 * string "10 minutes" is not a whole number, and does not have the duration's form. Only the
 * alternative of the value's own type explains the mistake: the errors of the others are dropped.
 * Below the alternatives, deeper errors win (the mapping's bad `level` over "must be a level");
 * at the value itself, errors of keywords for its own type win; when none is (a list where a
 * number or a string goes), the type errors become one "must be A or B".
 */
export function mergeAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  let kept = errors.filter((e) => e.keyword !== 'if');
  // A rule id that is not one: propertyNames says so; the enum behind it would list every id.
  const badNames = new Set(kept.filter((e) => e.keyword === 'propertyNames').map((e) => e.instancePath));
  kept = kept.filter(
    (e) =>
      !(
        badNames.has(e.instancePath) &&
        e.keyword !== 'propertyNames' &&
        (e as { propertyName?: string }).propertyName !== undefined
      ),
  );
  const alternatives = kept
    .filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
    .sort((a, b) => a.instancePath.length - b.instancePath.length);
  for (const alternative of alternatives) {
    const at = alternative.instancePath;
    const inScope = (e: ErrorObject) =>
      e !== alternative &&
      e.keyword !== 'oneOf' &&
      e.keyword !== 'anyOf' &&
      (e.instancePath === at || e.instancePath.startsWith(`${at}/`));
    const scope = kept.filter(inScope);
    const deeper = scope.some((e) => e.instancePath !== at);
    let drop: ErrorObject[];
    let add: ErrorObject[] = [];
    if (deeper) drop = scope.filter((e) => e.instancePath === at);
    else {
      const fitting = scope.filter((e) => e.keyword !== 'type' && fitsData(e));
      if (fitting.length > 0) drop = scope.filter((e) => !fitting.includes(e));
      else {
        drop = scope;
        const types = [
          ...new Set(scope.filter((e) => e.keyword === 'type').map((e) => String(e.params.type))),
        ];
        const values = scope.flatMap((e) =>
          e.keyword === 'enum'
            ? (e.params.allowedValues as unknown[] as readonly unknown[])
            : e.keyword === 'const'
              ? [e.params.allowedValue]
              : [],
        );
        const first = scope[0];
        if (first) add = [{ ...first, keyword: 'alternatives', params: { types, values } }];
      }
    }
    kept = [...kept.filter((e) => e !== alternative && !drop.includes(e)), ...add];
  }
  return kept;
}

function explainSchemaErrors(
  errors: ErrorObject[],
  root: unknown,
  at: (offset: number) => { file: string; line: number; column: number },
  what: string,
): ConfigError[] {
  const seen = new Set<string>();
  const result: ConfigError[] = [];
  for (const error of mergeAlternatives(errors)) {
    const segments = pointerSegments(error.instancePath);
    const name = displayPath(segments);
    let target = segments;
    let message: string;
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(error.params.additionalProperty);
        target = [...segments, key];
        const known = Object.keys(
          (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
        );
        const hint = closest(key, known);
        message = `\`${displayPath(target)}\` is not a known key${hint ? ` (did you mean \`${hint}\`?)` : ''}; allowed here: ${known.join(', ')}`;
        break;
      }
      case 'propertyNames': {
        const key = String(error.params.propertyName);
        target = [...segments, key];
        message = `\`${key}\` is not a rule id${closestRuleHint(key)}`;
        break;
      }
      case 'enum': {
        const values = error.params.allowedValues as unknown[];
        if (
          typeof error.data === 'string' &&
          values.length === RULE_IDS.length &&
          values.every((v) => (RULE_IDS as readonly unknown[]).includes(v))
        ) {
          // A rule id: one message, with the id it was probably meant to be, not every id there is.
          message = `\`${name}\` is ${JSON.stringify(error.data)}, which is not a rule id${closestRuleHint(error.data)}`;
          break;
        }
        const allowed = values.map((v) => JSON.stringify(v)).join(', ');
        const hint =
          typeof error.data === 'string'
            ? closest(
                error.data,
                values.filter((v): v is string => typeof v === 'string'),
              )
            : undefined;
        message = `\`${name}\` must be one of ${allowed} (got ${JSON.stringify(error.data)})${hint ? `; did you mean ${JSON.stringify(hint)}?` : ''}`;
        break;
      }
      case 'type':
        message = `\`${name}\` must be ${article(String(error.params.type))} (got ${describe(error.data)})`;
        break;
      case 'alternatives': {
        // No alternative fits the value's type: what each would take, as one list.
        const { types, values } = error.params as { types: string[]; values: unknown[] };
        const options = [...values.map((v) => JSON.stringify(v)), ...types.map((t) => article(t))];
        const list =
          options.length > 1
            ? `${options.slice(0, -1).join(', ')} or ${options.at(-1)}`
            : (options[0] ?? 'something else');
        message = `\`${name}\` must be ${list} (got ${describe(error.data)})`;
        break;
      }
      case 'required':
        message = `${name === '' ? `the ${what}` : `\`${name}\``} needs \`${String(error.params.missingProperty)}\``;
        break;
      case 'const':
        message = `\`${name}\` must be ${JSON.stringify(error.params.allowedValue)} (got ${JSON.stringify(error.data)})`;
        break;
      case 'pattern':
        message = `\`${name}\` has the wrong form (got ${JSON.stringify(error.data)})${patternHint(segments)}`;
        break;
      case 'minimum':
      case 'maximum':
      case 'minLength':
      case 'minItems':
      case 'minProperties':
      case 'uniqueItems':
        message = `\`${name}\` ${error.message ?? 'is invalid'} (got ${describe(error.data)})`;
        break;
      default:
        message = `\`${name}\` ${error.message ?? 'is invalid'}`;
    }
    const position = positionOf(
      root,
      target,
      error.keyword === 'additionalProperties' || error.keyword === 'propertyNames',
    );
    const key = `${position}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ ...at(position), message });
  }
  return result.sort((a, b) => a.line - b.line || a.column - b.column);
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function displayPath(segments: string[]): string {
  return segments.reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc === '' ? s : `${acc}.${s}`), '');
}

/** Offset of the node at `segments`; the key itself when `atKey`; else the closest ancestor. */
function positionOf(root: unknown, segments: string[], atKey: boolean): number {
  let node = root as YamlNode | null;
  let best = node?.range?.[0] ?? 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      const keyNode = pair.key as YamlNode;
      const last = i === segments.length - 1;
      if (last && atKey) return keyNode.range?.[0] ?? best;
      node = pair.value as YamlNode | null;
      best = node?.range?.[0] ?? keyNode.range?.[0] ?? best;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as YamlNode | undefined;
      if (!item) break;
      node = item;
      best = item.range?.[0] ?? best;
    } else {
      break;
    }
  }
  return best;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function article(type: string): string {
  const words: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
  };
  return type
    .split(',')
    .map((t) => words[t] ?? t)
    .join(' or ');
}

function patternHint(segments: string[]): string {
  const last = segments[segments.length - 1] ?? '';
  if (last === 'enforceFrom') return '; write a date as YYYY-MM-DD';
  if (last === 'minHold') return '; write a duration such as 5m, 1h30m or a number of seconds';
  if (segments.includes('allowedHosts')) return '; write a host name such as ci.example.com or *.example.com';
  if (last === 'name') return '; use letters, digits, ., _ and -';
  return '';
}

function closestRuleHint(key: string): string {
  const ids: readonly string[] = RULE_IDS;
  const hint = closest(key, ids);
  return hint ? ` (did you mean \`${hint}\`?)` : `; known rules: ${ids.join(', ')}`;
}
