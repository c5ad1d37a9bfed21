/**
 * The generated parts of the documentation, from what the code itself declares: the policy
 * reference from the schema's descriptions, the Action's inputs and outputs from action.yml, each
 * command's help from the CLI, the rule reference from the catalogue. `npm run docs` writes them
 * (scripts/generate-docs.mjs); test/docs.test.ts fails when a page is not what this would write.
 * Each is markdown that prettier leaves as it is: lists and code blocks, no tables to pad.
 */
import { COMMAND_HELP } from '../../src/cli/help.js';
import { rulesMarkdown } from '../../src/cli/rules.js';
import { pipelineReference } from './ci-pipelines.js';

/** A generated part of a page: the file, and the name of its `<!-- generated:NAME:start -->` markers. */
export interface GeneratedSection {
  file: string;
  name: string;
  build: (sources: DocSources) => string;
}

/** What the generated parts are made of, read by the caller (the test, or the generator script). */
export interface DocSources {
  policySchema: JsonSchema;
  action: { inputs: Record<string, ActionItem>; outputs: Record<string, ActionItem> };
}

export interface ActionItem {
  description?: string;
  default?: unknown;
  required?: boolean;
}

export interface JsonSchema {
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  required?: string[];
}

/**
 * Markdown text outside code: `*` and `_` would start emphasis (`canary/*, rollback/*` is no
 * emphasis), so they are escaped; code spans are left alone.
 */
function prose(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/([*_<>])/g, '\\$1')))
    .join('');
}

/** A schema node with its `$ref` followed (the node's own description wins over the definition's). */
function resolve(node: JsonSchema, root: JsonSchema): JsonSchema & { definition?: string } {
  if (node.$ref === undefined) return node;
  const name = node.$ref.replace('#/definitions/', '');
  const target = root.definitions?.[name] ?? {};
  return { ...target, ...node, $ref: undefined, definition: name } as JsonSchema & { definition?: string };
}

function defaultText(value: unknown): string {
  if (Array.isArray(value))
    return value.length === 0 ? 'none' : value.map((v) => `\`${String(v)}\``).join(', ');
  if (value !== null && typeof value === 'object') return Object.keys(value).length === 0 ? 'none' : '`…`';
  return `\`${String(value)}\``;
}

/** "Description. Default: …" — the schema's default when the description does not say it. */
function describeKey(node: JsonSchema): string {
  const text = prose(node.description ?? '');
  if (node.default === undefined || /Default:/.test(node.description ?? '')) return text;
  return `${text}${text === '' || /[.!?]$/.test(text) ? '' : '.'} Default: ${defaultText(node.default)}.`;
}

/** The key paths of a schema, in its order, each with what the reference says of it. */
export function policyKeys(schema: JsonSchema): { path: string; text: string; depth: number }[] {
  const keys: { path: string; text: string; depth: number }[] = [];
  const printed = new Map<string, string>();
  const visit = (raw: JsonSchema, path: string, depth: number) => {
    const node = resolve(raw, schema);
    const objectNode =
      node.properties !== undefined ? node : node.items ? resolve(node.items, schema) : undefined;
    const definition = (node as { definition?: string }).definition;
    const same = definition !== undefined ? printed.get(definition) : undefined;
    let text = describeKey(node);
    if (same !== undefined && node.properties !== undefined) {
      text = `${text} The same keys as \`${same}\`.`.trim();
    }
    if (path !== '') keys.push({ path, text, depth });
    if (same !== undefined) return;
    if (definition !== undefined && node.properties !== undefined) printed.set(definition, path);
    const children = objectNode?.properties ?? {};
    const prefix = path === '' ? '' : node.properties !== undefined ? `${path}.` : `${path}[].`;
    for (const [name, child] of Object.entries(children)) {
      if (path === '' && name === '$schema') continue;
      visit(child, `${prefix}${name}`, depth + 1);
    }
    if (typeof node.additionalProperties === 'object') {
      visit(node.additionalProperties, `${path}.<rule id>`, depth + 1);
    }
  };
  visit(schema, '', 0);
  return keys;
}

