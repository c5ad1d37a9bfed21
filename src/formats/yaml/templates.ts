import type { Composition } from './compose.js';

/**
 * Go text/template actions (Helm's `{{ .Values.x }}`), and where they are live. Argo's
 * `{{args.x}}` and Flagger's `{{ namespace }}` are the controllers' own substitutions; GitHub and
 * Azure `${{ … }}` are their expressions: none of these is an action Go would run.
 */

// What may follow `{{` (and `{{-`) for text/template to run it: a field or variable, a literal,
// a parenthesised pipeline, a keyword, or a function Go, Helm or Sprig define.
const KEYWORDS = new Set([
  'if',
  'else',
  'end',
  'range',
  'with',
  'define',
  'template',
  'block',
  'break',
  'continue',
  'nil',
  'true',
  'false',
]);
const FUNCTIONS = new Set([
  // text/template
  'and',
  'call',
  'html',
  'index',
  'slice',
  'js',
  'len',
  'not',
  'or',
  'print',
  'printf',
  'println',
  'urlquery',
  'eq',
  'ge',
  'gt',
  'le',
  'lt',
  'ne',
  // Helm
  'include',
  'tpl',
  'required',
  'lookup',
  'toYaml',
  'fromYaml',
  'fromYamlArray',
  'toJson',
  'fromJson',
  'fromJsonArray',
  'toToml',
  'fromToml',
  // Sprig (the ones charts use)
  'default',
  'empty',
  'coalesce',
  'ternary',
  'fail',
  'quote',
  'squote',
  'upper',
  'lower',
  'title',
  'trim',
  'trimAll',
  'trimPrefix',
  'trimSuffix',
  'trunc',
  'replace',
  'repeat',
  'indent',
  'nindent',
  'cat',
  'join',
  'split',
  'splitList',
  'toString',
  'toStrings',
  'int',
  'int64',
  'float64',
  'atoi',
  'add',
  'sub',
  'mul',
  'div',
  'mod',
  'max',
  'min',
  'list',
  'dict',
  'get',
  'set',
  'unset',
  'hasKey',
  'keys',
  'values',
  'pick',
  'omit',
  'merge',
  'mergeOverwrite',
  'deepCopy',
  'first',
  'last',
  'append',
  'prepend',
  'concat',
  'uniq',
  'without',
  'has',
  'compact',
  'reverse',
  'until',
  'untilStep',
  'contains',
  'hasPrefix',
  'hasSuffix',
  'regexMatch',
  'regexFind',
  'regexReplaceAll',
  'b64enc',
  'b64dec',
  'sha256sum',
  'sha1sum',
  'now',
  'date',
  'toDate',
  'semver',
  'semverCompare',
  'env',
  'expandenv',
  'uuidv4',
  'randAlphaNum',
  'typeOf',
  'kindIs',
  'kindOf',
  'typeIs',
  'deepEqual',
  'toPrettyJson',
  'toRawJson',
  'mustToJson',
  'dig',
  'base',
  'dir',
  'ext',
  'clean',
  'plural',
  'wrap',
  'abbrev',
  'nospace',
  'camelcase',
  'snakecase',
  'kebabcase',
  'shuffle',
  'sortAlpha',
  'htpasswd',
  'genCA',
  'genPrivateKey',
  'derivePassword',
  'encryptAES',
  'decryptAES',
]);

