import {
  LineCounter,
  Pair,
  Scalar,
  YAMLMap,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
} from 'yaml';
import type { Document, Node as YamlNode, Tags, YAMLSeq } from 'yaml';
import type { Diagnostic } from '../core/model.js';
import type { PathSegment, SourceDocument } from './types.js';

export interface ParseLimits {
  /** Files larger than this are rejected before parsing. Default: 2 MiB. */
  maxBytes: number;
  /** Deepest nesting of collections accepted. Default: 64. */
  maxDepth: number;
  /** Most alias expansions accepted in one document. Default: 100. */
  maxAliases: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
};

export interface ParsedFile {
  documents: SourceDocument[];
  /** Problems that make the file, or one of its documents, impossible to judge. */
  diagnostics: Diagnostic[];
  /** True when the text holds template actions (Helm/Go `{{ .Values.x }}`) and cannot be judged as is. */
  templated: boolean;
}

// Go-template actions as Helm writes them. Argo's `{{args.x}}` and Flagger's `{{ namespace }}`
// are the controllers' own substitutions inside valid YAML, and `${{ … }}` are Azure Pipelines and
// GitHub Actions expressions: none of them count.
const TEMPLATE_ACTION =
  /(?<!\$)\{\{-?\s*(?:\.[A-Za-z]|\$|(?:include|template|if|else|end|range|with|define|toYaml|tpl|printf|default|required|quote|block|fail|lookup)\b)/;

// Plain scalars that YAML 1.1 parsers (Kubernetes' sigs.k8s.io/yaml, PyYAML) read differently
// from YAML 1.2: booleans spelled yes/no/on/off, leading-zero octals, digit separators and
// base-60 numbers. Reading them as 1.2 would let `skipAnalysis: yes` pass as a string.
const YAML11_AMBIGUOUS =
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?0[0-7]+|[-+]?0b[01_]+|[-+]?[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)$/;

// CloudFormation's short-form intrinsic functions, read as their long form ({"Fn::If": [...]}).
// They are accepted only in files that are CloudFormation or SAM templates.
const CLOUDFORMATION_FUNCTIONS = [
  'Ref',
  'Condition',
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
  'Length',
  'ToJsonString',
];
const CLOUDFORMATION_TAG_NAMES = new Set(CLOUDFORMATION_FUNCTIONS.map((name) => `!${name}`));
const CLOUDFORMATION_TAGS: Tags = CLOUDFORMATION_FUNCTIONS.flatMap((name) => {
  const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
  const tag = `!${name}`;
  // A collection argument stays a node (wrapped in a one-key map) so that toJS converts it, with
  // the same alias limits as everything else.
  const wrap = (argument: YAMLMap | YAMLSeq) => {
    const map = new YAMLMap();
    map.items.push(new Pair(new Scalar(key), argument));
    return map;
  };
  return [
    { tag, resolve: (text: string) => ({ [key]: name === 'GetAtt' ? text.split('.') : text }) },
    { tag, collection: 'seq' as const, resolve: wrap },
    { tag, collection: 'map' as const, resolve: wrap },
  ];
}) as Tags;

/** A CloudFormation or SAM template, by its top-level keys. */
export function looksLikeCloudFormation(text: string): boolean {
  return (
    /^AWSTemplateFormatVersion\s*:/m.test(text) ||
    /^Transform\s*:.*AWS::Serverless/m.test(text) ||
    (/^Resources\s*:/m.test(text) && /^\s+Type\s*:\s*["']?AWS::/m.test(text))
  );
}

/** Converts a byte offset to a 1-based line and column. */
export type Locate = (offset: number) => { line: number; column: number };

/**
 * Parses a YAML or JSON file into documents, safely: size and nesting are checked before the
 * parser runs, YAML 1.2 core schema only, duplicate keys and unknown tags are errors, aliases
 * are bounded, and a document with any error is left out (its error is reported instead).
 */
export function parseManifestText(
  text: string,
  file: string,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): ParsedFile {
  const diagnostics: Diagnostic[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) {
    diagnostics.push({
      code: 'MANIFEST_TOO_LARGE',
      message: `file is ${bytes} bytes, over the limit of ${limits.maxBytes} bytes; it was not parsed`,
      file,
      line: 1,
    });
    return { documents: [], diagnostics, templated: false };
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const templateLine = findTemplateLine(source);
  if (templateLine !== undefined) {
    diagnostics.push({
      code: 'MANIFEST_TEMPLATED',
      message:
        'file is a template (Go/Helm `{{ }}` actions); its rollout cannot be judged until it is rendered',
      file,
      line: templateLine,
    });
    return { documents: [], diagnostics, templated: true };
  }

  const tooDeep = findExcessiveNesting(source, limits.maxDepth);
  if (tooDeep !== undefined) {
    diagnostics.push({
      code: 'MANIFEST_TOO_DEEP',
      message: `nesting is deeper than ${limits.maxDepth} levels; the file was not parsed`,
      file,
      line: tooDeep,
    });
    return { documents: [], diagnostics, templated: false };
  }

  const cloudFormation = looksLikeCloudFormation(source);
  const lineCounter = new LineCounter();
  const locate: Locate = (offset) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const parsed = parseAllDocuments(source, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    merge: true,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    intAsBigInt: false,
    keepSourceTokens: false,
    customTags: cloudFormation ? CLOUDFORMATION_TAGS : [],
  });
  if ('empty' in parsed) {
    // Only comments or directives: no document, but the stream itself may hold errors.
    for (const error of parsed.errors) diagnostics.push(yamlDiagnostic(error, file, locate));
  }
  const docs: Document.Parsed[] = 'empty' in parsed ? [] : parsed;

  const documents: SourceDocument[] = [];
  docs.forEach((doc, index) => {
    const problems = documentProblems(doc, file, locate, cloudFormation);
    if (problems.length > 0) {
      diagnostics.push(...problems);
      return;
    }
    if (doc.contents === null) return; // `---` with nothing after it
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: limits.maxAliases });
    } catch (error) {
      diagnostics.push({
        code: 'MANIFEST_UNPARSEABLE',
        message:
          error instanceof ReferenceError
            ? `too many alias expansions (over ${limits.maxAliases}); the document was not evaluated`
            : `the document could not be read: ${error instanceof Error ? error.message : String(error)}`,
        file,
        line: locate(doc.range[0]).line,
      });
      return;
    }
    if (value === null || value === undefined) return; // only comments
    documents.push(makeSourceDocument(doc, value, file, index, locate));
  });
  return { documents, diagnostics: capped(diagnostics), templated: false };
}

/** A file that is not YAML at all (jsonnet, say) yields a problem per line; the first few tell the story. */
const MAX_DIAGNOSTICS_PER_FILE = 10;

function capped(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE) return diagnostics;
  const shown = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const last = shown[shown.length - 1] as Diagnostic;
  shown.push({
    ...last,
    message: `and ${diagnostics.length - MAX_DIAGNOSTICS_PER_FILE} more problems in this file`,
  });
  return shown;
}