/** The policy reference: each top-level key as a heading, the keys under it as a list. */
export function policyReference(sources: DocSources): string {
  const blocks: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length > 0) blocks.push(list.join('\n'));
    list = [];
  };
  for (const key of policyKeys(sources.policySchema)) {
    if (key.depth === 1) {
      flush();
      blocks.push(`### \`${key.path}\``, key.text);
    } else {
      list.push(`${'  '.repeat(key.depth - 2)}- \`${key.path}\`: ${key.text}`);
    }
  }
  flush();
  return blocks.join('\n\n');
}

function actionList(items: Record<string, ActionItem>, withDefaults: boolean): string {
  return Object.entries(items)
    .map(([name, item]) => {
      const fallback =
        withDefaults && item.default !== undefined
          ? ` Default: ${item.default === '' ? 'empty' : `\`${String(item.default)}\``}.`
          : '';
      const text = prose((item.description ?? '').trim());
      return `- \`${name}\`: ${text}${text === '' || /[.!?]$/.test(text) ? '' : '.'}${fallback}`;
    })
    .join('\n');
}

/** The Action's inputs, from action.yml, each with its default. */
export function actionInputs(sources: DocSources): string {
  return actionList(sources.action.inputs, true);
}

/** The Action's outputs, from action.yml. */
export function actionOutputs(sources: DocSources): string {
  return actionList(sources.action.outputs, false);
}

/** The commands in the order `rollout-guard help` lists them, `help` itself last. */
export const CLI_COMMANDS = [
  'check',
  'explain',
  'init',
  'validate-policy',
  'rules',
  'exemptions',
  'history',
  'org-report',
];

/** Each command's help, exactly as `rollout-guard help COMMAND` prints it. */
export function cliReference(): string {
  return CLI_COMMANDS.map((command) => {
    const help = COMMAND_HELP[command] ?? '';
    return `### \`${command}\`\n\n\`\`\`text\n${help.trimEnd()}\n\`\`\``;
  }).join('\n\n');
}

/** docs/rules.md as a whole: `rollout-guard rules --format markdown > docs/rules.md` writes it too. */
export function rulesPage(): string {
  return rulesMarkdown();
}

export const GENERATED: readonly GeneratedSection[] = [
  { file: 'docs/policy.md', name: 'policy-reference', build: policyReference },
  { file: 'docs/action.md', name: 'action-inputs', build: actionInputs },
  { file: 'docs/action.md', name: 'action-outputs', build: actionOutputs },
  { file: 'docs/cli.md', name: 'cli-commands', build: cliReference },
  { file: 'docs/ci-pipelines.md', name: 'pipeline-reference', build: pipelineReference },
];

const marker = (name: string, end: 'start' | 'end') => `<!-- generated:${name}:${end} -->`;

/** The text between a section's markers; undefined when the page has no such section. */
export function sectionOf(text: string, name: string): string | undefined {
  const start = text.indexOf(marker(name, 'start'));
  const end = text.indexOf(marker(name, 'end'));
  if (start < 0 || end < start) return undefined;
  return text.slice(start + marker(name, 'start').length, end).replace(/^\n+|\n+$/g, '');
}

/** The page with the section between its markers replaced by `body`. */
export function withSection(text: string, name: string, body: string): string {
  const start = text.indexOf(marker(name, 'start'));
  const end = text.indexOf(marker(name, 'end'));
  if (start < 0 || end < start) throw new Error(`no ${marker(name, 'start')} … ${marker(name, 'end')}`);
  const note = '<!-- generated by npm run docs; do not edit -->';
  return `${text.slice(0, start)}${marker(name, 'start')}\n${note}\n\n${body}\n\n${text.slice(end)}`;
}

/** The section as the page holds it, without the "do not edit" note. */
export function generatedBody(text: string, name: string): string | undefined {
  return sectionOf(text, name)?.replace(/^<!-- generated by npm run docs; do not edit -->\n+/, '');
}
