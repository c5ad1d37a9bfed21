/**
 * The parts of Go's strconv and time packages that go-yaml's resolver leans on, so that a plain
 * scalar means here what it means to go-yaml: ParseInt/ParseUint with base 0, ParseFloat's
 * decimal syntax and range, FormatFloat(x, 'g', -1, 32) for float keys, and the four timestamp
 * layouts go-yaml v3 tries with time.Parse.
 */

/** A Go integer: its value as a JS number (rounded past 2^53) and its Go type. */
export interface GoInt {
  value: number;
  type: 'int' | 'uint64';
}

const MAX_INT64 = (1n << 63n) - 1n;
const MAX_UINT64 = (1n << 64n) - 1n;

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  if (lower >= 97 && lower <= 122) return lower - 87;
  return 99;
}

/** strconv.ParseUint(s, 0, 64) for a text without underscores; undefined on any error. */
export function parseUint0(s: string): bigint | undefined {
  if (s === '') return undefined;
  let base = 10;
  let digits = s;
  if (s[0] === '0') {
    const second = s[1]?.toLowerCase();
    if (s.length >= 3 && second === 'b') {
      base = 2;
      digits = s.slice(2);
    } else if (s.length >= 3 && second === 'o') {
      base = 8;
      digits = s.slice(2);
    } else if (s.length >= 3 && second === 'x') {
      base = 16;
      digits = s.slice(2);
    } else {
      base = 8;
      digits = s.slice(1);
    }
  }
  return parseDigits(digits, base);
}

/** strconv.ParseUint(s, base, 64) for an explicit base. */
export function parseDigits(digits: string, base: number): bigint | undefined {
  let n = 0n;
  const b = BigInt(base);
  for (let i = 0; i < digits.length; i++) {
    const d = digitValue(digits.charCodeAt(i));
    if (d >= base) return undefined;
    n = n * b + BigInt(d);
    if (n > MAX_UINT64) return undefined;
  }
  return n;
}

/** strconv.ParseInt(s, 0, 64); undefined on a syntax or range error. */
export function parseInt0(s: string): bigint | undefined {
  if (s === '') return undefined;
  let negative = false;
  let rest = s;
  if (s[0] === '+') rest = s.slice(1);
  else if (s[0] === '-') {
    negative = true;
    rest = s.slice(1);
  }
  const magnitude = parseUint0(rest);
  if (magnitude === undefined) return undefined;
  if (!negative && magnitude > MAX_INT64) return undefined;
  if (negative && magnitude > MAX_INT64 + 1n) return undefined;
  return negative ? -magnitude : magnitude;
}

/** strconv.ParseInt(s, base, 64) with an explicit base (signs allowed). */
export function parseIntBase(s: string, base: number): bigint | undefined {
  if (s === '') return undefined;
  let negative = false;
  let rest = s;
  if (s[0] === '+') rest = s.slice(1);
  else if (s[0] === '-') {
    negative = true;
    rest = s.slice(1);
  }
  if (rest === '') return undefined;
  const magnitude = parseDigits(rest, base);
  if (magnitude === undefined) return undefined;
  if (!negative && magnitude > MAX_INT64) return undefined;
  if (negative && magnitude > MAX_INT64 + 1n) return undefined;
  return negative ? -magnitude : magnitude;
}

/**
 * Go's rule for underscores in a number: only between digits, or between a base prefix and a
 * digit.
 */