function documentProblems(
  doc: Document.Parsed,
  file: string,
  locate: Locate,
  cloudFormation: boolean,
): Diagnostic[] {
  const allowedTag = (tag: string | undefined) =>
    tag === undefined || (cloudFormation && CLOUDFORMATION_TAG_NAMES.has(tag));
  const problems: Diagnostic[] = [];
  for (const error of doc.errors) problems.push(yamlDiagnostic(error, file, locate));
  // Warnings (unknown tags, a %YAML 1.1 directive) change how values resolve: never judge on them.
  for (const warning of doc.warnings) problems.push(yamlDiagnostic(warning, file, locate));
  if (doc.directives.yaml.explicit) {
    problems.push({
      code: 'MANIFEST_UNPARSEABLE',
      message: `%YAML ${doc.directives.yaml.version} directive: only plain YAML 1.2 is accepted`,
      file,
      line: locate(doc.range[0]).line,
    });
  }
  if (problems.length > 0) return problems;

  // A direct walk rather than yaml's visit(): it runs on every node of every manifest, and
  // visit()'s path arrays and frozen copies cost more than the checks themselves.
  const walk = (node: unknown, isKey: boolean): void => {
    if (isScalar(node)) {
      if (isKey) return;
      if (!allowedTag(node.tag)) {
        problems.push(
          at(node, 'MANIFEST_UNPARSEABLE', `explicit tag ${node.tag} is not accepted in a manifest`),
        );
      } else if (
        node.type === 'PLAIN' &&
        typeof node.source === 'string' &&
        YAML11_AMBIGUOUS.test(node.source)
      ) {
        problems.push(
          at(
            node,
            'MANIFEST_AMBIGUOUS_SCALAR',
            `plain value \`${node.source}\` means something else to YAML 1.1 parsers such as Kubernetes'; quote it or write it as ${suggestion(node.source)}`,
          ),
        );
      }
    } else if (isMap(node)) {
      if (!allowedTag(node.tag) && node.tag !== 'tag:yaml.org,2002:map') {
        problems.push(
          at(node, 'MANIFEST_UNPARSEABLE', `explicit tag ${node.tag} is not accepted in a manifest`),
        );
      }
      // `1:` and `"1":` are different YAML keys but the same JSON/Kubernetes field.
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key !== undefined && key !== '<<') {
          if (seen.has(key)) {
            problems.push(at(pair.key as YamlNode, 'MANIFEST_UNPARSEABLE', `duplicate key \`${key}\``));
          }
          seen.add(key);
        }
        walk(pair.key, true);
        walk(pair.value, false);
      }
    } else if (isSeq(node)) {
      if (!allowedTag(node.tag) && node.tag !== 'tag:yaml.org,2002:seq') {
        problems.push(
          at(node, 'MANIFEST_UNPARSEABLE', `explicit tag ${node.tag} is not accepted in a manifest`),
        );
      }
      for (const item of node.items) walk(item, false);
    } else if (isPair(node)) {
      walk(node.key, true);
      walk(node.value, false);
    }
  };
  walk(doc.contents, false);
  return problems;

  function at(node: YamlNode, code: Diagnostic['code'], message: string): Diagnostic {
    const { line, column } = locate(node.range?.[0] ?? doc.range[0]);
    return { code, message, file, line, column };
  }
}