const OPEN = /(?<!\$)\{\{(-?)[ \t\r\n]*/g;

/** Whether text/template would run the action whose body starts at `i`. */
function isAction(text: string, i: number): boolean {
  const rest = text.slice(i, i + 64);
  if (rest.startsWith('/*') || rest.startsWith('}}') || rest.startsWith('-}}')) return false;
  const c = rest[0] ?? '';
  if ('.$"`\'('.includes(c) || (c >= '0' && c <= '9')) return c !== '';
  if (c === '-' && /^-[0-9]/.test(rest)) return true;
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)?.[0];
  return word !== undefined && (KEYWORDS.has(word) || FUNCTIONS.has(word));
}

/**
 * Whether offsets, taken in increasing order, sit inside a quote opened earlier on their line
 * (after a space, bracket, comma or colon, and not closed): a forward scan that each line pays
 * for once, however many actions it holds.
 */
function quoteTracker(text: string): (offset: number) => boolean {
  let at = 0;
  let quote: string | undefined;
  let comment = false;
  return (offset) => {
    for (; at < offset; at++) {
      const c = text[at] as string;
      if (c === '\n') {
        quote = undefined;
        comment = false;
      } else if (comment) {
        continue;
      } else if (quote !== undefined) {
        if (c === '\\' && quote === '"') at++;
        else if (c === quote) quote = undefined;
      } else if ((c === '"' || c === "'") && (at === 0 || /[\s[{,:]/.test(text[at - 1] as string))) {
        quote = c;
      } else if (c === '#' && (at === 0 || /\s/.test(text[at - 1] as string))) {
        comment = true;
      }
    }
    return quote !== undefined && !comment;
  };
}

/**
 * Offsets of the template actions that a YAML reader would not read as data: outside quoted and
 * block scalars (in structure, plain scalars and comments). Without a stream, every action.
 */
export function findTemplateActions(text: string, stream: Composition | undefined): number[] {
  const found: number[] = [];
  const spans = stream?.scalarSpans ?? [];
  let span = 0;
  const insideQuotesOnItsLine = quoteTracker(text);
  OPEN.lastIndex = 0;
  for (let match = OPEN.exec(text); match !== null; match = OPEN.exec(text)) {
    const offset = match.index;
    if (!isAction(text, offset + match[0].length)) continue;
    if (stream !== undefined) {
      if (offset < stream.scannedTo) {
        while (span < spans.length && (spans[span + 1] as number) <= offset) span += 2;
        if (span < spans.length && (spans[span] as number) <= offset) continue;
      } else if (insideQuotesOnItsLine(offset)) {
        // Past a syntax error the scanner gives no spans: a quote opened earlier on the line
        // (after a space, bracket, comma or colon, and not closed) still makes it data.
        continue;
      }
    }
    found.push(offset);
  }
  return found;
}

/**
 * A file that is a Go template before it is YAML, once it holds a `{{` anywhere: a `.tpl`,
 * `.gotmpl` or `.tmpl` file, or a file in a chart's `templates/` folder. Without any `{{` such a
 * file renders to itself and is judged as it is (and a `templates/` folder alone proves nothing:
 * CloudFormation and SAM templates live in folders of that name too).
 */
export function isTemplatePath(file: string): boolean {
  const path = file.replace(/\\/g, '/');
  return (
    /\.(?:tpl|gotmpl|tmpl)$/i.test(path) ||
    /(?:^|\/)templates\/(?:[^/]+\/)*[^/]+\.(?:ya?ml|tpl|json)$/i.test(path)
  );
}

export function isTemplateByExtension(file: string): boolean {
  return /\.(?:tpl|gotmpl|tmpl)$/i.test(file);
}

// Kinds and top-level keys of the formats rollout-guard reads.
const PLAN_WORDS =
  /\b(?:Rollout|Canary|Deployment|StatefulSet|DaemonSet|CloneSet|BatchRelease|DeliveryPipeline|Target|Automation|AnalysisTemplate|Experiment|RolloutPlan|rollout-guard\.dev|AWSTemplateFormatVersion|Resources|Transform|DeploymentPreference|AWS::|stages|jobs|refId|serviceName|taskDefinition|deploymentConfiguration)/;

/**
 * Whether a text that no reader could turn into a plan might still describe a rollout: it names a
 * kind or a top-level key of a format rollout-guard reads, once YAML and JSON escapes are undone
 * and quotes dropped (`"Roll\u006fut"` and `'Roll''out'` count).
 */
export function mayHoldPlan(text: string): boolean {
  if (PLAN_WORDS.test(text)) return true;
  const plain = text
    .replace(/\\\r?\n[ \t]*/g, '')
    .replace(
      /\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g,
      (_m, a?: string, b?: string, c?: string) => {
        const code = parseInt(a ?? b ?? c ?? '', 16);
        return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
      },
    )
    .replace(/\\(.)/g, '$1')
    .replace(/['"]/g, '');
  return PLAN_WORDS.test(plain);
}
