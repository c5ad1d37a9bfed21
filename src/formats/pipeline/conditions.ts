/**
 * Conditions of CI steps and jobs that can be decided without running the workflow: expressions
 * made only of literals (`if: false`, `if: ${{ 1 == 2 }}`, `condition: and(true, false)`). Anything
 * that reads a context, a variable or calls another function is left undecided (undefined).
 */

/** The value of a GitHub Actions `if:` or `continue-on-error:`, when it is a constant. */
export function githubConstant(raw: unknown): { value: unknown } | undefined {
  if (typeof raw === 'boolean' || typeof raw === 'number' || raw === null) return { value: raw };
  if (typeof raw !== 'string') return undefined;
  const whole = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(raw);
  const text = whole ? (whole[1] ?? '') : raw;
  // `${{ }}` inside other text makes a string, not an expression.
  if (!whole && text.includes('${{')) return undefined;
  const parser = new Parser(tokenize(text));
  const value = parser.github();
  return value === undefined || !parser.done() ? undefined : { value: value.v };
}

/** GitHub's falsy values: false, 0, -0, '', null and NaN. */
export function githubTruthy(value: unknown): boolean {
  return !(
    value === false ||
    value === null ||
    value === '' ||
    (typeof value === 'number' && (value === 0 || Number.isNaN(value)))
  );
}

/** The value of an Azure Pipelines `condition:` or `continueOnError:`, when it is a constant. */
export function azureConstant(raw: unknown): { value: unknown } | undefined {
  if (typeof raw === 'boolean' || typeof raw === 'number') return { value: raw };
  if (typeof raw !== 'string' || /\$\(|\$\{\{|\$\[/.test(raw)) return undefined;
  const parser = new Parser(tokenize(raw));
  const value = parser.azure();
  return value === undefined || !parser.done() ? undefined : { value: value.v };
}

/** Azure's falsy values: false, 0, '' (and a string "false" in any case, as a boolean literal). */
export function azureTruthy(value: unknown): boolean {
  if (typeof value === 'string') return value !== '' && value.toLowerCase() !== 'false';
  return !(value === false || value === 0 || value === null);
}

type Token = { kind: 'op' | 'word' | 'number' | 'string'; text: string };

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  const pattern =
    /\s*(?:(\|\||&&|==|!=|<=|>=|[!()<>,])|('(?:[^']|'')*')|(-?(?:0x[0-9a-fA-F]+|[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?))|([A-Za-z_][A-Za-z0-9_.-]*))/y;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) return undefined;
    index = pattern.lastIndex;
    if (match[1] !== undefined) tokens.push({ kind: 'op', text: match[1] });
    else if (match[2] !== undefined)
      tokens.push({ kind: 'string', text: match[2].slice(1, -1).replace(/''/g, "'") });
    else if (match[3] !== undefined) tokens.push({ kind: 'number', text: match[3] });
    else if (match[4] !== undefined) tokens.push({ kind: 'word', text: match[4] });
  }
  return tokens;
}

/** A value wrapped so that `undefined` can mean "not a constant". */
type Value = { v: unknown };

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[] | undefined) {}

  done(): boolean {
    return this.tokens !== undefined && this.at === this.tokens.length;
  }

  private peek(): Token | undefined {
    return this.tokens?.[this.at];
  }

  private take(text?: string): Token | undefined {
    const token = this.peek();
    if (token === undefined || (text !== undefined && token.text !== text)) return undefined;
    this.at++;
    return token;
  }

  // GitHub: || and && return an operand, ! negates, comparisons loosely.
  github(): Value | undefined {
    let left = this.githubAnd();
    while (left !== undefined && this.take('||')) {
      const right = this.githubAnd();
      if (right === undefined) return undefined;
      left = githubTruthy(left.v) ? left : right;
    }
    return left;
  }

  private githubAnd(): Value | undefined {
    let left = this.githubUnary();
    while (left !== undefined && this.take('&&')) {
      const right = this.githubUnary();
      if (right === undefined) return undefined;
      left = githubTruthy(left.v) ? right : left;
    }
    return left;
  }

  private githubUnary(): Value | undefined {
    if (this.take('!')) {
      const operand = this.githubUnary();
      return operand === undefined ? undefined : { v: !githubTruthy(operand.v) };
    }
    const left = this.githubPrimary();
    const op = this.peek();
    if (left === undefined || op?.kind !== 'op' || !['==', '!=', '<', '<=', '>', '>='].includes(op.text))
      return left;
    this.at++;
    const right = this.githubPrimary();
    return right === undefined ? undefined : { v: compare(op.text, left.v, right.v) };
  }

  private githubPrimary(): Value | undefined {
    if (this.take('(')) {
      const inner = this.github();
      return inner !== undefined && this.take(')') ? inner : undefined;
    }
    return this.literal(false);
  }

  // Azure: and(), or(), not(), eq(), ne() over literals.
  azure(): Value | undefined {
    const token = this.peek();
    if (token?.kind === 'word' && this.tokens?.[this.at + 1]?.text === '(') {
      const name = token.text.toLowerCase();
      if (!['and', 'or', 'not', 'eq', 'ne'].includes(name)) return undefined;
      this.at += 2;
      const args: unknown[] = [];
      while (!this.take(')')) {
        if (args.length > 0 && !this.take(',')) return undefined;
        const arg = this.azure();
        if (arg === undefined) return undefined;
        args.push(arg.v);
      }
      switch (name) {
        case 'and':
          return args.length >= 2 ? { v: args.every(azureTruthy) } : undefined;
        case 'or':
          return args.length >= 2 ? { v: args.some(azureTruthy) } : undefined;
        case 'not':
          return args.length === 1 ? { v: !azureTruthy(args[0]) } : undefined;
        default:
          return args.length === 2 ? { v: (name === 'eq') === looseEqual(args[0], args[1]) } : undefined;
      }
    }
    return this.literal(true);
  }

  private literal(caseInsensitive: boolean): Value | undefined {
    const token = this.take();
    if (token === undefined) return undefined;
    if (token.kind === 'string') return { v: token.text };
    if (token.kind === 'number') {
      const negative = token.text.startsWith('-');
      const magnitude = Number(negative ? token.text.slice(1) : token.text);
      return { v: negative ? -magnitude : magnitude };
    }
    if (token.kind !== 'word') return undefined;
    const word = caseInsensitive ? token.text.toLowerCase() : token.text;
    if (word === 'true') return { v: true };
    if (word === 'false') return { v: false };
    if (word === 'null' && !caseInsensitive) return { v: null };
    return undefined;
  }
}

function toNumber(value: unknown): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? 0 : Number(value);
  return Number.NaN;
}

/** Equality as both engines do it: strings ignore case, other types compare as numbers. */
function looseEqual(left: unknown, right: unknown): boolean {
  if (typeof left === 'string' && typeof right === 'string')
    return left.toLowerCase() === right.toLowerCase();
  if (typeof left === typeof right) return left === right;
  return toNumber(left) === toNumber(right);
}

function compare(op: string, left: unknown, right: unknown): boolean {
  if (op === '==') return looseEqual(left, right);
  if (op === '!=') return !looseEqual(left, right);
  const [a, b] =
    typeof left === 'string' && typeof right === 'string'
      ? [left.toLowerCase(), right.toLowerCase()]
      : [toNumber(left), toNumber(right)];
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}