function suggestion(source: string): string {
  if (/^(?:y|yes|on)$/i.test(source)) return '`true`';
  if (/^(?:n|no|off)$/i.test(source)) return '`false`';
  return 'a plain decimal number';
}

function yamlDiagnostic(
  error: { code: string; message: string; pos: [number, number] },
  file: string,
  locate: Locate,
): Diagnostic {
  const { line, column } = locate(error.pos[0]);
  // yaml's messages quote the source line after "at line N, column M:"; a manifest line may hold
  // a secret, so keep only the description.
  const description = error.message.split(/ at line \d+, column \d+/)[0]?.trim() ?? error.code;
  return { code: 'MANIFEST_UNPARSEABLE', message: `YAML ${error.code}: ${description}`, file, line, column };
}

function makeSourceDocument(
  doc: Document.Parsed,
  value: unknown,
  file: string,
  index: number,
  locate: Locate,
): SourceDocument {
  const start = doc.contents?.range?.[0] ?? doc.range[0];
  return {
    file,
    index,
    line: locate(start).line,
    value,
    lineOf(path: readonly PathSegment[]): number {
      let node: unknown = doc.contents;
      let best = start;
      for (const segment of path) {
        if (isAlias(node)) node = node.resolve(doc);
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
          if (!pair) break;
          const keyNode = pair.key as YamlNode;
          if (keyNode.range) best = keyNode.range[0];
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          const item = node.items[segment] as YamlNode | undefined;
          if (!item) break;
          if (item.range) best = item.range[0];
          node = item;
        } else {
          break;
        }
      }
      return locate(best).line;
    },
  };
}

/** The first line holding a Go/Helm template action, if any. */
export function findTemplateLine(text: string): number | undefined {
  if (!text.includes('{{')) return undefined;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (TEMPLATE_ACTION.test(lines[i] ?? '')) return i + 1;
  }
  return undefined;
}

/**
 * A quick scan, before the parser runs, for nesting deeper than `maxDepth`: flow brackets outside
 * quotes, and block indentation (each level takes at least one column, a compact `- - -` two).
 * Returns the line where the limit is passed.
 */
export function findExcessiveNesting(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let line = 1;
  let quote: '"' | "'" | undefined;
  let lineStart = true;
  let indent = 0;
  let inComment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = true;
      indent = 0;
      inComment = false;
      continue;
    }
    if (inComment) continue;
    if (lineStart) {
      if (c === ' ' || c === '-' || c === '\t' || c === '?') {
        indent++;
        if (indent > maxDepth * 8) return line;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      // A quote only opens a string at the start of a scalar, not inside a word like `don't`.
      const prev = text[i - 1];
      if (prev === undefined || /[\s[{,:]/.test(prev)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      inComment = true;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth > maxDepth) return line;
    } else if (c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