function underscoresOk(s: string): boolean {
  let saw = '^';
  let i = 0;
  let text = s;
  if (text[0] === '-' || text[0] === '+') text = text.slice(1);
  let hex = false;
  if (text.length >= 2 && text[0] === '0' && 'box'.includes((text[1] as string).toLowerCase())) {
    i = 2;
    saw = '0';
    hex = (text[1] as string).toLowerCase() === 'x';
  }
  for (; i < text.length; i++) {
    const c = text[i] as string;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

const DECIMAL_FLOAT = /^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;

/**
 * strconv.ParseFloat(s, 64) for decimal texts (the only ones go-yaml hands it after its own
 * checks): undefined on a syntax error or when the value overflows to infinity.
 */
export function parseFloatDecimal(s: string): number | undefined {
  let text = s;
  if (s.includes('_')) {
    if (!underscoresOk(s)) return undefined;
    text = s.replace(/_/g, '');
  }
  if (!DECIMAL_FLOAT.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** go-yaml's check before ParseFloat for digit- or sign-led scalars. */
export const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** strconv.FormatFloat(x, 'g', -1, 32): the shortest text naming x as a float32. */
export function formatFloat32(x: number): string {
  const f = Math.fround(x);
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const negative = f < 0;
  const magnitude = Math.abs(f);
  let exponential = magnitude.toExponential(0);
  for (let precision = 1; precision <= 9; precision++) {
    const candidate = magnitude.toExponential(precision - 1);
    if (Math.fround(Number(candidate)) === magnitude) {
      exponential = candidate;
      break;
    }
  }
  const [mantissa = '', exponentText = '0'] = exponential.split('e');
  const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
  const exponent = Number(exponentText);
  let text: string;
  if (exponent < -4 || exponent >= 6) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const sign = exponent < 0 ? '-' : '+';
    const e = Math.abs(exponent);
    text = `${digits[0]}${fraction}e${sign}${e < 10 ? `0${e}` : e}`;
  } else if (exponent < 0) {
    text = `0.${'0'.repeat(-exponent - 1)}${digits}`;
  } else if (digits.length <= exponent + 1) {
    text = digits + '0'.repeat(exponent + 1 - digits.length);
  } else {
    text = `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  }
  return negative ? `-${text}` : text;
}

// ---------------------------------------------------------------------------------------------
// Timestamps

interface Clock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanos: number;
  /** Offset from UTC in seconds; undefined for UTC. */
  offset: number | undefined;
}

const LAYOUTS = ['T', 't', ' ', ''] as const;

const isDigitAt = (s: string, i: number): boolean =>
  i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

/**
 * go-yaml v3 reads an untagged plain scalar that starts with four digits and '-' as a time when
 * one of its layouts parses it; the value then reaches JSON as RFC 3339 with nanoseconds.
 * Returns that text, or undefined when no layout matches.
 */
export function goTimestamp(s: string): string | undefined {
  let i = 0;
  while (i < s.length && isDigitAt(s, i)) i++;
  if (i !== 4 || i === s.length || s[i] !== '-') return undefined;
  for (const separator of LAYOUTS) {
    const clock = parseLayout(s, separator);
    if (clock !== undefined) return formatRfc3339Nano(clock);
  }
  return undefined;
}

/** `2006-1-2` followed, unless `separator` is '', by `<sep>15:4:5.999999999` and a zone for T/t. */
function parseLayout(s: string, separator: (typeof LAYOUTS)[number]): Clock | undefined {
  let rest = s;
  const number = (fixed: boolean): number | undefined => {
    if (!isDigitAt(rest, 0)) return undefined;
    const length = !isDigitAt(rest, 1) ? 1 : 2;
    if (fixed && length !== 2) return undefined;
    const value = Number(rest.slice(0, length));
    rest = rest.slice(length);
    return value;
  };
  const literal = (text: string): boolean => {
    if (text === ' ') {
      if (rest.length > 0 && rest[0] !== ' ') return false;
      rest = rest.replace(/^ +/, '');
      return true;
    }
    if (!rest.startsWith(text)) return false;
    rest = rest.slice(text.length);
    return true;
  };
  if (!/^[0-9]{4}/.test(rest)) return undefined;
  const year = Number(rest.slice(0, 4));
  rest = rest.slice(4);
  if (!literal('-')) return undefined;
  const month = number(false);
  if (month === undefined || !literal('-')) return undefined;
  const day = number(false);
  if (day === undefined) return undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nanos = 0;
  let offset: number | undefined;
  if (separator !== '') {
    if (!literal(separator)) return undefined;
    const h = number(false);
    if (h === undefined || !literal(':')) return undefined;
    const m = number(false);
    if (m === undefined || !literal(':')) return undefined;
    const sec = number(false);
    if (sec === undefined) return undefined;
    [hour, minute, second] = [h, m, sec];
    if (rest.length >= 2 && (rest[0] === '.' || rest[0] === ',') && isDigitAt(rest, 1)) {
      let n = 1;
      while (isDigitAt(rest, n)) n++;
      const fraction = rest.slice(1, Math.min(n, 10));
      nanos = Number(fraction.padEnd(9, '0'));
      rest = rest.slice(n);
    }
    if (separator !== ' ') {
      if (rest[0] === 'Z') {
        rest = rest.slice(1);
      } else {
        if (rest.length < 6 || rest[3] !== ':') return undefined;
        const sign = rest[0];
        const hh = rest.slice(1, 3);
        const mm = rest.slice(4, 6);
        if (!/^[0-9]{2}$/.test(hh) || !/^[0-9]{2}$/.test(mm)) return undefined;
        if (sign !== '+' && sign !== '-') return undefined;
        const seconds = (Number(hh) * 60 + Number(mm)) * 60;
        offset = sign === '-' ? -seconds : seconds;
        rest = rest.slice(6);
      }
    }
  }
  if (rest !== '') return undefined;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (day < 1 || day > daysIn(month, year)) return undefined;
  return { year, month, day, hour, minute, second, nanos, offset };
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const two = (n: number): string => String(n).padStart(2, '0');

function formatRfc3339Nano(c: Clock): string {
  const fraction = c.nanos === 0 ? '' : `.${String(c.nanos).padStart(9, '0').replace(/0+$/, '')}`;
  let zone = 'Z';
  if (c.offset !== undefined && c.offset !== 0) {
    const abs = Math.abs(c.offset);
    zone = `${c.offset < 0 ? '-' : '+'}${two(Math.floor(abs / 3600))}:${two(Math.floor((abs % 3600) / 60))}`;
  }
  return `${String(c.year).padStart(4, '0')}-${two(c.month)}-${two(c.day)}T${two(c.hour)}:${two(c.minute)}:${two(c.second)}${fraction}${zone}`;
}
