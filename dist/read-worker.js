import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/parallel/read-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/formats/yaml/errors.ts
var YamlError = class extends Error {
  constructor(message, offset, kind = "syntax") {
    super(message);
    this.offset = offset;
    this.kind = kind;
    this.name = "YamlError";
  }
  offset;
  kind;
};

// src/formats/yaml/limits.ts
var DEFAULT_PARSE_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100
};
function tooLargeMessage(bytes, limit) {
  return `the file is ${formatBytes(bytes)}, over the manifest size limit of ${formatBytes(limit)} (manifests.maxFileBytes), so it was not read; vendored install manifests are often this large: raise manifests.maxFileBytes in the policy (up to 100 MiB), or exclude the file if nothing deploys it`;
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${bytes} bytes`;
}

// src/formats/yaml/lines.ts
function lineCounter(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const lineAt = (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  return {
    lineAt,
    columnAt: (offset) => offset - starts[lineAt(offset) - 1] + 1
  };
}

// src/formats/yaml/go-values.ts
var MAX_INT64 = (1n << 63n) - 1n;
var MAX_UINT64 = (1n << 64n) - 1n;
function digitValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  if (lower >= 97 && lower <= 122) return lower - 87;
  return 99;
}
function parseUint0(s) {
  if (s === "") return void 0;
  let base = 10;
  let digits = s;
  if (s[0] === "0") {
    const second = s[1]?.toLowerCase();
    if (s.length >= 3 && second === "b") {
      base = 2;
      digits = s.slice(2);
    } else if (s.length >= 3 && second === "o") {
      base = 8;
      digits = s.slice(2);
    } else if (s.length >= 3 && second === "x") {
      base = 16;
      digits = s.slice(2);
    } else {
      base = 8;
      digits = s.slice(1);
    }
  }
  return parseDigits(digits, base);
}
function parseDigits(digits, base) {
  let n = 0n;
  const b = BigInt(base);
  for (let i = 0; i < digits.length; i++) {
    const d = digitValue(digits.charCodeAt(i));
    if (d >= base) return void 0;
    n = n * b + BigInt(d);
    if (n > MAX_UINT64) return void 0;
  }
  return n;
}
function parseInt0(s) {
  if (s === "") return void 0;
  let negative = false;
  let rest = s;
  if (s[0] === "+") rest = s.slice(1);
  else if (s[0] === "-") {
    negative = true;
    rest = s.slice(1);
  }
  const magnitude = parseUint0(rest);
  if (magnitude === void 0) return void 0;
  if (!negative && magnitude > MAX_INT64) return void 0;
  if (negative && magnitude > MAX_INT64 + 1n) return void 0;
  return negative ? -magnitude : magnitude;
}
function parseIntBase(s, base) {
  if (s === "") return void 0;
  let negative = false;
  let rest = s;
  if (s[0] === "+") rest = s.slice(1);
  else if (s[0] === "-") {
    negative = true;
    rest = s.slice(1);
  }
  if (rest === "") return void 0;
  const magnitude = parseDigits(rest, base);
  if (magnitude === void 0) return void 0;
  if (!negative && magnitude > MAX_INT64) return void 0;
  if (negative && magnitude > MAX_INT64 + 1n) return void 0;
  return negative ? -magnitude : magnitude;
}
function underscoresOk(s) {
  let saw = "^";
  let i = 0;
  let text = s;
  if (text[0] === "-" || text[0] === "+") text = text.slice(1);
  let hex = false;
  if (text.length >= 2 && text[0] === "0" && "box".includes(text[1].toLowerCase())) {
    i = 2;
    saw = "0";
    hex = text[1].toLowerCase() === "x";
  }
  for (; i < text.length; i++) {
    const c = text[i];
    if (c >= "0" && c <= "9" || hex && /[a-fA-F]/.test(c)) {
      saw = "0";
      continue;
    }
    if (c === "_") {
      if (saw !== "0") return false;
      saw = "_";
      continue;
    }
    if (saw === "_") return false;
    saw = "!";
  }
  return saw !== "_";
}
var DECIMAL_FLOAT = /^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;
function parseFloatDecimal(s) {
  let text = s;
  if (s.includes("_")) {
    if (!underscoresOk(s)) return void 0;
    text = s.replace(/_/g, "");
  }
  if (!DECIMAL_FLOAT.test(text)) return void 0;
  const value = Number(text);
  return Number.isFinite(value) ? value : void 0;
}
var YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
function formatFloat32(x) {
  const f = Math.fround(x);
  if (Number.isNaN(f)) return "NaN";
  if (f === Infinity) return "+Inf";
  if (f === -Infinity) return "-Inf";
  if (f === 0) return Object.is(f, -0) ? "-0" : "0";
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
  const [mantissa = "", exponentText = "0"] = exponential.split("e");
  const digits = mantissa.replace(".", "").replace(/0+$/, "") || "0";
  const exponent = Number(exponentText);
  let text;
  if (exponent < -4 || exponent >= 6) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : "";
    const sign = exponent < 0 ? "-" : "+";
    const e = Math.abs(exponent);
    text = `${digits[0]}${fraction}e${sign}${e < 10 ? `0${e}` : e}`;
  } else if (exponent < 0) {
    text = `0.${"0".repeat(-exponent - 1)}${digits}`;
  } else if (digits.length <= exponent + 1) {
    text = digits + "0".repeat(exponent + 1 - digits.length);
  } else {
    text = `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  }
  return negative ? `-${text}` : text;
}
var LAYOUTS = ["T", "t", " ", ""];
var isDigitAt = (s, i) => i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
function goTimestamp(s) {
  let i = 0;
  while (i < s.length && isDigitAt(s, i)) i++;
  if (i !== 4 || i === s.length || s[i] !== "-") return void 0;
  for (const separator of LAYOUTS) {
    const clock = parseLayout(s, separator);
    if (clock !== void 0) return formatRfc3339Nano(clock);
  }
  return void 0;
}
function parseLayout(s, separator) {
  let rest = s;
  const number = (fixed) => {
    if (!isDigitAt(rest, 0)) return void 0;
    const length = !isDigitAt(rest, 1) ? 1 : 2;
    if (fixed && length !== 2) return void 0;
    const value = Number(rest.slice(0, length));
    rest = rest.slice(length);
    return value;
  };
  const literal = (text) => {
    if (text === " ") {
      if (rest.length > 0 && rest[0] !== " ") return false;
      rest = rest.replace(/^ +/, "");
      return true;
    }
    if (!rest.startsWith(text)) return false;
    rest = rest.slice(text.length);
    return true;
  };
  if (!/^[0-9]{4}/.test(rest)) return void 0;
  const year = Number(rest.slice(0, 4));
  rest = rest.slice(4);
  if (!literal("-")) return void 0;
  const month = number(false);
  if (month === void 0 || !literal("-")) return void 0;
  const day = number(false);
  if (day === void 0) return void 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nanos = 0;
  let offset;
  if (separator !== "") {
    if (!literal(separator)) return void 0;
    const h = number(false);
    if (h === void 0 || !literal(":")) return void 0;
    const m = number(false);
    if (m === void 0 || !literal(":")) return void 0;
    const sec = number(false);
    if (sec === void 0) return void 0;
    [hour, minute, second] = [h, m, sec];
    if (rest.length >= 2 && (rest[0] === "." || rest[0] === ",") && isDigitAt(rest, 1)) {
      let n = 1;
      while (isDigitAt(rest, n)) n++;
      const fraction = rest.slice(1, Math.min(n, 10));
      nanos = Number(fraction.padEnd(9, "0"));
      rest = rest.slice(n);
    }
    if (separator !== " ") {
      if (rest[0] === "Z") {
        rest = rest.slice(1);
      } else {
        if (rest.length < 6 || rest[3] !== ":") return void 0;
        const sign = rest[0];
        const hh = rest.slice(1, 3);
        const mm = rest.slice(4, 6);
        if (!/^[0-9]{2}$/.test(hh) || !/^[0-9]{2}$/.test(mm)) return void 0;
        if (sign !== "+" && sign !== "-") return void 0;
        const seconds = (Number(hh) * 60 + Number(mm)) * 60;
        offset = sign === "-" ? -seconds : seconds;
        rest = rest.slice(6);
      }
    }
  }
  if (rest !== "") return void 0;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return void 0;
  if (day < 1 || day > daysIn(month, year)) return void 0;
  return { year, month, day, hour, minute, second, nanos, offset };
}
function daysIn(month, year) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
var two = (n) => String(n).padStart(2, "0");
function formatRfc3339Nano(c) {
  const fraction = c.nanos === 0 ? "" : `.${String(c.nanos).padStart(9, "0").replace(/0+$/, "")}`;
  let zone = "Z";
  if (c.offset !== void 0 && c.offset !== 0) {
    const abs = Math.abs(c.offset);
    zone = `${c.offset < 0 ? "-" : "+"}${two(Math.floor(abs / 3600))}:${two(Math.floor(abs % 3600 / 60))}`;
  }
  return `${String(c.year).padStart(4, "0")}-${two(c.month)}-${two(c.day)}T${two(c.hour)}:${two(c.minute)}:${two(c.second)}${fraction}${zone}`;
}

// src/formats/yaml/resolve.ts
var STRING = (text) => ({ kind: "str", value: text });
var V2_WORDS = /* @__PURE__ */ new Map();
var V3_WORDS = /* @__PURE__ */ new Map();
for (const word of ["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"])
  V2_WORDS.set(word, { kind: "bool", value: true });
for (const word of ["n", "N", "no", "No", "NO", "off", "Off", "OFF"])
  V2_WORDS.set(word, { kind: "bool", value: false });
for (const words of [V2_WORDS, V3_WORDS]) {
  for (const word of ["true", "True", "TRUE"]) words.set(word, { kind: "bool", value: true });
  for (const word of ["false", "False", "FALSE"]) words.set(word, { kind: "bool", value: false });
  for (const word of ["", "~", "null", "Null", "NULL"]) words.set(word, { kind: "null", value: null });
  for (const word of [".nan", ".NaN", ".NAN"]) words.set(word, { kind: "float", value: NaN });
  for (const word of [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]) {
    words.set(word, { kind: "float", value: Infinity });
  }
  for (const word of ["-.inf", "-.Inf", "-.INF"]) words.set(word, { kind: "float", value: -Infinity });
}
var MAX_INT642 = (1n << 63n) - 1n;
function goInt(n) {
  return { kind: n > MAX_INT642 ? "uint" : "int", value: Number(n), exact: String(n) };
}
function signedInt(n) {
  return { kind: "int", value: Number(n), exact: String(n) };
}
function resolveGo(text, v3, timestamps = true) {
  const first = text.charCodeAt(0);
  let hint;
  if (text === "") hint = "M";
  else if (first === 43 || first === 45) hint = "S";
  else if (first >= 48 && first <= 57) hint = "D";
  else if (first === 46) hint = ".";
  else if ("yYnNtTfFoO~".includes(text[0])) hint = "M";
  if (hint === void 0) return STRING(text);
  const word = (v3 ? V3_WORDS : V2_WORDS).get(text);
  if (word !== void 0) return word;
  if (hint === "M") return STRING(text);
  if (hint === ".") {
    const value = parseFloatDecimal(text);
    return value === void 0 ? STRING(text) : { kind: "float", value };
  }
  if (timestamps) {
    const time = goTimestamp(text);
    if (time !== void 0) return { kind: "timestamp", value: v3 ? time : text };
  }
  const plain = text.replace(/_/g, "");
  const signed = parseInt0(plain);
  if (signed !== void 0) return signedInt(signed);
  const unsigned = parseUint0(plain);
  if (unsigned !== void 0) return goInt(unsigned);
  if (YAML_STYLE_FLOAT.test(plain)) {
    const value = parseFloatDecimal(plain);
    if (value !== void 0) return { kind: "float", value };
  }
  if (plain.startsWith("0b")) {
    const n = parseIntBase(plain.slice(2), 2) ?? parseDigits(plain.slice(2), 2);
    if (n !== void 0 && plain.length > 2) return goInt(n);
  } else if (plain.startsWith("-0b")) {
    const n = parseIntBase(`-${plain.slice(3)}`, 2);
    if (n !== void 0) return signedInt(n);
  }
  if (v3) {
    if (plain.startsWith("0o")) {
      const n = parseIntBase(plain.slice(2), 8) ?? parseDigits(plain.slice(2), 8);
      if (n !== void 0 && plain.length > 2) return goInt(n);
    } else if (plain.startsWith("-0o")) {
      const n = parseIntBase(`-${plain.slice(3)}`, 8);
      if (n !== void 0) return signedInt(n);
    }
  }
  return STRING(text);
}
var GO_TAG = "tag:yaml.org,2002:";
function resolveGoTagged(tag, text, v3) {
  const name = tag.startsWith(GO_TAG) ? tag.slice(GO_TAG.length) : void 0;
  if (name === "binary") return "binary";
  if (name === "str") return STRING(text);
  if (name !== "bool" && name !== "int" && name !== "float" && name !== "null" && name !== "timestamp") {
    return "unresolvable";
  }
  const resolved = resolveGo(text, v3, name === "timestamp");
  if (resolved.kind === name) return resolved;
  if (name === "int" && resolved.kind === "uint") return resolved;
  if (name === "float" && resolved.kind === "int") {
    return { kind: "float", value: resolved.value };
  }
  return void 0;
}
var Y11_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
var Y11_FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var Y11_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
var Y11_NULL = /^(?:~|null|Null|NULL|)$/;
var Y11_TIMESTAMP = /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;
function sexagesimal(text) {
  let value = 0;
  for (const part of text.split(":")) value = value * 60 + Number(part);
  return value;
}
function resolve11(text) {
  if (Y11_BOOL.test(text)) return { kind: "bool", value: /^(?:y|Y|t|T|o[nN]|O[nN])/.test(text) };
  if (Y11_FLOAT.test(text)) {
    const plain = text.replace(/_/g, "").toLowerCase();
    const sign = plain.startsWith("-") ? -1 : 1;
    const body = plain.replace(/^[-+]/, "");
    if (body === ".inf") return { kind: "float", value: sign * Infinity };
    if (body === ".nan") return { kind: "float", value: NaN };
    if (body.includes(":")) return { kind: "float", value: sign * sexagesimal(body) };
    return { kind: "float", value: sign * Number(body) };
  }
  if (Y11_INT.test(text)) {
    const plain = text.replace(/_/g, "");
    const sign = plain.startsWith("-") ? -1 : 1;
    const body = plain.replace(/^[-+]/, "");
    let value;
    if (body === "0") value = 0;
    else if (body.startsWith("0b")) value = Number(parseDigits(body.slice(2), 2) ?? NaN);
    else if (body.startsWith("0x")) value = Number(parseDigits(body.slice(2), 16) ?? NaN);
    else if (body.startsWith("0")) value = Number(parseDigits(body.slice(1), 8) ?? NaN);
    else if (body.includes(":")) value = sexagesimal(body);
    else value = Number(body);
    return { kind: "int", value: value === 0 ? 0 : sign * value };
  }
  if (text === "<<") return { kind: "merge", value: text };
  if (Y11_NULL.test(text)) return { kind: "null", value: null };
  if (Y11_TIMESTAMP.test(text)) return { kind: "timestamp", value: text };
  if (text === "=") return { kind: "value", value: text };
  return STRING(text);
}
var Y12_INT = /^[-+]?[0-9]+$/;
var Y12_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
function resolve12(text) {
  switch (text) {
    case "":
    case "~":
    case "null":
    case "Null":
    case "NULL":
      return { kind: "null", value: null };
    case "true":
    case "True":
    case "TRUE":
      return { kind: "bool", value: true };
    case "false":
    case "False":
    case "FALSE":
      return { kind: "bool", value: false };
    case ".inf":
    case ".Inf":
    case ".INF":
    case "+.inf":
    case "+.Inf":
    case "+.INF":
      return { kind: "float", value: Infinity };
    case "-.inf":
    case "-.Inf":
    case "-.INF":
      return { kind: "float", value: -Infinity };
    case ".nan":
    case ".NaN":
    case ".NAN":
      return { kind: "float", value: NaN };
  }
  if (Y12_INT.test(text)) return { kind: "int", value: Number(text) };
  if (/^0o[0-7]+$/.test(text)) return { kind: "int", value: Number(parseDigits(text.slice(2), 8)) };
  if (/^0x[0-9a-fA-F]+$/.test(text)) return { kind: "int", value: Number(parseDigits(text.slice(2), 16)) };
  if (Y12_FLOAT.test(text)) return { kind: "float", value: Number(text) };
  return STRING(text);
}

// src/formats/yaml/agreement.ts
var KUBECTL = 1;
var KUSTOMIZE = 2;
var YAML_11 = 4;
var YAML_12 = 8;
var ALL_READINGS = KUBECTL | KUSTOMIZE | YAML_11 | YAML_12;
var agreements = /* @__PURE__ */ new WeakMap();
function recordAgreement(root, agreement) {
  agreements.set(root, agreement);
}
function agreementOf(root) {
  return agreements.get(root);
}
var FIRST = new Uint8Array(128);
for (const c of "yYnNtTfFoO~") FIRST[c.charCodeAt(0)] = 1;
for (const c of "+-.0123456789") FIRST[c.charCodeAt(0)] = 2;
for (const c of "<=") FIRST[c.charCodeAt(0)] = 3;
var NUMERIC = new Uint8Array(128);
var WORDS = new Set(
  ["y", "yes", "n", "no", "on", "off", "true", "false", "null"].flatMap((word) => [
    word,
    word[0].toUpperCase() + word.slice(1),
    word.toUpperCase()
  ])
);
WORDS.add("~");
for (const c of "0123456789+-._:, 	abcdefABCDEFxXoOtTzZiInN") NUMERIC[c.charCodeAt(0)] = 1;
function alwaysString(text) {
  const length = text.length;
  if (length === 0) return false;
  const c = text.charCodeAt(0);
  if (c >= 128) return true;
  switch (FIRST[c]) {
    case 0:
      return true;
    case 1:
      return !WORDS.has(text);
    case 3:
      return length > 2;
  }
  for (let i = 1; i < length; i++) {
    const d = text.charCodeAt(i);
    if (d >= 128 || NUMERIC[d] === 0) return true;
  }
  return false;
}
function plainInteger(text) {
  const length = text.length;
  if (length > 15) return false;
  const first = text.charCodeAt(0);
  if (first === 48) return length === 1;
  if (first < 49 || first > 57) return false;
  for (let i = 1; i < length; i++) {
    const d = text.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return true;
}
function plainValueAgreement(text, v2) {
  if (plainInteger(text)) return ALL_READINGS;
  const value = v2.value;
  if (typeof value === "number" && !Number.isFinite(value)) return KUBECTL;
  let readings = KUBECTL;
  if (Object.is(resolveGo(text, true).value, value)) readings |= KUSTOMIZE;
  const r11 = resolve11(text);
  if (r11.kind !== "merge" && r11.kind !== "value" && Object.is(r11.value, value)) readings |= YAML_11;
  if (Object.is(resolve12(text).value, value)) readings |= YAML_12;
  return readings;
}
function plainKeyAgreement(text) {
  let readings = KUBECTL;
  if (resolveGo(text, true).kind === "str") readings |= KUSTOMIZE;
  if (resolve11(text).kind === "str") readings |= YAML_11;
  if (resolve12(text).kind === "str") readings |= YAML_12;
  return readings;
}

// src/formats/yaml/scanner.ts
var T = {
  StreamStart: 0,
  StreamEnd: 1,
  VersionDirective: 2,
  TagDirective: 3,
  DocumentStart: 4,
  DocumentEnd: 5,
  BlockSequenceStart: 6,
  BlockMappingStart: 7,
  BlockEnd: 8,
  FlowSequenceStart: 9,
  FlowSequenceEnd: 10,
  FlowMappingStart: 11,
  FlowMappingEnd: 12,
  BlockEntry: 13,
  FlowEntry: 14,
  Key: 15,
  Value: 16,
  Alias: 17,
  Anchor: 18,
  Tag: 19,
  Scalar: 20
};
var S = {
  Plain: 1,
  Single: 2,
  Double: 3,
  Literal: 4,
  Folded: 5,
  /** A JSON number, true, false or null. */
  Json: 6
};
var Token = class {
  constructor(type, start, end, value = "", style = 0, suffix = "") {
    this.type = type;
    this.start = start;
    this.end = end;
    this.value = value;
    this.style = style;
    this.suffix = suffix;
  }
  type;
  start;
  end;
  value;
  style;
  suffix;
};
var MAX_FLOW_LEVEL = 1e4;
var MAX_INDENTS = 1e4;
var DISALLOWED = /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
function firstDisallowed(text) {
  const bad = DISALLOWED.exec(text);
  return bad ? bad.index : text.length;
}
var isBreak = (c) => c === 10 || c === 13 || c === 133 || c === 8232 || c === 8233;
var isBlank = (c) => c === 32 || c === 9;
var isBreakZ = (c) => c === 0 || isBreak(c);
var isBlankZ = (c) => c === 32 || c === 9 || c === 0 || isBreak(c);
var isWordChar = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 45;
var isHex = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
var hexValue = (c) => c <= 57 ? c - 48 : c <= 70 ? c - 55 : c - 87;
var URI_MARKS = new Set(";/?:@&=+$,.!~*'()[]".split("").map((c) => c.charCodeAt(0)));
var Scanner = class {
  constructor(src, options = { v3: false }, start = 0, end = src.length, badCharacterAt = firstDisallowed(src)) {
    this.src = src;
    this.options = options;
    this.end = Math.min(end, badCharacterAt);
    this.stopsOnBadCharacter = badCharacterAt < end;
    this.pos = start;
    if (this.at(0) === 65279) this.pos++;
  }
  src;
  options;
  /** Where reading stops: the end of the text, or the first character YAML does not allow. */
  end;
  pos = 0;
  index = 0;
  line = 0;
  column = 0;
  /** Line breaks consumed since the last non-blank character (go-yaml v3's comment logic). */
  newlines = 0;
  queue = [];
  head = 0;
  /** Tokens handed to the parser so far. */
  taken = 0;
  available = false;
  streamStarted = false;
  streamEnded = false;
  indent = -1;
  indents = [];
  flowLevel = 0;
  allowSimpleKey = false;
  simpleKeys = [];
  keysByToken = /* @__PURE__ */ new Map();
  /** A possible simple key was handed to the parser before it was resolved (see readme). */
  lateKey = false;
  /** Spans of quoted and block scalars, for telling template actions in data from live ones. */
  scalarSpans = [];
  /** Reading stops at `end`; a text that holds a disallowed character stops with an error there. */
  stopsOnBadCharacter;
  // ---------------------------------------------------------------------------------------
  // Characters
  at(k) {
    const p = this.pos + k;
    return p < this.end ? this.src.charCodeAt(p) : 0;
  }
  skip() {
    const c = this.src.charCodeAt(this.pos);
    if (c !== 32 && c !== 9) this.newlines = 0;
    this.pos += c >= 55296 && c <= 56319 ? 2 : 1;
    this.index++;
    this.column++;
  }
  skipLine() {
    const c = this.at(0);
    if (c === 13 && this.at(1) === 10) {
      this.pos += 2;
      this.index += 2;
    } else if (isBreak(c)) {
      this.pos++;
      this.index++;
    } else {
      return;
    }
    this.column = 0;
    this.line++;
    this.newlines++;
  }
  /** Consumes a line break and returns it as a scalar holds it (NEL and CR become LF). */
  readLine() {
    const c = this.at(0);
    let text = "\n";
    if (c === 8232 || c === 8233) text = String.fromCharCode(c);
    this.skipLine();
    return text;
  }
  fail(message, offset = this.pos) {
    throw new YamlError(message, offset);
  }
  // ---------------------------------------------------------------------------------------
  // The token queue
  /** The next token, without consuming it. */
  peek() {
    if (!this.available) {
      this.fetchMore();
      this.available = true;
    }
    return this.queue[this.head];
  }
  /** Consumes the token `peek` returned. */
  next() {
    const token = this.peek();
    this.available = false;
    if (!this.keysByToken.has(this.taken)) {
      for (const key of this.simpleKeys)
        if (key.possible && key.tokenNumber === this.taken) this.lateKey = true;
    }
    this.taken++;
    this.head++;
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
    }
    return token;
  }
  /** Offset where the scanner stands, for callers that stop early. */
  get offset() {
    return this.pos;
  }
  fetchMore() {
    for (; ; ) {
      const queued = this.queue.length - this.head;
      const decide = this.options.v3 ? queued > 2 : queued > 0;
      if (decide) {
        const level = this.keysByToken.get(this.taken);
        if (level === void 0) break;
        if (!this.keyStillValid(this.simpleKeys[level])) break;
      }
      if (this.streamEnded && queued > 0) break;
      this.fetchNext();
    }
  }
  insert(relative, token) {
    if (relative < 0) this.queue.push(token);
    else this.queue.splice(this.head + relative, 0, token);
  }
  append(token) {
    this.queue.push(token);
  }
  get produced() {
    return this.taken + this.queue.length - this.head;
  }
  // ---------------------------------------------------------------------------------------
  // Dispatch
  fetchNext() {
    if (!this.streamStarted) {
      this.streamStarted = true;
      this.indent = -1;
      this.simpleKeys.push(emptyKey(0));
      this.allowSimpleKey = true;
      this.append(new Token(T.StreamStart, this.pos, this.pos));
      return;
    }
    this.skipToToken();
    this.unrollIndent(this.column);
    const c = this.at(0);
    if (c === 0) {
      if (this.stopsOnBadCharacter && this.pos >= this.end) {
        this.fail("the text holds a character YAML does not allow (a control character)");
      }
      this.fetchStreamEnd();
      return;
    }
    if (this.column === 0) {
      if (c === 37) return this.fetchDirective();
      if (c === 45 && this.at(1) === 45 && this.at(2) === 45 && isBlankZ(this.at(3))) {
        return this.fetchDocumentIndicator(T.DocumentStart);
      }
      if (c === 46 && this.at(1) === 46 && this.at(2) === 46 && isBlankZ(this.at(3))) {
        return this.fetchDocumentIndicator(T.DocumentEnd);
      }
    }
    this.dispatch(c);
    if (this.options.v3) this.lineComment();
  }
  dispatch(c) {
    const flow = this.flowLevel > 0;
    switch (c) {
      case 91:
        return this.fetchFlowStart(T.FlowSequenceStart);
      case 123:
        return this.fetchFlowStart(T.FlowMappingStart);
      case 93:
        return this.fetchFlowEnd(T.FlowSequenceEnd);
      case 125:
        return this.fetchFlowEnd(T.FlowMappingEnd);
      case 44:
        return this.fetchFlowEntry();
      case 42:
        return this.fetchAnchor(T.Alias);
      case 38:
        return this.fetchAnchor(T.Anchor);
      case 33:
        return this.fetchTag();
      case 39:
        return this.fetchQuoted(true);
      case 34:
        return this.fetchQuoted(false);
    }
    const next = this.at(1);
    if (c === 45 && isBlankZ(next)) return this.fetchBlockEntry();
    if (c === 63 && (flow || isBlankZ(next))) return this.fetchKey();
    if (c === 58 && (flow || isBlankZ(next))) return this.fetchValue();
    if (!flow && (c === 124 || c === 62)) return this.fetchBlockScalar(c === 124);
    if (!(isBlankZ(c) || "-?:,[]{}#&*!|>'\"%@`".includes(String.fromCharCode(c))) || c === 45 && !isBlank(next) || !flow && (c === 63 || c === 58) && !isBlankZ(next)) {
      return this.fetchPlain();
    }
    this.fail(
      c === 9 ? "a tab character where YAML needs spaces" : "a character that cannot start any token"
    );
  }
  // ---------------------------------------------------------------------------------------
  // Whitespace and comments
  skipToToken() {
    for (; ; ) {
      for (; ; ) {
        const c = this.at(0);
        if (c === 32 || c === 9 && (this.flowLevel > 0 || !this.allowSimpleKey)) this.skip();
        else break;
      }
      if (this.at(0) === 35) {
        if (this.options.v3) this.v3Comments();
        else while (!isBreakZ(this.at(0))) this.skip();
      }
      if (isBreak(this.at(0))) {
        this.skipLine();
        if (this.flowLevel === 0) this.allowSimpleKey = true;
      } else {
        break;
      }
    }
  }
  /**
   * go-yaml v3 reads the comment that follows a token on its line, skipping any blanks before it
   * (tabs included), unless a line break came since the last non-blank character.
   */
  lineComment() {
    if (this.newlines > 0) return;
    const last = this.queue[this.queue.length - 1];
    if (last !== void 0 && last.type === T.BlockEntry) return;
    for (let peek = 0; peek < 512; peek++) {
      const c = this.at(peek);
      if (isBlank(c)) continue;
      if (c === 35) {
        while (!isBreakZ(this.at(0))) this.skip();
      }
      return;
    }
  }
  /**
   * go-yaml v3 reads a run of comment lines at once: after a comment, every following line that
   * holds only blanks and a comment is consumed too (tabs included), looking at most 512 bytes
   * ahead for the next `#`. A byte-counted look-ahead stops at any multi-byte character.
   */
  v3Comments() {
    for (let peek = 0; peek < 512; peek++) {
      const c = this.at(peek);
      if (isBlank(c)) continue;
      if (this.flowLevel > 0 && (c === 93 || c === 125)) return;
      if (c === 0) return;
      if (c === 10 || c === 13) continue;
      if (c !== 35) return;
      const target = this.pos + peek;
      while (this.pos < target) {
        if (isBreak(this.at(0))) this.skipLine();
        else this.skip();
      }
      while (!isBreakZ(this.at(0))) this.skip();
      peek = -1;
    }
  }
  // ---------------------------------------------------------------------------------------
  // Simple keys and indentation
  keyStillValid(key) {
    if (!key.possible) return false;
    if (key.line < this.line || key.index + 1024 < this.index) {
      if (key.required) this.fail("a simple key is missing its ':'", key.pos);
      key.possible = false;
      return false;
    }
    return true;
  }
  saveSimpleKey() {
    const required = this.flowLevel === 0 && this.indent === this.column;
    if (!this.allowSimpleKey) return;
    this.removeSimpleKey();
    const level = this.simpleKeys.length - 1;
    const key = {
      possible: true,
      required,
      tokenNumber: this.produced,
      pos: this.pos,
      index: this.index,
      line: this.line,
      column: this.column
    };
    this.simpleKeys[level] = key;
    this.keysByToken.set(key.tokenNumber, level);
  }
  removeSimpleKey() {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (!key.possible) return;
    if (key.required) this.fail("a simple key is missing its ':'", key.pos);
    key.possible = false;
    this.keysByToken.delete(key.tokenNumber);
  }
  increaseFlowLevel() {
    this.simpleKeys.push(emptyKey(this.produced));
    this.flowLevel++;
    if (this.flowLevel > MAX_FLOW_LEVEL) this.fail("flow collections nest too deeply");
  }
  decreaseFlowLevel() {
    if (this.flowLevel === 0) return;
    this.flowLevel--;
    const popped = this.simpleKeys.pop();
    this.keysByToken.delete(popped.tokenNumber);
  }
  /** Opens a block collection when `column` is deeper than the current indentation. */
  rollIndent(column, tokenNumber, type, offset) {
    if (this.flowLevel > 0 || this.indent >= column) return;
    this.indents.push(this.indent);
    this.indent = column;
    if (this.indents.length > MAX_INDENTS) this.fail("block collections nest too deeply");
    const token = new Token(type, offset, offset);
    this.insert(tokenNumber < 0 ? -1 : tokenNumber - this.taken, token);
  }
  unrollIndent(column) {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      this.append(new Token(T.BlockEnd, this.pos, this.pos));
      this.indent = this.indents.pop();
    }
  }
  // ---------------------------------------------------------------------------------------
  // Indicators
  fetchStreamEnd() {
    if (this.column !== 0) {
      this.column = 0;
      this.line++;
    }
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.allowSimpleKey = false;
    this.streamEnded = true;
    this.append(new Token(T.StreamEnd, this.pos, this.pos));
  }
  fetchDirective() {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.allowSimpleKey = false;
    this.append(this.scanDirective());
  }
  fetchDocumentIndicator(type) {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.allowSimpleKey = false;
    const start = this.pos;
    this.skip();
    this.skip();
    this.skip();
    this.append(new Token(type, start, this.pos));
  }
  fetchFlowStart(type) {
    this.saveSimpleKey();
    this.increaseFlowLevel();
    this.allowSimpleKey = true;
    const start = this.pos;
    this.skip();
    this.append(new Token(type, start, this.pos));
  }
  fetchFlowEnd(type) {
    this.removeSimpleKey();
    this.decreaseFlowLevel();
    this.allowSimpleKey = false;
    const start = this.pos;
    this.skip();
    this.append(new Token(type, start, this.pos));
  }
  fetchFlowEntry() {
    this.removeSimpleKey();
    this.allowSimpleKey = true;
    const start = this.pos;
    this.skip();
    this.append(new Token(T.FlowEntry, start, this.pos));
  }
  fetchBlockEntry() {
    if (this.flowLevel === 0) {
      if (!this.allowSimpleKey) this.fail("a block sequence entry is not allowed here");
      this.rollIndent(this.column, -1, T.BlockSequenceStart, this.pos);
    }
    this.removeSimpleKey();
    this.allowSimpleKey = true;
    const start = this.pos;
    this.skip();
    this.append(new Token(T.BlockEntry, start, this.pos));
  }
  fetchKey() {
    if (this.flowLevel === 0) {
      if (!this.allowSimpleKey) this.fail("a mapping key is not allowed here");
      this.rollIndent(this.column, -1, T.BlockMappingStart, this.pos);
    }
    this.removeSimpleKey();
    this.allowSimpleKey = this.flowLevel === 0;
    const start = this.pos;
    this.skip();
    this.append(new Token(T.Key, start, this.pos));
  }
  fetchValue() {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (this.keyStillValid(key)) {
      this.insert(key.tokenNumber - this.taken, new Token(T.Key, key.pos, key.pos));
      this.rollIndent(key.column, key.tokenNumber, T.BlockMappingStart, key.pos);
      key.possible = false;
      this.keysByToken.delete(key.tokenNumber);
      this.allowSimpleKey = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.allowSimpleKey) this.fail("a mapping value is not allowed here");
        this.rollIndent(this.column, -1, T.BlockMappingStart, this.pos);
      }
      this.allowSimpleKey = this.flowLevel === 0;
    }
    const start = this.pos;
    this.skip();
    this.append(new Token(T.Value, start, this.pos));
  }
  fetchAnchor(type) {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    const start = this.pos;
    this.skip();
    const nameStart = this.pos;
    while (isWordChar(this.at(0))) this.skip();
    const name = this.src.slice(nameStart, this.pos);
    const c = this.at(0);
    if (name === "" || !(isBlankZ(c) || "?:,]}%@`".includes(String.fromCharCode(c)))) {
      this.fail(type === T.Anchor ? "an anchor name is malformed" : "an alias name is malformed", start);
    }
    this.append(new Token(type, start, this.pos, name));
  }
  fetchTag() {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    this.append(this.scanTag());
  }
  fetchBlockScalar(literal) {
    this.removeSimpleKey();
    this.allowSimpleKey = true;
    this.append(this.scanBlockScalar(literal));
  }
  fetchQuoted(single) {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    this.append(this.scanQuoted(single));
  }
  fetchPlain() {
    this.saveSimpleKey();
    this.allowSimpleKey = false;
    this.append(this.scanPlain());
  }
  // ---------------------------------------------------------------------------------------
  // Directives and tags
  scanDirective() {
    const start = this.pos;
    this.skip();
    const nameStart = this.pos;
    while (isWordChar(this.at(0))) this.skip();
    const name = this.src.slice(nameStart, this.pos);
    if (name === "") this.fail("a directive has no name", start);
    if (!isBlankZ(this.at(0))) this.fail("a directive name is malformed", start);
    let token;
    if (name === "YAML") {
      while (isBlank(this.at(0))) this.skip();
      const major = this.scanVersionNumber(start);
      if (this.at(0) !== 46) this.fail("a %YAML directive is malformed", start);
      this.skip();
      const minor = this.scanVersionNumber(start);
      token = new Token(T.VersionDirective, start, this.pos, `${major}.${minor}`);
    } else if (name === "TAG") {
      while (isBlank(this.at(0))) this.skip();
      const handle = this.scanTagHandle(true, start);
      if (!isBlank(this.at(0))) this.fail("a %TAG directive is malformed", start);
      while (isBlank(this.at(0))) this.skip();
      const prefix = this.scanTagUri(true, "", start);
      if (!isBlankZ(this.at(0))) this.fail("a %TAG directive is malformed", start);
      token = new Token(T.TagDirective, start, this.pos, handle, 0, prefix);
    } else {
      this.fail("unknown directive", start);
    }
    while (isBlank(this.at(0))) this.skip();
    if (this.at(0) === 35) while (!isBreakZ(this.at(0))) this.skip();
    if (!isBreakZ(this.at(0))) this.fail("a directive is followed by something other than a comment", start);
    if (isBreak(this.at(0))) this.skipLine();
    return token;
  }
  scanVersionNumber(start) {
    let value = 0;
    let length = 0;
    while (this.at(0) >= 48 && this.at(0) <= 57) {
      if (++length > 2) this.fail("a %YAML version number is too long", start);
      value = value * 10 + this.at(0) - 48;
      this.skip();
    }
    if (length === 0) this.fail("a %YAML directive has no version number", start);
    return value;
  }
  scanTag() {
    const start = this.pos;
    let handle;
    let suffix;
    if (this.at(1) === 60) {
      this.skip();
      this.skip();
      handle = "";
      suffix = this.scanTagUri(false, "", start);
      if (this.at(0) !== 62) this.fail("a verbatim tag has no closing '>'", start);
      this.skip();
    } else {
      handle = this.scanTagHandle(false, start);
      if (handle.length > 1 && handle.endsWith("!")) {
        suffix = this.scanTagUri(false, "", start);
      } else {
        suffix = this.scanTagUri(false, handle, start);
        handle = "!";
        if (suffix === "") {
          handle = "";
          suffix = "!";
        }
      }
    }
    if (!isBlankZ(this.at(0))) this.fail("a tag is followed by something other than a space", start);
    return new Token(T.Tag, start, this.pos, handle, 0, suffix);
  }
  scanTagHandle(directive, start) {
    if (this.at(0) !== 33) this.fail("a tag handle must start with !", start);
    const from = this.pos;
    this.skip();
    while (isWordChar(this.at(0))) this.skip();
    if (this.at(0) === 33) this.skip();
    else if (directive && this.pos - from !== 1) this.fail("a %TAG handle must end with !", start);
    return this.src.slice(from, this.pos);
  }
  /** A tag URI, with %-escapes decoded; `head` is the part already read as a would-be handle. */
  scanTagUri(directive, head, start) {
    let text = head.length > 1 ? head.slice(1) : "";
    let found = head.length > 0;
    for (; ; ) {
      const c = this.at(0);
      if (c === 37) {
        text += this.scanUriEscapes(directive, start);
      } else if (isWordChar(c) || URI_MARKS.has(c)) {
        text += String.fromCharCode(c);
        this.skip();
      } else {
        break;
      }
      found = true;
    }
    if (!found) this.fail(directive ? "a %TAG directive has no prefix" : "a tag is empty", start);
    return text;
  }
  scanUriEscapes(_directive, start) {
    const bytes = [];
    let width = 0;
    do {
      if (!(this.at(0) === 37 && isHex(this.at(1)) && isHex(this.at(2)))) {
        this.fail("a tag holds a malformed %-escape", start);
      }
      const octet = hexValue(this.at(1)) * 16 + hexValue(this.at(2));
      if (bytes.length === 0) {
        width = (octet & 128) === 0 ? 1 : (octet & 224) === 192 ? 2 : (octet & 240) === 224 ? 3 : (octet & 248) === 240 ? 4 : 0;
        if (width === 0) this.fail("a tag holds a malformed %-escape", start);
      } else if ((octet & 192) !== 128) {
        this.fail("a tag holds a malformed %-escape", start);
      }
      bytes.push(octet);
      this.skip();
      this.skip();
      this.skip();
    } while (bytes.length < width);
    return Buffer.from(bytes).toString("utf8");
  }
  // ---------------------------------------------------------------------------------------
  // Scalars
  scanBlockScalar(literal) {
    const start = this.pos;
    this.skip();
    let chomping = 0;
    let increment = 0;
    const readChomping = () => {
      const c = this.at(0);
      if (c === 43 || c === 45) {
        chomping = c === 43 ? 1 : -1;
        this.skip();
        return true;
      }
      return false;
    };
    const readIncrement = () => {
      const c = this.at(0);
      if (c >= 48 && c <= 57) {
        if (c === 48) this.fail("a block scalar has an indentation indicator of 0", start);
        increment = c - 48;
        this.skip();
        return true;
      }
      return false;
    };
    if (readChomping()) readIncrement();
    else if (readIncrement()) readChomping();
    while (isBlank(this.at(0))) this.skip();
    if (this.at(0) === 35) while (!isBreakZ(this.at(0))) this.skip();
    if (!isBreakZ(this.at(0))) {
      this.fail("a block scalar header is followed by something other than a comment", start);
    }
    if (isBreak(this.at(0))) this.skipLine();
    let indent = increment > 0 ? this.indent >= 0 ? this.indent + increment : increment : 0;
    let text = "";
    let leadingBreak = "";
    let leadingBlank = false;
    const breaks = () => {
      let collected = "";
      let maxIndent = 0;
      for (; ; ) {
        while ((indent === 0 || this.column < indent) && this.at(0) === 32) this.skip();
        if (this.column > maxIndent) maxIndent = this.column;
        if ((indent === 0 || this.column < indent) && this.at(0) === 9) {
          this.fail("a tab character is used for indentation in a block scalar", start);
        }
        if (!isBreak(this.at(0))) break;
        collected += this.readLine();
      }
      if (indent === 0) {
        indent = Math.max(maxIndent, this.indent + 1, 1);
      }
      return collected;
    };
    let trailing = breaks();
    while (this.column === indent && this.at(0) !== 0) {
      const trailingBlank = isBlank(this.at(0));
      if (!literal && !leadingBlank && !trailingBlank && leadingBreak === "\n") {
        if (trailing === "") text += " ";
      } else {
        text += leadingBreak;
      }
      text += trailing;
      leadingBlank = isBlank(this.at(0));
      const lineStart = this.pos;
      while (!isBreakZ(this.at(0))) this.skip();
      text += this.src.slice(lineStart, this.pos);
      leadingBreak = isBreak(this.at(0)) ? this.readLine() : "";
      trailing = breaks();
    }
    if (chomping !== -1) text += leadingBreak;
    if (chomping === 1) text += trailing;
    this.scalarSpans.push(start, this.pos);
    return new Token(T.Scalar, start, this.pos, text, literal ? S.Literal : S.Folded);
  }
  scanQuoted(single) {
    const start = this.pos;
    const quote = single ? 39 : 34;
    this.skip();
    let text = "";
    for (; ; ) {
      if (this.column === 0 && (this.at(0) === 45 && this.at(1) === 45 && this.at(2) === 45 || this.at(0) === 46 && this.at(1) === 46 && this.at(2) === 46) && isBlankZ(this.at(3))) {
        this.fail("a document marker appears inside a quoted scalar", start);
      }
      if (this.at(0) === 0) this.fail("a quoted scalar is not closed", start);
      let leadingBlanks = false;
      let runStart = this.pos;
      for (; ; ) {
        const c = this.at(0);
        if (isBlankZ(c)) break;
        if (single && c === 39) {
          if (this.at(1) === 39) {
            text += this.src.slice(runStart, this.pos) + "'";
            this.skip();
            this.skip();
            runStart = this.pos;
            continue;
          }
          break;
        }
        if (!single && c === 34) break;
        if (!single && c === 92) {
          text += this.src.slice(runStart, this.pos);
          if (isBreak(this.at(1))) {
            this.skip();
            this.skipLine();
            leadingBlanks = true;
            runStart = this.pos;
            break;
          }
          text += this.scanEscape(start);
          runStart = this.pos;
          continue;
        }
        this.skip();
      }
      text += this.src.slice(runStart, this.pos);
      if (this.at(0) === quote) break;
      let whitespace = "";
      let leadingBreak = "";
      let trailing = "";
      for (; ; ) {
        const c = this.at(0);
        if (isBlank(c)) {
          if (!leadingBlanks) whitespace += String.fromCharCode(c);
          this.skip();
        } else if (isBreak(c)) {
          if (!leadingBlanks) {
            whitespace = "";
            leadingBreak = this.readLine();
            leadingBlanks = true;
          } else {
            trailing += this.readLine();
          }
        } else {
          break;
        }
      }
      if (leadingBlanks) {
        if (leadingBreak === "\n") text += trailing === "" ? " " : trailing;
        else text += leadingBreak + trailing;
      } else {
        text += whitespace;
      }
    }
    this.skip();
    this.scalarSpans.push(start, this.pos);
    return new Token(T.Scalar, start, this.pos, text, single ? S.Single : S.Double);
  }
  scanEscape(start) {
    const c = this.at(1);
    let length = 0;
    let out = "";
    switch (c) {
      case 48:
        out = "\0";
        break;
      case 97:
        out = "\x07";
        break;
      case 98:
        out = "\b";
        break;
      case 116:
      case 9:
        out = "	";
        break;
      case 110:
        out = "\n";
        break;
      case 118:
        out = "\v";
        break;
      case 102:
        out = "\f";
        break;
      case 114:
        out = "\r";
        break;
      case 101:
        out = "\x1B";
        break;
      case 32:
        out = " ";
        break;
      case 34:
        out = '"';
        break;
      case 39:
        out = "'";
        break;
      case 92:
        out = "\\";
        break;
      case 47:
        if (!this.options.slashEscape) this.fail("a double-quoted scalar holds an unknown escape", start);
        out = "/";
        break;
      case 78:
        out = "";
        break;
      case 95:
        out = " ";
        break;
      case 76:
        out = "\u2028";
        break;
      case 80:
        out = "\u2029";
        break;
      case 120:
        length = 2;
        break;
      case 117:
        length = 4;
        break;
      case 85:
        length = 8;
        break;
      default:
        this.fail("a double-quoted scalar holds an unknown escape", start);
    }
    this.skip();
    this.skip();
    if (length > 0) {
      let value = 0;
      for (let k = 0; k < length; k++) {
        const h = this.at(k);
        if (!isHex(h)) this.fail("a double-quoted scalar holds a malformed escape", start);
        value = value * 16 + hexValue(h);
      }
      if (value >= 55296 && value <= 57343 || value > 1114111) {
        this.fail("a double-quoted scalar escapes an invalid character", start);
      }
      out = String.fromCodePoint(value);
      for (let k = 0; k < length; k++) this.skip();
    }
    return out;
  }
  scanPlain() {
    const start = this.pos;
    let end = this.pos;
    const indent = this.indent + 1;
    const flow = this.flowLevel > 0;
    let text = "";
    let leadingBlanks = false;
    let whitespace = "";
    let leadingBreak = "";
    let trailing = "";
    for (; ; ) {
      if (this.column === 0 && (this.at(0) === 45 && this.at(1) === 45 && this.at(2) === 45 || this.at(0) === 46 && this.at(1) === 46 && this.at(2) === 46) && isBlankZ(this.at(3))) {
        break;
      }
      if (this.at(0) === 35) break;
      let runStart = -1;
      for (; ; ) {
        const c2 = this.at(0);
        if (isBlankZ(c2)) break;
        if (c2 === 58 && isBlankZ(this.at(1))) break;
        if (flow && (c2 === 44 || c2 === 63 || c2 === 91 || c2 === 93 || c2 === 123 || c2 === 125)) break;
        if (runStart < 0) {
          if (leadingBlanks) {
            if (leadingBreak === "\n") text += trailing === "" ? " " : trailing;
            else text += leadingBreak + trailing;
            leadingBreak = "";
            trailing = "";
            leadingBlanks = false;
          } else if (whitespace !== "") {
            text += whitespace;
          }
          whitespace = "";
          runStart = this.pos;
        }
        this.skip();
        end = this.pos;
      }
      if (runStart >= 0) text += this.src.slice(runStart, this.pos);
      const c = this.at(0);
      if (!(isBlank(c) || isBreak(c))) break;
      for (; ; ) {
        const b = this.at(0);
        if (isBlank(b)) {
          if (leadingBlanks && this.column < indent && b === 9) {
            this.fail("a tab character breaks the indentation of a plain scalar", start);
          }
          if (!leadingBlanks) whitespace += String.fromCharCode(b);
          this.skip();
        } else if (isBreak(b)) {
          if (!leadingBlanks) {
            whitespace = "";
            leadingBreak = this.readLine();
            leadingBlanks = true;
          } else {
            trailing += this.readLine();
          }
        } else {
          break;
        }
      }
      if (!flow && this.column < indent) break;
    }
    if (leadingBlanks) this.allowSimpleKey = true;
    return new Token(T.Scalar, start, end, text, S.Plain);
  }
};
function emptyKey(tokenNumber) {
  return { possible: false, required: false, tokenNumber, pos: 0, index: 0, line: 0, column: 0 };
}

// src/formats/yaml/compose.ts
var K = { Scalar: 0, Map: 1, Seq: 2, Alias: 3 };
var ScalarNode = class {
  constructor(start, end, value, style, tag, anchor) {
    this.start = start;
    this.end = end;
    this.value = value;
    this.style = style;
    this.tag = tag;
    this.anchor = anchor;
  }
  start;
  end;
  value;
  style;
  tag;
  anchor;
  kind = K.Scalar;
};
var MapNode = class {
  constructor(start, tag, anchor, flow) {
    this.start = start;
    this.tag = tag;
    this.anchor = anchor;
    this.flow = flow;
  }
  start;
  tag;
  anchor;
  flow;
  kind = K.Map;
  /** Keys and values, alternating. */
  items = [];
  end = 0;
};
var SeqNode = class {
  constructor(start, tag, anchor) {
    this.start = start;
    this.tag = tag;
    this.anchor = anchor;
  }
  start;
  tag;
  anchor;
  kind = K.Seq;
  items = [];
  end = 0;
};
var AliasNode = class {
  constructor(start, end, name, target, sameDocument, recursive) {
    this.start = start;
    this.end = end;
    this.name = name;
    this.target = target;
    this.sameDocument = sameDocument;
    this.recursive = recursive;
  }
  start;
  end;
  name;
  target;
  sameDocument;
  recursive;
  kind = K.Alias;
};
var trees = /* @__PURE__ */ new WeakSet();
function isTree(root) {
  return trees.has(root);
}
function markTree(root) {
  trees.add(root);
}
var DEFAULT_TAG_HANDLES = [
  ["!", "!"],
  ["!!", "tag:yaml.org,2002:"]
];
function compose(text, options, start = 0, end = text.length, badCharacterAt) {
  const scanner = new Scanner(text, options.scanner, start, end, badCharacterAt);
  const composer = new Composer(scanner, options);
  let error;
  try {
    composer.stream();
  } catch (caught) {
    if (!(caught instanceof YamlError)) throw caught;
    error = caught;
  }
  return {
    documents: composer.documents,
    error,
    scannedTo: scanner.offset,
    scalarSpans: scanner.scalarSpans,
    lateKey: scanner.lateKey
  };
}
var Composer = class {
  constructor(scanner, options) {
    this.scanner = scanner;
    this.options = options;
  }
  scanner;
  options;
  documents = [];
  streamAnchors = /* @__PURE__ */ new Map();
  documentAnchors = /* @__PURE__ */ new Map();
  open = /* @__PURE__ */ new Set();
  handles = [];
  depth = 0;
  tags = [];
  /** Alias nodes made in the current document. */
  aliases = 0;
  stream() {
    const first = this.scanner.next();
    if (first.type !== T.StreamStart) throw new YamlError("the stream did not start", first.start);
    let implicit = true;
    for (; ; ) {
      let token = this.scanner.peek();
      if (!implicit) {
        while (token.type === T.DocumentEnd) {
          this.scanner.next();
          token = this.scanner.peek();
        }
      }
      if (token.type === T.StreamEnd) {
        this.scanner.next();
        return;
      }
      this.document(implicit);
      if (this.options.firstDocumentOnly) return;
      implicit = false;
    }
  }
  document(implicitAllowed) {
    let token = this.scanner.peek();
    const start = token.start;
    this.documentAnchors = /* @__PURE__ */ new Map();
    this.tags = [];
    this.aliases = 0;
    let explicitStart = false;
    let version;
    let tagDirectives = 0;
    const implicit = implicitAllowed && token.type !== T.VersionDirective && token.type !== T.TagDirective && token.type !== T.DocumentStart;
    this.handles = [];
    if (!implicit) {
      while (token.type === T.VersionDirective || token.type === T.TagDirective) {
        if (token.type === T.VersionDirective) {
          if (version !== void 0) throw new YamlError("a document has two %YAML directives", token.start);
          if (token.value !== "1.1") {
            throw new YamlError("a %YAML directive names a version other than 1.1", token.start);
          }
          version = token.value;
        } else {
          if (this.handles.some(([handle]) => handle === token.value)) {
            throw new YamlError("a document has two %TAG directives for one handle", token.start);
          }
          this.handles.push([token.value, token.suffix]);
          tagDirectives++;
        }
        this.scanner.next();
        token = this.scanner.peek();
      }
    }
    for (const [handle, prefix] of DEFAULT_TAG_HANDLES) {
      if (!this.handles.some(([h]) => h === handle)) this.handles.push([handle, prefix]);
    }
    let root;
    if (implicit) {
      root = this.node(true, false);
    } else {
      if (token.type !== T.DocumentStart) throw new YamlError("expected a document start (---)", token.start);
      explicitStart = true;
      this.scanner.next();
      const next = this.scanner.peek();
      if (next.type === T.VersionDirective || next.type === T.TagDirective || next.type === T.DocumentStart || next.type === T.DocumentEnd || next.type === T.StreamEnd) {
        root = emptyScalar(next.start);
      } else {
        root = this.node(true, false);
      }
    }
    if (this.aliases === 0) trees.add(root);
    const doc = {
      start,
      contentStart: root.start,
      contentEnd: root.end,
      root,
      explicitStart,
      explicitEnd: false,
      version,
      tagDirectives,
      tags: this.tags
    };
    this.documents.push(doc);
    const end = this.scanner.peek();
    if (end.type === T.DocumentEnd) {
      this.scanner.next();
      doc.explicitEnd = true;
    }
  }
  node(block, indentless) {
    let token = this.scanner.peek();
    if (token.type === T.Alias) {
      this.scanner.next();
      return this.alias(token);
    }
    const start = token.start;
    let anchor;
    let tagToken;
    if (token.type === T.Anchor) {
      anchor = token.value;
      this.scanner.next();
      token = this.scanner.peek();
      if (token.type === T.Tag) {
        tagToken = token;
        this.scanner.next();
        token = this.scanner.peek();
      }
    } else if (token.type === T.Tag) {
      tagToken = token;
      this.scanner.next();
      token = this.scanner.peek();
      if (token.type === T.Anchor) {
        anchor = token.value;
        this.scanner.next();
        token = this.scanner.peek();
      }
    }
    let tag;
    if (tagToken !== void 0) {
      this.tags.push(tagToken.start);
      if (tagToken.value === "") {
        tag = tagToken.suffix;
      } else {
        const handle = this.handles.find(([h]) => h === tagToken.value);
        if (handle === void 0)
          throw new YamlError("a tag uses a handle no %TAG directive defines", tagToken.start);
        tag = handle[1] + tagToken.suffix;
      }
      if (tag === "") tag = void 0;
    }
    if (indentless && token.type === T.BlockEntry) {
      return this.register(anchor, this.indentlessSequence(start, tag, anchor));
    }
    switch (token.type) {
      case T.Scalar: {
        this.scanner.next();
        return this.register(
          anchor,
          new ScalarNode(start, token.end, token.value, token.style, tag, anchor)
        );
      }
      case T.FlowSequenceStart:
        return this.flowSequence(start, tag, anchor);
      case T.FlowMappingStart:
        return this.flowMapping(start, tag, anchor);
      case T.BlockSequenceStart:
        if (block) return this.blockSequence(start, tag, anchor);
        break;
      case T.BlockMappingStart:
        if (block) return this.blockMapping(start, tag, anchor);
        break;
    }
    if (anchor !== void 0 || tag !== void 0) {
      return this.register(anchor, new ScalarNode(start, start, "", S.Plain, tag, anchor));
    }
    throw new YamlError("expected a value here", token.start);
  }
  register(anchor, node) {
    if (anchor !== void 0) {
      this.streamAnchors.set(anchor, node);
      this.documentAnchors.set(anchor, node);
    }
    return node;
  }
  alias(token) {
    const target = this.streamAnchors.get(token.value);
    if (target === void 0)
      throw new YamlError("an alias names an anchor defined nowhere before it", token.start);
    this.aliases++;
    return new AliasNode(
      token.start,
      token.end,
      token.value,
      target,
      this.documentAnchors.get(token.value) === target,
      this.open.has(target)
    );
  }
  enter(node, anchor) {
    if (++this.depth > this.options.maxDepth) {
      throw new YamlError(`nesting is deeper than ${this.options.maxDepth} levels`, node.start, "limit");
    }
    this.register(anchor, node);
    this.open.add(node);
    return node;
  }
  leave(node, end) {
    node.end = end;
    this.open.delete(node);
    this.depth--;
  }
  blockSequence(start, tag, anchor) {
    const node = this.enter(new SeqNode(start, tag, anchor), anchor);
    this.scanner.next();
    for (; ; ) {
      const token = this.scanner.peek();
      if (token.type === T.BlockEntry) {
        this.scanner.next();
        const next = this.scanner.peek();
        if (next.type !== T.BlockEntry && next.type !== T.BlockEnd) node.items.push(this.node(true, false));
        else node.items.push(emptyScalar(token.end));
      } else if (token.type === T.BlockEnd) {
        this.scanner.next();
        this.leave(node, token.end);
        return node;
      } else {
        throw new YamlError("expected '-' for the next item of a block sequence", token.start);
      }
    }
  }
  indentlessSequence(start, tag, anchor) {
    const node = this.enter(new SeqNode(start, tag, anchor), anchor);
    for (; ; ) {
      const token = this.scanner.peek();
      if (token.type !== T.BlockEntry) {
        this.leave(node, token.start);
        return node;
      }
      this.scanner.next();
      const next = this.scanner.peek();
      if (next.type !== T.BlockEntry && next.type !== T.Key && next.type !== T.Value && next.type !== T.BlockEnd) {
        node.items.push(this.node(true, false));
      } else {
        node.items.push(emptyScalar(token.end));
      }
    }
  }
  blockMapping(start, tag, anchor) {
    const node = this.enter(new MapNode(start, tag, anchor, false), anchor);
    this.scanner.next();
    for (; ; ) {
      const token = this.scanner.peek();
      if (token.type === T.Key) {
        this.scanner.next();
        const next = this.scanner.peek();
        if (next.type !== T.Key && next.type !== T.Value && next.type !== T.BlockEnd) {
          node.items.push(this.node(true, true));
        } else {
          node.items.push(emptyScalar(token.end));
        }
      } else if (token.type === T.BlockEnd) {
        this.scanner.next();
        this.leave(node, token.end);
        return node;
      } else {
        throw new YamlError("expected a key of a block mapping", token.start);
      }
      const value = this.scanner.peek();
      if (value.type === T.Value) {
        this.scanner.next();
        const next = this.scanner.peek();
        if (next.type !== T.Key && next.type !== T.Value && next.type !== T.BlockEnd) {
          node.items.push(this.node(true, true));
        } else {
          node.items.push(emptyScalar(value.end));
        }
      } else {
        node.items.push(emptyScalar(value.start));
      }
    }
  }
  flowSequence(start, tag, anchor) {
    const node = this.enter(new SeqNode(start, tag, anchor), anchor);
    this.scanner.next();
    let first = true;
    for (; ; ) {
      let token = this.scanner.peek();
      if (token.type !== T.FlowSequenceEnd) {
        if (!first) {
          if (token.type !== T.FlowEntry)
            throw new YamlError("expected ',' or ']' in a flow sequence", token.start);
          this.scanner.next();
          token = this.scanner.peek();
        }
        if (token.type === T.Key) {
          node.items.push(this.flowSequencePair(token));
          first = false;
          continue;
        }
        if (token.type !== T.FlowSequenceEnd) {
          node.items.push(this.node(false, false));
          first = false;
          continue;
        }
      }
      this.scanner.next();
      this.leave(node, token.end);
      return node;
    }
  }
  /** `[a: b]` or `[? a : b]`: a one-pair mapping inside a flow sequence. */
  flowSequencePair(keyToken) {
    const pair = this.enter(new MapNode(keyToken.start, void 0, void 0, true), void 0);
    this.scanner.next();
    let token = this.scanner.peek();
    if (token.type !== T.Value && token.type !== T.FlowEntry && token.type !== T.FlowSequenceEnd) {
      pair.items.push(this.node(false, false));
    } else {
      this.scanner.next();
      pair.items.push(emptyScalar(token.end));
    }
    token = this.scanner.peek();
    if (token.type === T.Value) {
      this.scanner.next();
      const next = this.scanner.peek();
      if (next.type !== T.FlowEntry && next.type !== T.FlowSequenceEnd)
        pair.items.push(this.node(false, false));
      else pair.items.push(emptyScalar(token.start));
    } else {
      pair.items.push(emptyScalar(token.start));
    }
    this.leave(pair, this.scanner.peek().start);
    return pair;
  }
  flowMapping(start, tag, anchor) {
    const node = this.enter(new MapNode(start, tag, anchor, true), anchor);
    this.scanner.next();
    let first = true;
    for (; ; ) {
      let token = this.scanner.peek();
      if (token.type !== T.FlowMappingEnd) {
        if (!first) {
          if (token.type !== T.FlowEntry)
            throw new YamlError("expected ',' or '}' in a flow mapping", token.start);
          this.scanner.next();
          token = this.scanner.peek();
        }
        first = false;
        if (token.type === T.Key) {
          this.scanner.next();
          const next = this.scanner.peek();
          if (next.type !== T.Value && next.type !== T.FlowEntry && next.type !== T.FlowMappingEnd) {
            node.items.push(this.node(false, false));
          } else {
            node.items.push(emptyScalar(next.start));
          }
          node.items.push(this.flowMappingValue());
          continue;
        }
        if (token.type !== T.FlowMappingEnd) {
          node.items.push(this.node(false, false));
          node.items.push(emptyScalar(this.scanner.peek().start));
          continue;
        }
      }
      this.scanner.next();
      this.leave(node, token.end);
      return node;
    }
  }
  flowMappingValue() {
    const token = this.scanner.peek();
    if (token.type === T.Value) {
      this.scanner.next();
      const next = this.scanner.peek();
      if (next.type !== T.FlowEntry && next.type !== T.FlowMappingEnd) return this.node(false, false);
      return emptyScalar(next.start);
    }
    return emptyScalar(token.start);
  }
};
function emptyScalar(offset) {
  return new ScalarNode(offset, offset, "", S.Plain, void 0, void 0);
}

// src/formats/yaml/reader.ts
var LONG = "tag:yaml.org,2002:";
var MERGE_TAG = `${LONG}merge`;
function setOwn(target, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
function fail(message, node) {
  throw new YamlError(message, node.start, "value");
}
var NULL_KEY = "\0unsupported key: null";
var UNSUPPORTED_KEY = "\0unsupported key";
var nanKeys = 0;
function nanKeyIdentity() {
  return `nan:${nanKeys++}`;
}
var Reader = class {
  constructor(options) {
    this.options = options;
  }
  options;
  cache = /* @__PURE__ */ new Map();
  // Plain maps, not weak ones: they live exactly as long as the values they describe.
  sources = /* @__PURE__ */ new Map();
  keyNodes = /* @__PURE__ */ new Map();
  /** Something the JSON encoder refuses was kept; `finish` looks whether it survived. */
  deferred = false;
  /** Maps holding two Go keys that become one JSON name. */
  collided = /* @__PURE__ */ new Set();
  /**
   * go-yaml builds the whole value before it is turned into JSON, so a NaN, a null key or a key
   * collision only matters if it is still in the document once later keys have overridden earlier
   * ones.
   */
  finish(value, root) {
    if (!this.deferred) return;
    const seen = /* @__PURE__ */ new Set();
    const visit = (item) => {
      if (typeof item === "number") {
        if (!Number.isFinite(item)) fail("a value is NaN or infinite, which JSON cannot hold", root);
        return;
      }
      if (typeof item !== "object" || item === null || seen.has(item)) return;
      seen.add(item);
      if (this.collided.has(item))
        fail("two different keys become the same JSON key", this.sources.get(item) ?? root);
      if (Array.isArray(item)) {
        for (const element of item) visit(element);
        return;
      }
      for (const [key, element] of Object.entries(item)) {
        if (key.startsWith(UNSUPPORTED_KEY)) {
          fail("a key is null or too large a number, which JSON cannot name", this.sources.get(item) ?? root);
        }
        visit(element);
      }
    };
    visit(value);
  }
  value(node) {
    switch (node.kind) {
      case K.Alias:
        return this.alias(node);
      case K.Scalar:
        return this.scalar(node);
      case K.Seq: {
        const cached = node.anchor === void 0 ? void 0 : this.cache.get(node);
        if (cached !== void 0) return cached;
        const items = node.items.map((item) => this.value(item));
        this.sources.set(items, node);
        const value = this.collectionTagged(node, items);
        if (node.anchor !== void 0) this.cache.set(node, value);
        return value;
      }
      case K.Map: {
        const cached = node.anchor === void 0 ? void 0 : this.cache.get(node);
        if (cached !== void 0) return cached;
        const target = {};
        this.sources.set(target, node);
        this.fill(node, target, void 0);
        const value = this.collectionTagged(node, target);
        if (node.anchor !== void 0) this.cache.set(node, value);
        return value;
      }
    }
  }
  alias(node) {
    if (node.recursive) fail("an alias names the node that contains it", node);
    return this.value(node.target);
  }
  /** Collections ignore their tags in go-yaml; the YAML 1.x readers override this. */
  collectionTagged(_node, value) {
    return value;
  }
  identities = /* @__PURE__ */ new Map();
  /** setGoKey for a string key (identity `s:` + its name), without building the key. */
  setStringKey(target, name, value) {
    if (this.identities.size > 0) {
      this.setGoKey(target, { name, identity: `s:${name}` }, value, void 0);
      return;
    }
    if (name.startsWith(UNSUPPORTED_KEY) || typeof value === "number" && !Number.isFinite(value))
      this.deferred = true;
    setOwn(target, name, value);
  }
  /**
   * Sets a key of a go-yaml map converted to JSON. Two different Go keys that become one JSON
   * name (1 and "1") leave the result to Go's map order, so they are refused.
   */
  setGoKey(target, key, value, _node) {
    if (key.name.startsWith(UNSUPPORTED_KEY) || typeof value === "number" && !Number.isFinite(value))
      this.deferred = true;
    const stringKey = key.identity.startsWith("s:");
    let others = this.identities.get(target);
    if (stringKey && others === void 0) {
      setOwn(target, key.name, value);
      return;
    }
    if (others === void 0) {
      others = /* @__PURE__ */ new Map();
      this.identities.set(target, others);
    }
    const existing = Object.prototype.hasOwnProperty.call(target, key.name) ? others.get(key.name) ?? `s:${key.name}` : void 0;
    if (existing !== void 0 && existing !== key.identity) {
      this.collided.add(target);
      this.deferred = true;
    }
    if (!stringKey) others.set(key.name, key.identity);
    setOwn(target, key.name, value);
  }
  offsetOf(root, rootValue, path2) {
    let value = rootValue;
    let best = root.start;
    for (const segment of path2) {
      if (Array.isArray(value)) {
        const seq = this.sources.get(value);
        const item = typeof segment === "number" ? seq?.items[segment] : void 0;
        if (item === void 0) break;
        best = item.start;
        value = value[segment];
      } else if (typeof value === "object" && value !== null) {
        const map = this.sources.get(value);
        if (map === void 0) break;
        const key = this.keysOf(map).get(String(segment));
        if (key === void 0) break;
        best = key.start;
        value = value[String(segment)];
      } else {
        break;
      }
    }
    return best;
  }
  keysOf(map) {
    let keys = this.keyNodes.get(map);
    if (keys === void 0) {
      keys = /* @__PURE__ */ new Map();
      try {
        this.fill(map, {}, keys);
      } catch {
      }
      this.keyNodes.set(map, keys);
    }
    return keys;
  }
};
function lookString(node) {
  if (node.kind !== K.Scalar || node.tag !== void 0) return void 0;
  const style = node.style;
  if (style === S.Plain) return alwaysString(node.value) ? node.value : void 0;
  return style === S.Json ? void 0 : node.value;
}
function deref(node) {
  let current = node;
  while (current.kind === K.Alias) {
    if (current.recursive) fail("an alias names the node that contains it", current);
    current = current.target;
  }
  return current;
}
function goScalar(node, v3) {
  if (node.style === S.Json) return jsonLiteral(node);
  const tag = node.tag;
  const quoted = node.style !== S.Plain;
  if (tag === void 0 || tag === "!") {
    if (quoted) return { kind: "str", value: node.value };
    if (tag === "!" && !v3) return { kind: "str", value: node.value };
    return resolveGo(node.value, v3);
  }
  if (v3 && quoted && tag === `${LONG}str`) return { kind: "str", value: node.value };
  const resolved = resolveGoTagged(tag, node.value, v3);
  if (resolved === void 0) fail("a tagged value does not fit its tag", node);
  if (resolved === "unresolvable") return { kind: "str", value: node.value };
  if (resolved === "binary") return { kind: "binary", value: decodeBase64(node) };
  return resolved;
}
function jsonLiteral(node) {
  switch (node.value) {
    case "true":
      return { kind: "bool", value: true };
    case "false":
      return { kind: "bool", value: false };
    case "null":
      return { kind: "null", value: null };
  }
  const value = Number(node.value);
  if (!Number.isFinite(value)) fail("a JSON number is out of range", node);
  return { kind: "float", value };
}
function decodeBase64(node) {
  const text = node.value.replace(/[\r\n]/g, "");
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text))
    fail("a !!binary value is not base64", node);
  const bytes = Buffer.from(text, "base64");
  const decoded = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (decoded.includes("�")) fail("a !!binary value is not UTF-8 text", node);
  return decoded;
}
function goJson(_node, resolved) {
  return resolved.value;
}
function goKey(resolved, node, v3) {
  switch (resolved.kind) {
    case "str":
    case "binary":
      return { name: resolved.value, identity: `s:${resolved.value}` };
    case "timestamp":
      return { name: resolved.value, identity: `t:${resolved.value}` };
    case "int":
      return {
        name: resolved.exact ?? String(resolved.value),
        identity: `i:${resolved.exact ?? resolved.value}`
      };
    case "uint":
      if (!v3) return { name: `${UNSUPPORTED_KEY}: ${resolved.exact}`, identity: `u:${resolved.exact}` };
      return {
        name: resolved.exact ?? String(resolved.value),
        identity: `u:${resolved.exact ?? resolved.value}`
      };
    case "float": {
      const value = resolved.value;
      let name = formatFloat32(value);
      if (name === "+Inf") name = ".inf";
      else if (name === "-Inf") name = "-.inf";
      else if (name === "NaN") name = ".nan";
      return {
        name,
        identity: Number.isNaN(value) ? nanKeyIdentity() : `f:${Object.is(value, -0) ? "-0" : value}`
      };
    }
    case "bool":
      return { name: String(resolved.value), identity: `b:${resolved.value}` };
    case "null":
      return { name: NULL_KEY, identity: "n:" };
  }
}

// src/formats/yaml/reader-go.ts
var GoV2Reader = class extends Reader {
  /**
   * While the reader checks which other readings read the document as it does (agreement.ts):
   * their bits, kubectl's included; 0 when it does not check, or once no other reading agrees.
   */
  agreeing = 0;
  agree(readings) {
    const left = this.agreeing & readings;
    this.agreeing = left === KUBECTL ? 0 : left;
  }
  scalar(node) {
    if (node.tag === void 0) {
      const style = node.style;
      if (style === S.Plain) {
        const text = node.value;
        if (alwaysString(text)) return text;
        const resolved = resolveGo(text, false);
        if (this.agreeing !== 0) this.agree(plainValueAgreement(text, resolved));
        const value2 = resolved.value;
        if (typeof value2 === "number" && !Number.isFinite(value2)) this.deferred = true;
        return value2;
      }
      if (style !== S.Json) return node.value;
    } else if (this.agreeing !== 0) {
      this.agree(KUBECTL);
    }
    const value = goJson(node, goScalar(node, false));
    if (typeof value === "number" && !Number.isFinite(value)) this.deferred = true;
    return value;
  }
  collectionTagged(node, value) {
    if (this.agreeing !== 0 && node.tag !== void 0) this.agree(KUBECTL);
    return value;
  }
  alias(node) {
    if (this.agreeing !== 0) this.agree(KUBECTL);
    if (!node.sameDocument) fail("an alias names an anchor of another document", node);
    return super.alias(node);
  }
  /** What a key means to the other readings (agreement.ts, condition 2). */
  keyAgreement(key, target) {
    if (key.kind !== K.Scalar || target.tag !== void 0 || target.value === "<<" || target.style === S.Json) {
      this.agree(KUBECTL);
    } else if (target.style === S.Plain && !alwaysString(target.value)) {
      if (resolveGo(target.value, false).kind !== "str") this.agree(KUBECTL);
      else this.agree(plainKeyAgreement(target.value));
    }
  }
  isMerge(key) {
    if (key.kind !== K.Scalar || key.value !== "<<" || key.style === S.Json) return false;
    return key.tag === void 0 && key.style === S.Plain || key.tag === "!" || key.tag === MERGE_TAG;
  }
  fill(node, target, record) {
    const items = node.items;
    for (let i = 0; i < items.length; i += 2) {
      const keyNode = items[i];
      const valueNode = items[i + 1];
      if (this.isMerge(keyNode)) {
        if (this.agreeing !== 0) this.agree(KUBECTL);
        this.merge(valueNode, target, record);
        continue;
      }
      const name = lookString(keyNode);
      if (name !== void 0) {
        if (this.agreeing !== 0 && name === "<<") this.agree(KUBECTL);
        if (record) {
          record.set(name, keyNode);
          continue;
        }
        if (this.agreeing !== 0 && Object.hasOwn(target, name)) this.agree(KUBECTL);
        this.setStringKey(target, name, this.value(valueNode));
        continue;
      }
      const key = this.key(keyNode);
      if (record) {
        record.set(key.name, keyNode);
        continue;
      }
      if (this.agreeing !== 0 && Object.hasOwn(target, key.name)) this.agree(KUBECTL);
      this.setGoKey(target, key, this.value(valueNode), keyNode);
    }
  }
  key(node) {
    if (node.kind === K.Alias && !node.sameDocument)
      fail("an alias names an anchor of another document", node);
    const target = deref(node);
    if (target.kind !== K.Scalar) fail("a key is a collection", node);
    if (this.agreeing !== 0) this.keyAgreement(node, target);
    return goKey(goScalar(target, false), node, false);
  }
  /** A later `<<` overrides what came before it; in a list, the earlier maps win. */
  merge(value, target, record) {
    if (value.kind === K.Alias && !value.sameDocument)
      fail("an alias names an anchor of another document", value);
    const source = deref(value);
    if (source.kind === K.Map) {
      this.fill(source, target, record);
    } else if (source.kind === K.Seq && value.kind === K.Seq) {
      for (let i = source.items.length - 1; i >= 0; i--) {
        const item = source.items[i];
        if (item.kind === K.Alias && !item.sameDocument)
          fail("an alias names an anchor of another document", item);
        const map = deref(item);
        if (map.kind !== K.Map) fail("a merge key takes a map or a list of maps", item);
        this.fill(map, target, record);
      }
    } else {
      fail("a merge key takes a map or a list of maps", value);
    }
  }
};
var GoV3Reader = class extends Reader {
  scalar(node) {
    const text = lookString(node);
    if (text !== void 0) return text;
    const value = goJson(node, goScalar(node, true));
    if (typeof value === "number" && !Number.isFinite(value)) this.deferred = true;
    return value;
  }
  isMerge(key) {
    if (key.kind !== K.Scalar || key.value !== "<<" || key.style === S.Json) return false;
    if (key.tag === void 0 || key.tag === "!") return key.style === S.Plain;
    return key.tag === MERGE_TAG;
  }
  /** go-yaml v3's tag for a node as a key (Node.ShortTag), to tell string maps from others. */
  keyTag(node) {
    const target = deref(node);
    if (target.kind === K.Map) return target.tag === void 0 || target.tag === "!" ? "map" : target.tag;
    if (target.kind === K.Seq) return target.tag === void 0 || target.tag === "!" ? "seq" : target.tag;
    if (target.tag !== void 0 && target.tag !== "!") {
      return target.tag === `${LONG}str` ? "str" : target.tag === MERGE_TAG ? "merge" : target.tag;
    }
    if (target.style !== S.Plain) return "str";
    if (target.value === "<<") return "merge";
    if (alwaysString(target.value)) return "str";
    return resolveGo(target.value, true).kind;
  }
  isStringMap(node) {
    for (let i = 0; i < node.items.length; i += 2) {
      const tag = this.keyTag(node.items[i]);
      if (tag !== "str" && tag !== "merge") return false;
    }
    return true;
  }
  fill(node, target, record) {
    this.fillMerged(node, target, record, void 0, this.isStringMap(node));
  }
  /**
   * One mapping into `target`. `claimed` holds the keys already set by the map being merged into
   * (explicit keys first, then merged maps in order): a merged key never overrides them.
   */
  fillMerged(node, target, record, claimed, stringKeys) {
    this.checkUnique(node);
    let mergeValue;
    const items = node.items;
    for (let i = 0; i < items.length; i += 2) {
      const keyNode = items[i];
      if (this.isMerge(keyNode)) {
        mergeValue = items[i + 1];
        continue;
      }
      const name = stringKeys && claimed === void 0 ? lookString(keyNode) : void 0;
      if (name !== void 0) {
        if (record) record.set(name, keyNode);
        else this.setStringKey(target, name, this.value(items[i + 1]));
        continue;
      }
      const key = this.key(keyNode, stringKeys);
      if (key === void 0) continue;
      if (claimed) {
        if (claimed.has(key.identity)) continue;
        claimed.add(key.identity);
      }
      if (record) {
        record.set(key.name, keyNode);
        continue;
      }
      this.setGoKey(target, key, this.value(items[i + 1]), keyNode);
    }
    if (mergeValue === void 0) return;
    let fields = claimed;
    if (fields === void 0) {
      fields = /* @__PURE__ */ new Set();
      for (let i = 0; i < items.length; i += 2) fields.add(this.identity(items[i]));
    }
    const source = deref(mergeValue);
    if (source.kind === K.Map) {
      this.fillMerged(source, target, record, fields, stringKeys);
    } else if (source.kind === K.Seq && mergeValue.kind === K.Seq) {
      for (const item of source.items) {
        const map = deref(item);
        if (map.kind !== K.Map) fail("a merge key takes a map or a list of maps", item);
        this.fillMerged(map, target, record, fields, stringKeys);
      }
    } else {
      fail("a merge key takes a map or a list of maps", mergeValue);
    }
  }
  /** What keys a Go map[interface{}]interface{}: the decoded value and its type. */
  identity(node) {
    const target = deref(node);
    if (target.kind !== K.Scalar) return fail("a key is a collection", node);
    if (this.isMerge(node)) return "s:<<";
    const resolved = goScalar(target, true);
    if (resolved.kind === "null") return "n:";
    if (resolved.kind === "float" && Number.isNaN(resolved.value)) return nanKeyIdentity();
    return goKey(resolved, node, true).identity;
  }
  /**
   * go-yaml v3 refuses a mapping holding two keys of the same kind and text: two scalars of one
   * text, two aliases of one name, or two mappings (two sequences) as keys.
   */
  checkUnique(node) {
    const items = node.items;
    if (items.length <= 2) return;
    const scalars = /* @__PURE__ */ new Set();
    let aliases;
    let collections = 0;
    for (let i = 0; i < items.length; i += 2) {
      const key = items[i];
      if (key.kind === K.Scalar) {
        if (scalars.has(key.value)) fail("a mapping holds the same key twice", key);
        scalars.add(key.value);
      } else if (key.kind === K.Alias) {
        aliases ??= /* @__PURE__ */ new Set();
        if (aliases.has(key.name)) fail("a mapping holds the same key twice", key);
        aliases.add(key.name);
      } else {
        const bit = key.kind === K.Map ? 1 : 2;
        if ((collections & bit) !== 0) fail("a mapping holds the same key twice", key);
        collections |= bit;
      }
    }
  }
  /** A key decoded into the map's key type: a string map takes a scalar key's text as written. */
  key(node, stringKeys) {
    const target = deref(node);
    if (target.kind !== K.Scalar) {
      return fail("a key is a collection", node);
    }
    const resolved = goScalar(target, true);
    if (stringKeys) {
      if (resolved.kind === "null") return void 0;
      const name = resolved.kind === "str" || resolved.kind === "binary" ? resolved.value : target.value;
      return { name, identity: `s:${name}` };
    }
    return goKey(resolved, node, true);
  }
};

// src/formats/yaml/reader-spec.ts
var YamlSpecReader = class extends Reader {
  v11;
  constructor(reading, options) {
    super(options);
    this.v11 = reading === "yaml-1.1";
  }
  alias(node) {
    if (!node.sameDocument) fail("an alias names an anchor of another document", node);
    return super.alias(node);
  }
  collectionTagged(node, value) {
    if (node.tag === void 0) return value;
    if (node.tag === `${LONG}${node.kind === K.Map ? "map" : "seq"}`) return value;
    const fn = this.cloudFormationFunction(node.tag);
    if (fn === void 0) fail("an explicit tag that this reader does not know", node);
    const wrapped = {};
    setOwn(wrapped, fn, value);
    return wrapped;
  }
  cloudFormationFunction(tag) {
    if (!this.options.cloudFormation || !tag.startsWith("!")) return void 0;
    const name = tag.slice(1);
    if (!CLOUDFORMATION_FUNCTIONS.has(name)) return void 0;
    return name === "Ref" || name === "Condition" ? name : `Fn::${name}`;
  }
  resolve(node) {
    if (node.style === S.Json) return jsonLiteral(node);
    const tag = node.tag;
    if (tag === void 0) {
      if (node.style !== S.Plain) return { kind: "str", value: node.value };
      return this.v11 ? resolve11(node.value) : resolve12(node.value);
    }
    if (tag === "!" && this.v11) return resolve11(node.value);
    if (tag === "!" || tag === `${LONG}str`) return { kind: "str", value: node.value };
    const fn = this.cloudFormationFunction(tag);
    if (fn === void 0) fail("an explicit tag that this reader does not know", node);
    const argument = fn === "Fn::GetAtt" ? node.value.split(".") : node.value;
    return { kind: "function", value: { [fn]: argument } };
  }
  scalar(node) {
    const text = lookString(node);
    if (text !== void 0) return text;
    const resolved = this.resolve(node);
    if (resolved.kind === "merge" || resolved.kind === "value")
      fail("a value this reader cannot construct", node);
    return resolved.value;
  }
  key(node) {
    const text = lookString(node);
    if (text !== void 0) return text;
    if (node.kind === K.Alias && !node.sameDocument)
      fail("an alias names an anchor of another document", node);
    const target = deref(node);
    if (target.kind !== K.Scalar) fail("a key is a collection", node);
    const resolved = this.resolve(target);
    if (resolved.kind === "str" || resolved.kind === "timestamp") return resolved.value;
    if (resolved.kind === "int" && Number.isSafeInteger(resolved.value)) return String(resolved.value);
    return fail("a key is neither a string nor an integer", node);
  }
  isMerge(key) {
    return key.kind === K.Scalar && key.value === "<<" && key.tag === void 0 && key.style === S.Plain;
  }
  fill(node, target, record) {
    const items = node.items;
    let merges = false;
    for (let i = 0; i < items.length && !merges; i += 2) merges = this.isMerge(items[i]);
    if (!merges) {
      const seen2 = this.v11 || items.length <= 2 ? void 0 : /* @__PURE__ */ new Set();
      for (let i = 0; i < items.length; i += 2) {
        const keyNode = items[i];
        const key = this.key(keyNode);
        if (seen2) {
          if (seen2.has(key)) fail("a mapping holds the same key twice", keyNode);
          seen2.add(key);
        }
        if (record) record.set(key, keyNode);
        else setOwn(target, key, this.value(items[i + 1]));
      }
      return;
    }
    const pairs = [];
    this.flatten(node, pairs, 0);
    const seen = this.v11 ? void 0 : /* @__PURE__ */ new Set();
    for (const [keyNode, valueNode] of pairs) {
      const key = this.key(keyNode);
      if (seen) {
        if (seen.has(key)) fail("a mapping holds the same key twice", keyNode);
        seen.add(key);
      }
      if (record) record.set(key, keyNode);
      else setOwn(target, key, this.value(valueNode));
    }
  }
  /** PyYAML's flatten_mapping: merged pairs first (a list's earlier maps last), explicit pairs after. */
  flatten(node, out, depth) {
    if (depth > 64) fail("merge keys nest too deeply", node);
    const merged = [];
    const own = [];
    for (let i = 0; i < node.items.length; i += 2) {
      const keyNode = node.items[i];
      const valueNode = node.items[i + 1];
      if (!this.isMerge(keyNode)) {
        own.push([keyNode, valueNode]);
        continue;
      }
      if (!this.v11) fail("a merge key (<<), which YAML 1.2 does not have", keyNode);
      if (valueNode.kind === K.Alias && !valueNode.sameDocument) {
        fail("an alias names an anchor of another document", valueNode);
      }
      const source = deref(valueNode);
      if (source.kind === K.Map) {
        this.flatten(source, merged, depth + 1);
      } else if (source.kind === K.Seq) {
        const parts = [];
        for (const item of source.items) {
          if (item.kind === K.Alias && !item.sameDocument)
            fail("an alias names an anchor of another document", item);
          const map = deref(item);
          if (map.kind !== K.Map) fail("a merge key takes a map or a list of maps", item);
          const part = [];
          this.flatten(map, part, depth + 1);
          parts.push(part);
        }
        for (const part of parts.reverse()) for (const pair of part) merged.push(pair);
      } else {
        fail("a merge key takes a map or a list of maps", valueNode);
      }
    }
    for (const pair of merged) out.push(pair);
    for (const pair of own) out.push(pair);
  }
};
var CLOUDFORMATION_FUNCTIONS = /* @__PURE__ */ new Set([
  "Ref",
  "Condition",
  "Base64",
  "Cidr",
  "FindInMap",
  "GetAtt",
  "GetAZs",
  "ImportValue",
  "Join",
  "Select",
  "Split",
  "Sub",
  "Transform",
  "And",
  "Equals",
  "If",
  "Not",
  "Or",
  "Length",
  "ToJsonString"
]);

// src/formats/yaml/reading-types.ts
var READINGS = ["kubectl", "kustomize", "yaml-1.1", "yaml-1.2"];

// src/formats/yaml/readings.ts
function readNode(root, reading, options, agree = false) {
  const converter = reading === "kubectl" ? new GoV2Reader(options) : reading === "kustomize" ? new GoV3Reader(options) : new YamlSpecReader(reading, options);
  const tracking = agree && converter instanceof GoV2Reader;
  if (tracking) converter.agreeing = ALL_READINGS;
  try {
    const value = converter.value(root);
    converter.finish(value, root);
    if (tracking) {
      const readings = converter.agreeing;
      converter.agreeing = 0;
      recordAgreement(
        root,
        readings === 0 ? { readings: KUBECTL, treeWithUniqueKeys: false } : { readings, treeWithUniqueKeys: true }
      );
    }
    return {
      ok: true,
      reading: { value, offsetOf: (path2) => converter.offsetOf(root, value, path2) }
    };
  } catch (caught) {
    if (tracking) recordAgreement(root, { readings: KUBECTL, treeWithUniqueKeys: false });
    if (caught instanceof YamlError) return { ok: false, error: caught };
    throw caught;
  }
}
function aliasExpansions(root, limit) {
  const memo = /* @__PURE__ */ new Map();
  let real = 0;
  const count = (node) => {
    if (node.kind === K.Scalar) {
      real++;
      return { aliases: 0, size: 1 };
    }
    const known = memo.get(node);
    if (known !== void 0) return known;
    let aliases2 = 0;
    let size2 = 1;
    if (node.kind === K.Alias) {
      real++;
      const target = node.recursive ? { aliases: limit + 1, size: 0 } : count(node.target);
      aliases2 = 1 + target.aliases;
      size2 = target.size;
    } else {
      real++;
      for (const item of node.items) {
        const inner = count(item);
        aliases2 += inner.aliases;
        size2 += inner.size;
        if (aliases2 > limit) break;
      }
    }
    const result = { aliases: Math.min(aliases2, limit + 1), size: Math.min(size2, Number.MAX_SAFE_INTEGER) };
    memo.set(node, result);
    return result;
  };
  const { aliases, size } = count(root);
  return size > real * 4 + 1e4 ? limit + 1 : aliases;
}

// src/formats/yaml/json-stream.ts
var isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13;
function readJsonStream(text, maxDepth) {
  const values = [];
  let pos = 0;
  let depth = 0;
  const fail2 = (message, at = pos) => {
    throw new YamlError(message, at);
  };
  const skipSpace = () => {
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
  };
  const value = () => {
    skipSpace();
    const c = text.charCodeAt(pos);
    const start = pos;
    if (c === 123) {
      if (++depth > maxDepth) throw new YamlError(`nesting is deeper than ${maxDepth} levels`, pos, "limit");
      pos++;
      const node = new MapNode(start, void 0, void 0, true);
      skipSpace();
      if (text.charCodeAt(pos) === 125) {
        pos++;
      } else {
        for (; ; ) {
          skipSpace();
          if (text.charCodeAt(pos) !== 34) fail2("a JSON object key is not a string");
          node.items.push(
            string(),
            (() => {
              skipSpace();
              if (text.charCodeAt(pos) !== 58) fail2("expected ':' after a JSON object key");
              pos++;
              return value();
            })()
          );
          skipSpace();
          const next = text.charCodeAt(pos);
          pos++;
          if (next === 44) continue;
          if (next === 125) break;
          fail2("expected ',' or '}' in a JSON object", pos - 1);
        }
      }
      node.end = pos;
      depth--;
      return node;
    }
    if (c === 91) {
      if (++depth > maxDepth) throw new YamlError(`nesting is deeper than ${maxDepth} levels`, pos, "limit");
      pos++;
      const node = new SeqNode(start, void 0, void 0);
      skipSpace();
      if (text.charCodeAt(pos) === 93) {
        pos++;
      } else {
        for (; ; ) {
          node.items.push(value());
          skipSpace();
          const next = text.charCodeAt(pos);
          pos++;
          if (next === 44) continue;
          if (next === 93) break;
          fail2("expected ',' or ']' in a JSON array", pos - 1);
        }
      }
      node.end = pos;
      depth--;
      return node;
    }
    if (c === 34) return string();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, pos)) {
        pos += literal.length;
        return new ScalarNode(start, pos, literal, S.Json, void 0, void 0);
      }
    }
    const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
    number.lastIndex = pos;
    const match = number.exec(text);
    if (match === null || match[0] === "" || match[0] === "-") return fail2("expected a JSON value");
    pos += match[0].length;
    if (!Number.isFinite(Number(match[0]))) fail2("a JSON number is out of range", start);
    return new ScalarNode(start, pos, match[0], S.Json, void 0, void 0);
  };
  const string = () => {
    const start = pos;
    pos++;
    let out = "";
    let run = pos;
    for (; ; ) {
      if (pos >= text.length) fail2("a JSON string is not closed", start);
      const c = text.charCodeAt(pos);
      if (c === 34) break;
      if (c < 32) fail2("a JSON string holds a control character");
      if (c !== 92) {
        pos++;
        continue;
      }
      out += text.slice(run, pos);
      const e = text[pos + 1];
      pos += 2;
      switch (e) {
        case '"':
        case "\\":
        case "/":
          out += e;
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "	";
          break;
        case "u": {
          const unit = hex4(pos);
          pos += 4;
          if (unit >= 55296 && unit < 56320 && text[pos] === "\\" && text[pos + 1] === "u") {
            const low = hex4(pos + 2);
            if (low >= 56320 && low < 57344) {
              out += String.fromCharCode(unit, low);
              pos += 6;
              break;
            }
          }
          out += unit >= 55296 && unit < 57344 ? "�" : String.fromCharCode(unit);
          break;
        }
        default:
          fail2("a JSON string holds an unknown escape", pos - 2);
      }
      run = pos;
    }
    out += text.slice(run, pos);
    pos++;
    return new ScalarNode(start, pos, out, S.Double, void 0, void 0);
  };
  const hex4 = (at) => {
    const digits = text.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) fail2("a JSON \\u escape is malformed", at);
    return parseInt(digits, 16);
  };
  try {
    for (; ; ) {
      skipSpace();
      if (pos >= text.length) break;
      const start = pos;
      const root = value();
      markTree(root);
      values.push({ start, end: pos, root });
    }
  } catch (caught) {
    if (caught instanceof YamlError) return { values, error: caught };
    throw caught;
  }
  return { values, error: void 0 };
}

// src/formats/yaml/kubectl.ts
function isGoSpace(c) {
  return c >= 9 && c <= 13 || c === 32 || c === 133 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
function isJsonStream(text) {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes < 4096; i++) {
    const c = text.charCodeAt(i);
    if (!isGoSpace(c)) return c === 123;
    bytes += c < 128 ? 1 : c < 2048 ? 2 : 3;
  }
  return false;
}
function kubectlChunks(text) {
  const chunks = [];
  let unitStart = 0;
  let start = 0;
  let lineStart = 0;
  let badSeparator;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.startsWith("---", lineStart)) {
      let i = lineStart + 3;
      while (i < lineEnd && isGoSpace(text.charCodeAt(i))) i++;
      if (i < lineEnd && text[i] !== "#") badSeparator ??= lineStart;
      if (lineStart > start) chunks.push({ unitStart, start, end: lineStart });
      unitStart = lineStart;
      start = Math.min(lineEnd + 1, text.length);
    }
    lineStart = lineEnd + 1;
  }
  if (text.length > start) chunks.push({ unitStart, start, end: text.length });
  return { chunks, badSeparator };
}

// src/formats/yaml/stream.ts
var TAB_BEFORE_COMMENT = /\t[ \t]*#/;
function parseText(text, options) {
  const bad = firstDisallowed(text);
  const stream = compose(text, { maxDepth: options.maxDepth }, 0, text.length, bad);
  const streamV3 = stream.lateKey || TAB_BEFORE_COMMENT.test(text) ? compose(text, { maxDepth: options.maxDepth, scanner: { v3: true } }, 0, text.length, bad) : stream;
  const streamSpec = text.includes("\\/") ? compose(
    text,
    { maxDepth: options.maxDepth, scanner: { v3: false, slashEscape: true } },
    0,
    text.length,
    bad
  ) : stream;
  return { text, stream, streamV3, streamSpec, kubectl: kubectlView(text, stream, options, bad) };
}
function kubectlView(text, stream, options, bad) {
  if (isJsonStream(text)) {
    const json = readJsonStream(text, options.maxDepth);
    const documents2 = json.values.map((value) => ({
      unitStart: value.start,
      unitEnd: value.end,
      start: value.start,
      root: value.root,
      error: void 0
    }));
    if (json.error) {
      const last = documents2[documents2.length - 1];
      documents2.push({
        unitStart: last ? last.unitEnd : 0,
        unitEnd: text.length,
        start: json.error.offset,
        root: void 0,
        error: json.error
      });
    }
    return { json: true, documents: documents2, error: void 0 };
  }
  const { chunks, badSeparator } = kubectlChunks(text);
  const documents = chunks.map(
    (chunk, i) => alignedDocument(text, stream, chunks, i) ?? chunkDocument(text, chunk, options, bad)
  );
  const error = badSeparator === void 0 ? void 0 : new YamlError(
    "a line starting with --- holds more than a comment, so kubectl refuses the file",
    badSeparator
  );
  return { json: false, documents, error };
}
function alignedDocument(text, stream, chunks, i) {
  const chunk = chunks[i];
  const next = chunks[i + 1];
  if (next === void 0 && !text.endsWith("\n")) return void 0;
  if (stream.error !== void 0 && stream.error.offset < chunk.end) return void 0;
  const docs = stream.documents;
  let index;
  if (i === 0 && chunk.unitStart === 0) {
    index = docs.length > 0 && (docs[0]?.start ?? Infinity) < chunk.end ? 0 : -1;
    if (index === 0 && (docs[0]?.explicitStart || docs[0]?.version !== void 0 || docs[0]?.tagDirectives))
      return void 0;
  } else {
    index = docIndexAt(docs, chunk.unitStart);
    if (index < 0 || !docs[index]?.explicitStart) return void 0;
  }
  const doc = index >= 0 ? docs[index] : void 0;
  const following = docs[index + 1];
  if (next === void 0 ? following !== void 0 || stream.error !== void 0 : following?.start !== chunk.end) {
    return void 0;
  }
  if (doc === void 0) {
    if (i !== 0) return void 0;
    return {
      unitStart: chunk.unitStart,
      unitEnd: chunk.end,
      start: chunk.start,
      root: void 0,
      error: void 0
    };
  }
  if (doc.explicitEnd) return void 0;
  const root = doc.root;
  const empty = root.kind === K.Scalar && root.style === S.Plain && root.value === "" && root.tag === void 0 && root.anchor === void 0;
  if (!empty && doc.contentStart < chunk.start) return void 0;
  if (/\r(?!\n)/.test(text.slice(chunk.start, chunk.end))) return void 0;
  return {
    unitStart: chunk.unitStart,
    unitEnd: chunk.end,
    start: empty ? chunk.start : doc.contentStart,
    root: empty ? void 0 : doc.root,
    error: void 0
  };
}
function docIndexAt(docs, offset) {
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const mid = low + high >> 1;
    const start = docs[mid].start;
    if (start === offset) return mid;
    if (start < offset) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
function chunkDocument(text, chunk, options, bad) {
  let source = text;
  let end = chunk.end;
  let badAt = bad;
  const region = text.slice(chunk.start, chunk.end);
  if (/\r(?!\n)/.test(region)) {
    const lines = region.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    const rebuilt = lines.map((line) => line.endsWith("\r") ? line.slice(0, -1) : line).join("\n") + "\n";
    source = text.slice(0, chunk.start) + rebuilt;
    end = source.length;
    const local = firstDisallowed(rebuilt);
    badAt = local < rebuilt.length ? chunk.start + local : source.length;
  } else if (!region.endsWith("\n")) {
    source = text + "\n";
    end = source.length;
    if (bad >= text.length) badAt = source.length;
  }
  const composed = compose(
    source,
    { maxDepth: options.maxDepth, firstDocumentOnly: true },
    chunk.start,
    end,
    badAt
  );
  const doc = composed.documents[0];
  return {
    unitStart: chunk.unitStart,
    unitEnd: chunk.end,
    start: doc ? Math.min(doc.contentStart, chunk.end) : chunk.start,
    root: composed.error ? void 0 : doc?.root,
    error: composed.error
  };
}

// src/formats/yaml/templates.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "if",
  "else",
  "end",
  "range",
  "with",
  "define",
  "template",
  "block",
  "break",
  "continue",
  "nil",
  "true",
  "false"
]);
var FUNCTIONS = /* @__PURE__ */ new Set([
  // text/template
  "and",
  "call",
  "html",
  "index",
  "slice",
  "js",
  "len",
  "not",
  "or",
  "print",
  "printf",
  "println",
  "urlquery",
  "eq",
  "ge",
  "gt",
  "le",
  "lt",
  "ne",
  // Helm
  "include",
  "tpl",
  "required",
  "lookup",
  "toYaml",
  "fromYaml",
  "fromYamlArray",
  "toJson",
  "fromJson",
  "fromJsonArray",
  "toToml",
  "fromToml",
  // Sprig (the ones charts use)
  "default",
  "empty",
  "coalesce",
  "ternary",
  "fail",
  "quote",
  "squote",
  "upper",
  "lower",
  "title",
  "trim",
  "trimAll",
  "trimPrefix",
  "trimSuffix",
  "trunc",
  "replace",
  "repeat",
  "indent",
  "nindent",
  "cat",
  "join",
  "split",
  "splitList",
  "toString",
  "toStrings",
  "int",
  "int64",
  "float64",
  "atoi",
  "add",
  "sub",
  "mul",
  "div",
  "mod",
  "max",
  "min",
  "list",
  "dict",
  "get",
  "set",
  "unset",
  "hasKey",
  "keys",
  "values",
  "pick",
  "omit",
  "merge",
  "mergeOverwrite",
  "deepCopy",
  "first",
  "last",
  "append",
  "prepend",
  "concat",
  "uniq",
  "without",
  "has",
  "compact",
  "reverse",
  "until",
  "untilStep",
  "contains",
  "hasPrefix",
  "hasSuffix",
  "regexMatch",
  "regexFind",
  "regexReplaceAll",
  "b64enc",
  "b64dec",
  "sha256sum",
  "sha1sum",
  "now",
  "date",
  "toDate",
  "semver",
  "semverCompare",
  "env",
  "expandenv",
  "uuidv4",
  "randAlphaNum",
  "typeOf",
  "kindIs",
  "kindOf",
  "typeIs",
  "deepEqual",
  "toPrettyJson",
  "toRawJson",
  "mustToJson",
  "dig",
  "base",
  "dir",
  "ext",
  "clean",
  "plural",
  "wrap",
  "abbrev",
  "nospace",
  "camelcase",
  "snakecase",
  "kebabcase",
  "shuffle",
  "sortAlpha",
  "htpasswd",
  "genCA",
  "genPrivateKey",
  "derivePassword",
  "encryptAES",
  "decryptAES"
]);
var OPEN = /(?<!\$)\{\{(-?)[ \t\r\n]*/g;
function isAction(text, i) {
  const rest = text.slice(i, i + 64);
  if (rest.startsWith("/*") || rest.startsWith("}}") || rest.startsWith("-}}")) return false;
  const c = rest[0] ?? "";
  if (".$\"`'(".includes(c) || c >= "0" && c <= "9") return c !== "";
  if (c === "-" && /^-[0-9]/.test(rest)) return true;
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)?.[0];
  return word !== void 0 && (KEYWORDS.has(word) || FUNCTIONS.has(word));
}
function quoteTracker(text) {
  let at = 0;
  let quote;
  let comment = false;
  return (offset) => {
    for (; at < offset; at++) {
      const c = text[at];
      if (c === "\n") {
        quote = void 0;
        comment = false;
      } else if (comment) {
        continue;
      } else if (quote !== void 0) {
        if (c === "\\" && quote === '"') at++;
        else if (c === quote) quote = void 0;
      } else if ((c === '"' || c === "'") && (at === 0 || /[\s[{,:]/.test(text[at - 1]))) {
        quote = c;
      } else if (c === "#" && (at === 0 || /\s/.test(text[at - 1]))) {
        comment = true;
      }
    }
    return quote !== void 0 && !comment;
  };
}
function findTemplateActions(text, stream) {
  const found = [];
  const spans = stream?.scalarSpans ?? [];
  let span = 0;
  const insideQuotesOnItsLine = quoteTracker(text);
  OPEN.lastIndex = 0;
  for (let match = OPEN.exec(text); match !== null; match = OPEN.exec(text)) {
    const offset = match.index;
    if (!isAction(text, offset + match[0].length)) continue;
    if (stream !== void 0) {
      if (offset < stream.scannedTo) {
        while (span < spans.length && spans[span + 1] <= offset) span += 2;
        if (span < spans.length && spans[span] <= offset) continue;
      } else if (insideQuotesOnItsLine(offset)) {
        continue;
      }
    }
    found.push(offset);
  }
  return found;
}
function isTemplatePath(file) {
  const path2 = file.replace(/\\/g, "/");
  return /\.(?:tpl|gotmpl|tmpl)$/i.test(path2) || /(?:^|\/)templates\/(?:[^/]+\/)*[^/]+\.(?:ya?ml|tpl|json)$/i.test(path2);
}
function isTemplateByExtension(file) {
  return /\.(?:tpl|gotmpl|tmpl)$/i.test(file);
}
var PLAN_WORDS = /\b(?:Rollout|Canary|Deployment|StatefulSet|DaemonSet|CloneSet|BatchRelease|DeliveryPipeline|Target|Automation|AnalysisTemplate|Experiment|RolloutPlan|rollout-guard\.dev|AWSTemplateFormatVersion|Resources|Transform|DeploymentPreference|AWS::|stages|jobs|refId|serviceName|taskDefinition|deploymentConfiguration)/;
function mayHoldPlan(text) {
  if (PLAN_WORDS.test(text)) return true;
  const plain = text.replace(/\\\r?\n[ \t]*/g, "").replace(
    /\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g,
    (_m, a, b, c) => {
      const code = parseInt(a ?? b ?? c ?? "", 16);
      return code <= 1114111 && (code < 55296 || code > 57343) ? String.fromCodePoint(code) : "";
    }
  ).replace(/\\(.)/g, "$1").replace(/['"]/g, "");
  return PLAN_WORDS.test(plain);
}

// src/formats/yaml/units.ts
function fileUnits(parsed, options) {
  const { text, kubectl } = parsed;
  const regions = kubectl.documents.map((doc) => ({ start: doc.unitStart, end: doc.unitEnd }));
  if (regions.length === 0 || regions[0].start > 0) {
    regions.unshift({ start: 0, end: regions[0]?.start ?? text.length });
  }
  const last = regions[regions.length - 1];
  if (last.end < text.length) regions.push({ start: last.end, end: text.length });
  const regionOf = (offset) => {
    let low = 0;
    let high = regions.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (regions[mid].start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const place = (stream) => {
    const placed = regions.map(() => ({
      docs: [],
      spilled: false,
      error: void 0,
      stopped: false
    }));
    for (const doc of stream.documents) {
      const at = regionOf(isEmpty(doc.root) ? doc.start : doc.contentStart);
      placed[at].docs.push(doc);
      if (!isEmpty(doc.root)) {
        const endRegion = regionOf(Math.max(doc.contentStart, doc.contentEnd - 1));
        for (let r = at + 1; r <= endRegion; r++) placed[r].spilled = true;
      }
    }
    if (stream.error) {
      const at = regionOf(stream.error.offset);
      placed[at].error = stream.error;
      for (let r = at + 1; r < placed.length; r++) placed[r].stopped = true;
    }
    return placed;
  };
  const v2 = place(parsed.stream);
  const v3 = parsed.streamV3 === parsed.stream ? v2 : place(parsed.streamV3);
  const spec = parsed.streamSpec === parsed.stream ? v2 : place(parsed.streamSpec);
  const kubectlIn = regions.map(() => void 0);
  for (const doc of kubectl.documents) kubectlIn[regionOf(doc.unitStart)] = doc;
  const kubectlStop = kubectl.error ? regionOf(kubectl.error.offset) : Infinity;
  const oddities = oddBreaks(text);
  let nextOdd = 0;
  let streamIndex = 0;
  const indexOf = /* @__PURE__ */ new Map();
  parsed.stream.documents.forEach((doc, i) => indexOf.set(doc, i));
  return regions.map((region, r) => {
    const a = v2[r];
    const b = v3[r];
    const c = spec[r];
    const k = kubectlIn[r];
    const content = (placed) => placed.docs.filter((doc) => !isEmpty(doc.root));
    const counts = [content(a).length, content(b).length];
    const kubectlState = r > kubectlStop ? "stopped" : r === kubectlStop ? "error" : k?.error ? "error" : k?.root ? "doc" : "empty";
    let split;
    const usable = (placed) => !placed.stopped && placed.error === void 0;
    if (a.spilled || b.spilled) split = "a YAML document runs across a line kubectl splits documents at";
    else if ([a, b].some((placed) => usable(placed) && content(placed).length > 1)) {
      split = "kubectl reads one document here where a YAML stream reads several";
    } else if (kubectlState === "doc" || kubectlState === "empty") {
      const mine = kubectlState === "doc" ? 1 : 0;
      if ([a, b].some((placed, i) => usable(placed) && counts[i] !== mine)) {
        split = mine === 1 ? "kubectl reads a document here that a YAML stream does not" : "a YAML stream reads a document here that kubectl does not";
      }
    }
    const first = content(a)[0] ?? content(b)[0];
    while (nextOdd < oddities.length && oddities[nextOdd].offset < region.start) nextOdd++;
    const here = [];
    for (let i = nextOdd; i < oddities.length && oddities[i].offset < region.end; i++) {
      here.push(oddities[i]);
    }
    const odd = split === void 0 ? void 0 : here[0];
    const second = content(a)[1] ?? content(b)[1];
    const splitAt = odd?.offset ?? second?.start ?? region.start;
    const index = first ? indexOf.get(first) ?? streamIndex : streamIndex;
    if (first) streamIndex = index + 1;
    const cache2 = /* @__PURE__ */ new Map();
    const fromStream = (placed, reading) => {
      if (placed.stopped) return { kind: "stopped" };
      const doc = content(placed)[0];
      if (placed.error && (doc === void 0 || placed.error.offset >= doc.contentStart)) {
        return { kind: "error", error: placed.error };
      }
      return doc ? readRoot(doc.root, reading, options) : { kind: "empty" };
    };
    return {
      start: region.start,
      end: region.end,
      contentStart: first?.contentStart ?? k?.start ?? region.start,
      index,
      split,
      splitAt,
      oddities: here,
      streamRoots: [.../* @__PURE__ */ new Set([...content(a), ...content(b), ...content(c)])].map((doc) => doc.root),
      documents: [.../* @__PURE__ */ new Set([...a.docs, ...b.docs, ...c.docs])],
      read(reading) {
        let known = cache2.get(reading);
        if (known === void 0) {
          if (reading === "kubectl") {
            if (kubectlState === "stopped") known = { kind: "stopped" };
            else if (kubectlState === "error") {
              known = { kind: "error", error: r === kubectlStop ? kubectl.error : k?.error };
            } else if (kubectlState === "empty" || !k?.root) known = { kind: "empty" };
            else known = readRoot(k.root, "kubectl", options);
          } else {
            known = fromStream(
              reading === "kustomize" ? b : reading === "yaml-1.1" || reading === "yaml-1.2" ? c : a,
              reading
            );
          }
          cache2.set(reading, known);
        }
        return known;
      }
    };
  });
}
var expansions = /* @__PURE__ */ new WeakMap();
var kubectlReadings = /* @__PURE__ */ new WeakMap();
var sharing = true;
function readRoot(root, reading, options) {
  if (!sharing) return readRootAs(root, reading, options);
  let kubectl = kubectlReadings.get(root);
  if (kubectl === void 0) {
    kubectl = readRootAs(root, "kubectl", options);
    kubectlReadings.set(root, kubectl);
  }
  if (reading === "kubectl") return kubectl;
  const agreed = agreementOf(root);
  if (agreed !== void 0 && (agreed.readings & READING_BITS[reading]) !== 0) return kubectl;
  return readRootAs(root, reading, options);
}
var READING_BITS = {
  kubectl: KUBECTL,
  kustomize: KUSTOMIZE,
  "yaml-1.1": YAML_11,
  "yaml-1.2": YAML_12
};
function readRootAs(root, reading, options) {
  let count = expansions.get(root);
  if (count === void 0) {
    count = sharing && isTree(root) ? 0 : aliasExpansions(root, options.maxAliases);
    expansions.set(root, count);
  }
  if (count > options.maxAliases) {
    return {
      kind: "error",
      error: new YamlError(`too many alias expansions (over ${options.maxAliases})`, root.start, "limit")
    };
  }
  const outcome = readNode(root, reading, options, sharing && reading === "kubectl");
  if (!outcome.ok) return { kind: "error", error: outcome.error };
  if (outcome.reading.value === null || outcome.reading.value === void 0) return { kind: "empty" };
  return { kind: "value", reading: outcome.reading, root };
}
function isEmpty(root) {
  return root.kind === K.Scalar && root.style === S.Plain && root.value === "" && root.tag === void 0 && root.anchor === void 0;
}
var ODD_BREAKS = /[\u0085\u2028\u2029\uFEFF]|\r(?!\n)/g;
function oddBreaks(text) {
  const found = [];
  ODD_BREAKS.lastIndex = 0;
  for (let match = ODD_BREAKS.exec(text); match !== null; match = ODD_BREAKS.exec(text)) {
    if (match.index === 0 && match[0] === "\uFEFF") continue;
    found.push({ offset: match.index, what: ODD_NAMES[match[0]] ?? "a carriage return without a line feed" });
  }
  return found;
}
var ODD_NAMES = {
  "": "a NEL character (U+0085)",
  "\u2028": "a line separator (U+2028)",
  "\u2029": "a paragraph separator (U+2029)",
  "\uFEFF": "a byte-order mark inside the text (U+FEFF)"
};
function duplicateKeys(root) {
  if (sharing && agreementOf(root)?.treeWithUniqueKeys) return [];
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const walk2 = (node) => {
    if (node.kind === K.Scalar || node.kind === K.Alias || seen.has(node)) return;
    seen.add(node);
    if (node.kind === K.Map) {
      const keys = /* @__PURE__ */ new Set();
      for (let i = 0; i < node.items.length; i += 2) {
        const key = node.items[i];
        const name = key.kind === K.Scalar ? `s${key.value}` : key.kind === K.Alias ? `a${key.name}` : void 0;
        if (name !== void 0) {
          if (keys.has(name)) found.push(key.start);
          keys.add(name);
        }
        walk2(key);
        walk2(node.items[i + 1]);
      }
    } else {
      for (const item of node.items) walk2(item);
    }
  };
  walk2(root);
  return found;
}

// src/formats/access.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function field(value, key) {
  if (!isObject(value) || !Object.prototype.hasOwnProperty.call(value, key)) return void 0;
  return value[key];
}
function path(value, keys) {
  let current = value;
  for (const key of keys) current = field(current, key);
  return current;
}
function asObject(value) {
  return isObject(value) ? value : void 0;
}
function asArray(value) {
  return Array.isArray(value) ? value : void 0;
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function asNumber(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function asBoolean(value) {
  return typeof value === "boolean" ? value : void 0;
}

// src/formats/plan-id.ts
function planId(format, kind, doc, name) {
  const resolvedName = name ?? asString(path(doc.value, ["metadata", "name"]));
  if (resolvedName === void 0 || resolvedName === "") return `${format}:${kind}:${doc.file}#${doc.index}`;
  const namespace = asString(path(doc.value, ["metadata", "namespace"])) ?? "";
  return `${format}:${kind}:${namespace}/${resolvedName}`;
}

// src/formats/field-text.ts
function fieldPath(at) {
  return at.reduce(
    (text, segment) => typeof segment === "number" ? `${text}[${segment}]` : text === "" ? segment : `${text}.${segment}`,
    ""
  );
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string") return "a string";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  return typeof value;
}
function clip(text, max = 60) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// src/core/model.ts
var RULE_IDS = [
  "canary/required",
  "canary/min-stages",
  "canary/initial-weight",
  "canary/step-increase",
  "canary/min-hold",
  "canary/analysis",
  "canary/bypass",
  "canary/regression",
  "rollback/missing",
  "rollback/automatic",
  "evidence/missing",
  "evidence/checks",
  "policy/changed",
  "manifest/invalid",
  "manifest/unsupported",
  "exemption/expired",
  "exemption/unused"
];

// src/formats/inline-exemptions.ts
var EXEMPT_ANNOTATION = "rollout-guard.dev/exempt";
var EXEMPT_REASON_ANNOTATION = "rollout-guard.dev/exempt-reason";
var EXEMPT_EXPIRES_ANNOTATION = "rollout-guard.dev/exempt-expires";
function readInlineExemption(doc) {
  const annotations = ["metadata", "annotations"];
  const rulesText = asString(path(doc.value, [...annotations, EXEMPT_ANNOTATION]));
  if (rulesText === void 0) return { diagnostics: [] };
  const line = doc.lineOf([...annotations, EXEMPT_ANNOTATION]);
  const reason = asString(path(doc.value, [...annotations, EXEMPT_REASON_ANNOTATION]));
  const expires = asString(path(doc.value, [...annotations, EXEMPT_EXPIRES_ANNOTATION]));
  const rules = rulesText.split(/[\s,]+/).map((r) => r.trim()).filter(Boolean);
  const problems = [];
  const unknown2 = rules.filter((r) => !RULE_IDS.includes(r));
  if (rules.length === 0) problems.push("names no rule");
  if (unknown2.length > 0) problems.push(`names unknown rule ids: ${unknown2.join(", ")}`);
  if (!reason || reason.trim().length < 10) problems.push(`needs a reason in ${EXEMPT_REASON_ANNOTATION}`);
  if (!expires || !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(expires)) {
    problems.push(`needs an expiry date as YYYY-MM-DD in ${EXEMPT_EXPIRES_ANNOTATION}`);
  }
  if (problems.length > 0) {
    return {
      diagnostics: [
        {
          code: "MANIFEST_FIELD_INVALID",
          message: `the exemption annotation ${EXEMPT_ANNOTATION} ${problems.join("; ")}; it is not honoured`,
          file: doc.file,
          line
        }
      ]
    };
  }
  return { exemption: { rules, reason, expires, line }, diagnostics: [] };
}

// node_modules/re2js/build/index.js
var RE2Flags = class RE2Flags2 {
  static FOLD_CASE = 1;
  static LITERAL = 2;
  static CLASS_NL = 4;
  static DOT_NL = 8;
  static ONE_LINE = 16;
  static NON_GREEDY = 32;
  static PERL_X = 64;
  static UNICODE_GROUPS = 128;
  static WAS_DOLLAR = 256;
  static LOOKBEHIND = 512;
  static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
  static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
  static POSIX = 0;
  static UNANCHORED = 0;
  static ANCHOR_START = 1;
  static ANCHOR_BOTH = 2;
};
var PublicFlags = {
  CASE_INSENSITIVE: 1,
  DOTALL: 2,
  MULTILINE: 4,
  DISABLE_UNICODE_GROUPS: 8,
  LONGEST_MATCH: 16,
  LOOKBEHINDS: 512
};
var ASCII_SIZE = 128;
var ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
var ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
var MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
  if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
  else ASCII_TO_UPPER[i] = i;
  if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
  else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
  static CODES = Object.freeze({
    "\x07": 7,
    "\b": 8,
    "	": 9,
    "\n": 10,
    "\v": 11,
    "\f": 12,
    "\r": 13,
    " ": 32,
    '"': 34,
    $: 36,
    "&": 38,
    "'": 39,
    "(": 40,
    ")": 41,
    "*": 42,
    "+": 43,
    "-": 45,
    ".": 46,
    0: 48,
    1: 49,
    2: 50,
    3: 51,
    4: 52,
    5: 53,
    6: 54,
    7: 55,
    8: 56,
    9: 57,
    ":": 58,
    "<": 60,
    ">": 62,
    "?": 63,
    A: 65,
    B: 66,
    C: 67,
    F: 70,
    P: 80,
    Q: 81,
    U: 85,
    Z: 90,
    "[": 91,
    "\\": 92,
    "]": 93,
    "^": 94,
    _: 95,
    "`": 96,
    a: 97,
    b: 98,
    f: 102,
    i: 105,
    m: 109,
    n: 110,
    r: 114,
    s: 115,
    t: 116,
    v: 118,
    x: 120,
    z: 122,
    "{": 123,
    "|": 124,
    "}": 125
  });
  static toUpperCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
    const s = String.fromCodePoint(codepoint).toUpperCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
  static toLowerCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
    const s = String.fromCodePoint(codepoint).toLowerCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
};
var UnicodeRangeTable = class {
  /**
  * @param {Uint32Array | number[]} data
  * @param {boolean} isStride1
  */
  constructor(data, isStride1 = false) {
    this.data = data;
    this.isStride1 = isStride1;
    this.SIZE = isStride1 ? 2 : 3;
  }
  getLo(index) {
    return this.data[index * this.SIZE];
  }
  getHi(index) {
    return this.data[index * this.SIZE + 1];
  }
  getStride(index) {
    return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
  }
  get length() {
    return this.data.length / this.SIZE;
  }
};
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
var B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
var decodeVLQ = (str) => {
  const res = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < str.length; i++) {
    const digit = B64_MAP[str.charCodeAt(i)];
    value |= (digit & 31) << shift;
    if ((digit & 32) === 0) {
      res.push(value);
      value = 0;
      shift = 0;
    } else shift += 5;
  }
  return res;
};
var decodeRanges = (str, isStride1) => {
  const res = decodeVLQ(str);
  const numRanges = isStride1 ? res.length / 2 : res.length / 3;
  const out = new Uint32Array(numRanges * 3);
  let current = 0;
  let resIdx = 0;
  for (let i = 0; i < numRanges; i++) {
    current += res[resIdx++];
    out[i * 3] = current;
    current += res[resIdx++];
    out[i * 3 + 1] = current;
    out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
  }
  return out;
};
var decodeOrbit = (str) => {
  const res = decodeVLQ(str);
  const map = /* @__PURE__ */ new Map();
  let currentKey = 0;
  for (let i = 0; i < res.length; i += 2) {
    currentKey += res[i];
    const zz = res[i + 1];
    const delta = zz >>> 1 ^ -(zz & 1);
    map.set(currentKey, currentKey + delta);
  }
  return map;
};
var LazyMap = class {
  constructor(initializer) {
    this.initializer = initializer;
    this.cache = /* @__PURE__ */ new Map();
  }
  has(key) {
    return Object.hasOwn(this.initializer, key);
  }
  get(key) {
    if (this.cache.has(key)) return this.cache.get(key);
    const val = this.has(key) ? this.initializer[key]() : null;
    this.cache.set(key, val);
    return val;
  }
};
var UnicodeTables = class {
  static _CASE_ORBIT = null;
  static get CASE_ORBIT() {
    if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
    return this._CASE_ORBIT;
  }
  static _Print = null;
  static get Print() {
    if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
    return this._Print;
  }
  static CATEGORIES = new LazyMap({
    C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
    Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
    Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
    Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
    Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
    Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
    L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
    Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
    Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
    Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
    Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
    Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
    No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
    P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
    Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
    Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
    Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
    Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
    S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
    Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
    Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
    So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
    Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
    Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
    Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
    ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
    Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
    Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
    Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
    Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
    Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
    Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
    Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
    White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
  });
  static SCRIPTS = new LazyMap({
    Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
    Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
    Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
    Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
    Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
    Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
    Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
    Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
    Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
    Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
    Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
    Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
    Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
    Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
    Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
    Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
    Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
    Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
    Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
    Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
    Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
    Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
    Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
    Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
    Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
    Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
    Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
    Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
    Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
    Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
    Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
    Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
    Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
    Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
    Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
    Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
    Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
    Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
    Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
    Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
    Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
    Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
    Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
    Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
    Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
    Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
    Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
    Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
    Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
    Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
    Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
    Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
    Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
    Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
    Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
    Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
    Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
    Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
    Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
    Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
    Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
    Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
    Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
    Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
    Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
    Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
    Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
    Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
    Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
    Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
    Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
    Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
    Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
    Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
    Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
    Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
    Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
    Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
    Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
    Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
    Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
    Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
    Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
    Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
    Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
    Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
    Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
    Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
    Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
    Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
    Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
    Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
    Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
    Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
    Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
    Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
    Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
    Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
    Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
    Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
    New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
    Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
    Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
    Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
    Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
    Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
    Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
    Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
    Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
    Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
    Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
    Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
    Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
    Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
    Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
    Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
    Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
    Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
    Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
    Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
    Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
    Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
    Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
    Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
    Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
    Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
    Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
    Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
    Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
    Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
    Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
    Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
    Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
    Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
    SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
    Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
    Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
    Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
    Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
    Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
    Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
    Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
    Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
    Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
    Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
    Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
    Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
    Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
    Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
    Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
    Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
    Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
    Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
    Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
    Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
    Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
    Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
    Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
    Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
    Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
    Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
    Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
    Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
    Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
    Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
    Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
    Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
    Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
    Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
    Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
    Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
    Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
  });
  static FOLD_CATEGORIES = new LazyMap({
    L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
  });
  static FOLD_SCRIPT = new LazyMap({
    Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
  });
};
var Unicode = class Unicode2 {
  static MAX_RUNE = 1114111;
  static RUNE_ERROR = 65533;
  static isUnsearchable(r) {
    return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
  }
  static MAX_ASCII = 127;
  static MAX_LATIN1 = 255;
  static MAX_BMP = 65535;
  static MIN_FOLD = 65;
  static MAX_FOLD = 125251;
  static MIN_HIGH_SURROGATE = 55296;
  static MAX_HIGH_SURROGATE = 56319;
  static MIN_LOW_SURROGATE = 56320;
  static MAX_LOW_SURROGATE = 57343;
  static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
  static is32(ranges, r) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const m = lo + Math.floor((hi - lo) / 2);
      const rlo = ranges.getLo(m);
      const rhi = ranges.getHi(m);
      if (rlo <= r && r <= rhi) {
        const stride = ranges.getStride(m);
        return (r - rlo) % stride === 0;
      }
      if (r < rlo) hi = m;
      else lo = m + 1;
    }
    return false;
  }
  static is(ranges, r) {
    if (r <= Unicode2.MAX_LATIN1) {
      for (let i = 0; i < ranges.length; i++) {
        if (r > ranges.getHi(i)) continue;
        const rlo = ranges.getLo(i);
        if (r < rlo) return false;
        const stride = ranges.getStride(i);
        return (r - rlo) % stride === 0;
      }
      return false;
    }
    return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
  }
  static isPrint(r) {
    if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
    return Unicode2.is(UnicodeTables.Print, r);
  }
  static simpleFold(r) {
    if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
    if (r <= Unicode2.MAX_ASCII) {
      const l = Codepoint.toLowerCase(r);
      return l !== r ? l : Codepoint.toUpperCase(r);
    }
    return r;
  }
  static equalsIgnoreCase(r1, r2) {
    if (r1 === r2) return true;
    if (r1 < 0 || r2 < 0) return false;
    if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
      if (65 <= r1 && r1 <= 90) r1 |= 32;
      if (65 <= r2 && r2 <= 90) r2 |= 32;
      return r1 === r2;
    }
    for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
    return false;
  }
};
var RE2JSException = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSException";
  }
};
var RE2JSSyntaxException = class extends RE2JSException {
  /**
  * @param {string} error
  * @param {string|null} [input=null]
  */
  constructor(error, input = null) {
    let message = `error parsing regexp: ${error}`;
    if (input) message += `: \`${input}\``;
    super(message);
    this.name = "RE2JSSyntaxException";
    this.message = message;
    this.error = error;
    this.input = input;
  }
  /**
  * Retrieves the description of the error.
  * @returns {string}
  */
  getDescription() {
    return this.error;
  }
  /**
  * Retrieves the erroneous regular-expression pattern.
  * @returns {string|null}
  */
  getPattern() {
    return this.input;
  }
};
var RE2JSCompileException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSCompileException";
  }
};
var RE2JSGroupException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSGroupException";
  }
};
var RE2JSFlagsException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSFlagsException";
  }
};
var RE2JSInternalException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSInternalException";
  }
};
var FAST_PATH_TABLE_SIZE = 256;
var WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
var cachedNativeEncoder = null;
var cachedNativeDecoder = null;
var Utils = class Utils2 {
  static METACHARACTERS = "\\.+*?()|[]{}^$";
  static EMPTY_BEGIN_LINE = 1;
  static EMPTY_END_LINE = 2;
  static EMPTY_BEGIN_TEXT = 4;
  static EMPTY_END_TEXT = 8;
  static EMPTY_WORD_BOUNDARY = 16;
  static EMPTY_NO_WORD_BOUNDARY = 32;
  static EMPTY_ALL = -1;
  static emptyInts() {
    return [];
  }
  static isString(value) {
    return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
  }
  static typeName(value) {
    if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
    return Object.prototype.toString.call(value).slice(8, -1);
  }
  static checkPattern(pattern) {
    if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
  }
  static checkInput(input) {
    if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
  }
  static checkFlags(flags) {
    const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
    if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
  }
  static isByteArray(input) {
    return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
  }
  static isalnum(c) {
    return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
  }
  static unhex(c) {
    if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
    if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
    if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
    return -1;
  }
  static escapeRune(rune) {
    let out = "";
    if (Unicode.isPrint(rune)) {
      if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
      out += String.fromCodePoint(rune);
    } else switch (rune) {
      case Codepoint.CODES['"']:
        out += '\\"';
        break;
      case Codepoint.CODES["\\"]:
        out += "\\\\";
        break;
      case Codepoint.CODES["	"]:
        out += "\\t";
        break;
      case Codepoint.CODES["\n"]:
        out += "\\n";
        break;
      case Codepoint.CODES["\r"]:
        out += "\\r";
        break;
      case Codepoint.CODES["\b"]:
        out += "\\b";
        break;
      case Codepoint.CODES["\f"]:
        out += "\\f";
        break;
      default: {
        let s = rune.toString(16);
        if (rune < 256) {
          out += "\\x";
          if (s.length === 1) out += "0";
          out += s;
        } else out += `\\x{${s}}`;
        break;
      }
    }
    return out;
  }
  static stringToRunes(str) {
    const string = String(str);
    const runes = [];
    let i = 0;
    while (i < string.length) {
      const cp = string.codePointAt(i);
      runes.push(cp);
      i += cp > Unicode.MAX_BMP ? 2 : 1;
    }
    return new Int32Array(runes);
  }
  static runeToString(r) {
    return String.fromCodePoint(r);
  }
  static isWordRune(r) {
    return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
  }
  static emptyOpContext(r1, r2) {
    let op = 0;
    if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
    if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
    if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
    if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
    if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
    else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
    return op;
  }
  /**
  * Returns a string that quotes all regular expression metacharacters inside the argument text;
  * the returned string is a regular expression matching the literal text. For example,
  * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
  * @param {string} str
  * @returns {string}
  */
  static quoteMeta(str) {
    return str.split("").map((s) => {
      if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
      return s;
    }).join("");
  }
  static charCount(codePoint) {
    return codePoint > Unicode.MAX_BMP ? 2 : 1;
  }
  /**
  * High-speed conversion from TypedArrays to standard JS Arrays.
  * Bypasses the expensive Symbol.iterator overhead of Array.from()
  */
  static toArray(typedArray) {
    const len = typedArray.length;
    const res = new Array(len);
    for (let i = 0; i < len; i++) res[i] = typedArray[i];
    return res;
  }
  static stringToUtf8ByteArray(str) {
    if (globalThis.TextEncoder) {
      if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
      return cachedNativeEncoder.encode(str);
    } else {
      let out = [], p = 0;
      for (let i = 0; i < str.length; i++) {
        let c = str.charCodeAt(i);
        if (c < 128) out[p++] = c;
        else if (c < 2048) {
          out[p++] = c >> 6 | 192;
          out[p++] = c & 63 | 128;
        } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
          c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
          out[p++] = c >> 18 | 240;
          out[p++] = c >> 12 & 63 | 128;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        } else {
          out[p++] = c >> 12 | 224;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        }
      }
      return out;
    }
  }
  static utf8ByteArrayToString(bytes) {
    if (globalThis.TextDecoder) {
      if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
      const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      return cachedNativeDecoder.decode(view);
    } else {
      let out = [], pos = 0, c = 0;
      while (pos < bytes.length) {
        let c1 = bytes[pos++];
        if (c1 < 128) out[c++] = String.fromCharCode(c1);
        else if (c1 > 191 && c1 < 224) {
          let c2 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
        } else if (c1 > 239 && c1 < 365) {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          let c4 = bytes[pos++];
          let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
          out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
          out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
        } else {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
        }
      }
      return out.join("");
    }
  }
};
var createEnum = (values = [], initNum = 0) => {
  const enumObject = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < values.length; i++) {
    const val = values[i];
    const keyVal = initNum + i;
    enumObject[val] = keyVal;
    enumObject[keyVal] = val;
  }
  return Object.freeze(enumObject);
};
var MatcherInputBase = class MatcherInputBase2 {
  static Encoding = createEnum(["UTF_16", "UTF_8"]);
  getEncoding() {
    throw Error("not implemented");
  }
  /** @returns {string} */
  asCharSequence() {
    throw Error("not implemented");
  }
  /** @returns {Uint8Array|number[]|null} */
  asBytes() {
    throw Error("not implemented");
  }
  /** @returns {number} */
  length() {
    throw Error("not implemented");
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF8Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF16Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
  }
};
var Utf8MatcherInput = class extends MatcherInputBase {
  /** @param {Uint8Array|number[]|null} bytes */
  constructor(bytes = null) {
    super();
    this.bytes = bytes;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_8;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return Utils.utf8ByteArrayToString(this.bytes);
  }
  /**
  *
  * @returns {Uint8Array|number[]|null}
  */
  asBytes() {
    return this.bytes;
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.bytes.length;
  }
};
var Utf16MatcherInput = class extends MatcherInputBase {
  /** @param {string|null} charSequence */
  constructor(charSequence = null) {
    super();
    this.charSequence = charSequence;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_16;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return this.charSequence;
  }
  /**
  *
  * @returns {number[]}
  */
  asBytes() {
    return Utils.stringToUtf8ByteArray(this.charSequence.toString());
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.charSequence.length;
  }
};
var MatcherInput = class {
  /**
  * Return the MatcherInput for UTF_16 encoding.
  * @returns {Utf16MatcherInput}
  */
  static utf16(charSequence) {
    Utils.checkInput(charSequence);
    return new Utf16MatcherInput(charSequence);
  }
  /**
  * Return the MatcherInput for UTF_8 encoding.
  * @returns {Utf8MatcherInput}
  */
  static utf8(input) {
    if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
    return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
  }
};
var MachineInputBase = class {
  static EOF() {
    return -8;
  }
  constructor() {
    this.start = 0;
    this.end = 0;
  }
  canCheckPrefix() {
    return true;
  }
  endPos() {
    return this.end - this.start;
  }
  hasString() {
    return false;
  }
  hasAnyString() {
    return false;
  }
  prefixLength() {
    return 0;
  }
};
var MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
  static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
  constructor(bytes, start = 0, end = bytes.length) {
    super();
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const target = prefilter.bytes;
    if (target.length === 0) return true;
    const idx = this.indexOf(this.bytes, target, this.start + pos);
    return idx !== -1 && idx <= this.end - target.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c = this.bytes[pos] & 255;
    if (c < 128) return c << 3 | 1;
    let size;
    let rune;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) {
      size = 2;
      rune = c & 31;
    } else if (c >= 224 && c <= 239) {
      size = 3;
      rune = c & 15;
      if (c === 224) lo = 160;
      else if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      size = 4;
      rune = c & 7;
      if (c === 240) lo = 144;
      else if (c === 244) hi = 143;
    } else return MachineUTF8Input2.RUNE_ERROR_STEP;
    if (pos + size > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
    const c1 = this.bytes[pos + 1] & 255;
    if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
    rune = rune << 6 | c1 & 63;
    if (size > 2) {
      const c2 = this.bytes[pos + 2] & 255;
      if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
      rune = rune << 6 | c2 & 63;
      if (size > 3) {
        const c3 = this.bytes[pos + 3] & 255;
        if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c3 & 63;
      }
    }
    return rune << 3 | size;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
    return i < 0 ? i : i - pos;
  }
  context(pos) {
    pos += this.start;
    let r1 = -1;
    if (pos > this.start && pos <= this.end) {
      let start = pos - 1;
      r1 = this.bytes[start--];
      if (r1 >= 128) {
        let lim = pos - 4;
        if (lim < this.start) lim = this.start;
        while (start >= lim && (this.bytes[start] & 192) === 128) start--;
        if (start < this.start) start = this.start;
        const r = this.step(start - this.start);
        r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
      }
    }
    const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  indexOf(source, target, fromIndex = 0) {
    let targetLength = target.length;
    if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
    const firstByte = target[0];
    let limit = this.end - targetLength;
    const hasNativeIndexOf = typeof source.indexOf === "function";
    let i = fromIndex;
    while (i <= limit) {
      if (hasNativeIndexOf) {
        i = source.indexOf(firstByte, i);
        if (i === -1 || i > limit) return -1;
      } else {
        while (i <= limit && source[i] !== firstByte) i++;
        if (i > limit) return -1;
      }
      let match = true;
      for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
        match = false;
        break;
      }
      if (match) return i;
      i++;
    }
    return -1;
  }
  prefixLength(re2) {
    return re2.prefixUTF8.length;
  }
};
var MachineUTF16Input = class extends MachineInputBase {
  constructor(charSequence, start = 0, end = charSequence.length) {
    super();
    this.charSequence = charSequence;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
    return idx !== -1 && idx <= this.end - prefilter.str.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c1 = this.charSequence.charCodeAt(pos);
    if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
    const c2 = this.charSequence.charCodeAt(pos + 1);
    if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
    return c1 << 3 | 1;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.charSequence.indexOf(re2.prefix, pos);
    if (i < 0 || i > this.end - re2.prefix.length) return -1;
    return i - pos;
  }
  context(pos) {
    pos += this.start;
    const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
    const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  prefixLength(re2) {
    return re2.prefix.length;
  }
};
var MachineInput = class {
  static fromUTF8(bytes, start = 0, end = bytes.length) {
    return new MachineUTF8Input(bytes, start, end);
  }
  static fromUTF16(charSequence, start = 0, end = void 0) {
    Utils.checkInput(charSequence);
    return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
  }
};
var Matcher = class Matcher2 {
  /**
  * V8 and WebKit have historical hard limits on the number of arguments
  * that can be passed to a function. We cap replacer arguments to prevent
  * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
  */
  static MAX_REPLACER_ARGS = 65535;
  /**
  * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
  * {@link #appendReplacement} as a literal replacement of {@code s}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    if (javaMode) {
      if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
      return str.split("").map((s) => {
        const c = s.codePointAt(0);
        if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
        return s;
      }).join("");
    }
    if (str.indexOf("$") < 0) return str;
    return str.split("").map((s) => {
      if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
      return s;
    }).join("");
  }
  /**
  *
  * @param {import('./index.js').RE2JS} pattern
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  */
  constructor(pattern, input) {
    if (pattern === null) throw new Error("pattern is null");
    this.patternInput = pattern;
    const re2 = this.patternInput.re2();
    this.patternGroupCount = re2.numberOfCapturingGroups();
    this.groups = [];
    this.namedGroups = re2.namedGroups;
    this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
    this.numberOfInstructions = re2.numberOfInstructions();
    this.lookbehindState = null;
    if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
    else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
    else this.resetMatcherInput(MatcherInput.utf16(input));
  }
  /**
  * Returns the {@code RE2JS} associated with this {@code Matcher}.
  * @returns {import('./index.js').RE2JS}
  */
  pattern() {
    return this.patternInput;
  }
  /**
  * Resets the {@code Matcher}, rewinding input and discarding any match information.
  *
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  reset() {
    this.matcherInputLength = this.matcherInput.length();
    this.appendPos = 0;
    this.hasMatch = false;
    this.hasGroups = false;
    this.anchorFlag = 0;
    return this;
  }
  /**
  * Resets the {@code Matcher} and changes the input.
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  resetMatcherInput(input) {
    if (input === null) throw new Error("input is null");
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    this.matcherInput = input;
    if (this.lookbehindState !== null) this.lookbehindState.reset();
    else this.lookbehindState = this.patternInput.re2().createLookbehindState();
    this.reset();
    return this;
  }
  /**
  * Returns the start of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  start(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group];
  }
  /**
  * Returns the end of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  end(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group + 1];
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.numberOfInstructions;
  }
  /**
  * Returns the named group of the most recent match, or {@code null} if the group was not matched.
  * @param {string|number} [group=0]
  * @returns {string|null}
  */
  group(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    const start = this.start(group);
    const end = this.end(group);
    if (start < 0 && end < 0) return null;
    return this.substring(start, end);
  }
  /**
  * Returns a dictionary map of all named capturing groups and their matched values.
  * If a group was not matched, its value will be `null`.
  * @returns {Record<string, string|null>}
  */
  getNamedGroups() {
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    const result = /* @__PURE__ */ Object.create(null);
    for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
    return result;
  }
  /**
  * Returns the number of subgroups in this pattern.
  *
  * @returns {number} the number of subgroups; the overall match (group 0) does not count
  */
  groupCount() {
    return this.patternGroupCount;
  }
  /**
  * Helper: finds subgroup information if needed for group.
  * @param {number} group
  * @private
  */
  loadGroup(group) {
    if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    if (group === 0 || this.hasGroups) return;
    const end = this.matcherInputLength;
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
    if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
    this.groups = res[1];
    this.hasGroups = true;
  }
  /**
  * Matches the entire input against the pattern (anchored start and end). If there is a match,
  * {@code matches} sets the match state to describe it.
  *
  * @returns {boolean} true if the entire input matches the pattern
  */
  matches() {
    return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
  }
  /**
  * Matches the beginning of input against the pattern (anchored start). If there is a match,
  * {@code lookingAt} sets the match state to describe it.
  *
  * @returns {boolean} true if the beginning of the input matches the pattern
  */
  lookingAt() {
    return this.genMatch(0, RE2Flags.ANCHOR_START);
  }
  /**
  * Matches the input against the pattern (unanchored), starting at a specified position. If there
  * is a match, {@code find} sets the match state to describe it.
  *
  * @param {number|null} [start=null] the input position where the search begins
  * @returns {boolean} if it finds a match
  * @throws IndexOutOfBoundsException if start is not a valid input position
  */
  find(start = null) {
    if (start !== null) {
      if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
      this.reset();
      return this.genMatch(start, 0);
    }
    start = 0;
    if (this.hasMatch) {
      start = this.groups[1];
      if (this.groups[0] === this.groups[1]) {
        const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
        if (r < 0) start++;
        else start += r & 7;
      }
    }
    return this.genMatch(start, RE2Flags.UNANCHORED);
  }
  /**
  * Helper: does match starting at start, with RE2 anchor flag.
  * @param {number} startByte
  * @param {number} anchor
  * @returns {boolean}
  * @private
  */
  genMatch(startByte, anchor) {
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
    if (!res[0]) {
      this.hasMatch = false;
      return false;
    }
    this.groups = res[1];
    this.hasMatch = true;
    this.hasGroups = this.patternGroupCount === 0;
    this.anchorFlag = anchor;
    return true;
  }
  /**
  * Helper: return substring for [start, end).
  * @param {number} start
  * @param {number} end
  * @returns {string}
  */
  substring(start, end) {
    if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
    return this.matcherInput.asCharSequence().substring(start, end).toString();
  }
  /**
  * Helper for Pattern: return input length.
  * @returns {number}
  */
  inputLength() {
    return this.matcherInputLength;
  }
  /**
  * Appends to result two strings: the text from the append position up to the beginning of the
  * most recent match, and then the replacement with submatch groups substituted for references to
  * them. It advances the append position to where the most recent match ended.
  *
  * By default the replacement is expanded as by String.prototype.replace (see
  * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
  * many digits as still form a valid group number, ${name} is a named group, and a backslash
  * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
  *
  * @param {string} replacement the replacement string
  * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @throws IllegalStateException if there was no most recent match
  * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
  * @private
  */
  appendReplacement(replacement, javaMode = false) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
    return res;
  }
  /**
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJava(replacement) {
    let res = "";
    let last = 0;
    const m = replacement.length;
    let i = 0;
    while (i < m) {
      const cCode = replacement.codePointAt(i);
      if (cCode === Codepoint.CODES["\\"]) {
        if (last < i) res += replacement.substring(last, i);
        i++;
        if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
        last = i;
        i++;
        continue;
      }
      if (cCode === Codepoint.CODES["$"]) {
        if (last < i) res += replacement.substring(last, i);
        if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
        const nextCode = replacement.codePointAt(i + 1);
        if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
          let n = nextCode - Codepoint.CODES["0"];
          let j = i + 2;
          for (; j < m; j++) {
            const digit = replacement.codePointAt(j);
            if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
            n = n * 10 + digit - Codepoint.CODES["0"];
          }
          if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
          const group = this.group(n);
          if (group !== null) res += group;
          i = j;
          last = i;
        } else if (nextCode === Codepoint.CODES["{"]) {
          let j = i + 2;
          while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
          if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
          const groupName = replacement.substring(i + 2, j);
          const groupVal = this.group(groupName);
          if (groupVal !== null) res += groupVal;
          i = j + 1;
          last = i;
        } else throw new RE2JSGroupException("Illegal group reference");
        continue;
      }
      i++;
    }
    if (last < m) res += replacement.substring(last, m);
    return res;
  }
  /**
  * Expands |replacement| for the current match by the rules of String.prototype.replace
  * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
  * after it, $n and $nn a group (two digits only when they form a valid group number, so with
  * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
  * (empty when no such group), only when the pattern has named groups. Anything else, such as
  * "$0" or "$<" without a closing ">", is kept as is.
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJs(replacement) {
    const isDigit = (c) => c >= 48 && c <= 57;
    const groupCount = this.patternGroupCount;
    let res = "";
    let i = 0;
    while (i < replacement.length) {
      const dollar = replacement.indexOf("$", i);
      if (dollar < 0) break;
      res += replacement.substring(i, dollar);
      i = dollar;
      const c = replacement.charCodeAt(i + 1);
      if (c === Codepoint.CODES["$"]) {
        res += "$";
        i += 2;
      } else if (c === Codepoint.CODES["&"]) {
        res += this.group(0);
        i += 2;
      } else if (c === Codepoint.CODES["`"]) {
        res += this.substring(0, this.start(0));
        i += 2;
      } else if (c === Codepoint.CODES["'"]) {
        res += this.substring(this.end(0), this.matcherInputLength);
        i += 2;
      } else if (isDigit(c)) {
        let digits = 1;
        let index = c - 48;
        const c2 = replacement.charCodeAt(i + 2);
        if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
          digits = 2;
          index = index * 10 + c2 - 48;
        }
        if (index >= 1 && index <= groupCount) {
          const group = this.group(index);
          if (group !== null) res += group;
        } else res += replacement.substring(i, i + 1 + digits);
        i += 1 + digits;
      } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
        const gt = replacement.indexOf(">", i + 2);
        if (gt < 0) {
          res += "$<";
          i += 2;
        } else {
          const name = replacement.substring(i + 2, gt);
          if (Object.hasOwn(this.namedGroups, name)) {
            const group = this.group(name);
            if (group !== null) res += group;
          }
          i = gt + 1;
        }
      } else {
        res += "$";
        i += 1;
      }
    }
    return res + replacement.substring(i);
  }
  /**
  * Return the substring of the input from the append position to the end of the
  * input.
  * @returns {string}
  */
  appendTail() {
    return this.substring(this.appendPos, this.matcherInputLength);
  }
  /**
  * Returns the input with all matches replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the matches replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceAll(replacement, javaMode = false) {
    return this.replace(replacement, true, javaMode);
  }
  /**
  * Returns the input with the first match replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the first match replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceFirst(replacement, javaMode = false) {
    return this.replace(replacement, false, javaMode);
  }
  /**
  * Helper: replaceAll/replaceFirst hybrid.
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [all=true] - replace all matches
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @private
  */
  replace(replacement, all = true, javaMode = false) {
    let res = "";
    this.reset();
    const isFunc = typeof replacement === "function";
    let originalInput = null;
    if (isFunc) {
      if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
      originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
    }
    while (this.find()) {
      res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
      if (!all) break;
    }
    res += this.appendTail();
    return res;
  }
  /**
  * Evaluates a replacer function for the current match and appends the result,
  * along with any un-matched preceding text, advancing the append position.
  * @param {Function} replacer - the replacer function
  * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
  * @returns {string} the evaluated string to append
  * @private
  */
  appendReplacementFunc(replacer, originalInput) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    const args = this.matchArray();
    args.push(s, originalInput);
    if (this.hasNamedGroups) args.push(this.namedGroupsObject());
    res += String(replacer(...args));
    return res;
  }
  /**
  * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
  * did not take part in the match. Used by exec(), matchAll() and replacer functions.
  * @returns {Array<string|undefined>}
  * @private
  */
  matchArray() {
    const result = [this.group(0)];
    for (let i = 1; i <= this.patternGroupCount; i++) {
      const group = this.group(i);
      result.push(group === null ? void 0 : group);
    }
    return result;
  }
  /**
  * The named groups, as the groups property of a JS RegExpExecArray: an object without a
  * prototype mapping each name to its group (undefined when it did not take part in the match),
  * or undefined when the pattern has no named groups.
  * @returns {Record<string, string|undefined>|undefined}
  * @private
  */
  namedGroupsObject() {
    if (!this.hasNamedGroups) return;
    const result = this.getNamedGroups();
    for (const name in result) if (result[name] === null) result[name] = void 0;
    return result;
  }
};
var Inst = class Inst2 {
  static ALT = 1;
  static ALT_MATCH = 2;
  static CAPTURE = 3;
  static EMPTY_WIDTH = 4;
  static FAIL = 5;
  static MATCH = 6;
  static NOP = 7;
  static RUNE = 8;
  static RUNE1 = 9;
  static RUNE_ANY = 10;
  static RUNE_ANY_NOT_NL = 11;
  static LB_WRITE = 12;
  static LB_CHECK = 13;
  static isRuneOp(op) {
    return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
  }
  static escapeRunes(runes) {
    let out = '"';
    for (let rune of runes) out += Utils.escapeRune(rune);
    out += '"';
    return out;
  }
  constructor(op) {
    this.op = op;
    this.out = 0;
    this.arg = 0;
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.next = null;
  }
  matchRune(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
      return r === r0;
    }
    const len = this.runes.length;
    if (len === 0) return false;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return false;
        if (r <= this.runes[j + 1]) return true;
      }
      return false;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1];
  }
  matchRunePos(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
      return r === r0 ? 0 : -1;
    }
    const len = this.runes.length;
    if (len === 0) return -1;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return -1;
        if (r <= this.runes[j + 1]) return Math.floor(j / 2);
      }
      return -1;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    switch (this.op) {
      case Inst2.ALT:
        return `alt -> ${this.out}, ${this.arg}`;
      case Inst2.ALT_MATCH:
        return `altmatch -> ${this.out}, ${this.arg}`;
      case Inst2.CAPTURE:
        return `cap ${this.arg} -> ${this.out}`;
      case Inst2.EMPTY_WIDTH:
        return `empty ${this.arg} -> ${this.out}`;
      case Inst2.MATCH:
        return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
      case Inst2.FAIL:
        return "fail";
      case Inst2.NOP:
        return `nop -> ${this.out}`;
      case Inst2.LB_WRITE:
        return `lbwrite ${this.arg} -> ${this.out}`;
      case Inst2.LB_CHECK:
        return `lbcheck ${this.arg} -> ${this.out}`;
      case Inst2.RUNE:
        if (this.runes === null) return "rune <null>";
        return [
          "rune ",
          Inst2.escapeRunes(this.runes),
          (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
          " -> ",
          this.out
        ].join("");
      case Inst2.RUNE1:
        return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
      case Inst2.RUNE_ANY:
        return `any -> ${this.out}`;
      case Inst2.RUNE_ANY_NOT_NL:
        return `anynotnl -> ${this.out}`;
      default:
        throw new Error("unhandled case in Inst.toString");
    }
  }
};
var Queue = class Queue2 {
  constructor(numInst) {
    this.sparse = new Int32Array(numInst);
    this.densePcs = new Int32Array(numInst);
    this.denseCaps = null;
    this.size = 0;
    this.ncap = 0;
    this.mainThreads = 0;
  }
  static INITIAL_THREADS = 32;
  init(ncap) {
    this.ncap = ncap;
    const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
    if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
  }
  growCaps(needed) {
    const limit = this.densePcs.length * this.ncap;
    const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
    grown.set(this.denseCaps);
    this.denseCaps = grown;
  }
  contains(pc) {
    const j = this.sparse[pc];
    return j < this.size && this.densePcs[j] === pc;
  }
  isEmpty() {
    return this.size === 0;
  }
  add(pc) {
    const j = this.size++;
    this.sparse[pc] = j;
    this.densePcs[j] = pc;
    return j;
  }
  clear() {
    this.size = 0;
    this.mainThreads = 0;
  }
  toString() {
    let out = "{";
    for (let i = 0; i < this.size; i++) {
      if (i !== 0) out += ", ";
      out += this.densePcs[i];
    }
    out += "}";
    return out;
  }
};
var LookbehindState = class {
  constructor(prog) {
    this.pos = -1;
    this.pcs = new Int32Array(prog.numInst());
    this.size = 0;
    this.lbTable = new Int32Array(prog.numLb + 1);
  }
  reset() {
    this.pos = -1;
    this.size = 0;
  }
};
var Machine = class Machine2 {
  static fromRE2(re2) {
    const m = new Machine2();
    m.prog = re2.prog;
    m.re2 = re2;
    m.q0 = new Queue(m.prog.numInst());
    m.q1 = new Queue(m.prog.numInst());
    m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
    m.matched = false;
    m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
    m.ncap = 0;
    return m;
  }
  constructor() {
    this.prog = null;
    this.re2 = null;
    this.q0 = null;
    this.q1 = null;
    this.addStack = null;
    this.matched = false;
    this.matchcap = null;
    this.ncap = 0;
    this.lbTable = null;
  }
  init(ncap) {
    this.ncap = ncap;
    if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1);
    this.q0.init(ncap);
    this.q1.init(ncap);
    if (this.prog.numLb > 0) {
      if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
      this.lbTable.fill(-1);
    }
  }
  submatches() {
    if (this.ncap === 0) return Utils.emptyInts();
    return Utils.toArray(this.matchcap.subarray(0, this.ncap));
  }
  match(input, pos, anchor, lbState = null) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return false;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    this.matched = false;
    this.matchcap.fill(-1);
    const hasLookbehinds = this.prog.numLb > 0;
    const matchStartPos = pos;
    let currentPos = pos;
    let resumeLookbehinds = false;
    if (hasLookbehinds) {
      if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
        currentPos = lbState.pos;
        resumeLookbehinds = true;
      } else currentPos = 0;
    }
    let saveLookbehinds = hasLookbehinds && lbState !== null;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag;
    if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
    else flag = input.context(currentPos);
    if (hasLookbehinds) {
      if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
      else this.spawnLookbehinds(runq, currentPos, flag);
    }
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
        if (this.matched) break;
        if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
          const advance = input.index(this.re2, currentPos);
          if (advance < 0) break;
          currentPos += advance;
          r = input.step(currentPos);
          rune = r >> 3;
          width = r & 7;
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
          flag = input.context(currentPos);
        }
      }
      if (currentPos >= matchStartPos) {
        if (saveLookbehinds) {
          this.saveLookbehinds(lbState, runq, currentPos);
          saveLookbehinds = false;
        }
        if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
          if (this.ncap > 0) this.matchcap[0] = currentPos;
          this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
        }
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
      if (width === 0) break;
      if (this.ncap === 0 && this.matched) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    runq.clear();
    nextq.clear();
    return this.matched;
  }
  matchSet(input, pos, anchor) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return [];
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    let currentPos = this.prog.numLb > 0 ? 0 : pos;
    let matchStartPos = pos;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
    const matches = /* @__PURE__ */ new Set();
    if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
      }
      if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
        if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      for (let j = 0; j < runq.size; j++) {
        const pc = runq.densePcs[j];
        const i = this.prog.inst[pc];
        const capOffset = j * this.ncap;
        let add = false;
        switch (i.op) {
          case Inst.MATCH:
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
            matches.add(i.arg);
            break;
          case Inst.RUNE:
            add = i.matchRune(rune);
            break;
          case Inst.RUNE1:
            add = rune === i.runes[0];
            break;
          case Inst.RUNE_ANY:
            add = true;
            break;
          case Inst.RUNE_ANY_NOT_NL:
            add = rune !== 10;
            break;
          default:
            continue;
        }
        if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
      }
      runq.clear();
      if (width === 0) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    nextq.clear();
    return Array.from(matches).sort((a, b) => a - b);
  }
  step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
    const longest = this.re2.longest;
    for (let j = 0; j < runq.size; j++) {
      const pc = runq.densePcs[j];
      const capOffset = j * this.ncap;
      if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
      const i = this.prog.inst[pc];
      let add = false;
      switch (i.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
          if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
            runq.denseCaps[capOffset + 1] = pos;
            for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
          }
          if (!longest) runq.size = 0;
          this.matched = true;
          break;
        case Inst.RUNE:
          add = i.matchRune(c);
          break;
        case Inst.RUNE1:
          add = c === i.runes[0];
          break;
        case Inst.RUNE_ANY:
          add = true;
          break;
        case Inst.RUNE_ANY_NOT_NL:
          add = c !== 10;
          break;
        default:
          continue;
      }
      if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
    }
    runq.clear();
  }
  spawnLookbehinds(q, pos, flag) {
    for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
  }
  restoreLookbehinds(lbState, q, flag) {
    this.lbTable.set(lbState.lbTable);
    for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
  }
  saveLookbehinds(lbState, q, pos) {
    let size = 0;
    for (let j = 0; j < q.size; j++) {
      const pc = q.densePcs[j];
      if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
    }
    lbState.size = size;
    lbState.pos = pos;
    lbState.lbTable.set(this.lbTable);
  }
  add(q, pc, pos, capArray, capOffset, cond) {
    const stk = this.addStack;
    let nstk = 0;
    for (; ; ) {
      while (pc !== 0 && !q.contains(pc)) {
        const d = q.add(pc);
        const inst = this.prog.inst[pc];
        switch (inst.op) {
          case Inst.FAIL:
            pc = 0;
            break;
          case Inst.ALT:
          case Inst.ALT_MATCH:
            stk[nstk++] = inst.arg;
            stk[nstk++] = 0;
            pc = inst.out;
            break;
          case Inst.EMPTY_WIDTH:
            pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
            break;
          case Inst.NOP:
            pc = inst.out;
            break;
          case Inst.CAPTURE:
            if (inst.arg < this.ncap) {
              stk[nstk++] = -inst.arg - 1;
              stk[nstk++] = capArray[capOffset + inst.arg];
              capArray[capOffset + inst.arg] = pos;
            }
            pc = inst.out;
            break;
          case Inst.LB_WRITE:
            this.lbTable[Math.abs(inst.arg)] = pos;
            pc = inst.out;
            break;
          case Inst.LB_CHECK:
            if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
            else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
            break;
          case Inst.MATCH:
          case Inst.RUNE:
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            if (this.prog.lbInst[pc] === 0) q.mainThreads++;
            if (this.ncap > 0) {
              const destOffset = d * this.ncap;
              if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
              for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
            }
            pc = 0;
            break;
          default:
            throw new RE2JSInternalException("unhandled");
        }
      }
      if (nstk === 0) return;
      nstk -= 2;
      const entry = stk[nstk];
      if (entry < 0) {
        capArray[capOffset - entry - 1] = stk[nstk + 1];
        pc = 0;
      } else pc = entry;
    }
  }
};
var hashState = (pcs, flag, ids) => {
  let h = -2128831035;
  for (let i = 0; i < pcs.length; i++) {
    h ^= pcs[i];
    h = Math.imul(h, 16777619);
  }
  h ^= flag;
  h = Math.imul(h, 16777619);
  for (let i = 0; i < ids.length; i++) {
    h ^= ids[i];
    h = Math.imul(h, 16777619);
  }
  return h;
};
var arraysEqual = (a, b) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
var isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
var NO_IDS = [];
var END_TEXT = -1;
var DFAState = class {
  constructor(nfaStates, flag, matchIDs) {
    this.nfaStates = nfaStates;
    this.flag = flag;
    this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
    this.matchIDs = matchIDs;
    this.next = null;
    this.nextAnchored = null;
  }
};
var DFA = class DFA2 {
  static FLAG_EMPTY_MASK = 255;
  static FLAG_MATCH = 256;
  static FLAG_LAST_WORD = 512;
  static FLAG_NEED_SHIFT = 16;
  static STATE_OVERHEAD = 150;
  static ARRAY_OVERHEAD = 40;
  static ELEMENT_SIZE = 8;
  static TABLE_OVERHEAD = 48;
  static PROGRESS_PER_STATE = 10;
  constructor(prog, maxMem = 8388608) {
    this.prog = prog;
    this.maxMem = maxMem;
    this.stateCache = /* @__PURE__ */ new Map();
    this.stateCount = 0;
    this.startStates = /* @__PURE__ */ new Map();
    this.failed = false;
    for (let pc = 0; pc < prog.numInst(); pc++) {
      const op = prog.getInst(pc).op;
      if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
        this.failed = true;
        break;
      }
    }
    this.computeRuneClasses();
    this.stateBudget = maxMem;
    this.memBudget = maxMem;
  }
  computeRuneClasses() {
    const bounds = /* @__PURE__ */ new Set();
    const addRange = (lo, hi) => {
      bounds.add(lo);
      bounds.add(hi + 1);
    };
    for (let pc = 0; pc < this.prog.numInst(); pc++) {
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.RUNE:
        case Inst.RUNE1:
          if (inst.runes.length === 1) {
            addRange(inst.runes[0], inst.runes[0]);
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
          } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
          break;
        case Inst.RUNE_ANY_NOT_NL:
          addRange(10, 10);
          break;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
          if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
            addRange(48, 57);
            addRange(65, 90);
            addRange(95, 95);
            addRange(97, 122);
          }
      }
    }
    bounds.delete(0);
    this.classBounds = Int32Array.from(bounds).sort();
    this.numClasses = this.classBounds.length + 1;
    const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
    for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
    this.latin1Class = latin1Class;
  }
  runeClass(r) {
    if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
    return this.searchClass(r);
  }
  searchClass(r) {
    const bounds = this.classBounds;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (bounds[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  closure(pcs, flag) {
    const closure = /* @__PURE__ */ new Set();
    const stack = Array.from(pcs);
    let needflags = 0;
    while (stack.length > 0) {
      const pc = stack.pop();
      if (pc === 0 || closure.has(pc)) continue;
      closure.add(pc);
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out);
          stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          needflags |= inst.arg;
          if ((inst.arg & ~flag) === 0) stack.push(inst.out);
      }
    }
    return {
      pcs: Array.from(closure).sort((a, b) => a - b),
      needflags
    };
  }
  getState(pcs, flag, ids) {
    const hash = hashState(pcs, flag, ids);
    const cached = this.stateCache.get(hash);
    if (cached instanceof DFAState) {
      if (isState(cached, pcs, flag, ids)) return cached;
    } else if (cached !== void 0) {
      for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
    }
    const cost = DFA2.stateCost(pcs, ids);
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const state = new DFAState(pcs, flag, ids);
    if (cached === void 0) this.stateCache.set(hash, state);
    else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
    else cached.push(state);
    this.stateCount++;
    return state;
  }
  static stateCost(pcs, ids) {
    const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
    return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
  }
  *cachedStates() {
    for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
    else yield* cached;
  }
  makeState(pcs, flag, ids) {
    const closure = this.closure(pcs, flag & DFA2.FLAG_EMPTY_MASK);
    let stateFlag = flag;
    if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
    stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
    return this.getState(closure.pcs, stateFlag, ids);
  }
  allocTable(state, anchor) {
    const size = this.numClasses + 1;
    const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size;
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const table = new Array(size).fill(null);
    if (anchor === RE2Flags.UNANCHORED) state.next = table;
    else state.nextAnchored = table;
    return table;
  }
  clearCache() {
    this.stateCache.clear();
    this.stateCount = 0;
    this.startStates.clear();
    this.memBudget = this.stateBudget;
  }
  resetCache(current) {
    this.clearCache();
    return this.getState(current.nfaStates, current.flag, current.matchIDs);
  }
  step(state, cls, rune, anchor) {
    let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
    if (table !== null) {
      const cached = table[cls];
      if (cached !== null) return cached;
    } else {
      table = this.allocTable(state, anchor);
      if (table === null) return null;
    }
    const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
    const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
    let beforeflag = oldbeforeflag;
    let afterflag = 0;
    if (rune === 10) {
      beforeflag |= Utils.EMPTY_END_LINE;
      afterflag |= Utils.EMPTY_BEGIN_LINE;
    }
    if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
    const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
    const isword = rune !== END_TEXT && Utils.isWordRune(rune);
    beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
    let pcs = state.nfaStates;
    if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
    const nextPCs = [];
    let ismatch = false;
    let ids = NO_IDS;
    for (let i = 0; i < pcs.length; i++) {
      const inst = this.prog.getInst(pcs[i]);
      if (inst.op === Inst.MATCH) {
        if (!ismatch) {
          ismatch = true;
          ids = [];
        }
        ids.push(inst.arg);
      } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
    }
    if (ids.length > 1) ids.sort((a, b) => a - b);
    if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
    let flag = afterflag;
    if (ismatch) flag |= DFA2.FLAG_MATCH;
    if (isword) flag |= DFA2.FLAG_LAST_WORD;
    const nextState = this.makeState(nextPCs, flag, ids);
    if (nextState === null) return null;
    table[cls] = nextState;
    return nextState;
  }
  start(input, pos) {
    const context = input.context(pos);
    let flags;
    if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
    else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
    else {
      const r = input.step(pos);
      const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
      flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
    }
    let state = this.startStates.get(flags);
    if (state === void 0) {
      state = this.makeState([this.prog.start], flags, NO_IDS);
      if (state === null) {
        this.clearCache();
        state = this.makeState([this.prog.start], flags, NO_IDS);
        if (state === null) return null;
      }
      this.startStates.set(flags, state);
    }
    return state;
  }
  stepOrReset(state, cls, rune, anchor, pos, search) {
    let next = this.step(state, cls, rune, anchor);
    if (next !== null) return next;
    if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
    search.resetPos = pos;
    const restored = this.resetCache(state);
    if (restored === null) return null;
    next = this.step(restored, cls, rune, anchor);
    return next;
  }
  run(input, pos, anchor, state, onMatch) {
    const endPos = input.endPos();
    const latin1Class = this.latin1Class;
    const unanchored = anchor === RE2Flags.UNANCHORED;
    const search = { resetPos: -1 };
    let i = pos;
    while (i < endPos) {
      const r = input.step(i);
      const rune = r >> 3;
      const width = r & 7;
      if (width === 0) break;
      const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
      let next = unanchored && state.next !== null ? state.next[cls] : null;
      if (next === null) {
        next = this.stepOrReset(state, cls, rune, anchor, i, search);
        if (next === null) return null;
      }
      state = next;
      if (state.isMatch && onMatch(state, false)) return true;
      if (!unanchored && state.nfaStates.length === 0) return false;
      i += width;
    }
    state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
    if (state === null) return null;
    return state.isMatch && onMatch(state, true);
  }
  match(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    const startState = this.start(input, pos);
    if (startState === null) return null;
    return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
  }
  matchSet(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    const startState = this.start(input, pos);
    if (startState === null) return null;
    const matches = /* @__PURE__ */ new Set();
    const collect = (state, atEnd) => {
      if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
      return false;
    };
    if (this.run(input, pos, anchor, startState, collect) === null) return null;
    return Array.from(matches).sort((a, b) => a - b);
  }
};
var VISITED_BITS = 32;
var MAX_BACKTRACK_PROG = 500;
var INITIAL_JOB_CAPACITY = 256;
var MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
  constructor() {
    this.end = 0;
    this.cap = /* @__PURE__ */ new Int32Array(0);
    this.matchcap = /* @__PURE__ */ new Int32Array(0);
    this.ncap = 0;
    this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
    this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobLen = 0;
    this.visited = /* @__PURE__ */ new Uint32Array(0);
  }
  reset(prog, end, ncap) {
    this.end = end;
    this.jobLen = 0;
    this.ncap = ncap;
    const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
    if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
    else this.visited.fill(0, 0, visitedSize);
    if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
    else this.cap.fill(-1, 0, ncap);
    if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1, 0, ncap);
  }
  shouldVisit(pc, pos) {
    const n = pc * (this.end + 1) + pos;
    const idx = n >>> 5;
    const mask = 1 << (n & 31);
    if ((this.visited[idx] & mask) !== 0) return false;
    this.visited[idx] |= mask;
    return true;
  }
  push(re2, pc, pos, arg) {
    if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
      if (this.jobLen >= this.jobPc.length) {
        const newSize = this.jobPc.length * 2;
        const newPc = new Int32Array(newSize);
        newPc.set(this.jobPc);
        this.jobPc = newPc;
        const newArg = new Uint8Array(newSize);
        newArg.set(this.jobArg);
        this.jobArg = newArg;
        const newPos = new Int32Array(newSize);
        newPos.set(this.jobPos);
        this.jobPos = newPos;
      }
      this.jobPc[this.jobLen] = pc;
      this.jobArg[this.jobLen] = arg ? 1 : 0;
      this.jobPos[this.jobLen] = pos;
      this.jobLen++;
    }
  }
  tryBacktrack(re2, input, pc, pos, anchor) {
    const longest = re2.longest;
    this.push(re2, pc, pos, false);
    while (this.jobLen > 0) {
      this.jobLen--;
      let currentPc = this.jobPc[this.jobLen];
      let arg = this.jobArg[this.jobLen] === 1;
      let currentPos = this.jobPos[this.jobLen];
      let skipShouldVisit = true;
      while (true) {
        if (!skipShouldVisit) {
          if (!this.shouldVisit(currentPc, currentPos)) break;
        }
        skipShouldVisit = false;
        const inst = re2.prog.getInst(currentPc);
        switch (inst.op) {
          case Inst.FAIL:
            break;
          case Inst.ALT:
            if (arg) {
              arg = false;
              currentPc = inst.arg;
              continue;
            } else {
              this.push(re2, currentPc, currentPos, true);
              currentPc = inst.out;
              continue;
            }
          case Inst.ALT_MATCH: {
            const outInst = re2.prog.getInst(inst.out);
            if (Inst.isRuneOp(outInst.op)) {
              this.push(re2, inst.arg, currentPos, false);
              currentPc = inst.arg;
              currentPos = this.end;
              continue;
            }
            this.push(re2, inst.out, this.end, false);
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (!inst.matchRune(r >> 3)) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE1: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 !== inst.runes[0]) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY_NOT_NL: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 === 10) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.CAPTURE:
            if (arg) {
              this.cap[inst.arg] = currentPos;
              break;
            } else {
              if (inst.arg < this.ncap) {
                this.push(re2, currentPc, this.cap[inst.arg], true);
                this.cap[inst.arg] = currentPos;
              }
              currentPc = inst.out;
              continue;
            }
          case Inst.EMPTY_WIDTH: {
            const flag = input.context(currentPos);
            if ((inst.arg & ~flag) !== 0) break;
            currentPc = inst.out;
            continue;
          }
          case Inst.NOP:
            currentPc = inst.out;
            continue;
          case Inst.MATCH: {
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
            if (this.ncap === 0) return true;
            if (this.ncap > 1) this.cap[1] = currentPos;
            const old = this.matchcap[1];
            if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
            if (!longest) return true;
            if (currentPos === this.end) return true;
            break;
          }
          case Inst.LB_WRITE:
          case Inst.LB_CHECK:
            throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
          default:
            throw new RE2JSInternalException("bad inst");
        }
        break;
      }
    }
    return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
  }
};
var bitStatePool = [];
var Backtracker = class Backtracker2 {
  static shouldBacktrack(prog) {
    return prog.numInst() <= MAX_BACKTRACK_PROG;
  }
  static maxBitStateLen(prog) {
    if (!Backtracker2.shouldBacktrack(prog)) return 0;
    return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
  }
  static execute(re2, input, pos, anchor, ncap) {
    const startCond = re2.cond;
    if (startCond === Utils.EMPTY_ALL) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
    const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
    const end = input.endPos();
    b.reset(re2.prog, end, ncap);
    let matched = false;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
      if (b.ncap > 0) b.cap[0] = pos;
      if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
    } else {
      let width = -1;
      for (; pos <= end && width !== 0; pos += width) {
        if (re2.prefix.length > 0) {
          const advance = input.index(re2, pos);
          if (advance < 0) break;
          pos += advance;
        }
        if (b.ncap > 0) b.cap[0] = pos;
        if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
          matched = true;
          break;
        }
        const r = input.step(pos);
        width = r === MachineInputBase.EOF() ? 0 : r & 7;
      }
    }
    if (!matched) {
      bitStatePool.push(b);
      return null;
    }
    const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
    bitStatePool.push(b);
    return result;
  }
};
var QueueOnePass = class {
  constructor(size) {
    this.sparse = new Uint32Array(size);
    this.dense = new Uint32Array(size);
    this.size = 0;
    this.nextIndex = 0;
  }
  empty() {
    return this.nextIndex >= this.size;
  }
  next() {
    return this.dense[this.nextIndex++];
  }
  clear() {
    this.size = 0;
    this.nextIndex = 0;
  }
  contains(u) {
    return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
  }
  insert(u) {
    if (!this.contains(u)) this.insertNew(u);
  }
  insertNew(u) {
    if (u >= this.sparse.length) return;
    this.sparse[u] = this.size;
    this.dense[this.size] = u;
    this.size++;
  }
};
var mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
  const leftLen = leftRunes.length;
  const rightLen = rightRunes.length;
  let lx = 0, rx = 0;
  const merged = [];
  const next = [];
  let ok = true;
  let ix = -1;
  const extend = (isLeft) => {
    const newArray = isLeft ? leftRunes : rightRunes;
    const low = isLeft ? lx : rx;
    const pc = isLeft ? leftPC : rightPC;
    if (ix > 0 && newArray[low] <= merged[ix]) return false;
    merged.push(newArray[low], newArray[low + 1]);
    if (isLeft) lx += 2;
    else rx += 2;
    ix += 2;
    next.push(pc);
    return true;
  };
  while (lx < leftLen || rx < rightLen) {
    if (rx >= rightLen) ok = extend(true);
    else if (lx >= leftLen) ok = extend(false);
    else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
    else ok = extend(true);
    if (!ok) return null;
  }
  return {
    merged,
    next
  };
};
var OnePassProg = class {
  constructor(prog) {
    this.start = prog.start;
    this.numCap = prog.numCap;
    this.inst = new Array(prog.inst.length);
    for (let i = 0; i < prog.inst.length; i++) {
      const orig = prog.inst[i];
      const inst = new Inst(orig.op);
      inst.out = orig.out;
      inst.arg = orig.arg;
      inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
      inst.next = null;
      this.inst[i] = inst;
    }
  }
};
var onePassCopy = (prog) => {
  const p = new OnePassProg(prog);
  for (let pc = 0; pc < p.inst.length; pc++) {
    const inst = p.inst[pc];
    if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
    let pAOther = "out";
    let pAAlt = "arg";
    let instAlt = p.inst[inst[pAAlt]];
    if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
      pAOther = "arg";
      pAAlt = "out";
      instAlt = p.inst[inst[pAAlt]];
      if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
    }
    const instOther = p.inst[inst[pAOther]];
    if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
    let pBAlt = "out";
    let pBOther = "arg";
    let patch = false;
    if (instAlt.out === pc) patch = true;
    else if (instAlt.arg === pc) {
      patch = true;
      pBAlt = "arg";
      pBOther = "out";
    }
    if (patch) instAlt[pBAlt] = inst[pAOther];
    if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
  }
  return p;
};
var makeOnePass = (p) => {
  if (p.inst.length >= 1e3) return null;
  const instQueue = new QueueOnePass(p.inst.length);
  const visitQueue = new QueueOnePass(p.inst.length);
  const onePassRunes = new Array(p.inst.length);
  const m = new Array(p.inst.length).fill(false);
  const check = (pc) => {
    let ok = true;
    const inst = p.inst[pc];
    if (visitQueue.contains(pc)) return true;
    visitQueue.insert(pc);
    switch (inst.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH: {
        ok = check(inst.out) && check(inst.arg);
        let matchOut = m[inst.out];
        let matchArg = m[inst.arg];
        if (matchOut && matchArg) return false;
        if (matchArg) {
          const tempOut = inst.out;
          inst.out = inst.arg;
          inst.arg = tempOut;
          const tempMatch = matchOut;
          matchOut = matchArg;
          matchArg = tempMatch;
        }
        if (matchOut) {
          m[pc] = true;
          inst.op = Inst.ALT_MATCH;
        }
        const leftRunes = onePassRunes[inst.out] || [];
        const rightRunes = onePassRunes[inst.arg] || [];
        const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
        if (!mergeRes) return false;
        onePassRunes[pc] = new Int32Array(mergeRes.merged);
        inst.next = new Uint32Array(mergeRes.next);
        break;
      }
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
        ok = check(inst.out);
        m[pc] = m[inst.out];
        onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        break;
      case Inst.MATCH:
      case Inst.FAIL:
        m[pc] = inst.op === Inst.MATCH;
        break;
      case Inst.RUNE: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        if (!inst.runes || inst.runes.length === 0) {
          onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
          inst.next = new Uint32Array([inst.out]);
          break;
        }
        let runes = [];
        if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE1: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        let runes = [];
        if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else runes.push(inst.runes[0], inst.runes[0]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE_ANY:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
        inst.next = new Uint32Array([inst.out]);
        break;
      case Inst.RUNE_ANY_NOT_NL:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([
          0,
          9,
          11,
          Unicode.MAX_RUNE
        ]);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
    }
    return ok;
  };
  instQueue.clear();
  instQueue.insert(p.start);
  while (!instQueue.empty()) {
    visitQueue.clear();
    if (!check(instQueue.next())) return null;
  }
  for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
  return p;
};
var cleanupOnePass = (p, original) => {
  for (let ix = 0; ix < original.inst.length; ix++) {
    const instOriginal = original.inst[ix];
    switch (instOriginal.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH:
      case Inst.RUNE:
        break;
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
      case Inst.MATCH:
      case Inst.FAIL:
        p.inst[ix].next = null;
        break;
      case Inst.RUNE1:
      case Inst.RUNE_ANY:
      case Inst.RUNE_ANY_NOT_NL:
        p.inst[ix].next = null;
        p.inst[ix].op = instOriginal.op;
        p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
    }
  }
};
var OnePass = class OnePass2 {
  static compile(prog) {
    if (prog.start === 0) return null;
    if (prog.numLb > 0) return null;
    const startInst = prog.inst[prog.start];
    if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
    let hasAlt = false;
    for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
      hasAlt = true;
      break;
    }
    for (let i = 0; i < prog.inst.length; i++) {
      const inst = prog.inst[i];
      const opOut = prog.inst[inst.out].op;
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
          break;
        case Inst.EMPTY_WIDTH:
          if (opOut === Inst.MATCH) {
            if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
            return null;
          }
          break;
        default:
          if (opOut === Inst.MATCH && hasAlt) return null;
      }
    }
    let p = onePassCopy(prog);
    p = makeOnePass(p);
    if (p !== null) cleanupOnePass(p, prog);
    return p;
  }
  static next(inst, r) {
    const nextIdx = inst.matchRunePos(r);
    if (nextIdx >= 0) return inst.next[nextIdx];
    if (inst.op === Inst.ALT_MATCH) return inst.out;
    return 0;
  }
  static execute(re2, input, pos, anchor, ncap) {
    const onepass = re2.onepass;
    if (!onepass) return null;
    const matchcap = new Int32Array(ncap).fill(-1);
    let matched = false;
    let r = input.step(pos);
    let rune = r >> 3;
    let width = r & 7;
    let r1 = MachineInputBase.EOF();
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r1 = input.step(pos + width);
      if (r1 !== MachineInputBase.EOF()) {
        rune1 = r1 >> 3;
        width1 = r1 & 7;
      }
    }
    let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
    let pc = onepass.start;
    let inst;
    while (true) {
      inst = onepass.inst[pc];
      pc = inst.out;
      switch (inst.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
          matched = true;
          if (matchcap.length > 0) {
            matchcap[0] = 0;
            matchcap[1] = pos;
          }
          return ncap === 0 ? [] : Utils.toArray(matchcap);
        case Inst.RUNE:
          if (!inst.matchRune(rune)) return null;
          break;
        case Inst.RUNE1:
          if (rune !== inst.runes[0]) return null;
          break;
        case Inst.RUNE_ANY:
          break;
        case Inst.RUNE_ANY_NOT_NL:
          if (rune === 10) return null;
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pc = OnePass2.next(inst, rune);
          continue;
        case Inst.FAIL:
          return null;
        case Inst.NOP:
          continue;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & ~flag) !== 0) return null;
          continue;
        case Inst.CAPTURE:
          if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
          continue;
        default:
          throw new RE2JSInternalException("bad inst");
      }
      if (width === 0) break;
      flag = Utils.emptyOpContext(rune, rune1);
      pos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r1 = input.step(pos + width);
        if (r1 !== MachineInputBase.EOF()) {
          rune1 = r1 >> 3;
          width1 = r1 & 7;
        } else {
          rune1 = -1;
          width1 = 0;
        }
      }
    }
    if (!matched) return null;
    return ncap === 0 ? [] : Utils.toArray(matchcap);
  }
};
var Regexp = class Regexp2 {
  static Op = createEnum([
    "NO_MATCH",
    "EMPTY_MATCH",
    "LITERAL",
    "CHAR_CLASS",
    "ANY_CHAR_NOT_NL",
    "ANY_CHAR",
    "BEGIN_LINE",
    "END_LINE",
    "BEGIN_TEXT",
    "END_TEXT",
    "WORD_BOUNDARY",
    "NO_WORD_BOUNDARY",
    "CAPTURE",
    "STAR",
    "PLUS",
    "QUEST",
    "REPEAT",
    "CONCAT",
    "ALTERNATE",
    "PLB",
    "NLB",
    "LEFT_PAREN",
    "VERTICAL_BAR"
  ]);
  static isPseudoOp(op) {
    return op >= Regexp2.Op.LEFT_PAREN;
  }
  static emptySubs() {
    return [];
  }
  static quoteIfHyphen(rune) {
    if (rune === Codepoint.CODES["-"]) return "\\";
    return "";
  }
  static fromRegexp(re) {
    const regex = new Regexp2(re.op);
    regex.flags = re.flags;
    regex.subs = re.subs;
    regex.runes = re.runes;
    regex.cap = re.cap;
    regex.min = re.min;
    regex.max = re.max;
    regex.name = re.name;
    regex.namedGroups = re.namedGroups;
    regex.lb = re.lb;
    return regex;
  }
  constructor(op) {
    this.op = op;
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.min = 0;
    this.max = 0;
    this.cap = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  reinit() {
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.cap = 0;
    this.min = 0;
    this.max = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  toString() {
    return this.appendTo();
  }
  appendTo() {
    let out = "";
    switch (this.op) {
      case Regexp2.Op.NO_MATCH:
        out += "[^\\x00-\\x{10FFFF}]";
        break;
      case Regexp2.Op.EMPTY_MATCH:
        out += "(?:)";
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
      case Regexp2.Op.REPEAT: {
        const sub = this.subs[0];
        if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        switch (this.op) {
          case Regexp2.Op.STAR:
            out += "*";
            break;
          case Regexp2.Op.PLUS:
            out += "+";
            break;
          case Regexp2.Op.QUEST:
            out += "?";
            break;
          case Regexp2.Op.REPEAT:
            out += `{${this.min}`;
            if (this.min !== this.max) {
              out += ",";
              if (this.max >= 0) out += this.max;
            }
            out += "}";
        }
        if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
        break;
      }
      case Regexp2.Op.CONCAT:
        for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        break;
      case Regexp2.Op.ALTERNATE: {
        let sep = "";
        for (let sub of this.subs) {
          out += sep;
          sep = "|";
          out += sub.appendTo();
        }
        break;
      }
      case Regexp2.Op.LITERAL:
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
        for (let rune of this.runes) out += Utils.escapeRune(rune);
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
        break;
      case Regexp2.Op.ANY_CHAR_NOT_NL:
        out += "(?-s:.)";
        break;
      case Regexp2.Op.ANY_CHAR:
        out += "(?s:.)";
        break;
      case Regexp2.Op.PLB:
        out += `(?<=${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.NLB:
        out += `(?<!${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.name === null || this.name.length === 0) out += "(";
        else out += `(?P<${this.name}>`;
        if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
        out += ")";
        break;
      case Regexp2.Op.BEGIN_TEXT:
        out += "\\A";
        break;
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
        else out += "\\z";
        break;
      case Regexp2.Op.BEGIN_LINE:
        out += "^";
        break;
      case Regexp2.Op.END_LINE:
        out += "$";
        break;
      case Regexp2.Op.WORD_BOUNDARY:
        out += "\\b";
        break;
      case Regexp2.Op.NO_WORD_BOUNDARY:
        out += "\\B";
        break;
      case Regexp2.Op.CHAR_CLASS:
        if (this.runes.length % 2 !== 0) {
          out += "[invalid char class]";
          break;
        }
        out += "[";
        if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
        else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
          out += "^";
          for (let i = 1; i < this.runes.length - 1; i += 2) {
            const lo = this.runes[i] + 1;
            const hi = this.runes[i + 1] - 1;
            out += Regexp2.quoteIfHyphen(lo);
            out += Utils.escapeRune(lo);
            if (lo !== hi) {
              out += "-";
              out += Regexp2.quoteIfHyphen(hi);
              out += Utils.escapeRune(hi);
            }
          }
        } else for (let i = 0; i < this.runes.length; i += 2) {
          const lo = this.runes[i];
          const hi = this.runes[i + 1];
          out += Regexp2.quoteIfHyphen(lo);
          out += Utils.escapeRune(lo);
          if (lo !== hi) {
            out += "-";
            out += Regexp2.quoteIfHyphen(hi);
            out += Utils.escapeRune(hi);
          }
        }
        out += "]";
        break;
      default:
        out += this.op;
    }
    return out;
  }
  maxCap() {
    let m = 0;
    if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
    if (this.subs !== null) for (let sub of this.subs) {
      const n = sub.maxCap();
      if (m < n) m = n;
    }
    return m;
  }
  equals(that) {
    if (!(that !== null && that instanceof Regexp2)) return false;
    if (this.op !== that.op) return false;
    switch (this.op) {
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
        break;
      case Regexp2.Op.LITERAL:
      case Regexp2.Op.CHAR_CLASS:
        if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
        if (this.runes === null && that.runes === null) break;
        if (this.runes === null || that.runes === null) return false;
        if (this.runes.length !== that.runes.length) return false;
        for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
        break;
      case Regexp2.Op.ALTERNATE:
      case Regexp2.Op.CONCAT:
        if (this.subs.length !== that.subs.length) return false;
        for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.REPEAT:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.PLB:
      case Regexp2.Op.NLB:
        if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
    }
    return true;
  }
};
var RegexpWalker = class {
  static walk(root, handler) {
    const stack = [];
    let re = root;
    let result;
    for (; ; ) {
      if (re.subs.length === 0) result = handler.leaf(re);
      else {
        const state = handler.enter(re);
        if (state.result === void 0) {
          stack.push({
            re,
            state,
            i: 0
          });
          re = re.subs[0];
          continue;
        }
        result = state.result;
      }
      for (; ; ) {
        if (stack.length === 0) return result;
        const frame = stack[stack.length - 1];
        handler.child(frame.re, frame.state, result, frame.i);
        frame.i++;
        if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
          re = frame.re.subs[frame.i];
          break;
        }
        stack.pop();
        result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
      }
    }
  }
};
var AhoCorasick = class {
  constructor(words, alphabetSize) {
    const edges = /* @__PURE__ */ new Map();
    const parent = [0];
    const unit = [0];
    const depth = [0];
    const terminal = [0];
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const key = node * alphabetSize + word[i];
        let child = edges.get(key);
        if (child === void 0) {
          child = parent.length;
          edges.set(key, child);
          parent.push(node);
          unit.push(word[i]);
          depth.push(depth[node] + 1);
          terminal.push(0);
        }
        node = child;
      }
      terminal[node] = 1;
    }
    const numNodes = parent.length;
    const children = new Int32Array(numNodes - 1);
    for (let c = 1; c < numNodes; c++) children[c - 1] = c;
    children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
    const childStart = new Int32Array(numNodes + 1);
    for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
    for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
    const childUnit = new Int32Array(numNodes - 1);
    for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
    this.childStart = childStart;
    this.childUnit = childUnit;
    this.childNode = children;
    const byDepth = new Int32Array(numNodes);
    for (let n = 0; n < numNodes; n++) byDepth[n] = n;
    byDepth.sort((a, b) => depth[a] - depth[b]);
    const fail2 = new Int32Array(numNodes);
    const match = Uint8Array.from(terminal);
    for (let k = 1; k < numNodes; k++) {
      const c = byDepth[k];
      const p = parent[c];
      if (p !== 0) {
        let f = fail2[p];
        let next = this.next(f, unit[c]);
        while (next < 0 && f !== 0) {
          f = fail2[f];
          next = this.next(f, unit[c]);
        }
        fail2[c] = next >= 0 ? next : 0;
      }
      match[c] |= match[fail2[c]];
    }
    this.fail = fail2;
    this.match = match;
  }
  next(node, u) {
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1];
    const units = this.childUnit;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const m = units[mid];
      if (m === u) return this.childNode[mid];
      if (m < u) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  advance(node, u) {
    for (; ; ) {
      const next = this.next(node, u);
      if (next >= 0) return next;
      if (node === 0) return 0;
      node = this.fail[node];
    }
  }
  searchUTF16(charSeq, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, charSeq.charCodeAt(i));
      if (this.match[node] === 1) return true;
    }
    return false;
  }
  searchUTF8(bytes, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, bytes[i]);
      if (this.match[node] === 1) return true;
    }
    return false;
  }
};
var Prefilter = class Prefilter2 {
  static Type = {
    NONE: 0,
    EXACT: 1,
    AND: 2,
    OR: 3
  };
  static MAX_SCANS = 32;
  static MAX_AC_UNITS = 1 << 18;
  constructor(type) {
    this.type = type;
    this.subs = [];
    this.str = "";
    this.bytes = null;
    this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
    this.allExact = false;
    this.ac16 = null;
    this.ac8 = null;
  }
  automaton16() {
    if (this.ac16 === null) {
      const words = this.subs.map((s) => {
        const arr = new Array(s.str.length);
        for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
        return arr;
      });
      this.ac16 = new AhoCorasick(words, 65536);
    }
    return this.ac16;
  }
  automaton8() {
    if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
    return this.ac8;
  }
  eval(input, pos) {
    switch (this.type) {
      case Prefilter2.Type.NONE:
        return true;
      case Prefilter2.Type.EXACT:
        return input.hasString(this, pos);
      case Prefilter2.Type.AND:
        for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
        return true;
      case Prefilter2.Type.OR:
        if (this.allExact) return input.hasAnyString(this, pos);
        for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
        return false;
      default:
        return true;
    }
  }
};
var PrefilterTree = class PrefilterTree2 {
  static build(re) {
    if (!re) return new Prefilter(Prefilter.Type.NONE);
    return RegexpWalker.walk(re, PrefilterTree2.WALKER);
  }
  static WALKER = {
    leaf: (re) => PrefilterTree2.leaf(re),
    enter: (re) => PrefilterTree2.enter(re),
    child: (re, state, result) => PrefilterTree2.child(re, state, result),
    leave: (re, state) => PrefilterTree2.leave(re, state)
  };
  static leaf(re) {
    if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
    if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
    let str = "";
    for (let i = 0; i < re.runes.length; i++) {
      if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
      str += String.fromCodePoint(re.runes[i]);
    }
    const pf = new Prefilter(Prefilter.Type.EXACT);
    pf.str = str;
    pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
    return pf;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.CAPTURE:
      case Regexp.Op.PLUS:
        return { sub: null };
      case Regexp.Op.REPEAT:
        if (re.min >= 1) return { sub: null };
        return { result: new Prefilter(Prefilter.Type.NONE) };
      case Regexp.Op.CONCAT:
        return {
          pf: new Prefilter(Prefilter.Type.AND),
          subs: []
        };
      case Regexp.Op.ALTERNATE:
        return {
          pf: new Prefilter(Prefilter.Type.OR),
          subs: []
        };
      default:
        return { result: new Prefilter(Prefilter.Type.NONE) };
    }
  }
  static child(re, state, s) {
    if (state.subs === void 0) {
      state.sub = s;
      return;
    }
    if (state.pf.type === Prefilter.Type.AND) {
      if (s.type === Prefilter.Type.NONE) return;
      if (s.type === Prefilter.Type.AND) {
        for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
        return;
      }
      state.subs.push(s);
      return;
    }
    if (s.type === Prefilter.Type.NONE) {
      state.result = new Prefilter(Prefilter.Type.NONE);
      return;
    }
    if (s.type === Prefilter.Type.OR) {
      for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
      return;
    }
    state.subs.push(s);
  }
  static leave(re, state) {
    if (state.subs === void 0) return state.sub;
    const pf = state.pf;
    const seen = /* @__PURE__ */ new Set();
    const subs = [];
    for (const sub of state.subs) {
      if (sub.type === Prefilter.Type.EXACT) {
        if (seen.has(sub.str)) continue;
        seen.add(sub.str);
      }
      subs.push(sub);
    }
    if (pf.type === Prefilter.Type.AND) {
      const kept = [];
      let cost2 = 0;
      for (const sub of subs) {
        if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
        kept.push(sub);
        cost2 += sub.cost;
      }
      if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
      if (kept.length === 1) return kept[0];
      pf.subs = kept;
      pf.cost = cost2;
      return pf;
    }
    if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
    if (subs.length === 1) return subs[0];
    pf.subs = subs;
    let allExact = true;
    let cost = 0;
    let units = 0;
    for (const sub of subs) {
      if (sub.type !== Prefilter.Type.EXACT) allExact = false;
      else units += sub.bytes.length;
      cost += sub.cost;
    }
    if (allExact) {
      if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
      pf.allExact = true;
      pf.cost = 1;
      return pf;
    }
    if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
    pf.cost = cost;
    return pf;
  }
};
var PatchList = class {
  /**
  * @param {number} head - Encoded pointer to the start of the patch list.
  * @param {number} tail - Encoded pointer to the end of the patch list.
  */
  constructor(head = 0, tail = 0) {
    this.head = head;
    this.tail = tail;
  }
};
var Prog = class {
  constructor() {
    this.inst = [];
    this.start = 0;
    this.numCap = 2;
    this.lbStarts = [];
    this.numLb = 0;
    this.lbInst = null;
  }
  getInst(pc) {
    return this.inst[pc];
  }
  numInst() {
    return this.inst.length;
  }
  addInst(op) {
    this.inst.push(new Inst(op));
  }
  markLookbehindInsts() {
    const lbInst = new Uint8Array(this.inst.length);
    const pending = this.lbStarts.slice();
    while (pending.length > 0) {
      const pc = pending.pop();
      if (pc === 0 || lbInst[pc] === 1) continue;
      lbInst[pc] = 1;
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pending.push(i.out, i.arg);
          break;
        case Inst.MATCH:
        case Inst.FAIL:
          break;
        default:
          pending.push(i.out);
      }
    }
    this.lbInst = lbInst;
  }
  skipNop(pc) {
    let i = this.inst[pc];
    while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
      i = this.inst[pc];
      pc = i.out;
    }
    return i;
  }
  /** @returns {[boolean, string]} */
  prefix() {
    let prefix = "";
    let i = this.skipNop(this.start);
    if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
    while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
      prefix += String.fromCodePoint(i.runes[0]);
      i = this.skipNop(i.out);
    }
    return [i.op === Inst.MATCH, prefix];
  }
  startCond() {
    let flag = 0;
    let pc = this.start;
    loop: for (; ; ) {
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.EMPTY_WIDTH:
          flag |= i.arg;
          break;
        case Inst.FAIL:
          return -1;
        case Inst.CAPTURE:
        case Inst.NOP:
          break;
        default:
          break loop;
      }
      pc = i.out;
    }
    return flag;
  }
  patch(l, val) {
    let head = l.head;
    while (head !== 0) {
      const i = this.inst[head >> 1];
      if ((head & 1) === 0) {
        head = i.out;
        i.out = val;
      } else {
        head = i.arg;
        i.arg = val;
      }
    }
  }
  append(l1, l2) {
    if (l1.head === 0) return l2;
    if (l2.head === 0) return l1;
    const i = this.inst[l1.tail >> 1];
    if ((l1.tail & 1) === 0) i.out = l2.head;
    else i.arg = l2.head;
    return new PatchList(l1.head, l2.tail);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    let out = "";
    for (let pc = 0; pc < this.inst.length; pc++) {
      const len = out.length;
      out += pc;
      if (pc === this.start) out += "*";
      out += "        ".substring(out.length - len);
      out += this.inst[pc];
      out += "\n";
    }
    return out;
  }
};
var ANY_RUNE_NOT_NL = new Int32Array([
  0,
  Codepoint.CODES["\n"] - 1,
  Codepoint.CODES["\n"] + 1,
  Unicode.MAX_RUNE
]);
var ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
var Frag = class {
  constructor(i = 0, out = new PatchList(), nullable = false) {
    this.i = i;
    this.out = out;
    this.nullable = nullable;
  }
};
var Compiler = class Compiler2 {
  static compileRegexp(re) {
    const c = new Compiler2();
    const f = c.compile(re);
    c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
    c.prog.start = f.i;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  static compileSet(regexps) {
    const c = new Compiler2();
    if (regexps.length === 0) {
      c.prog.start = c.newInst(Inst.FAIL).i;
      c.prog.markLookbehindInsts();
      return c.prog;
    }
    let starts = [];
    for (let i = 0; i < regexps.length; i++) {
      c.lbOffset = c.prog.numLb;
      const f = c.compile(regexps[i]);
      const m = c.newInst(Inst.MATCH);
      c.prog.getInst(m.i).arg = i;
      c.prog.patch(f.out, m.i);
      starts.push(f.i);
    }
    let start = starts[0];
    for (let i = 1; i < starts.length; i++) {
      const f = c.newInst(Inst.ALT);
      const inst = c.prog.getInst(f.i);
      inst.out = start;
      inst.arg = starts[i];
      start = f.i;
    }
    c.prog.start = start;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  constructor() {
    this.prog = new Prog();
    this.newInst(Inst.FAIL);
    this.lbOffset = 0;
    this.runeCache = /* @__PURE__ */ new Map();
    this.walker = {
      leaf: (re) => this.leaf(re),
      enter: (re) => this.enter(re),
      child: (re, state, result) => this.child(re, state, result),
      leave: (re, state) => this.leave(re, state)
    };
  }
  newInst(op) {
    this.prog.addInst(op);
    return new Frag(this.prog.numInst() - 1, new PatchList(), true);
  }
  nop() {
    const f = this.newInst(Inst.NOP);
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  fail() {
    return new Frag();
  }
  cap(arg) {
    const f = this.newInst(Inst.CAPTURE);
    f.out = new PatchList(f.i << 1, f.i << 1);
    this.prog.getInst(f.i).arg = arg;
    if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
    return f;
  }
  cat(f1, f2) {
    if (f1.i === 0 || f2.i === 0) {
      this.prog.patch(f1.out, 0);
      this.prog.patch(f2.out, 0);
      return this.fail();
    }
    this.prog.patch(f1.out, f2.i);
    return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
  }
  alt(f1, f2) {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    i.out = f1.i;
    i.arg = f2.i;
    f.out = this.prog.append(f1.out, f2.out);
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }
  loop(f1, nongreedy) {
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    this.prog.patch(f1.out, f.i);
    return f;
  }
  quest(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    f.out = this.prog.append(f.out, f1.out);
    return f;
  }
  star(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }
  plus(f1, nongreedy) {
    if (f1.i === 0) return this.fail();
    return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
  }
  empty(op) {
    const f = this.newInst(Inst.EMPTY_WIDTH);
    this.prog.getInst(f.i).arg = op;
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  rune(runes, flags) {
    const f = this.newInst(Inst.RUNE);
    f.nullable = false;
    const i = this.prog.getInst(f.i);
    i.runes = runes;
    flags &= RE2Flags.FOLD_CASE;
    if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
    i.arg = flags;
    f.out = new PatchList(f.i << 1, f.i << 1);
    if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
    else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
    else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
    return f;
  }
  lookBehind(a, parsedLb) {
    const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
    const id = this.newInst(Inst.LB_WRITE);
    this.prog.getInst(id.i).arg = lb;
    const any = this.rune(ANY_RUNE, 0);
    const dotStar = this.star(any, true);
    const lbAutomaton = this.cat(dotStar, a);
    this.prog.patch(lbAutomaton.out, id.i);
    const checkId = this.newInst(Inst.LB_CHECK);
    this.prog.getInst(checkId.i).arg = lb;
    this.prog.lbStarts.push(lbAutomaton.i);
    if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
    checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
    return checkId;
  }
  compile(re) {
    return RegexpWalker.walk(re, this.walker);
  }
  leaf(re) {
    switch (re.op) {
      case Regexp.Op.NO_MATCH:
        return this.fail();
      case Regexp.Op.EMPTY_MATCH:
        return this.nop();
      case Regexp.Op.LITERAL: {
        if (re.runes.length === 0) return this.nop();
        let f = null;
        for (let r of re.runes) {
          let singleRune = this.runeCache.get(r);
          if (singleRune === void 0) {
            singleRune = new Int32Array([r]);
            this.runeCache.set(r, singleRune);
          }
          const f1 = this.rune(singleRune, re.flags);
          f = f === null ? f1 : this.cat(f, f1);
        }
        return f;
      }
      case Regexp.Op.CHAR_CLASS:
        return this.rune(re.runes, re.flags);
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return this.rune(ANY_RUNE_NOT_NL, 0);
      case Regexp.Op.ANY_CHAR:
        return this.rune(ANY_RUNE, 0);
      case Regexp.Op.BEGIN_LINE:
        return this.empty(Utils.EMPTY_BEGIN_LINE);
      case Regexp.Op.END_LINE:
        return this.empty(Utils.EMPTY_END_LINE);
      case Regexp.Op.BEGIN_TEXT:
        return this.empty(Utils.EMPTY_BEGIN_TEXT);
      case Regexp.Op.END_TEXT:
        return this.empty(Utils.EMPTY_END_TEXT);
      case Regexp.Op.WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_WORD_BOUNDARY);
      case Regexp.Op.NO_WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return this.nop();
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CAPTURE:
        return {
          bra: this.cap(re.cap << 1),
          sub: null
        };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return { f: null };
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  child(re, state, f1) {
    if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
    else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
    else state.sub = f1;
  }
  leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
        return this.lookBehind(state.sub, re.lb);
      case Regexp.Op.CAPTURE: {
        const ket = this.cap(re.cap << 1 | 1);
        return this.cat(this.cat(state.bra, state.sub), ket);
      }
      case Regexp.Op.STAR:
        return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.PLUS:
        return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.QUEST:
        return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return state.f;
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
};
var Simplify = class Simplify2 {
  static simplify(re) {
    if (re === null) return null;
    return RegexpWalker.walk(re, Simplify2.WALKER);
  }
  static WALKER = {
    leaf: (re) => Simplify2.leaf(re),
    enter: (re) => Simplify2.enter(re),
    child: (re, state, result, i) => Simplify2.child(re, state, result, i),
    leave: (re, state) => Simplify2.leave(re, state)
  };
  static leaf(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      if (re.runes === null) return re;
      if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
      if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
    }
    return re;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return {
          subs: [],
          changed: false
        };
      case Regexp.Op.REPEAT:
        if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
        return { sub: null };
      default:
        return { result: re };
    }
  }
  static child(re, state, nsub, i) {
    if (state.subs === void 0) {
      state.sub = nsub;
      return;
    }
    if (nsub !== re.subs[i]) state.changed = true;
    if (re.op === Regexp.Op.CONCAT) {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.result = new Regexp(Regexp.Op.NO_MATCH);
        return;
      }
      if (nsub.op === Regexp.Op.EMPTY_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.CONCAT) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    } else {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.ALTERNATE) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    }
    state.subs.push(nsub);
  }
  static leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE: {
        const sub = state.sub;
        if (sub !== re.subs[0]) {
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = [sub];
          return nre;
        }
        return re;
      }
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        if (state.changed) {
          const newSubs = state.subs;
          if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
          if (newSubs.length === 1) return newSubs[0];
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = newSubs;
          return nre;
        }
        return re;
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return Simplify2.simplify1(re.op, re.flags, state.sub, re);
      case Regexp.Op.REPEAT:
        return Simplify2.simplifyRepeat(re, state.sub);
      default:
        return re;
    }
  }
  static simplifyRepeat(re, sub) {
    if (re.max === -1) {
      if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
      if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
      const subs = [];
      for (let i = 0; i < re.min - 1; i++) subs.push(sub);
      subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
      return Simplify2.concat(subs);
    }
    if (re.min === 1 && re.max === 1) return sub;
    let prefixSubs = null;
    if (re.min > 0) {
      prefixSubs = [];
      for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
    }
    if (re.max > re.min) {
      let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
      for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
      if (prefixSubs === null) return suffix;
      prefixSubs.push(suffix);
    }
    if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
    return new Regexp(Regexp.Op.NO_MATCH);
  }
  static concat(subs) {
    const newSubs = [];
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
      if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
      if (sub.op === Regexp.Op.CONCAT) {
        for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
        continue;
      }
      newSubs.push(sub);
    }
    if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
    if (newSubs.length === 1) return newSubs[0];
    const nre = new Regexp(Regexp.Op.CONCAT);
    nre.subs = newSubs;
    return nre;
  }
  static simplify1(op, flags, sub, re) {
    if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
    if (sub.op === Regexp.Op.NO_MATCH) {
      if (op === Regexp.Op.PLUS) return sub;
      return new Regexp(Regexp.Op.EMPTY_MATCH);
    }
    if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
    if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
    const nre = new Regexp(op);
    nre.flags = flags;
    nre.subs = [sub];
    return nre;
  }
};
var CharGroup = class {
  constructor(sign, cls) {
    this.sign = sign;
    this.cls = cls;
  }
};
var code1 = [48, 57];
var code2 = [
  9,
  10,
  12,
  13,
  32,
  32
];
var code3 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var PERL_GROUPS = /* @__PURE__ */ new Map([
  ["\\d", new CharGroup(1, code1)],
  ["\\D", new CharGroup(-1, code1)],
  ["\\s", new CharGroup(1, code2)],
  ["\\S", new CharGroup(-1, code2)],
  ["\\w", new CharGroup(1, code3)],
  ["\\W", new CharGroup(-1, code3)]
]);
var code4 = [
  48,
  57,
  65,
  90,
  97,
  122
];
var code5 = [
  65,
  90,
  97,
  122
];
var code6 = [0, 127];
var code7 = [
  9,
  9,
  32,
  32
];
var code8 = [
  0,
  31,
  127,
  127
];
var code9 = [48, 57];
var code10 = [33, 126];
var code11 = [97, 122];
var code12 = [32, 126];
var code13 = [
  33,
  47,
  58,
  64,
  91,
  96,
  123,
  126
];
var code14 = [
  9,
  13,
  32,
  32
];
var code15 = [65, 90];
var code16 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var code17 = [
  48,
  57,
  65,
  70,
  97,
  102
];
var POSIX_GROUPS = /* @__PURE__ */ new Map([
  ["[:alnum:]", new CharGroup(1, code4)],
  ["[:^alnum:]", new CharGroup(-1, code4)],
  ["[:alpha:]", new CharGroup(1, code5)],
  ["[:^alpha:]", new CharGroup(-1, code5)],
  ["[:ascii:]", new CharGroup(1, code6)],
  ["[:^ascii:]", new CharGroup(-1, code6)],
  ["[:blank:]", new CharGroup(1, code7)],
  ["[:^blank:]", new CharGroup(-1, code7)],
  ["[:cntrl:]", new CharGroup(1, code8)],
  ["[:^cntrl:]", new CharGroup(-1, code8)],
  ["[:digit:]", new CharGroup(1, code9)],
  ["[:^digit:]", new CharGroup(-1, code9)],
  ["[:graph:]", new CharGroup(1, code10)],
  ["[:^graph:]", new CharGroup(-1, code10)],
  ["[:lower:]", new CharGroup(1, code11)],
  ["[:^lower:]", new CharGroup(-1, code11)],
  ["[:print:]", new CharGroup(1, code12)],
  ["[:^print:]", new CharGroup(-1, code12)],
  ["[:punct:]", new CharGroup(1, code13)],
  ["[:^punct:]", new CharGroup(-1, code13)],
  ["[:space:]", new CharGroup(1, code14)],
  ["[:^space:]", new CharGroup(-1, code14)],
  ["[:upper:]", new CharGroup(1, code15)],
  ["[:^upper:]", new CharGroup(-1, code15)],
  ["[:word:]", new CharGroup(1, code16)],
  ["[:^word:]", new CharGroup(-1, code16)],
  ["[:xdigit:]", new CharGroup(1, code17)],
  ["[:^xdigit:]", new CharGroup(-1, code17)]
]);
var CharClass = class CharClass2 {
  static charClassToString(r, len) {
    let result = "[";
    for (let i = 0; i < len; i += 2) {
      if (i > 0) result += " ";
      const lo = r[i];
      const hi = r[i + 1];
      if (lo === hi) result += `0x${lo.toString(16)}`;
      else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
    }
    result += "]";
    return result;
  }
  static sortRanges(array, len) {
    const n = len >> 1;
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
    const sorted = array.slice(0, len);
    for (let i = 0; i < n; i++) {
      array[2 * i] = sorted[2 * order[i]];
      array[2 * i + 1] = sorted[2 * order[i] + 1];
    }
  }
  /**
  * @param {number[]|Int32Array} [r]
  */
  constructor(r = Utils.emptyInts()) {
    this.r = r;
    this.len = r.length;
  }
  toArray() {
    if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
    return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
  }
  toGrowableArray() {
    if (Array.isArray(this.r)) {
      this.r.length = this.len;
      return this.r;
    }
    return Array.from(this.r.subarray(0, this.len));
  }
  cleanClass() {
    if (this.len < 4) return this;
    CharClass2.sortRanges(this.r, this.len);
    let w = 2;
    for (let i = 2; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (lo <= this.r[w - 1] + 1) {
        if (hi > this.r[w - 1]) this.r[w - 1] = hi;
        continue;
      }
      this.r[w] = lo;
      this.r[w + 1] = hi;
      w += 2;
    }
    this.len = w;
    return this;
  }
  appendLiteral(x, flags) {
    return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
  }
  appendRange(lo, hi) {
    if (this.len > 0) {
      for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
        const rlo = this.r[this.len - i];
        const rhi = this.r[this.len - i + 1];
        if (lo <= rhi + 1 && rlo <= hi + 1) {
          if (lo < rlo) this.r[this.len - i] = lo;
          if (hi > rhi) this.r[this.len - i + 1] = hi;
          return this;
        }
      }
    }
    this.r[this.len++] = lo;
    this.r[this.len++] = hi;
    return this;
  }
  appendFoldedRange(lo, hi) {
    if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (lo < Unicode.MIN_FOLD) {
      this.appendRange(lo, Unicode.MIN_FOLD - 1);
      lo = Unicode.MIN_FOLD;
    }
    if (hi > Unicode.MAX_FOLD) {
      this.appendRange(Unicode.MAX_FOLD + 1, hi);
      hi = Unicode.MAX_FOLD;
    }
    for (let c = lo; c <= hi; c++) {
      this.appendRange(c, c);
      for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
    }
    return this;
  }
  appendClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
    return this;
  }
  appendFoldedClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
    return this;
  }
  appendNegatedClass(x) {
    let nextLo = 0;
    for (let i = 0; i < x.length; i += 2) {
      const lo = x[i];
      const hi = x[i + 1];
      if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
      nextLo = hi + 1;
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTable(table) {
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        this.appendRange(lo, hi);
        continue;
      }
      for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
    }
    return this;
  }
  appendNegatedTable(table) {
    let nextLo = 0;
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
        nextLo = hi + 1;
        continue;
      }
      for (let c = lo; c <= hi; c += stride) {
        if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
        nextLo = c + 1;
      }
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTableWithSign(table, sign) {
    return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
  }
  negateClass() {
    let nextLo = 0;
    let w = 0;
    for (let i = 0; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (nextLo <= lo - 1) {
        this.r[w] = nextLo;
        this.r[w + 1] = lo - 1;
        w += 2;
      }
      nextLo = hi + 1;
    }
    this.len = w;
    if (nextLo <= Unicode.MAX_RUNE) {
      this.r[this.len++] = nextLo;
      this.r[this.len++] = Unicode.MAX_RUNE;
    }
    return this;
  }
  appendClassWithSign(x, sign) {
    return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
  }
  appendGroup(g, foldCase) {
    let cls = g.cls;
    if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
    return this.appendClassWithSign(cls, g.sign);
  }
  toString() {
    return CharClass2.charClassToString(this.r, this.len);
  }
};
var StringIterator = class {
  constructor(str) {
    this.str = str;
    this.position = 0;
  }
  pos() {
    return this.position;
  }
  rewindTo(pos) {
    this.position = pos;
  }
  more() {
    return this.position < this.str.length;
  }
  peek() {
    return this.str.codePointAt(this.position);
  }
  skip(n) {
    this.position += n;
  }
  skipString(s) {
    this.position += s.length;
  }
  pop() {
    const r = this.str.codePointAt(this.position);
    this.position += Utils.charCount(r);
    return r;
  }
  lookingAt(s) {
    return this.str.startsWith(s, this.position);
  }
  rest() {
    return this.str.substring(this.position);
  }
  from(beforePos) {
    return this.str.substring(beforePos, this.position);
  }
  toString() {
    return this.rest();
  }
};
var Parser = class Parser2 {
  static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
  static ERR_INVALID_CHAR_RANGE = "invalid character class range";
  static ERR_INVALID_ESCAPE = "invalid escape sequence";
  static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
  static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
  static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
  static ERR_MISSING_BRACKET = "missing closing ]";
  static ERR_MISSING_PAREN = "missing closing )";
  static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
  static ERR_UNEXPECTED_PAREN = "unexpected )";
  static ERR_NESTING_DEPTH = "expression nests too deeply";
  static ERR_LARGE = "expression too large";
  static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
  static MAX_HEIGHT = 1e3;
  static MAX_SIZE = 1398101;
  static MAX_RUNES = 33554432;
  static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    Unicode.MAX_RUNE,
    1
  ]));
  static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1
  ]));
  static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1,
    383,
    383,
    1,
    8490,
    8490,
    1
  ]));
  static unicodeTable(name) {
    if (name === "Any") return {
      tab: Parser2.ANY_TABLE,
      fold: Parser2.ANY_TABLE,
      sign: 1
    };
    if (name === "Ascii") return {
      tab: Parser2.ASCII_TABLE,
      fold: Parser2.ASCII_FOLD_TABLE,
      sign: 1
    };
    if (name === "Assigned") return {
      tab: UnicodeTables.CATEGORIES.get("Cn"),
      fold: UnicodeTables.CATEGORIES.get("Cn"),
      sign: -1
    };
    if (name === "Lc") return {
      tab: UnicodeTables.CATEGORIES.get("LC"),
      fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
      sign: 1
    };
    if (UnicodeTables.CATEGORIES.has(name)) return {
      tab: UnicodeTables.CATEGORIES.get(name),
      fold: UnicodeTables.FOLD_CATEGORIES.get(name),
      sign: 1
    };
    if (UnicodeTables.SCRIPTS.has(name)) return {
      tab: UnicodeTables.SCRIPTS.get(name),
      fold: UnicodeTables.FOLD_SCRIPT.get(name),
      sign: 1
    };
    return null;
  }
  static minFoldRune(r) {
    if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
    let min = r;
    const r0 = r;
    for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
    return min;
  }
  static leadingRegexp(re) {
    if (re.op === Regexp.Op.EMPTY_MATCH) return null;
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = re.subs[0];
      if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
      return sub;
    }
    return re;
  }
  static literalRegexp(s, flags) {
    const re = new Regexp(Regexp.Op.LITERAL);
    re.flags = flags;
    re.runes = Utils.stringToRunes(s);
    return re;
  }
  /**
  * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
  * @param {string} pattern
  * @param {number} flags
  */
  static parse(pattern, flags) {
    return new Parser2(pattern, flags).parseInternal();
  }
  static parseRepeat(t) {
    const start = t.pos();
    if (!t.more() || !t.lookingAt("{")) return -1;
    t.skip(1);
    const min = Parser2.parseInt(t);
    if (min === -1) return -1;
    if (!t.more()) return -1;
    let max;
    if (!t.lookingAt(",")) max = min;
    else {
      t.skip(1);
      if (!t.more()) return -1;
      if (t.lookingAt("}")) max = -1;
      else if ((max = Parser2.parseInt(t)) === -1) return -1;
    }
    if (!t.more() || !t.lookingAt("}")) return -1;
    t.skip(1);
    if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(start));
    return min << 16 | max & Unicode.MAX_BMP;
  }
  static isValidCaptureName(name) {
    if (name.length === 0) return false;
    for (let i = 0; i < name.length; i++) {
      const c = name.codePointAt(i);
      if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
    }
    return true;
  }
  static parseInt(t) {
    const start = t.pos();
    while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
    const n = t.from(start);
    if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
    if (n.length > 8) return -2;
    return parseInt(n, 10);
  }
  static isCharClass(re) {
    return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
  }
  static matchRune(re, r) {
    switch (re.op) {
      case Regexp.Op.LITERAL:
        return re.runes.length === 1 && re.runes[0] === r;
      case Regexp.Op.CHAR_CLASS:
        for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
        return false;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return r !== Codepoint.CODES["\n"];
      case Regexp.Op.ANY_CHAR:
        return true;
    }
    return false;
  }
  static mergeCharClass(dst, src) {
    switch (dst.op) {
      case Regexp.Op.ANY_CHAR:
        break;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        if (Parser2.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
        break;
      case Regexp.Op.CHAR_CLASS: {
        const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
        if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
        else cc.appendClass(src.runes);
        dst.runes = cc.toGrowableArray();
        break;
      }
      case Regexp.Op.LITERAL:
        if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
        dst.op = Regexp.Op.CHAR_CLASS;
        dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
    }
  }
  static parseEscape(t) {
    const startPos = t.pos();
    t.skip(1);
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_TRAILING_BACKSLASH);
    let c = t.pop();
    bigswitch: switch (c) {
      case Codepoint.CODES["1"]:
      case Codepoint.CODES["2"]:
      case Codepoint.CODES["3"]:
      case Codepoint.CODES["4"]:
      case Codepoint.CODES["5"]:
      case Codepoint.CODES["6"]:
      case Codepoint.CODES["7"]:
        if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
      case Codepoint.CODES["0"]: {
        let r = c - Codepoint.CODES["0"];
        for (let i = 1; i < 3; i++) {
          if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          r = r * 8 + t.peek() - Codepoint.CODES["0"];
          t.skip(1);
        }
        return r;
      }
      case Codepoint.CODES["x"]: {
        if (!t.more()) break;
        c = t.pop();
        if (c === Codepoint.CODES["{"]) {
          let nhex = 0;
          let r = 0;
          while (true) {
            if (!t.more()) break bigswitch;
            c = t.pop();
            if (c === Codepoint.CODES["}"]) break;
            const v = Utils.unhex(c);
            if (v < 0) break bigswitch;
            r = r * 16 + v;
            if (r > Unicode.MAX_RUNE) break bigswitch;
            nhex++;
          }
          if (nhex === 0) break bigswitch;
          return r;
        }
        const x = Utils.unhex(c);
        if (!t.more()) break;
        c = t.pop();
        const y = Utils.unhex(c);
        if (x < 0 || y < 0) break;
        return x * 16 + y;
      }
      case Codepoint.CODES["a"]:
        return Codepoint.CODES["\x07"];
      case Codepoint.CODES["f"]:
        return Codepoint.CODES["\f"];
      case Codepoint.CODES["n"]:
        return Codepoint.CODES["\n"];
      case Codepoint.CODES["r"]:
        return Codepoint.CODES["\r"];
      case Codepoint.CODES["t"]:
        return Codepoint.CODES["	"];
      case Codepoint.CODES["v"]:
        return Codepoint.CODES["\v"];
      default:
        if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, t.from(startPos));
  }
  static parseClassChar(t, wholeClassPos) {
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_BRACKET, t.from(wholeClassPos));
    if (t.lookingAt("\\")) return Parser2.parseEscape(t);
    return t.pop();
  }
  static hasCapture(re) {
    if (re === null) return false;
    if (re.op === Regexp.Op.CAPTURE) return true;
    if (re.subs) {
      for (let sub of re.subs) if (Parser2.hasCapture(sub)) return true;
    }
    return false;
  }
  constructor(wholeRegexp, flags = 0) {
    this.wholeRegexp = wholeRegexp;
    this.flags = flags;
    this.numCap = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.stack = [];
    this.free = null;
    this.numRegexp = 0;
    this.numRunes = 0;
    this.repeats = 0;
    this.height = null;
    this.size = null;
    this.nlb = 0;
  }
  newRegexp(op) {
    let re = this.free;
    if (re !== null && re.subs !== null && re.subs.length > 0) {
      this.free = re.subs[0];
      re.reinit();
      re.op = op;
    } else {
      re = new Regexp(op);
      this.numRegexp += 1;
    }
    return re;
  }
  reuse(re) {
    if (this.height !== null && this.height.has(re)) this.height.delete(re);
    if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
    this.free = re;
  }
  checkLimits(re) {
    if (this.numRunes > Parser2.MAX_RUNES) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
    this.checkSize(re);
    this.checkHeight(re);
  }
  checkSize(re) {
    if (this.size === null) {
      if (this.repeats === 0) this.repeats = 1;
      if (re.op === Regexp.Op.REPEAT) {
        let n = re.max;
        if (n === -1) n = re.min;
        if (n <= 0) n = 1;
        if (n > Math.floor(Parser2.MAX_SIZE / this.repeats)) this.repeats = Parser2.MAX_SIZE;
        else this.repeats *= n;
      }
      if (this.numRegexp < Math.floor(Parser2.MAX_SIZE / this.repeats)) return;
      this.size = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkSize(reEx);
    }
    if (this.calcSize(re, true) > Parser2.MAX_SIZE) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
  }
  calcSize(re, force = false) {
    if (!force && this.size !== null) {
      if (this.size.has(re)) return this.size.get(re);
    }
    let size = 0;
    switch (re.op) {
      case Regexp.Op.LITERAL:
        size = re.runes.length;
        break;
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
        size = 2 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        size = 1 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.CONCAT:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        break;
      case Regexp.Op.ALTERNATE:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        if (re.subs.length > 1) size = size + re.subs.length - 1;
        break;
      case Regexp.Op.REPEAT: {
        let sub = this.calcSize(re.subs[0]);
        if (re.max === -1) {
          if (re.min === 0) size = 2 + sub;
          else size = 1 + re.min * sub;
          break;
        }
        size = re.max * sub + (re.max - re.min);
        break;
      }
    }
    size = Math.max(1, size);
    if (this.size === null) this.size = /* @__PURE__ */ new Map();
    this.size.set(re, size);
    return size;
  }
  checkHeight(re) {
    if (this.numRegexp < Parser2.MAX_HEIGHT) return;
    if (this.height === null) {
      this.height = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkHeight(reEx);
    }
    if (this.calcHeight(re, true) > Parser2.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser2.ERR_NESTING_DEPTH);
  }
  calcHeight(re, force = false) {
    if (!force && this.height !== null) {
      if (this.height.has(re)) return this.height.get(re);
    }
    let h = 1;
    for (let sub of re.subs) {
      const hsub = this.calcHeight(sub);
      if (h < 1 + hsub) h = 1 + hsub;
    }
    if (this.height === null) this.height = /* @__PURE__ */ new Map();
    this.height.set(re, h);
    return h;
  }
  pop() {
    return this.stack.pop();
  }
  popToPseudo() {
    const n = this.stack.length;
    let i = n;
    while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
    return this.stack.splice(i, n - i);
  }
  push(re) {
    this.numRunes += re.runes.length;
    if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
      if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags & ~RE2Flags.FOLD_CASE;
    } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
      if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags | RE2Flags.FOLD_CASE;
    } else this.maybeConcat(-1, 0);
    this.stack.push(re);
    this.checkLimits(re);
    return re;
  }
  maybeConcat(r, flags) {
    const n = this.stack.length;
    if (n < 2) return false;
    const re1 = this.stack[n - 1];
    const re2 = this.stack[n - 2];
    if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
    if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
    for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
    if (r >= 0) {
      re1.runes = [r];
      re1.flags = flags;
      return true;
    }
    this.pop();
    this.reuse(re1);
    return false;
  }
  newLiteral(r, flags) {
    const re = this.newRegexp(Regexp.Op.LITERAL);
    re.flags = flags;
    if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser2.minFoldRune(r);
    re.runes = [r];
    return re;
  }
  literal(r) {
    this.push(this.newLiteral(r, this.flags));
  }
  op(op) {
    const re = this.newRegexp(op);
    re.flags = this.flags;
    return this.push(re);
  }
  repeat(op, min, max, beforePos, t, lastRepeatPos) {
    let flags = this.flags;
    if ((flags & RE2Flags.PERL_X) !== 0) {
      if (t.more() && t.lookingAt("?")) {
        t.skip(1);
        flags ^= RE2Flags.NON_GREEDY;
      }
      if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
    }
    const n = this.stack.length;
    if (n === 0) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const sub = this.stack[n - 1];
    if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const re = this.newRegexp(op);
    re.min = min;
    re.max = max;
    re.flags = flags;
    re.subs = [sub];
    this.stack[n - 1] = re;
    this.checkLimits(re);
    if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
  }
  repeatIsValid(re, n) {
    if (re.op === Regexp.Op.REPEAT) {
      let m = re.max;
      if (m === 0) return true;
      if (m < 0) m = re.min;
      if (m > n) return false;
      if (m > 0) n = Math.trunc(n / m);
    }
    for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
    return true;
  }
  concat() {
    this.maybeConcat(-1, 0);
    const subs = this.popToPseudo();
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.CONCAT));
  }
  alternate() {
    const subs = this.popToPseudo();
    if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
  }
  cleanAlt(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR;
      } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR_NOT_NL;
      }
    }
  }
  collapse(subs, op) {
    if (subs.length === 1) return subs[0];
    let len = 0;
    for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
    let newsubs = new Array(len).fill(null);
    let i = 0;
    for (let sub of subs) if (sub.op === op) {
      for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
      this.reuse(sub);
    } else newsubs[i++] = sub;
    let re = this.newRegexp(op);
    re.subs = newsubs;
    if (op === Regexp.Op.ALTERNATE) {
      re.subs = this.factor(re.subs);
      if (re.subs.length === 1) {
        const old = re;
        re = re.subs[0];
        this.reuse(old);
      }
    }
    return re;
  }
  factor(array) {
    if (array.length < 2) return array;
    let s = 0;
    let lensub = array.length;
    let lenout = 0;
    let str = null;
    let strlen = 0;
    let strflags = 0;
    let start = 0;
    for (let i = 0; i <= lensub; i++) {
      let istr = null;
      let istrlen = 0;
      let iflags = 0;
      if (i < lensub) {
        let re = array[s + i];
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
        if (re.op === Regexp.Op.LITERAL) {
          istr = re.runes;
          istrlen = re.runes.length;
          iflags = re.flags & RE2Flags.FOLD_CASE;
        }
        if (iflags === strflags) {
          let same = 0;
          while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
          if (same > 0) {
            strlen = same;
            continue;
          }
        }
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = this.newRegexp(Regexp.Op.LITERAL);
        prefix.flags = strflags;
        prefix.runes = str.slice(0, strlen);
        for (let j = start; j < i; j++) {
          array[s + j] = this.removeLeadingString(array[s + j], strlen);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      str = istr;
      strlen = istrlen;
      strflags = iflags;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    let first = null;
    for (let i = 0; i <= lensub; i++) {
      let ifirst = null;
      if (i < lensub) {
        ifirst = Parser2.leadingRegexp(array[s + i]);
        if (first !== null && first.equals(ifirst) && (Parser2.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser2.isCharClass(first.subs[0]))) continue;
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = first;
        for (let j = start; j < i; j++) {
          const reuse = j !== start;
          array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      first = ifirst;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i <= lensub; i++) {
      if (i < lensub && Parser2.isCharClass(array[s + i])) continue;
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        let max = start;
        for (let j = start + 1; j < i; j++) {
          const subMax = array[s + max];
          const subJ = array[s + j];
          if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
        }
        const tmp = array[s + start];
        array[s + start] = array[s + max];
        array[s + max] = tmp;
        for (let j = start + 1; j < i; j++) {
          Parser2.mergeCharClass(array[s + start], array[s + j]);
          this.reuse(array[s + j]);
        }
        this.cleanAlt(array[s + start]);
        array[lenout++] = array[s + start];
      }
      if (i < lensub) array[lenout++] = array[s + i];
      start = i + 1;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i < lensub; ++i) {
      if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
      array[lenout++] = array[s + i];
    }
    lensub = lenout;
    s = 0;
    return array.slice(s, lensub);
  }
  removeLeadingString(re, n) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = this.removeLeadingString(re.subs[0], n);
      re.subs[0] = sub;
      if (sub.op === Regexp.Op.EMPTY_MATCH) {
        this.reuse(sub);
        switch (re.subs.length) {
          case 0:
          case 1:
            re.op = Regexp.Op.EMPTY_MATCH;
            re.subs = Regexp.emptySubs();
            break;
          case 2: {
            const old = re;
            re = re.subs[1];
            this.reuse(old);
            break;
          }
          default:
            re.subs = re.subs.slice(1, re.subs.length);
        }
      }
      return re;
    }
    if (re.op === Regexp.Op.LITERAL) {
      re.runes = re.runes.slice(n, re.runes.length);
      if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
    }
    return re;
  }
  removeLeadingRegexp(re, reuse) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      if (reuse) this.reuse(re.subs[0]);
      re.subs = re.subs.slice(1, re.subs.length);
      switch (re.subs.length) {
        case 0:
          re.op = Regexp.Op.EMPTY_MATCH;
          re.subs = Regexp.emptySubs();
          break;
        case 1: {
          const old = re;
          re = re.subs[0];
          this.reuse(old);
          break;
        }
      }
      return re;
    }
    if (reuse) this.reuse(re);
    return this.newRegexp(Regexp.Op.EMPTY_MATCH);
  }
  parseInternal() {
    if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser2.literalRegexp(this.wholeRegexp, this.flags);
    let lastRepeatPos = -1;
    let min = -1;
    let max = -1;
    const t = new StringIterator(this.wholeRegexp);
    while (t.more()) {
      let repeatPos = -1;
      bigswitch: switch (t.peek()) {
        case Codepoint.CODES["("]:
          if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
            if (t.lookingAt("(?<=")) {
              this.parsePosLookBehind();
              t.skip(4);
              break;
            }
            if (t.lookingAt("(?<!")) {
              this.parseNegLookBehind();
              t.skip(4);
              break;
            }
          }
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
            this.parsePerlFlags(t);
            break;
          }
          this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
          t.skip(1);
          break;
        case Codepoint.CODES["|"]:
          this.parseVerticalBar();
          t.skip(1);
          break;
        case Codepoint.CODES[")"]:
          this.parseRightParen();
          t.skip(1);
          break;
        case Codepoint.CODES["^"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
          else this.op(Regexp.Op.BEGIN_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["$"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
          else this.op(Regexp.Op.END_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["."]:
          if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
          else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
          t.skip(1);
          break;
        case Codepoint.CODES["["]:
          this.parseClass(t);
          break;
        case Codepoint.CODES["*"]:
        case Codepoint.CODES["+"]:
        case Codepoint.CODES["?"]: {
          repeatPos = t.pos();
          let op = null;
          switch (t.pop()) {
            case Codepoint.CODES["*"]:
              op = Regexp.Op.STAR;
              break;
            case Codepoint.CODES["+"]:
              op = Regexp.Op.PLUS;
              break;
            case Codepoint.CODES["?"]:
              op = Regexp.Op.QUEST;
          }
          this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["{"]: {
          const before = t.pos();
          const minMax = Parser2.parseRepeat(t);
          if (minMax < 0) {
            t.rewindTo(before);
            this.literal(t.pop());
            break;
          }
          repeatPos = before;
          min = minMax >> 16;
          max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
          this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["\\"]: {
          const savedPos = t.pos();
          t.skip(1);
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
            case Codepoint.CODES["A"]:
              this.op(Regexp.Op.BEGIN_TEXT);
              break bigswitch;
            case Codepoint.CODES["b"]:
              this.op(Regexp.Op.WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["B"]:
              this.op(Regexp.Op.NO_WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["C"]:
              throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, "\\C");
            case Codepoint.CODES["Q"]: {
              let lit = t.rest();
              const i = lit.indexOf("\\E");
              if (i >= 0) {
                lit = lit.substring(0, i);
                t.skipString(lit);
                t.skipString("\\E");
              } else t.skipString(lit);
              let j = 0;
              while (j < lit.length) {
                const codepoint = lit.codePointAt(j);
                this.literal(codepoint);
                j += Utils.charCount(codepoint);
              }
              break bigswitch;
            }
            case Codepoint.CODES["z"]:
              this.op(Regexp.Op.END_TEXT);
              break bigswitch;
            default:
              t.rewindTo(savedPos);
          }
          else t.rewindTo(savedPos);
          const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
          re.flags = this.flags;
          if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
            const cc2 = new CharClass();
            if (this.parseUnicodeClass(t, cc2)) {
              re.runes = cc2.toArray();
              this.push(re);
              break bigswitch;
            }
          }
          const cc = new CharClass();
          if (this.parsePerlClassEscape(t, cc)) {
            re.runes = cc.toArray();
            this.push(re);
            break bigswitch;
          }
          t.rewindTo(savedPos);
          this.reuse(re);
          this.literal(Parser2.parseEscape(t));
          break;
        }
        default:
          this.literal(t.pop());
      }
      lastRepeatPos = repeatPos;
    }
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_PAREN, this.wholeRegexp);
    this.stack[0].namedGroups = this.namedGroups;
    return this.stack[0];
  }
  parsePerlFlags(t) {
    const startPos = t.pos();
    const s = t.rest();
    if (s.startsWith("(?P<") || s.startsWith("(?<")) {
      const begin = s.charAt(2) === "P" ? 4 : 3;
      const end = s.indexOf(">");
      if (end < 0) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s);
      const name = s.substring(begin, end);
      t.skipString(name);
      t.skip(begin + 1);
      if (!Parser2.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
      const re = this.op(Regexp.Op.LEFT_PAREN);
      re.cap = ++this.numCap;
      if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser2.ERR_DUPLICATE_NAMED_CAPTURE, name);
      this.namedGroups[name] = this.numCap;
      re.name = name;
      return;
    }
    t.skip(2);
    let flags = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t.more()) {
      const c = t.pop();
      switch (c) {
        case Codepoint.CODES["i"]:
          flags |= RE2Flags.FOLD_CASE;
          sawFlag = true;
          break;
        case Codepoint.CODES["m"]:
          flags &= ~RE2Flags.ONE_LINE;
          sawFlag = true;
          break;
        case Codepoint.CODES["s"]:
          flags |= RE2Flags.DOT_NL;
          sawFlag = true;
          break;
        case Codepoint.CODES["U"]:
          flags |= RE2Flags.NON_GREEDY;
          sawFlag = true;
          break;
        case Codepoint.CODES["-"]:
          if (sign < 0) break loop;
          sign = -1;
          flags = ~flags;
          sawFlag = false;
          break;
        case Codepoint.CODES[":"]:
        case Codepoint.CODES[")"]:
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags = ~flags;
          }
          if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
          this.flags = flags;
          return;
        default:
          break loop;
      }
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_PERL_OP, t.from(startPos));
  }
  parsePosLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = ++this.nlb;
    return this.push(re);
  }
  parseNegLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = -++this.nlb;
    return this.push(re);
  }
  parseVerticalBar() {
    this.concat();
    if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
  }
  swapVerticalBar() {
    const n = this.stack.length;
    if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser2.isCharClass(this.stack[n - 1]) && Parser2.isCharClass(this.stack[n - 3])) {
      let re1 = this.stack[n - 1];
      let re3 = this.stack[n - 3];
      if (re1.op > re3.op) {
        const tmp = re3;
        re3 = re1;
        re1 = tmp;
        this.stack[n - 3] = re3;
      }
      Parser2.mergeCharClass(re3, re1);
      this.reuse(re1);
      this.pop();
      return true;
    }
    if (n >= 2) {
      const re1 = this.stack[n - 1];
      const re2 = this.stack[n - 2];
      if (re2.op === Regexp.Op.VERTICAL_BAR) {
        if (n >= 3) this.cleanAlt(this.stack[n - 3]);
        this.stack[n - 2] = re1;
        this.stack[n - 1] = re2;
        return true;
      }
    }
    return false;
  }
  parseRightParen() {
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    const re1 = this.pop();
    const re2 = this.pop();
    if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    this.flags = re2.flags;
    if (re2.lb !== 0) {
      if (Parser2.hasCapture(re1)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
      if (re2.lb > 0) re2.op = Regexp.Op.PLB;
      else re2.op = Regexp.Op.NLB;
      re2.subs = [re1];
      this.push(re2);
      return;
    }
    if (re2.cap === 0) this.push(re1);
    else {
      re2.op = Regexp.Op.CAPTURE;
      re2.subs = [re1];
      this.push(re2);
    }
  }
  parsePerlClassEscape(t, cc) {
    const beforePos = t.pos();
    if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
    t.pop();
    const p = t.from(beforePos);
    const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
    if (g === null) return false;
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseNamedClass(t, cc) {
    const cls = t.rest();
    const i = cls.indexOf(":]");
    if (i < 0) return false;
    const name = cls.substring(0, i + 2);
    t.skipString(name);
    const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
    if (g === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, name);
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseUnicodeClass(t, cc) {
    const startPos = t.pos();
    if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
    t.skip(1);
    let sign = 1;
    let c = t.pop();
    if (c === Codepoint.CODES["P"]) sign = -1;
    if (!t.more()) {
      t.rewindTo(startPos);
      throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
    }
    c = t.pop();
    let name;
    if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
    else {
      const rest = t.rest();
      const end = rest.indexOf("}");
      if (end < 0) {
        t.rewindTo(startPos);
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
      }
      name = rest.substring(0, end);
      t.skipString(name);
      t.skip(1);
    }
    if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
      sign = 0 - sign;
      name = name.substring(1);
    }
    const pair = Parser2.unicodeTable(name);
    if (pair === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    if (pair.sign < 0) sign = 0 - sign;
    const tab = pair.tab;
    const fold = pair.fold;
    if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
    else {
      const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
      cc.appendClassWithSign(Array.from(tmp), sign);
    }
    return true;
  }
  parseClass(t) {
    const startPos = t.pos();
    t.skip(1);
    const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
    re.flags = this.flags;
    const cc = new CharClass();
    let sign = 1;
    if (t.more() && t.lookingAt("^")) {
      sign = -1;
      t.skip(1);
      if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
    }
    let first = true;
    while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
      if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
        const s = t.rest();
        if (s === "-" || !s.startsWith("-]")) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
        }
      }
      first = false;
      const beforePos = t.pos();
      if (t.lookingAt("[:")) {
        if (this.parseNamedClass(t, cc)) continue;
        t.rewindTo(beforePos);
      }
      if (this.parseUnicodeClass(t, cc)) continue;
      if (this.parsePerlClassEscape(t, cc)) continue;
      t.rewindTo(beforePos);
      const lo = Parser2.parseClassChar(t, startPos);
      let hi = lo;
      if (t.more() && t.lookingAt("-")) {
        t.skip(1);
        if (t.more() && t.lookingAt("]")) t.skip(-1);
        else {
          hi = Parser2.parseClassChar(t, startPos);
          if (hi < lo) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
        }
      }
      if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
      else cc.appendFoldedRange(lo, hi);
    }
    t.skip(1);
    cc.cleanClass();
    if (sign < 0) cc.negateClass();
    re.runes = cc.toArray();
    this.push(re);
  }
};
var RE2 = class RE22 {
  static initTest(expr) {
    const re2 = RE22.compile(expr);
    const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
    res.cond = re2.cond;
    res.prefix = re2.prefix;
    res.prefixUTF8 = re2.prefixUTF8;
    res.prefixComplete = re2.prefixComplete;
    res.prefixRune = re2.prefixRune;
    res.prefilter = re2.prefilter;
    res.namedGroups = re2.namedGroups;
    return res;
  }
  /**
  * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
  * used to match against text.
  *
  * When matching against text, the regexp returns a match that begins as early as possible in the
  * input (leftmost), and among those it chooses the one that a backtracking search would have
  * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
  * and other implementations use, although this package implements it without the expense of
  * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
  */
  static compile(expr) {
    return RE22.compileImpl(expr, RE2Flags.PERL, false);
  }
  /**
  * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
  * (egrep) syntax and changes the match semantics to leftmost-longest.
  *
  * That is, when matching against text, the regexp returns a match that begins as early as
  * possible in the input (leftmost), and among those it chooses a match that is as long as
  * possible. This so-called leftmost-longest matching is the same semantics that early regular
  * expression implementations used and that POSIX specifies.
  *
  * However, there can be multiple leftmost-longest matches, with different submatch choices, and
  * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
  * package chooses the one that a backtracking search would have found first, while POSIX
  * specifies that the match be chosen to maximize the length of the first subexpression, then the
  * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
  * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
  */
  static compilePOSIX(expr) {
    return RE22.compileImpl(expr, RE2Flags.POSIX, true);
  }
  static compileImpl(expr, mode, longest) {
    let re = Parser.parse(expr, mode);
    const maxCap = re.maxCap();
    const namedGroups = re.namedGroups;
    re = Simplify.simplify(re);
    const prefilter = PrefilterTree.build(re);
    const prog = Compiler.compileRegexp(re);
    const re2 = new RE22(expr, prog, maxCap, longest);
    re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
    const [prefixCompl, prefixStr] = prog.prefix();
    re2.prefixComplete = prefixCompl;
    re2.prefix = prefixStr;
    re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
    if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
    re2.namedGroups = namedGroups;
    return re2;
  }
  /**
  * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
  *
  * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
  */
  static match(pattern, s) {
    return RE22.compile(pattern).match(s);
  }
  constructor(expr, prog, numSubexp = 0, longest = 0) {
    this.expr = expr;
    this.prog = prog;
    this.numSubexp = numSubexp;
    this.longest = longest;
    this.cond = prog.startCond();
    this.prefix = null;
    this.prefixUTF8 = null;
    this.prefixComplete = false;
    this.prefixRune = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.machinePool = [];
    this.lazyDFA = null;
    this.onepass = OnePass.compile(this.prog);
    this.prefilter = null;
  }
  get dfa() {
    if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
    return this.lazyDFA;
  }
  matchPrefixComplete(input, pos, anchor, ncap) {
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    let matchStart = -1;
    let matchEnd = -1;
    const pLen = input.prefixLength(this);
    if (anchor === RE2Flags.UNANCHORED) {
      const idx = input.index(this, pos);
      if (idx < 0) return null;
      matchStart = pos + idx;
      matchEnd = matchStart + pLen;
    } else if (anchor === RE2Flags.ANCHOR_BOTH) {
      if (input.endPos() !== pLen) return null;
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    } else if (anchor === RE2Flags.ANCHOR_START) {
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    }
    if (matchStart < 0) return null;
    if (ncap > 0) {
      const matchcap = new Int32Array(ncap).fill(-1);
      matchcap[0] = matchStart;
      matchcap[1] = matchEnd;
      return Array.from(matchcap);
    }
    return [];
  }
  createLookbehindState() {
    return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
  }
  executeEngine(input, pos, anchor, ncap, lbState = null) {
    if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
    if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
      if (!this.prefilter.eval(input, pos)) return null;
    }
    if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
    if (ncap > 0) {
      if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
      return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
    }
    if (this.prog.numLb === 0) {
      const dfaResult = this.dfa.match(input, pos, anchor);
      if (dfaResult !== null) return dfaResult ? [] : null;
      if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
    }
    return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
  }
  /**
  * Returns the number of parenthesized subexpressions in this regular expression.
  */
  numberOfCapturingGroups() {
    return this.numSubexp;
  }
  /**
  * Returns the number of instructions in this compiled regular expression program.
  */
  numberOfInstructions() {
    return this.prog.numInst();
  }
  get() {
    return this.machinePool.length > 0 ? this.machinePool.pop() : null;
  }
  reset() {
    this.machinePool.length = 0;
  }
  put(m) {
    this.machinePool.push(m);
  }
  toString() {
    return this.expr;
  }
  doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
    let m = this.get();
    if (!m) m = Machine.fromRE2(this);
    m.init(ncap);
    const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
    this.put(m);
    return cap;
  }
  match(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Matches the regular expression against input starting at position start and ending at position
  * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
  * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
  * array. It is most efficient not to ask for submatch boundaries.
  *
  * @param input the input byte array
  * @param start the beginning position in the input
  * @param end the end position in the input
  * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
  * @param group the array to fill with submatch positions
  * @param ngroup the number of array pairs to fill in
  * @param lbState optional state carried between successive matches over the same input (see
  *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
  * @returns true if a match was found
  */
  matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
  }
  matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
    if (start > end) return [false, null];
    const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
    const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
    if (groupMatch === null) return [false, null];
    return [true, groupMatch];
  }
  /**
  * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
  */
  matchUTF8(b) {
    return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
  * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAll(src, repl) {
    return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
  }
  /**
  * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
  * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceFirst(src, repl) {
    return this.replaceAllFunc(src, () => repl, 1);
  }
  /**
  * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
  * been replaced by the return value of of function {@code repl} (whose first argument is the
  * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAllFunc(src, replFunc, maxReplaces) {
    let lastMatchEnd = 0;
    let searchPos = 0;
    let out = "";
    const input = MachineInput.fromUTF16(src);
    const lbState = this.createLookbehindState();
    let numReplaces = 0;
    while (searchPos <= src.length) {
      const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
      if (a === null || a.length === 0) break;
      out += src.substring(lastMatchEnd, a[0]);
      if (a[1] > lastMatchEnd || a[0] === 0) {
        out += replFunc(src.substring(a[0], a[1]));
        numReplaces++;
      }
      lastMatchEnd = a[1];
      const width = input.step(searchPos) & 7;
      if (searchPos + width > a[1]) searchPos += width;
      else if (searchPos + 1 > a[1]) searchPos++;
      else searchPos = a[1];
      if (numReplaces >= maxReplaces) break;
    }
    out += src.substring(lastMatchEnd);
    return out;
  }
  pad(a) {
    if (a === null) return null;
    let n = (1 + this.numSubexp) * 2;
    if (a.length < n) {
      let a2 = new Array(n).fill(-1);
      for (let i = 0; i < a.length; i++) a2[i] = a[i];
      a = a2;
    }
    return a;
  }
  allMatches(input, n, deliverFun = (v) => v) {
    let result = [];
    const end = input.endPos();
    if (n < 0) n = end + 1;
    let pos = 0;
    let i = 0;
    let prevMatchEnd = -1;
    const lbState = this.createLookbehindState();
    while (i < n && pos <= end) {
      const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
      if (matches === null || matches.length === 0) break;
      let accept = true;
      if (matches[1] === pos) {
        if (matches[0] === prevMatchEnd) accept = false;
        const r = input.step(pos);
        if (r < 0) pos = end + 1;
        else pos += r & 7;
      } else pos = matches[1];
      prevMatchEnd = matches[1];
      if (accept) {
        result.push(deliverFun(this.pad(matches)));
        i++;
      }
    }
    return result;
  }
  /**
  * Returns an array holding the text of the leftmost match in {@code b} of this regular
  * expression.
  *
  * A return value of null indicates no match.
  */
  findUTF8(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return b.slice(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
  *
  * A return value of null indicates no match.
  */
  findUTF8Index(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return a.slice(0, 2);
  }
  /**
  * Returns a string holding the text of the leftmost match in {@code s} of this regular
  * expression.
  *
  * If there is no match, the return value is an empty string, but it will also be empty if the
  * regular expression successfully matches an empty string. Use {@link #findIndex} or
  * {@link #findSubmatch} if it is necessary to distinguish these cases.
  */
  find(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return "";
    return s.substring(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code s} of this regular expression. The match itself is at
  * {@code s.substring(loc[0], loc[1])}.
  *
  * A return value of null indicates no match.
  */
  findIndex(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
  }
  /**
  * Returns an array of arrays the text of the leftmost match of the regular expression in
  * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findUTF8Submatch(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
  * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
  *
  * A return value of null indicates no match.
  */
  findUTF8SubmatchIndex(b) {
    return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * Returns an array of strings holding the text of the leftmost match of the regular expression in
  * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatch(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatchIndex(s) {
    return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  *
  * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
  * by |b|.
  */
  findAllUTF8(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Index(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
  * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
  * description above.
  *
  * A return value of null indicates no match.
  */
  findAll(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
  * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Submatch(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8SubmatchIndex(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n);
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatch(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatchIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n);
    if (result.length === 0) return null;
    return result;
  }
};
var RE2Set = class RE2Set2 {
  /** @type {number} */
  static UNANCHORED = RE2Flags.UNANCHORED;
  /** @type {number} */
  static ANCHOR_START = RE2Flags.ANCHOR_START;
  /** @type {number} */
  static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
  /**
  * Constructs a new RE2Set with the specified anchor mode and flags.
  * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
  * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
  * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
  */
  constructor(anchor = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
    if (![
      RE2Set2.UNANCHORED,
      RE2Set2.ANCHOR_START,
      RE2Set2.ANCHOR_BOTH
    ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
    Utils.checkFlags(flags);
    this.anchor = anchor;
    this.jsFlags = flags;
    this.maxMem = maxMem;
    let re2Flags = RE2Flags.PERL;
    if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    this.re2Flags = re2Flags;
    this.regexps = [];
    this.prog = null;
    this.dfa = null;
    this.dummyRe2 = null;
  }
  /**
  * Adds a new regular expression pattern to the set.
  * Patterns cannot be added after the set has been compiled.
  * @param {string} pattern - The regular expression pattern to add.
  * @returns {number} The integer index assigned to the added pattern.
  * @throws {RE2JSCompileException} If patterns are added after compilation.
  */
  add(pattern) {
    if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
    Utils.checkPattern(pattern);
    let fregex = pattern;
    if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    const re = Parser.parse(fregex, this.re2Flags);
    this.regexps.push(Simplify.simplify(re));
    return this.regexps.length - 1;
  }
  /**
  * Compiles the added patterns into a single state machine.
  * This is automatically called on the first match if not called explicitly.
  * @returns {void}
  */
  compile() {
    if (this.prog) return;
    const prog = Compiler.compileSet(this.regexps);
    if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
    this.prog = prog;
    this.dfa = new DFA(this.prog, this.maxMem);
    this.dummyRe2 = {
      prog: this.prog,
      cond: this.prog.startCond(),
      prefix: "",
      prefixRune: 0,
      longest: false
    };
  }
  /**
  * Matches the input against the compiled set of regular expressions.
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
  * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
  */
  match(input) {
    if (!this.prog) this.compile();
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    let internalAnchor = RE2Flags.UNANCHORED;
    if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
    else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
    const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
    if (dfaResult !== null) return dfaResult;
    const machine = Machine.fromRE2(this.dummyRe2);
    machine.init(0);
    return machine.matchSet(machineInput, 0, internalAnchor);
  }
};
var TranslateRegExpString = class TranslateRegExpString2 {
  static isHexadecimal(ch) {
    return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
  }
  static translate(data) {
    let prefixFlags = "";
    if (Object.prototype.toString.call(data) === "[object RegExp]") {
      if (data.ignoreCase) prefixFlags += "i";
      if (data.multiline) prefixFlags += "m";
      if (data.dotAll) prefixFlags += "s";
      data = data.source;
    }
    if (typeof data !== "string") return data;
    let result = "";
    let changed = false;
    let size = data.length;
    if (size === 0) {
      result = "(?:)";
      changed = true;
    }
    let inCharClass = false;
    let i = 0;
    while (i < size) {
      let ch = data[i];
      if (ch === "\\") {
        if (i + 1 < size) {
          ch = data[i + 1];
          switch (ch) {
            case "\\":
              result += "\\\\";
              i += 2;
              continue;
            case "c":
              if (i + 2 < size) {
                let code = data[i + 2].charCodeAt(0);
                if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                  let val = code % 32;
                  result += "\\x";
                  result += (val >> 4).toString(16).toUpperCase();
                  result += (val & 15).toString(16).toUpperCase();
                  i += 3;
                  changed = true;
                  continue;
                }
              }
              result += "c";
              i += 2;
              changed = true;
              continue;
            case "u":
              if (i + 2 < size) {
                if (data[i + 2] === "{") {
                  let j = i + 3;
                  let hasHex = false;
                  let closed = false;
                  while (j < size) {
                    const hexChar = data[j];
                    if (hexChar === "}") {
                      closed = true;
                      break;
                    }
                    if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                    hasHex = true;
                    j++;
                  }
                  if (closed && hasHex) {
                    result += "\\x";
                    i += 2;
                    changed = true;
                    continue;
                  }
                } else if (i + 5 < size) {
                  let isHex4 = true;
                  for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                    isHex4 = false;
                    break;
                  }
                  if (isHex4) {
                    result += "\\x{" + data.substring(i + 2, i + 6) + "}";
                    i += 6;
                    changed = true;
                    continue;
                  }
                }
              }
              result += "u";
              i += 2;
              changed = true;
              continue;
            case "x": {
              let isValidHex = false;
              if (i + 2 < size && data[i + 2] === "{") {
                let j = i + 3;
                let hasHex = false;
                let closed = false;
                while (j < size) {
                  const hexChar = data[j];
                  if (hexChar === "}") {
                    closed = true;
                    break;
                  }
                  if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                  hasHex = true;
                  j++;
                }
                if (closed && hasHex) isValidHex = true;
              } else if (i + 3 < size && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
              if (isValidHex) {
                result += "\\x";
                i += 2;
              } else {
                result += "x";
                i += 2;
                changed = true;
              }
              continue;
            }
            case "n":
            case "r":
            case "t":
            case "a":
            case "f":
            case "v":
            case "d":
            case "D":
            case "s":
            case "S":
            case "w":
            case "W":
            case "b":
            case "B":
            case "p":
            case "P":
            case "A":
            case "z":
            case "Q":
            case "E":
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
              result += "\\" + ch;
              i += 2;
              continue;
            default: {
              let cp2 = data.codePointAt(i + 1);
              if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
                changed = true;
              } else {
                result += "\\";
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
              }
              continue;
            }
          }
        }
      } else if (ch === "/") {
        result += "\\/";
        i += 1;
        changed = true;
        continue;
      } else if (ch === "[") {
        if (!inCharClass && data[i + 1] === "]") {
          result += "[^\\x00-\\x{10FFFF}]";
          i += 2;
          changed = true;
          continue;
        }
        if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
          result += "[\\x00-\\x{10FFFF}]";
          i += 3;
          changed = true;
          continue;
        }
        inCharClass = true;
      } else if (ch === "]") inCharClass = false;
      else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
        if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
          result += "(?P<";
          i += 3;
          changed = true;
          continue;
        }
      }
      let cp = data.codePointAt(i);
      let symSize = Utils.charCount(cp);
      result += data.substring(i, i + symSize);
      i += symSize;
    }
    const finalResult = changed ? result : data;
    if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
    return finalResult;
  }
};
var execResult = (m, input) => {
  const result = m.matchArray();
  result.index = m.start(0);
  result.input = input;
  result.groups = m.namedGroupsObject();
  return result;
};
var RE2JS = class RE2JS2 {
  /**
  * Flag: case insensitive matching.
  */
  static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
  /**
  * Flag: dot ({@code .}) matches all characters, including newline.
  */
  static DOTALL = PublicFlags.DOTALL;
  /**
  * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
  * beginning and end of input.
  */
  static MULTILINE = PublicFlags.MULTILINE;
  /**
  * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
  */
  static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
  /**
  * Flag: matches longest possible string.
  */
  static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
  /**
  * Flag: enable linear-time captureless lookbehinds.
  */
  static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
  /**
  * Returns a literal pattern string for the specified string.
  *
  * This method produces a string that can be used to create a <code>RE2JS</code> that would
  * match the string <code>s</code> as if it were a literal pattern.
  *
  * Metacharacters or escape sequences in the input sequence will be given no special meaning.
  *
  * @param {string} str The string to be literalized
  * @returns {string} A literal string replacement
  */
  static quote(str) {
    return Utils.quoteMeta(str);
  }
  /**
  * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
  * replacement methods as a literal replacement of {@code str}.
  *
  * This is a convenience delegation to {@link Matcher.quoteReplacement}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    return Matcher.quoteReplacement(str, javaMode);
  }
  /**
  * Translates a given regular expression string to ensure compatibility with RE2JS.
  *
  * This function preprocesses the input regex string by applying necessary transformations,
  * such as escaping special characters (e.g., `/`), converting named capture groups to
  * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
  * resulting regex is safe and properly formatted before compilation.
  *
  * @param {string|RegExp} expr - The regular expression string to be translated.
  * @returns {string} - The transformed regular expression string, ready for compilation.
  */
  static translateRegExp(expr) {
    return TranslateRegExpString.translate(expr);
  }
  /**
  * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
  * @param {string} regex
  * @param {number} [flags=0]
  * @returns {RE2JS}
  */
  static compile(regex, flags = 0) {
    Utils.checkPattern(regex);
    Utils.checkFlags(flags);
    let fregex = regex;
    if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    let re2Flags = RE2Flags.PERL;
    if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    const p = new RE2JS2(regex, flags);
    p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
    return p;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string} regex the regular expression
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  * @throws RE2JSSyntaxException if the regular expression is malformed
  */
  static matches(regex, input) {
    return RE2JS2.compile(regex).testExact(input);
  }
  /**
  * This is visible for testing.
  * @private
  */
  static initTest(pattern, flags, re2) {
    if (pattern == null) throw new Error("pattern is null");
    if (re2 == null) throw new Error("re2 is null");
    const p = new RE2JS2(pattern, flags);
    p.re2Input = re2;
    return p;
  }
  /**
  *
  * @param {string} pattern
  * @param {number} flags
  */
  constructor(pattern, flags) {
    this.patternInput = pattern;
    this.flagsInput = flags;
    this.re2Input = null;
  }
  /**
  * Releases memory used by internal caches associated with this pattern. Does not change the
  * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
  */
  reset() {
    this.re2Input.reset();
  }
  /**
  * Returns the flags used in the constructor.
  * @returns {number}
  */
  flags() {
    return this.flagsInput;
  }
  /**
  * Returns the pattern used in the constructor.
  * @returns {string}
  */
  pattern() {
    return this.patternInput;
  }
  re2() {
    return this.re2Input;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  */
  matches(input) {
    return this.testExact(input);
  }
  /**
  * Creates a new {@code Matcher} matching the pattern against the input.
  *
  * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
  * @returns {Matcher}
  */
  matcher(input) {
    if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
    return new Matcher(this, input);
  }
  /**
  * Tests whether the regular expression matches any part of the input string.
  * Performance Note: This method is highly optimized. Because it only returns
  * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
  * and guarantees execution on the high-speed DFA engine whenever possible.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
  */
  test(input) {
    if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
    return this.re2Input.match(input);
  }
  /**
  * Tests whether the regular expression matches the ENTIRE input string.
  * * **Performance Note:** This operates identically to `.matches()`, but is significantly
  * faster because it does not request capture group data. By requesting 0 capture groups,
  * it securely routes execution through the DFA fast-path.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
  */
  testExact(input) {
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
  }
  /**
  * Executes a search for a match in a specified string.
  * Returns a result array, or null if no match is found.
  * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
  * including `.index`, `.input`, and `.groups` properties.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {Array|null} the match array with index, input, and groups properties, or null
  */
  exec(input) {
    const m = this.matcher(input);
    return m.find() ? execResult(m, input) : null;
  }
  /**
  * Splits input around instances of the regular expression. It returns an array giving the strings
  * that occur before, between, and after instances of the regular expression.
  *
  * If {@code limit <= 0}, there is no limit on the size of the returned array. If
  * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
  * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
  * of the input, possibly including additional matches of the pattern.
  *
  * @param {string} input the input string to be split
  * @param {number} [limit=0] the limit
  * @returns {string[]} the split strings
  */
  split(input, limit = 0) {
    const m = this.matcher(input);
    const result = [];
    let emptiesSkipped = 0;
    let last = 0;
    while (m.find()) {
      if (last === 0 && m.end() === 0) {
        last = m.end();
        continue;
      }
      if (limit > 0 && result.length === limit - 1) break;
      if (last === m.start()) {
        if (limit === 0) {
          emptiesSkipped += 1;
          last = m.end();
          continue;
        }
      } else while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.start()));
      last = m.end();
    }
    if (limit === 0 && last !== m.inputLength()) {
      while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.inputLength()));
    }
    if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
    return result;
  }
  /**
  * Returns an iterator of all results matching a string against the regular expression,
  * including capturing groups.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {IterableIterator<RegExpMatchArray>}
  */
  *matchAll(input) {
    const m = this.matcher(input);
    while (m.find()) yield execResult(m, input);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    return this.patternInput;
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.re2Input.numberOfInstructions();
  }
  /**
  * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
  * pattern and is excluded from this count.
  *
  * @returns {number} the number of capturing groups in this pattern
  */
  groupCount() {
    return this.re2Input.numberOfCapturingGroups();
  }
  /**
  * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
  * is the index of the group in the pattern.
  * @returns {Record<string, number>}
  */
  namedGroups() {
    return this.re2Input.namedGroups;
  }
  /**
  *
  * @param {*} other
  * @returns {boolean}
  */
  equals(other) {
    if (this === other) return true;
    if (other === null || this.constructor !== other.constructor) return false;
    return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
  }
};

// src/formats/go-regexp.ts
var cache = /* @__PURE__ */ new Map();
var MAX_CACHE = 512;
function compileGoRegexp(pattern) {
  const known = cache.get(pattern);
  if (known) return known;
  let compiled;
  try {
    const re = RE2JS.compile(pattern);
    compiled = { ok: true, test: (text) => re.test(text), full: (text) => re.testExact(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    compiled = { ok: false, error: message.replace(/^error parsing regexp: /, "") };
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

// src/formats/argo-rollouts/analysis.ts
function readAnalysis(ctx, at, value) {
  if (!isObject(value)) {
    ctx.invalid(at, `must be a map with templates, got ${describeValue(value)}`);
    return void 0;
  }
  const refs = [...templateRefs(ctx, at, value), ...deprecatedTemplateName(ctx, at, value)];
  if (refs.length === 0) {
    ctx.invalid(at, "names no AnalysisTemplate (templates: [{templateName: ...}]); it was ignored");
    return void 0;
  }
  const effective = readDryRun(ctx, at, value, refs) !== "all";
  return { kind: "analysis", name: refs.map((r) => r.name).join(", "), line: ctx.doc.lineOf(at), effective };
}
function templateRefs(ctx, at, analysis) {
  const raw = field(analysis, "templates");
  if (raw === void 0 || raw === null) return [];
  const templates = asArray(raw);
  if (templates === void 0) {
    ctx.invalid([...at, "templates"], `must be a list of {templateName: ...}, got ${describeValue(raw)}`);
    return [];
  }
  return templates.flatMap((template, index) => {
    const name = asString(field(template, "templateName"));
    if (name === void 0 || name === "") {
      ctx.invalid([...at, "templates", index], "must name its AnalysisTemplate in templateName");
      return [];
    }
    return [{ name, cluster: field(template, "clusterScope") === true }];
  });
}
function deprecatedTemplateName(ctx, at, analysis) {
  const raw = field(analysis, "templateName");
  if (raw === void 0) return [];
  const name = asString(raw);
  if (name === void 0 || name === "") {
    ctx.invalid([...at, "templateName"], `must be a template name, got ${describeValue(raw)}`);
    return [];
  }
  ctx.notes.push(
    `${fieldPath(at)}.templateName is the deprecated singular form; Argo Rollouts 1.0 and later expect templates: [{templateName: ${clip(name)}}]`
  );
  return [{ name, cluster: false }];
}
function templateOf(ctx, ref) {
  const template = ctx.templates.get(
    `${ref.cluster ? "ClusterAnalysisTemplate" : "AnalysisTemplate"}/${ref.name}`
  );
  if (template === void 0 || ref.cluster) return template;
  const namespace = asString(path(ctx.doc.value, ["metadata", "namespace"]));
  return template.namespace === void 0 || template.namespace === namespace ? template : void 0;
}
function readDryRun(ctx, at, analysis, refs) {
  const dryRunAt = [...at, "dryRun"];
  const own = readPatterns(ctx, dryRunAt, field(analysis, "dryRun"));
  const retention = readPatterns(
    ctx,
    [...at, "measurementRetention"],
    field(analysis, "measurementRetention")
  );
  const seen = refs.map((ref) => ({ ref, template: templateOf(ctx, ref) }));
  const unseen = seen.filter((entry) => entry.template === void 0).map((entry) => entry.ref.name);
  const visible = seen.flatMap((entry) => entry.template ? [entry.template] : []);
  const patterns = [
    ...own,
    ...visible.flatMap((t) => t.dryRun.map((pattern) => compiledPattern(pattern, at)))
  ];
  const valid = patterns.filter((p) => p.ok);
  if (unseen.length === 0) {
    const metrics = visible.flatMap((t) => t.metrics);
    for (const rule of [...valid, ...retention.filter((r) => r.ok)]) {
      if (!metrics.some((metric) => rule.test(metric))) {
        ctx.invalid(
          rule.at,
          `metricName \`${clip(rule.pattern)}\` matches no metric of ${refs.map((r) => r.name).join(", ")}: Argo ends every AnalysisRun in Error, which aborts the rollout`
        );
      }
    }
    if (valid.length === 0) return "none";
    const live = metrics.filter((metric) => !valid.some((rule) => rule.test(metric)));
    const dry = metrics.filter((metric) => !live.includes(metric));
    if (live.length > 0) {
      if (dry.length > 0) {
        ctx.notes.push(
          `${fieldPath(dryRunAt)}: metrics ${dry.map((m) => `\`${clip(m)}\``).join(", ")} run in dry-run and cannot abort the rollout`
        );
      }
      return "some";
    }
    ctx.bypasses.push({
      field: fieldPath(dryRunAt),
      reason: `every metric of ${refs.map((r) => r.name).join(", ")} (${metrics.map((m) => clip(m)).join(", ") || "none"}) runs in dry-run: its result can never abort the rollout`,
      line: ctx.doc.lineOf(dryRunAt)
    });
    return "all";
  }
  if (valid.length === 0) {
    if (own.length === 0) {
      ctx.notes.push(
        `AnalysisTemplate ${unseen.map((n) => clip(n)).join(", ")} is not in this file: rollout-guard cannot see its metrics or its own dryRun`
      );
    }
    return "none";
  }
  const liveInView = visible.flatMap((t) => t.metrics).filter((metric) => !valid.some((rule) => rule.test(metric)));
  if (liveInView.length > 0) return "some";
  ctx.bypasses.push({
    field: fieldPath(dryRunAt),
    reason: `dry-run rule${valid.length === 1 ? "" : "s"} ${valid.map((r) => `\`${clip(r.pattern)}\``).join(", ")} may cover every metric of AnalysisTemplate ${unseen.map((n) => clip(n)).join(", ")}, which is not in this file: rollout-guard cannot see its metrics, so the analysis is not counted as able to abort the rollout (define the template in the same file to have it read)`,
    line: ctx.doc.lineOf(dryRunAt)
  });
  return "all";
}
function compiledPattern(pattern, at) {
  const compiled = compileGoRegexp(pattern);
  return compiled.ok ? { pattern, at, ok: true, test: (name) => compiled.test(name) } : { pattern, at, ok: false, test: () => false };
}
function readPatterns(ctx, at, raw) {
  if (raw === void 0 || raw === null) return [];
  const rules = asArray(raw);
  if (rules === void 0) {
    ctx.invalid(at, `must be a list of {metricName: ...}, got ${describeValue(raw)}`);
    return [];
  }
  const seen = /* @__PURE__ */ new Set();
  return rules.flatMap((rule, index) => {
    const ruleAt = [...at, index, "metricName"];
    const pattern = asString(field(rule, "metricName"));
    if (pattern === void 0) {
      ctx.invalid([...at, index], "must have a metricName");
      return [];
    }
    if (seen.has(pattern)) {
      ctx.invalid(
        ruleAt,
        `repeats metricName \`${clip(pattern)}\`: Argo Rollouts rejects two rules with the same name`
      );
    }
    seen.add(pattern);
    const compiled = compileGoRegexp(pattern);
    if (!compiled.ok) {
      ctx.invalid(
        ruleAt,
        `is not a regular expression Go accepts (${clip(compiled.error)}): it matches no metric, so Argo ends every AnalysisRun of this analysis in Error, which aborts the rollout`
      );
    }
    return [compiledPattern(pattern, ruleAt)];
  });
}

// src/core/units.ts
var UNIT_SECONDS = { ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400 };
function parseDuration(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : void 0;
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
    text
  );
  if (iso && text.length > 1 && !/T$/i.test(text)) {
    const [, d, h, m, s] = iso;
    return Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0);
  }
  const parts = text.match(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g);
  if (!parts || parts.join("") !== text) return void 0;
  let total = 0;
  for (const part of parts) {
    const [, amount, unit] = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(part) ?? [];
    total += Number(amount) * (UNIT_SECONDS[unit ?? "s"] ?? 1);
  }
  return total;
}
function formatDuration(seconds) {
  if (seconds === 0) return "0s";
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds % 3600 / 60);
  const s = Math.round(seconds % 60);
  return `${h ? `${h}h` : ""}${m ? `${m}m` : ""}${s ? `${s}s` : ""}`;
}

// src/formats/context.ts
var AdapterContext = class {
  /**
   * @param diagnostics where problems go: a list of the context's own, or one shared by the
   *   documents of a file that are read together (`combine`).
   */
  constructor(doc, diagnostics = []) {
    this.doc = doc;
    this.diagnostics = diagnostics;
  }
  doc;
  diagnostics;
  /** Facts about the plan worth showing a person (the plan's `notes`). */
  notes = [];
  /** The value at `at` in the document (own keys of maps, indexes of lists); undefined when absent. */
  get(at) {
    return valueAt(this.doc.value, at);
  }
  /** 1-based line of the field at `at`, or of its closest ancestor that exists. */
  lineOf(at) {
    return this.doc.lineOf(at);
  }
  /**
   * A field whose value rollout-guard cannot use (MANIFEST_FIELD_INVALID), at the field's line:
   * the message is "<field path> <message>", e.g. `invalid(['spec', 'replicas'], 'must be …')`.
   */
  invalid(at, message) {
    this.report(at, `${fieldPath(at)} ${message}`);
  }
  /** A problem in the adapter's own words (no field path in front), at the line of `at`. */
  report(at, message, code = "MANIFEST_FIELD_INVALID") {
    this.diagnostics.push({ code, message, file: this.doc.file, line: this.doc.lineOf(at) });
  }
  /** A note, unless the same words are already noted. */
  noteOnce(note) {
    if (!this.notes.includes(note)) this.notes.push(note);
  }
  /** The map at `at`; absent (missing or null) is undefined, another value is reported. */
  map(at, expect = {}) {
    return this.typed(at, expect, "a map", (value) => isObject(value) ? value : void 0);
  }
  /** The list at `at`; absent (missing or null) is undefined, another value is reported. */
  list(at, expect = {}) {
    return this.typed(at, expect, "a list", (value) => Array.isArray(value) ? value : void 0);
  }
  /** The boolean at `at`; absent (missing or null) is undefined, another value is reported. */
  boolean(at, expect = {}) {
    return this.typed(
      at,
      expect,
      "true or false",
      (value) => typeof value === "boolean" ? value : void 0
    );
  }
  /** The string at `at`; absent (missing or null) is undefined, another value is reported. */
  string(at, expect = {}) {
    return this.typed(at, expect, "a string", (value) => typeof value === "string" ? value : void 0);
  }
  typed(at, expect, what, accept) {
    const value = this.get(at);
    if (value === void 0 || value === null && !expect.nullIsWrong) return void 0;
    const accepted = accept(value);
    if (accepted !== void 0) return accepted;
    const otherwise = expect.otherwise === void 0 ? "" : `; ${expect.otherwise}`;
    this.invalid(at, `must be ${expect.as ?? what}, got ${describeValue(value)}${otherwise}`);
    return void 0;
  }
};
function valueAt(value, at) {
  let current = value;
  for (const segment of at) {
    if (typeof segment === "number") current = Array.isArray(current) ? current[segment] : void 0;
    else current = field(current, segment);
  }
  return current;
}

// src/formats/argo-rollouts/context.ts
var API_GROUP = "argoproj.io/";
var RECOGNISED_KINDS = /* @__PURE__ */ new Set([
  "Rollout",
  "AnalysisTemplate",
  "ClusterAnalysisTemplate",
  "Experiment",
  "AnalysisRun"
]);
var SPEC = ["spec"];
var STRATEGY = ["spec", "strategy"];
var CANARY = ["spec", "strategy", "canary"];
var BLUE_GREEN = ["spec", "strategy", "blueGreen"];
var STEPS = ["spec", "strategy", "canary", "steps"];
var MANUAL_ABORT_ONLY = "manual abort only";
function isArgoApiVersion(value) {
  return asString(field(value, "apiVersion"))?.startsWith(API_GROUP) ?? false;
}
var Context = class extends AdapterContext {
  constructor(doc, templates) {
    super(doc);
    this.templates = templates;
    this.trafficRouting = path(doc.value, [...CANARY, "trafficRouting"]);
  }
  templates;
  bypasses = [];
  /** Everything that aborts the rollout on its own, with the line that encodes it. */
  aborts = [];
  /** `spec.strategy.canary.trafficRouting`, when set: weights are traffic, not replica counts. */
  trafficRouting;
  /** Basic canary: turns a setWeight into the share of pods Argo scales the canary to. */
  replicaWeight;
};
function argoDurationSeconds(value, unitRequired) {
  if (typeof value === "number") {
    return !unitRequired && Number.isInteger(value) && value >= 0 ? value : void 0;
  }
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (/^\d+$/.test(text)) return unitRequired ? void 0 : Number(text);
  if (!/^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/.test(text)) return void 0;
  const seconds = parseDuration(text);
  return seconds === void 0 ? void 0 : Math.floor(seconds);
}
function objectAt(ctx, at) {
  const value = path(ctx.doc.value, at);
  if (isObject(value)) return value;
  const name = at[at.length - 1] ?? "";
  ctx.invalid(at, `must be a map, got ${describeValue(value)}; read as an empty ${name}`);
  return {};
}

// src/formats/argo-rollouts/blue-green.ts
function readBlueGreen(ctx) {
  const blueGreen = objectAt(ctx, BLUE_GREEN);
  const preview = previewStage(ctx, blueGreen);
  const promoted = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(BLUE_GREEN) };
  const pre = readPromotionAnalysis(
    ctx,
    "prePromotionAnalysis",
    "a failed pre-promotion analysis aborts the rollout"
  );
  if (pre) preview.gates.push(pre);
  const post = readPromotionAnalysis(
    ctx,
    "postPromotionAnalysis",
    "a failed post-promotion analysis aborts the rollout and switches traffic back"
  );
  if (post) promoted.gates.push(post);
  if (preview.hold === 0 && preview.gates.length === 0) {
    const why = field(blueGreen, "autoPromotionEnabled") === true ? "autoPromotionEnabled: true" : "autoPromotionEnabled defaults to true";
    ctx.notes.push(`traffic switches to the new version as soon as its pods are ready (${why})`);
  }
  return { strategy: "blue-green", stages: [preview, promoted], backgroundGates: [] };
}
function previewStage(ctx, blueGreen) {
  const enabledAt = [...BLUE_GREEN, "autoPromotionEnabled"];
  const secondsAt = [...BLUE_GREEN, "autoPromotionSeconds"];
  const enabled = field(blueGreen, "autoPromotionEnabled");
  const seconds = field(blueGreen, "autoPromotionSeconds");
  if (enabled !== void 0 && asBoolean(enabled) === void 0) {
    ctx.invalid(enabledAt, `must be true or false, got ${describeValue(enabled)}; read as the default, true`);
  }
  if (enabled === false) {
    if (seconds !== void 0) {
      ctx.notes.push("autoPromotionSeconds is ignored because autoPromotionEnabled is false");
    }
    return { weight: 0, hold: "manual", gates: [], line: ctx.doc.lineOf(enabledAt) };
  }
  if (seconds !== void 0) {
    if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds < 0) {
      ctx.invalid(secondsAt, `must be a whole number of seconds, got ${describeValue(seconds)}`);
    } else {
      return { weight: 0, hold: seconds, gates: [], line: ctx.doc.lineOf(secondsAt) };
    }
  }
  return { weight: 0, hold: 0, gates: [], line: ctx.doc.lineOf(BLUE_GREEN) };
}
function readPromotionAnalysis(ctx, key, how) {
  const at = [...BLUE_GREEN, key];
  const value = path(ctx.doc.value, at);
  if (value === void 0 || value === null) return void 0;
  const gate = readAnalysis(ctx, at, value);
  if (gate?.effective) ctx.aborts.push({ how, line: gate.line });
  return gate;
}

// src/formats/argo-rollouts/stages.ts
var StageBuilder = class {
  stages = [];
  open = { weight: 0, hold: 0, gates: [], line: void 0, explicit: false };
  /** The weight the last setWeight set (the canary's share without routes or experiments). */
  weight = 0;
  /** A header route in force: it stays until a setHeaderRoute without match removes it. */
  route;
  /** Set while an experiment step sends extra traffic: the stage to return to after the step. */
  afterStep = false;
  /** The exposure the current weight and route give: a route that matches everyone is 100%. */
  exposure() {
    if (this.route && "everyone" in this.route) return { weight: 100 };
    return { weight: this.weight, ...this.route ? { segment: this.route.segment } : {} };
  }
  beginStep() {
    this.afterStep = false;
  }
  endStep() {
    if (!this.afterStep) return;
    this.afterStep = false;
    this.start({ ...this.exposure(), hold: 0, gates: [], line: void 0, explicit: false });
  }
  raiseTo(weight, line) {
    this.weight = weight;
    this.start({ ...this.exposure(), hold: 0, gates: [], line, explicit: true });
  }
  routeSegment(segment, line) {
    this.route = { segment };
    this.start({ ...this.exposure(), hold: 0, gates: [], line, explicit: true });
  }
  routeEveryone(line) {
    this.route = { everyone: true };
    this.start({ ...this.exposure(), hold: 0, gates: [], line, explicit: true });
  }
  endSegment() {
    if (this.route === void 0) return;
    this.route = void 0;
    this.start({ ...this.exposure(), hold: 0, gates: [], line: void 0, explicit: false });
  }
  /** An experiment that sends `extra` percent to its own pods while its step runs. */
  experiment(extra, line) {
    const { weight, segment } = this.exposure();
    this.afterStep = true;
    this.start({
      weight: Math.min(100, weight + extra),
      hold: 0,
      gates: [],
      line,
      explicit: true,
      ...segment !== void 0 ? { segment } : {}
    });
  }
  hold(seconds, line) {
    const current = this.open.hold;
    this.open.hold = current === "manual" || seconds === "manual" ? "manual" : current + seconds;
    this.open.line ??= line;
  }
  gate(gate) {
    this.open.gates.push(gate);
    this.open.line ??= gate.line;
  }
  /** Closes the walk; Argo promotes to 100% after the last step, so a 100% stage always ends it. */
  finish(implicitFinalLine) {
    this.close();
    const last = this.stages[this.stages.length - 1];
    if (last === void 0 || last.weight !== 100 || last.segment !== void 0) {
      this.stages.push({ weight: 100, hold: 0, gates: [], line: implicitFinalLine });
    }
    return this.stages;
  }
  start(next) {
    this.close();
    this.open = next;
  }
  close() {
    const { weight, hold, gates, line, explicit, segment } = this.open;
    if (line === void 0 || !(explicit || hold !== 0 || gates.length > 0)) return;
    const stage = { weight, hold, gates, line };
    if (segment !== void 0) stage.segment = segment;
    this.stages.push(stage);
  }
};

// src/formats/traffic-match.ts
var EVERY_REQUEST = {
  host: ["shop.example.com", "api.example.com:8443", "localhost", "10.0.0.1"],
  ":authority": ["shop.example.com", "api.example.com:8443", "localhost", "10.0.0.1"],
  ":method": ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"],
  ":path": ["/", "/api/v1/orders?id=7", "/healthz", "/static/app.js"],
  ":scheme": ["http", "https"],
  "user-agent": [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "curl/8.4.0",
    "okhttp/4.12.0",
    "Go-http-client/1.1",
    "python-requests/2.31.0",
    "kube-probe/1.29"
  ],
  accept: ["*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json"],
  "x-request-id": ["2f1c4b0e-6a4d-4a57-9a4e-1f6b8c0d2e3a"],
  "x-forwarded-proto": ["http", "https"]
};
function matchesEveryone(header, value) {
  const samples = EVERY_REQUEST[header.toLowerCase()];
  if (samples === void 0) return false;
  if (value === void 0) return true;
  const tests = [];
  if (value.exact !== void 0) tests.push((text) => text === value.exact);
  if (value.prefix !== void 0) tests.push((text) => text.startsWith(value.prefix ?? ""));
  if (value.suffix !== void 0) tests.push((text) => text.endsWith(value.suffix ?? ""));
  if (value.regex !== void 0) {
    const compiled = compileGoRegexp(value.regex);
    if (!compiled.ok) return false;
    tests.push((text) => compiled.test(text));
  }
  if (tests.length === 0) return true;
  return samples.every((sample) => tests.every((test) => test(sample)));
}

// src/formats/argo-rollouts/steps.ts
var STEP_READERS = {
  setWeight: readSetWeight,
  pause: readPause,
  analysis: readStepAnalysis,
  experiment: readExperimentStep,
  setCanaryScale: readSetCanaryScale,
  setHeaderRoute: readSetHeaderRoute,
  setMirrorRoute: readSetMirrorRoute,
  plugin: readPluginStep
};
var EXCLUSIVE_STEP_KINDS = ["setWeight", "pause", "experiment", "analysis"];
var STEP_ORDER = [
  "setWeight",
  "setCanaryScale",
  "setHeaderRoute",
  "setMirrorRoute",
  "plugin",
  "experiment",
  "analysis",
  "pause"
];
function readStep(ctx, builder, raw, index, maxWeight) {
  const at = [...STEPS, index];
  const step = asObject(raw);
  if (step === void 0) {
    ctx.invalid(at, `must be a map with a step kind (setWeight, pause, analysis, ...), got ${describeValue(raw)}`);
    return;
  }
  const kinds = Object.keys(step);
  const exclusive = kinds.filter((kind) => EXCLUSIVE_STEP_KINDS.includes(kind));
  if (exclusive.length > 1) {
    ctx.invalid(
      at,
      `has ${exclusive.map((k) => `\`${k}\``).join(", ")}: Argo Rollouts accepts at most one of setWeight, pause, experiment and analysis in a step and rejects the rollout; the step was ignored`
    );
    return;
  }
  const known = kinds.filter((kind) => STEP_ORDER.includes(kind));
  for (const kind of kinds.filter((k) => !STEP_ORDER.includes(k))) {
    ctx.notes.push(`${fieldPath(at)} has an unknown step kind \`${clip(kind)}\`; rollout-guard ignored it`);
  }
  if (known.length === 0) {
    if (kinds.length === 0) ctx.invalid(at, "has no step kind; Argo Rollouts rejects the rollout");
    return;
  }
  builder.beginStep();
  for (const kind of STEP_ORDER.filter((k) => known.includes(k))) {
    const reader = STEP_READERS[kind];
    if (reader) reader(ctx, builder, [...at, kind], field(step, kind), maxWeight);
  }
  builder.endStep();
}
function readSetWeight(ctx, builder, at, value, maxWeight) {
  if (typeof value === "string") {
    ctx.invalid(at, `must be a number, not the string "${clip(value)}": Kubernetes rejects it`);
    return;
  }
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > maxWeight) {
    ctx.invalid(at, `must be a whole number from 0 to ${maxWeight}, got ${describeValue(value)}`);
    return;
  }
  const share = value * 100 / maxWeight;
  const effective = ctx.replicaWeight ? ctx.replicaWeight(share) : share;
  if (effective !== share) {
    ctx.notes.push(
      `${fieldPath(at)} ${value} is ${formatShare(effective)} of the pods, and so of the traffic, after Argo rounds to whole pods`
    );
  }
  builder.raiseTo(effective, ctx.doc.lineOf(at));
}
function formatShare(weight) {
  return `${Number.isInteger(weight) ? weight : weight.toFixed(1)}%`;
}
function readPause(ctx, builder, at, value) {
  if (!isObject(value)) {
    ctx.invalid(
      at,
      `must be a map: {} waits for a person, {duration: 10m} waits a while; got ${describeValue(value)}`
    );
    return;
  }
  const duration = field(value, "duration");
  if (duration === void 0 || duration === null) {
    builder.hold("manual", ctx.doc.lineOf(at));
    return;
  }
  const seconds = argoDurationSeconds(duration, false);
  if (seconds === void 0) {
    ctx.invalid(
      [...at, "duration"],
      `must be seconds or a duration like 30s, 10m or 1h, got ${describeValue(duration)}`
    );
    return;
  }
  builder.hold(seconds, ctx.doc.lineOf(at));
}
function readStepAnalysis(ctx, builder, at, value) {
  const gate = readAnalysis(ctx, at, value);
  if (gate === void 0) return;
  builder.gate(gate);
  if (gate.effective) ctx.aborts.push({ how: "a failed analysis aborts the rollout", line: gate.line });
}
function readExperimentStep(ctx, builder, at, value) {
  if (!isObject(value)) {
    ctx.invalid(at, `must be a map with templates, duration and analyses, got ${describeValue(value)}`);
    return;
  }
  const extra = experimentTraffic(ctx, at, value);
  if (extra > 0) builder.experiment(extra, ctx.doc.lineOf(at));
  const duration = field(value, "duration");
  if (duration !== void 0 && duration !== null) {
    const seconds = argoDurationSeconds(duration, true);
    if (seconds === void 0) {
      ctx.invalid([...at, "duration"], `must be a duration like 30s, 10m or 1h, got ${describeValue(duration)}`);
    } else {
      builder.hold(seconds, ctx.doc.lineOf(at));
    }
  }
  const analyses = field(value, "analyses");
  if (analyses === void 0 || analyses === null) return;
  const list = asArray(analyses);
  if (list === void 0) {
    ctx.invalid([...at, "analyses"], `must be a list, got ${describeValue(analyses)}`);
    return;
  }
  const refs = list.flatMap((entry, index) => {
    const name = asString(field(entry, "templateName"));
    if (name === void 0 || name === "") {
      ctx.invalid([...at, "analyses", index], "must name its AnalysisTemplate in templateName");
      return [];
    }
    return [{ name, cluster: field(entry, "clusterScope") === true }];
  });
  if (refs.length === 0) return;
  const effective = readDryRun(ctx, at, value, refs) !== "all";
  const gate = {
    kind: "analysis",
    name: refs.map((r) => r.name).join(", "),
    line: ctx.doc.lineOf(at),
    effective
  };
  builder.gate(gate);
  if (effective) ctx.aborts.push({ how: "a failed experiment analysis aborts the rollout", line: gate.line });
}
function experimentTraffic(ctx, at, experiment) {
  const templates = asArray(field(experiment, "templates")) ?? [];
  let extra = 0;
  templates.forEach((template, index) => {
    const weight = field(template, "weight");
    if (weight === void 0 || weight === null) return;
    const weightAt = [...at, "templates", index, "weight"];
    if (typeof weight !== "number" || !Number.isInteger(weight) || weight < 0 || weight > 100) {
      ctx.invalid(weightAt, `must be a whole percentage, got ${describeValue(weight)}`);
      return;
    }
    if (ctx.trafficRouting === void 0) {
      ctx.invalid(weightAt, "needs trafficRouting: Argo Rollouts rejects an experiment weight without it");
      return;
    }
    if (weight === 0) return;
    const name = asString(field(template, "name")) ?? "a template";
    const specRef = asString(field(template, "specRef"));
    if (specRef === "stable") {
      ctx.notes.push(
        `${fieldPath(at)} sends ${weight}% of traffic to its own ReplicaSet of the stable version (${clip(name)})`
      );
      return;
    }
    ctx.notes.push(
      `${fieldPath(at)} sends ${weight}% of traffic to its own ReplicaSet of the new version (${clip(name)})`
    );
    extra += weight;
  });
  return extra;
}
function readSetCanaryScale(ctx, _builder, at, value) {
  if (!isObject(value)) {
    ctx.invalid(at, `must be a map with replicas, weight or matchTrafficWeight, got ${describeValue(value)}`);
    return;
  }
  const replicas = field(value, "replicas");
  const weight = field(value, "weight");
  const scale = typeof replicas === "number" ? `${replicas} replica${replicas === 1 ? "" : "s"}` : typeof weight === "number" ? `${weight}% of replicas` : "the traffic weight";
  ctx.notes.push(`${fieldPath(at)} scales the canary to ${scale} without changing its traffic`);
}
function readSetHeaderRoute(ctx, builder, at, value) {
  if (!isObject(value)) {
    ctx.invalid(at, `must be a map with name and match, got ${describeValue(value)}`);
    return;
  }
  const match = field(value, "match");
  if (match === void 0 || match === null || Array.isArray(match) && match.length === 0) {
    builder.endSegment();
    return;
  }
  const list = asArray(match);
  if (list === void 0) {
    ctx.invalid([...at, "match"], `must be a list of header matches, got ${describeValue(match)}`);
    return;
  }
  const alb = isObject(field(ctx.trafficRouting, "alb"));
  const matches = list.flatMap((item, index) => readHeaderMatch(ctx, [...at, "match", index], item, alb));
  if (matches.length === 0) return;
  const everyone = alb ? matches.every((m) => matchesEveryone(m.header, m.value)) : matches.some((m) => matchesEveryone(m.header, m.value));
  if (everyone) {
    ctx.notes.push(
      `${fieldPath(at)} matches a header every request carries, on any value: the header route sends all traffic to the canary`
    );
    builder.routeEveryone(ctx.doc.lineOf(at));
    return;
  }
  builder.routeSegment(
    `header ${matches.map((m) => m.text).join(alb ? " and " : " or ")}`,
    ctx.doc.lineOf(at)
  );
}
function readHeaderMatch(ctx, at, item, alb) {
  const header = asString(field(item, "headerName"));
  if (header === void 0 || header === "") {
    ctx.invalid(at, "must name a header in headerName");
    return [];
  }
  const raw = field(item, "headerValue");
  const value = {};
  for (const key of ["exact", "regex", "prefix"]) {
    const text2 = asString(field(raw, key));
    if (text2 !== void 0 && text2 !== "") value[key] = text2;
  }
  const keys = Object.keys(value);
  if (keys.length !== 1) {
    ctx.invalid(
      [...at, "headerValue"],
      keys.length === 0 ? "needs one non-empty exact, regex or prefix: Argo Rollouts rejects the rollout" : "has more than one of exact, regex and prefix: Argo Rollouts rejects the rollout"
    );
    return [{ header, value: void 0, text: clip(header) }];
  }
  if (alb && value.exact === void 0) {
    ctx.invalid(
      [...at, "headerValue"],
      "must be exact with ALB traffic routing: Argo Rollouts rejects the rollout"
    );
  }
  if (value.regex !== void 0) {
    const compiled = compileGoRegexp(value.regex);
    if (!compiled.ok) {
      ctx.invalid(
        [...at, "headerValue", "regex"],
        `is not a regular expression Go accepts (${clip(compiled.error)})`
      );
    }
  }
  const text = value.exact !== void 0 ? `${clip(header)}=${clip(value.exact)}` : value.prefix !== void 0 ? `${clip(header)}=${clip(value.prefix)}*` : `${clip(header)}~${clip(value.regex ?? "")}`;
  return [{ header, value, text }];
}
function readSetMirrorRoute(ctx, _builder, at, value) {
  if (!isObject(value)) {
    ctx.invalid(at, `must be a map with name, match and percentage, got ${describeValue(value)}`);
    return;
  }
  const percentage = field(value, "percentage");
  const share = typeof percentage === "number" ? `${percentage}%` : "all";
  const removes = field(value, "match") === void 0;
  ctx.notes.push(
    removes ? `${fieldPath(at)} removes a mirror route` : `${fieldPath(at)} mirrors ${share} of matching traffic to the canary; mirrored responses never reach users`
  );
}
function readPluginStep(ctx, _builder, at, value) {
  const name = asString(field(value, "name"));
  ctx.notes.push(
    `${fieldPath(at)} runs the step plugin ${name ? `\`${clip(name)}\`` : "(unnamed)"}; rollout-guard cannot tell what it does`
  );
}

// src/formats/argo-rollouts/canary.ts
function readCanary(ctx) {
  const canary2 = objectAt(ctx, CANARY);
  const maxWeight = readMaxTrafficWeight(ctx, canary2);
  const steps = readSteps(ctx);
  const backgroundGates = readBackgroundAnalysis(ctx, steps.length);
  if (steps.length === 0) {
    ctx.notes.push("spec.strategy.canary has no steps: Argo Rollouts does a plain rolling update");
    return {
      strategy: "rolling",
      stages: [{ weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(CANARY) }],
      backgroundGates
    };
  }
  if (field(canary2, "trafficRouting") === void 0) readBasicCanaryScale(ctx, canary2);
  const builder = new StageBuilder();
  steps.forEach((step, index) => readStep(ctx, builder, step, index, maxWeight));
  return { strategy: "canary", stages: builder.finish(ctx.doc.lineOf(STEPS)), backgroundGates };
}
function readBasicCanaryScale(ctx, canary2) {
  const at = [...SPEC, "replicas"];
  const raw = path(ctx.doc.value, at);
  if (raw === void 0 || raw === null) {
    ctx.notes.push(
      "weights approximate replica counts (no trafficRouting), and spec.replicas is not set: with Argo's default of 1 replica any setWeight from 1 to 99 is 1 pod of 2, half of the traffic; weights are shown as written"
    );
    return;
  }
  if (typeof raw !== "number" || !Number.isInteger(raw) || raw < 0) {
    ctx.invalid(at, `must be a whole number of replicas, got ${describeValue(raw)}; weights are shown as written`);
    return;
  }
  if (raw === 0) {
    ctx.notes.push("spec.replicas is 0: no pod runs either version");
    return;
  }
  const surge = readMaxSurge(ctx, canary2, raw);
  ctx.replicaWeight = (weight) => {
    const { canaryPods, stablePods } = basicCanaryPods(raw, weight, surge);
    return canaryPods + stablePods === 0 ? 0 : canaryPods * 100 / (canaryPods + stablePods);
  };
  ctx.notes.push(
    `weights are shares of pods (no trafficRouting): ${raw} replica${raw === 1 ? "" : "s"}, maxSurge ${surge}; each stage shows the share of pods the canary gets`
  );
}
function readMaxSurge(ctx, canary2, replicas) {
  const raw = field(canary2, "maxSurge") ?? "25";
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 0) return raw;
  const text = typeof raw === "string" ? raw.replace(/%/g, "") : void 0;
  if (text !== void 0 && /^\d+$/.test(text)) return Math.ceil(Number(text) * replicas / 100);
  ctx.invalid(
    [...CANARY, "maxSurge"],
    `must be a number of pods or a percentage, got ${describeValue(raw)}; read as 25%`
  );
  return Math.ceil(25 * replicas / 100);
}
function basicCanaryPods(replicas, weight, maxSurge) {
  if (replicas === 0) return { canaryPods: 0, stablePods: 0 };
  const exact = replicas * weight / 100;
  const ceil = Math.ceil(exact);
  const floor = Math.floor(exact);
  const tied = (total) => total * weight / 100 % 1 === 0.5;
  const zeroAllowed = weight === 100 || weight === 0 || replicas === 1 && maxSurge === 0;
  const options = [];
  if (ceil < replicas || zeroAllowed) options.push({ canary: ceil, total: replicas });
  if (!tied(replicas) && (floor !== 0 || zeroAllowed)) options.push({ canary: floor, total: replicas });
  if (maxSurge > 0) {
    options.push({ canary: ceil, total: replicas + 1 });
    if (!tied(replicas + 1) && (floor !== 0 || zeroAllowed))
      options.push({ canary: floor, total: replicas + 1 });
  }
  const delta = (option) => Math.abs(option.canary * 100 / option.total - weight);
  let best = options[0];
  if (best === void 0) return { canaryPods: 0, stablePods: replicas };
  for (const option of options.slice(1)) if (delta(option) < delta(best)) best = option;
  return { canaryPods: best.canary, stablePods: best.total - best.canary };
}
function readSteps(ctx) {
  const raw = path(ctx.doc.value, STEPS);
  if (raw === void 0 || raw === null) return [];
  const steps = asArray(raw);
  if (steps === void 0) {
    ctx.invalid(STEPS, `must be a list of steps, got ${describeValue(raw)}; read as no steps`);
    return [];
  }
  return steps;
}
function readMaxTrafficWeight(ctx, canary2) {
  const at = [...CANARY, "trafficRouting", "maxTrafficWeight"];
  const raw = path(canary2, ["trafficRouting", "maxTrafficWeight"]);
  if (raw === void 0) return 100;
  if (typeof raw !== "number" || !Number.isInteger(raw) || raw <= 0) {
    ctx.invalid(at, `must be a positive whole number, got ${describeValue(raw)}; weights read out of 100`);
    return 100;
  }
  if (raw !== 100) {
    ctx.notes.push(`setWeight values are out of maxTrafficWeight ${raw}, shown here as percentages`);
  }
  return raw;
}
function readBackgroundAnalysis(ctx, stepCount) {
  const at = [...CANARY, "analysis"];
  const value = path(ctx.doc.value, at);
  if (value === void 0 || value === null) return [];
  const gate = readAnalysis(ctx, at, value);
  if (gate === void 0) return [];
  const startingStep = field(value, "startingStep");
  if (startingStep !== void 0) {
    if (typeof startingStep !== "number" || !Number.isInteger(startingStep) || startingStep < 0) {
      ctx.invalid([...at, "startingStep"], `must be a whole number of steps, got ${describeValue(startingStep)}`);
    } else if (stepCount > 0 && startingStep >= stepCount) {
      ctx.notes.push(`background analysis never runs: startingStep ${startingStep} is past the last step`);
      gate.effective = false;
    } else if (startingStep > 0) {
      ctx.notes.push(
        `background analysis starts at steps[${startingStep}]; the steps before it run without it`
      );
    }
  }
  if (gate.effective) {
    ctx.aborts.push({ how: "a failed background analysis aborts the rollout", line: gate.line });
  }
  return [gate];
}

// src/formats/argo-rollouts/index.ts
var argoRollouts = {
  id: "argo-rollouts",
  detect(doc) {
    const kind = asString(field(doc.value, "kind"));
    return isArgoApiVersion(doc.value) && kind !== void 0 && RECOGNISED_KINDS.has(kind);
  },
  toPlans(doc) {
    if (asString(field(doc.value, "kind")) !== "Rollout") return { plans: [], diagnostics: [] };
    return rolloutToPlans(doc, /* @__PURE__ */ new Map());
  },
  /**
   * The Rollouts of a file, read with the AnalysisTemplates the same file defines: which metrics a
   * dryRun rule covers is only known with the template in view.
   */
  combine(docs) {
    const templates = readTemplates(docs);
    const result = { plans: [], diagnostics: [] };
    for (const doc of docs) {
      if (asString(field(doc.value, "kind")) !== "Rollout") continue;
      const { plans, diagnostics } = rolloutToPlans(doc, templates);
      const inline = readInlineExemption(doc);
      const { exemption } = inline;
      result.plans.push(
        ...exemption ? plans.map((p) => ({ ...p, exemptions: [...p.exemptions ?? [], exemption] })) : plans
      );
      result.diagnostics.push(...diagnostics, ...inline.diagnostics);
    }
    return result;
  }
};
function readTemplates(docs) {
  const templates = /* @__PURE__ */ new Map();
  for (const doc of docs) {
    const kind = asString(field(doc.value, "kind"));
    const name = asString(path(doc.value, ["metadata", "name"]));
    if (kind !== "AnalysisTemplate" && kind !== "ClusterAnalysisTemplate" || name === void 0) continue;
    const metrics = (asArray(path(doc.value, ["spec", "metrics"])) ?? []).flatMap((metric) => {
      const metricName = asString(field(metric, "name"));
      return metricName === void 0 ? [] : [metricName];
    });
    const dryRun = (asArray(path(doc.value, ["spec", "dryRun"])) ?? []).flatMap((rule) => {
      const pattern = asString(field(rule, "metricName"));
      return pattern === void 0 ? [] : [pattern];
    });
    templates.set(`${kind}/${name}`, {
      metrics,
      dryRun,
      namespace: asString(path(doc.value, ["metadata", "namespace"]))
    });
  }
  return templates;
}
function rolloutToPlans(doc, templates) {
  const ctx = new Context(doc, templates);
  const strategy = readStrategyKind(ctx);
  if (strategy === void 0) return { plans: [], diagnostics: ctx.diagnostics };
  const shape = strategy === "canary" ? readCanary(ctx) : readBlueGreen(ctx);
  readTopLevelSafety(ctx);
  const plan = {
    id: planId("argo-rollouts", "Rollout", doc),
    format: "argo-rollouts",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target: targetOf(doc),
    strategy: shape.strategy,
    stages: shape.stages,
    backgroundGates: shape.backgroundGates,
    rollback: rollbackOf(ctx),
    bypasses: ctx.bypasses,
    notes: ctx.notes
  };
  const delivers = readWorkloadRef(ctx);
  if (delivers) plan.delivers = delivers;
  return { plans: [plan], diagnostics: ctx.diagnostics };
}
function readStrategyKind(ctx) {
  const spec = field(ctx.doc.value, "spec");
  const strategy = path(ctx.doc.value, STRATEGY);
  if (spec !== void 0 && !isObject(spec)) {
    ctx.invalid(SPEC, `must be a map, got ${describeValue(spec)}`);
    return void 0;
  }
  if (strategy === void 0) {
    ctx.report(
      spec === void 0 ? ["kind"] : SPEC,
      "Rollout has no spec.strategy (a patch or partial object?); its rollout cannot be judged from this document alone",
      "MANIFEST_UNSUPPORTED"
    );
    return void 0;
  }
  if (!isObject(strategy)) {
    ctx.invalid(STRATEGY, `must be a map holding canary or blueGreen, got ${describeValue(strategy)}`);
    return void 0;
  }
  const hasCanary = field(strategy, "canary") !== void 0;
  const hasBlueGreen = field(strategy, "blueGreen") !== void 0;
  if (hasCanary && hasBlueGreen) {
    ctx.invalid(STRATEGY, "holds both canary and blueGreen; Argo Rollouts accepts exactly one");
    return void 0;
  }
  if (!hasCanary && !hasBlueGreen) {
    ctx.invalid(STRATEGY, "holds neither canary nor blueGreen; Argo Rollouts needs exactly one");
    return void 0;
  }
  return hasCanary ? "canary" : "blueGreen";
}
function readTopLevelSafety(ctx) {
  const spec = field(ctx.doc.value, "spec");
  const abort = field(spec, "progressDeadlineAbort");
  if (abort !== void 0 && asBoolean(abort) === void 0) {
    ctx.invalid([...SPEC, "progressDeadlineAbort"], `must be true or false, got ${describeValue(abort)}`);
  } else if (abort === true) {
    ctx.aborts.push({
      how: "progress deadline aborts",
      line: ctx.doc.lineOf([...SPEC, "progressDeadlineAbort"])
    });
  }
  const paused = field(spec, "paused");
  if (paused !== void 0 && asBoolean(paused) === void 0) {
    ctx.invalid([...SPEC, "paused"], `must be true or false, got ${describeValue(paused)}`);
  } else if (paused === true) {
    ctx.notes.push("spec.paused: true: the rollout stays paused until someone resumes it");
  }
  readRollbackWindow(ctx, field(spec, "rollbackWindow"));
}
function readRollbackWindow(ctx, window) {
  const at = [...SPEC, "rollbackWindow"];
  if (window === void 0 || window === null) return;
  if (!isObject(window)) {
    ctx.invalid(at, `must be a map like {revisions: 3}, got ${describeValue(window)}`);
    return;
  }
  const revisions = field(window, "revisions");
  if (typeof revisions !== "number" || !Number.isInteger(revisions) || revisions < 0) {
    ctx.invalid([...at, "revisions"], `must be a whole number of revisions, got ${describeValue(revisions)}`);
    return;
  }
  if (revisions === 0) return;
  ctx.bypasses.push({
    field: "spec.rollbackWindow",
    reason: `re-deploying one of the last ${revisions} revision${revisions === 1 ? "" : "s"} skips every step and analysis`,
    line: ctx.doc.lineOf(at)
  });
}
function readWorkloadRef(ctx) {
  const at = [...SPEC, "workloadRef"];
  const ref = path(ctx.doc.value, at);
  if (ref === void 0 || ref === null) return void 0;
  const kind = asString(field(ref, "kind"));
  const name = asString(field(ref, "name"));
  if (kind === void 0 || name === void 0 || kind === "" || name === "") {
    ctx.invalid(at, "must name the workload with kind and name");
    return void 0;
  }
  const namespace = asString(path(ctx.doc.value, ["metadata", "namespace"]));
  return namespace === void 0 ? { kind, name } : { kind, name, namespace };
}
function targetOf(doc) {
  const name = asString(path(doc.value, ["metadata", "name"])) ?? asString(path(doc.value, ["metadata", "generateName"]));
  const namespace = asString(path(doc.value, ["metadata", "namespace"]));
  const target = { kind: "Rollout", name: name ?? "" };
  if (namespace !== void 0) target.namespace = namespace;
  return target;
}
function rollbackOf(ctx) {
  if (ctx.aborts.length === 0) return { automatic: false, how: [MANUAL_ABORT_ONLY] };
  const how = [...new Set(ctx.aborts.map((abort) => abort.how))];
  const line = Math.min(...ctx.aborts.map((abort) => abort.line));
  return { automatic: true, how, line };
}

// src/formats/aws-common.ts
function describe(value) {
  return describeValue(value);
}
function clip2(text, max = 60) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function named(name) {
  return name !== void 0 && name.trim() !== "" ? { name } : {};
}
function minutes(count) {
  return `${count} minute${count === 1 ? "" : "s"}`;
}
function webhookGate(name, line, effective = true) {
  return { kind: "webhook", ...named(name), line, effective };
}
function metricGate(name, line, effective = true) {
  return { kind: "metric-check", ...named(name), line, effective };
}
function functionName(arn) {
  const match = /:function:([^:]+)/.exec(arn);
  return match?.[1] ?? arn;
}
function readNumber(reader, value, at, fallbackText) {
  if (value === void 0 || value === null) return void 0;
  const number = asNumber(typeof value === "string" && /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : value);
  if (number === void 0 || number < 0) {
    reader.invalid(at, `must be a number, got ${describe(value)}; ${fallbackText}`);
    return void 0;
  }
  return number;
}
function uniqueDiagnostics(diagnostics) {
  const seen = /* @__PURE__ */ new Set();
  return diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.line}:${diagnostic.code}:${diagnostic.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/formats/aws-template.ts
function readTemplate(value) {
  if (!isObject(value)) return void 0;
  const raw = field(value, "Resources");
  if (!isObject(raw)) return void 0;
  const resources = /* @__PURE__ */ new Map();
  for (const [id, resource] of Object.entries(raw)) {
    if (isObject(resource)) resources.set(id, resource);
  }
  return { value, resources };
}
function resourceType(resource) {
  return asString(field(resource, "Type"));
}
function isIntrinsic(value) {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === "Ref" || (keys[0]?.startsWith("Fn::") ?? false));
}
var MAX_ALTERNATIVES = 32;
function alternativesOf(template, value) {
  return dedupe(resolve(template, value)).slice(0, MAX_ALTERNATIVES);
}
function resolve(template, value) {
  if (!isIntrinsic(value)) return [{ resolved: { kind: "value", value }, sources: [] }];
  const [key] = Object.keys(value);
  const argument = field(value, key ?? "");
  switch (key) {
    case "Ref":
      return resolveRef(template, argument);
    case "Fn::If":
      return resolveIf(template, argument);
    case "Fn::Sub":
      return resolveSub(template, argument);
    case "Fn::FindInMap":
      return resolveFindInMap(template, argument);
    case "Fn::GetAtt": {
      const id = Array.isArray(argument) ? asString(argument[0]) : asString(argument)?.split(".")[0];
      return [only(id !== void 0 && template.resources.has(id) ? { kind: "ref", id } : unknown(key))];
    }
    default:
      return [only(unknown(key ?? "an intrinsic function"))];
  }
}
function only(resolved, sources = []) {
  return { resolved, sources };
}
function unknown(what) {
  return { kind: "unknown", why: `${what} is only known at deploy time` };
}
function resolveRef(template, name) {
  if (typeof name !== "string") return [only(unknown("Ref"))];
  if (name === "AWS::NoValue") return [only({ kind: "none" })];
  if (name.startsWith("AWS::")) return [only(unknown(`pseudo parameter ${name}`))];
  if (template.resources.has(name)) return [only({ kind: "ref", id: name })];
  const parameter = field(field(template.value, "Parameters"), name);
  if (!isObject(parameter))
    return [only({ kind: "unknown", why: `${name} is not declared in the template` })];
  return parameterValues(name, parameter);
}
function parameterValues(name, parameter) {
  const fallback = field(parameter, "Default");
  const allowed = asArray(field(parameter, "AllowedValues")) ?? [];
  const values = [...fallback !== void 0 ? [fallback] : [], ...allowed];
  if (values.length === 0) {
    return [only({ kind: "unknown", why: `parameter ${name} has no Default or AllowedValues` })];
  }
  const shown = fallback !== void 0 ? `default ${scalarText(fallback)}` : "no default";
  const source = allowed.length > 0 ? `parameter ${name} (${shown}, allowed ${allowed.map(scalarText).join(", ")})` : `parameter ${name} (${shown}; any other value can be passed at deploy time)`;
  return values.map((value) => only({ kind: "value", value }, [source]));
}
function resolveIf(template, argument) {
  const list = asArray(argument);
  const condition = asString(list?.[0]);
  if (list?.length !== 3 || condition === void 0) return [only(unknown("a malformed Fn::If"))];
  const source = `condition ${condition}`;
  return [...resolve(template, list[1]), ...resolve(template, list[2])].map((alternative) => ({
    resolved: alternative.resolved,
    sources: [source, ...alternative.sources]
  }));
}
function resolveSub(template, argument) {
  const list = asArray(argument);
  const text = asString(list ? list[0] : argument);
  const own = list?.[1];
  if (text === void 0) return [only(unknown("a malformed Fn::Sub"))];
  let partials = [{ text: "", sources: [] }];
  const pieces = text.split(/(\$\{[^}]*\})/);
  for (const piece of pieces) {
    const variable = /^\$\{([^!][^}]*)\}$/.exec(piece)?.[1]?.trim();
    if (variable === void 0) {
      const literal = piece.replace(/^\$\{!/, "${");
      partials = partials.map((partial) => ({ ...partial, text: partial.text + literal }));
      continue;
    }
    const values = field(own, variable) !== void 0 ? resolve(template, field(own, variable)) : resolveRef(template, variable);
    const next = [];
    for (const partial of partials) {
      for (const value of values) {
        const piece2 = value.resolved.kind === "value" ? scalarOrUndefined(value.resolved.value) : void 0;
        if (piece2 === void 0) {
          const why = value.resolved.kind === "unknown" ? value.resolved.why : `\${${variable}} is not a plain value`;
          return [only({ kind: "unknown", why }, value.sources)];
        }
        next.push({ text: partial.text + piece2, sources: [...partial.sources, ...value.sources] });
      }
    }
    partials = next.slice(0, MAX_ALTERNATIVES);
  }
  return partials.map((partial) => only({ kind: "value", value: partial.text }, partial.sources));
}
function resolveFindInMap(template, argument) {
  const list = asArray(argument);
  const mapName = asString(list?.[0]);
  const mapping = mapName === void 0 ? void 0 : field(field(template.value, "Mappings"), mapName);
  if (list?.length !== 3 || mapName === void 0 || !isObject(mapping)) {
    return [only(unknown("a Fn::FindInMap on a mapping that is not in the template"))];
  }
  const source = `mapping ${mapName}`;
  const results = [];
  for (const top of keyAlternatives(template, list[1], Object.keys(mapping))) {
    const entry = field(mapping, top.key);
    const seconds = isObject(entry) ? Object.keys(entry) : [];
    for (const second of keyAlternatives(template, list[2], seconds)) {
      const value = field(entry, second.key);
      if (value === void 0) continue;
      results.push(only({ kind: "value", value }, [source, ...top.sources, ...second.sources]));
    }
  }
  return results.length > 0 ? results : [only(unknown("a Fn::FindInMap with no matching entry"))];
}
function keyAlternatives(template, value, keys) {
  return resolve(template, value).flatMap((alternative) => {
    const key = alternative.resolved.kind === "value" ? scalarOrUndefined(alternative.resolved.value) : void 0;
    return key !== void 0 ? [{ key, sources: alternative.sources }] : keys.map((each) => ({ key: each, sources: alternative.sources }));
  });
}
function scalarOrUndefined(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function scalarText(value) {
  return clip2(scalarOrUndefined(value) ?? describe(value), 80);
}
function dedupe(alternatives) {
  const seen = /* @__PURE__ */ new Set();
  return alternatives.filter((alternative) => {
    const key = JSON.stringify(alternative.resolved);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function labelOf(resolved) {
  switch (resolved.kind) {
    case "value":
      return scalarText(resolved.value);
    case "ref":
      return resolved.id;
    case "none":
      return "AWS::NoValue";
    case "unknown":
      return "a value known only at deploy time";
  }
}
function nameOf(template, value) {
  if (typeof value === "string") return value.trim() === "" ? void 0 : value;
  const ref = asString(field(value, "Ref"));
  const isParameter = ref !== void 0 && field(field(template?.value, "Parameters"), ref) !== void 0;
  if (ref !== void 0 && !isParameter) return ref;
  const getAtt = field(value, "Fn::GetAtt");
  const owner = Array.isArray(getAtt) ? asString(getAtt[0]) : asString(getAtt)?.split(".")[0];
  if (owner !== void 0) return owner;
  if (!template) return void 0;
  const [first] = alternativesOf(template, value);
  if (first?.resolved.kind === "ref") return first.resolved.id;
  if (first?.resolved.kind === "value") return scalarOrUndefined(first.resolved.value);
  return void 0;
}
function sourcesOf(alternatives) {
  return [...new Set(alternatives.flatMap((alternative) => alternative.sources))];
}
function isSamTemplate(template) {
  const transform = field(template.value, "Transform");
  const transforms = Array.isArray(transform) ? transform : [transform];
  if (transforms.some((name) => typeof name === "string" && name.startsWith("AWS::Serverless"))) return true;
  for (const resource of template.resources.values()) {
    if (resourceType(resource)?.startsWith("AWS::Serverless::")) return true;
  }
  return false;
}
function readFlag(reader, template, value, at, weak, notes) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "boolean") return value;
  const text = typeof value === "string" ? value.toLowerCase() : void 0;
  if (template !== void 0 && (text === "true" || text === "false")) return text === "true";
  if (template !== void 0 && isIntrinsic(value)) {
    const alternatives = alternativesOf(template, value);
    const flags = alternatives.map(
      (alternative) => alternative.resolved.kind === "value" ? flagOf(alternative.resolved.value) : void 0
    );
    const result = flags.some((flag) => flag === void 0 || flag === weak) ? weak : !weak;
    const sources = sourcesOf(alternatives);
    notes.push(
      `${fieldPath(at)} depends on ${sources.length > 0 ? sources.join(" and ") : "intrinsic functions"}; read as ${result}`
    );
    return result;
  }
  reader.invalid(at, `must be true or false, got ${describe(value)}; read as ${weak}`);
  return weak;
}
function flagOf(value) {
  if (typeof value === "boolean") return value;
  const text = typeof value === "string" ? value.toLowerCase() : void 0;
  return text === "true" ? true : text === "false" ? false : void 0;
}
function conditionNames(value) {
  const names2 = /* @__PURE__ */ new Set();
  const walk2 = (node, depth) => {
    if (depth > 64) return;
    if (Array.isArray(node)) {
      for (const item of node) walk2(item, depth + 1);
      return;
    }
    if (!isObject(node)) return;
    const branches = asArray(field(node, "Fn::If"));
    const condition = asString(branches?.[0]);
    if (isIntrinsic(node) && condition !== void 0) names2.add(condition);
    for (const child of Object.values(node)) walk2(child, depth + 1);
  };
  walk2(value, 0);
  return [...names2].sort();
}
function specialize(value, choice) {
  const NO_VALUE = /* @__PURE__ */ Symbol("no value");
  const walk2 = (node, depth) => {
    if (depth > 64) return node;
    if (Array.isArray(node)) {
      return node.map((item) => walk2(item, depth + 1)).filter((item) => item !== NO_VALUE);
    }
    if (!isObject(node)) return node;
    if (isIntrinsic(node)) {
      const branches = asArray(field(node, "Fn::If"));
      const condition = asString(branches?.[0]);
      const taken = condition === void 0 ? void 0 : choice.get(condition);
      if (branches?.length === 3 && taken !== void 0) return walk2(branches[taken ? 1 : 2], depth + 1);
      if (field(node, "Ref") === "AWS::NoValue") return NO_VALUE;
    }
    const out = {};
    for (const [key, child] of Object.entries(node)) {
      const next = walk2(child, depth + 1);
      if (next !== NO_VALUE) out[key] = next;
    }
    return out;
  };
  const result = walk2(value, 0);
  return result === NO_VALUE ? void 0 : result;
}
function assignments(names2) {
  const result = [];
  for (let bits = 0; bits < 2 ** names2.length; bits++) {
    result.push(new Map(names2.map((name, index) => [name, (bits & 1 << index) !== 0])));
  }
  return result;
}
function describeChoice(choice) {
  return [...choice].map(([name, taken]) => `condition ${name} is ${taken}`);
}

// src/formats/aws-traffic.ts
function finalStage(line) {
  return { weight: 100, hold: 0, gates: [], line };
}
function canaryTraffic(percent, intervalMinutes, line, label) {
  if (percent >= 100) return allAtOnceTraffic(line, label);
  return {
    strategy: "canary",
    stages: [{ weight: percent, hold: intervalMinutes * 60, gates: [], line }, finalStage(line)],
    known: true,
    label,
    notes: []
  };
}
function linearTraffic(percent, intervalMinutes, line, label) {
  if (percent >= 100) return allAtOnceTraffic(line, label);
  const stages = [];
  for (let step = 1; step * percent < 100 && step <= 1e3; step++) {
    const weight = Math.round(step * percent * 1e3) / 1e3;
    stages.push({ weight, hold: intervalMinutes * 60, gates: [], line });
  }
  stages.push(finalStage(line));
  return { strategy: "linear", stages, known: true, label, notes: [] };
}
function allAtOnceTraffic(line, label) {
  return { strategy: "all-at-once", stages: [finalStage(line)], known: true, label, notes: [] };
}
function unknownTraffic(line, label, note) {
  return { strategy: "all-at-once", stages: [finalStage(line)], known: false, label, notes: [note] };
}
var canary = (percent, every) => ({ kind: "canary", percent, minutes: every });
var linear = (percent, every) => ({ kind: "linear", percent, minutes: every });
var PREDEFINED = /* @__PURE__ */ new Map([
  ["CodeDeployDefault.LambdaAllAtOnce", { kind: "all-at-once" }],
  ["CodeDeployDefault.LambdaCanary10Percent5Minutes", canary(10, 5)],
  ["CodeDeployDefault.LambdaCanary10Percent10Minutes", canary(10, 10)],
  ["CodeDeployDefault.LambdaCanary10Percent15Minutes", canary(10, 15)],
  ["CodeDeployDefault.LambdaCanary10Percent30Minutes", canary(10, 30)],
  ["CodeDeployDefault.LambdaLinear10PercentEvery1Minute", linear(10, 1)],
  ["CodeDeployDefault.LambdaLinear10PercentEvery2Minutes", linear(10, 2)],
  ["CodeDeployDefault.LambdaLinear10PercentEvery3Minutes", linear(10, 3)],
  ["CodeDeployDefault.LambdaLinear10PercentEvery10Minutes", linear(10, 10)],
  ["CodeDeployDefault.ECSAllAtOnce", { kind: "all-at-once" }],
  ["CodeDeployDefault.ECSCanary10Percent5Minutes", canary(10, 5)],
  ["CodeDeployDefault.ECSCanary10Percent15Minutes", canary(10, 15)],
  ["CodeDeployDefault.ECSLinear10PercentEvery1Minutes", linear(10, 1)],
  ["CodeDeployDefault.ECSLinear10PercentEvery3Minutes", linear(10, 3)],
  ["CodeDeployDefault.AllAtOnce", { kind: "all-at-once" }],
  [
    "CodeDeployDefault.HalfAtATime",
    { kind: "in-place", note: "CodeDeployDefault.HalfAtATime deploys to half of the instances at a time" }
  ],
  [
    "CodeDeployDefault.OneAtATime",
    { kind: "in-place", note: "CodeDeployDefault.OneAtATime deploys to one instance at a time" }
  ]
]);
function samConfigName(type) {
  const full = `CodeDeployDefault.Lambda${type}`;
  return PREDEFINED.has(full) ? full : void 0;
}
function predefinedTraffic(name, line, label = name) {
  const spec = PREDEFINED.get(name);
  if (spec === void 0) return void 0;
  switch (spec.kind) {
    case "canary":
      return canaryTraffic(spec.percent, spec.minutes, line, label);
    case "linear":
      return linearTraffic(spec.percent, spec.minutes, line, label);
    case "all-at-once":
      return allAtOnceTraffic(line, label);
    case "in-place":
      return { strategy: "rolling", stages: [finalStage(line)], known: true, label, notes: [spec.note] };
  }
}
function deploymentConfigTraffic(reader, template, id) {
  const base = ["Resources", id, "Properties"];
  const line = (...rest) => reader.doc.lineOf([...base, ...rest]);
  const properties = field(template.resources.get(id), "Properties");
  const routing = field(properties, "TrafficRoutingConfig");
  if (routing === void 0 || routing === null) {
    if (field(properties, "MinimumHealthyHosts") !== void 0) {
      return {
        strategy: "rolling",
        stages: [finalStage(line("MinimumHealthyHosts"))],
        known: true,
        label: id,
        notes: [`deployment config ${id} deploys in place, keeping a minimum of healthy hosts`]
      };
    }
    return allAtOnceTraffic(line(), id);
  }
  const type = field(routing, "Type");
  const number = (group, key) => {
    const value = field(field(routing, group), key);
    const parsed = asNumber(value);
    if (parsed === void 0 || parsed <= 0) {
      if (isIntrinsic(value)) return void 0;
      reader.invalid(
        [...base, "TrafficRoutingConfig", group, key],
        `must be a positive number, got ${describe(value)}`
      );
      return void 0;
    }
    return parsed;
  };
  const unseen = (why) => unknownTraffic(line("TrafficRoutingConfig"), id, `deployment config ${id}: ${why}; read as all at once`);
  if (type === "TimeBasedCanary" || type === "TimeBasedLinear") {
    const canaryType = type === "TimeBasedCanary";
    const percentKey = canaryType ? "CanaryPercentage" : "LinearPercentage";
    const intervalKey = canaryType ? "CanaryInterval" : "LinearInterval";
    const percent = number(type, percentKey);
    const interval = number(type, intervalKey);
    if (percent === void 0 || interval === void 0) {
      return unseen(`${type} has no plain ${percentKey} and ${intervalKey}`);
    }
    const stageLine = line("TrafficRoutingConfig", type, percentKey);
    const traffic = canaryType ? canaryTraffic(percent, interval, stageLine, id) : linearTraffic(percent, interval, stageLine, id);
    const last = traffic.stages[traffic.stages.length - 1];
    if (last) last.line = line("TrafficRoutingConfig");
    return traffic;
  }
  if (type === "AllAtOnce") return allAtOnceTraffic(line("TrafficRoutingConfig", "Type"), id);
  reader.invalid(
    [...base, "TrafficRoutingConfig", "Type"],
    `must be TimeBasedCanary, TimeBasedLinear or AllAtOnce, got ${describe(type)}`
  );
  return unseen("its TrafficRoutingConfig type is not one CodeDeploy knows");
}
function deploymentConfigNamed(template, name) {
  for (const [id, resource] of template.resources) {
    if (resourceType(resource) !== "AWS::CodeDeploy::DeploymentConfig") continue;
    if (asString(field(field(resource, "Properties"), "DeploymentConfigName")) === name) return id;
  }
  return void 0;
}
function exposureCount(traffic) {
  return traffic.stages.filter((stage) => stage.weight > 0 && stage.weight < 100).length;
}
function firstWeight(traffic) {
  return traffic.stages.find((stage) => stage.weight > 0)?.weight ?? 100;
}
function bake(traffic) {
  return traffic.stages.slice(0, -1).reduce((sum, stage) => sum + (stage.hold === "manual" ? Infinity : stage.hold), 0);
}
function compareStrength(a, b) {
  return exposureCount(a) - exposureCount(b) || firstWeight(b) - firstWeight(a) || bake(a) - bake(b) || Number(b.known) - Number(a.known);
}
function weakest(candidates) {
  let chosen;
  for (const candidate of candidates) {
    if (chosen === void 0 || compareStrength(candidate, chosen) < 0) chosen = candidate;
  }
  return chosen;
}
function choiceNote(fieldName, alternatives, labels, chosen) {
  const sources = sourcesOf(alternatives);
  const distinct = [...new Set(labels)];
  if (sources.length === 0 && distinct.length <= 1) return void 0;
  const from = sources.length > 0 ? sources.join(" and ") : "intrinsic functions";
  if (distinct.length <= 1) return `${fieldName} comes from ${from}: ${chosen}`;
  return `${fieldName} depends on ${from}: ${distinct.join(" or ")}; judged as the weakest, ${chosen}`;
}
function chooseTraffic(template, raw, fieldName, toTraffic, notes) {
  const alternatives = alternativesOf(template, raw);
  const candidates = alternatives.map((alternative) => toTraffic(alternative.resolved));
  const chosen = weakest(candidates) ?? toTraffic({ kind: "unknown", why: "nothing" });
  const note = choiceNote(
    fieldName,
    alternatives,
    candidates.map((candidate) => candidate.label),
    chosen.label
  );
  if (note !== void 0) notes.push(note);
  notes.push(...chosen.notes);
  return chosen;
}
function configTraffic(reader, template, resolved, line, samNames) {
  const unseen = (label, why) => unknownTraffic(line, label, `${why}; read as all at once`);
  switch (resolved.kind) {
    case "ref":
      return resourceType(template.resources.get(resolved.id)) === "AWS::CodeDeploy::DeploymentConfig" ? deploymentConfigTraffic(reader, template, resolved.id) : unseen(resolved.id, `${resolved.id} is not an AWS::CodeDeploy::DeploymentConfig`);
    case "value": {
      const name = asString(resolved.value);
      if (name === void 0)
        return unseen(labelOf(resolved), `${labelOf(resolved)} is not a configuration name`);
      const predefined = predefinedTraffic((samNames ? samConfigName(name) : void 0) ?? name, line, name);
      if (predefined !== void 0) return predefined;
      const id = deploymentConfigNamed(template, name);
      if (id !== void 0) return deploymentConfigTraffic(reader, template, id);
      return unseen(
        name,
        `deployment configuration ${clip2(name)} is not in this template: its traffic shifting cannot be seen`
      );
    }
    case "none":
      return unseen("AWS::NoValue", "no deployment configuration (AWS::NoValue)");
    case "unknown":
      return unseen(labelOf(resolved), `the deployment configuration cannot be seen (${resolved.why})`);
  }
}

// src/formats/aws-ecs.ts
var awsEcs = {
  id: "aws-ecs",
  detect(doc) {
    return isServiceDefinition(doc.value);
  },
  toPlans: servicePlans
};
var ECS_SERVICE = "AWS::ECS::Service";
var SERVICE_KEYS = [
  "serviceName",
  "taskDefinition",
  "desiredCount",
  "launchType",
  "capacityProviderStrategy",
  "schedulingStrategy",
  "loadBalancers"
];
var DEPLOYMENT_KEYS = ["deploymentConfiguration", "deploymentController"];
function isServiceDefinition(value) {
  if (!isObject(value)) return false;
  if (field(value, "apiVersion") !== void 0 || field(value, "Resources") !== void 0) return false;
  return SERVICE_KEYS.some((key) => field(value, key) !== void 0) && DEPLOYMENT_KEYS.some((key) => field(value, key) !== void 0);
}
function servicePlans(doc) {
  const reader = new AdapterContext(doc);
  const rollout = readEcsService(reader, doc.value, [], "camel", void 0);
  if (rollout.controller !== "ECS") rollout.notes.unshift(delegatedNote(rollout.controller, "camel"));
  const serviceName = asString(field(doc.value, "serviceName"));
  const plan = {
    id: planId("aws-ecs", ECS_SERVICE, doc, serviceName),
    format: "aws-ecs",
    file: doc.file,
    line: doc.lineOf(serviceName !== void 0 ? ["serviceName"] : []),
    target: { kind: ECS_SERVICE, name: serviceName ?? doc.file },
    strategy: rollout.strategy,
    stages: rollout.stages,
    backgroundGates: rollout.backgroundGates,
    rollback: rollout.rollback,
    bypasses: [],
    notes: rollout.notes
  };
  return { plans: [plan], diagnostics: uniqueDiagnostics(reader.diagnostics) };
}
var CONTROLLERS = /* @__PURE__ */ new Set(["ECS", "CODE_DEPLOY", "EXTERNAL"]);
var STRATEGIES = /* @__PURE__ */ new Set(["ROLLING", "BLUE_GREEN", "CANARY", "LINEAR"]);
var BEFORE_TRAFFIC = /* @__PURE__ */ new Set([
  "RECONCILE_SERVICE",
  "PRE_SCALE_UP",
  "POST_SCALE_UP",
  "TEST_TRAFFIC_SHIFT",
  "POST_TEST_TRAFFIC_SHIFT"
]);
var DURING_SHIFT = "PRODUCTION_TRAFFIC_SHIFT";
var AFTER_SHIFT = "POST_PRODUCTION_TRAFFIC_SHIFT";
var DEFAULT_CANARY_PERCENT = 5;
var DEFAULT_CANARY_BAKE_MINUTES = 10;
var DEFAULT_STEP_PERCENT = 10;
var DEFAULT_STEP_BAKE_MINUTES = 6;
var NOTHING_ROLLS_BACK = "no circuit breaker with rollback, alarm rollback or lifecycle hook: nothing rolls the deployment back";
function delegatedNote(controller, casing) {
  const field2 = casing === "pascal" ? "DeploymentController" : "deploymentController";
  return controller === "CODE_DEPLOY" ? `${field2} CODE_DEPLOY: traffic shifting is set by the CodeDeploy deployment group, which this file does not show; read as all at once` : `${field2} EXTERNAL: an external controller (task sets) decides the rollout, which this file does not show; read as all at once`;
}
function readEcsService(reader, service, at, casing, template) {
  const key = (name) => casing === "pascal" ? name : name.charAt(0).toLowerCase() + name.slice(1);
  const ctx = {
    reader,
    template,
    at: (...names2) => [...at, ...names2.map((name) => typeof name === "string" ? key(name) : name)],
    key,
    config: {},
    notes: []
  };
  const config = field(service, key("DeploymentConfiguration"));
  if (config !== void 0 && config !== null && !isObject(config)) {
    reader.invalid(ctx.at("DeploymentConfiguration"), `must be a map, got ${describe(config)}`);
  }
  ctx.config = asObject(config) ?? {};
  const controller = readController(ctx, service);
  if (controller !== "ECS") return delegatedRollout(ctx, controller);
  const traffic = readStrategy(ctx);
  const stages = traffic.stages;
  const hooks = placeLifecycleHooks(ctx, stages);
  const aborts = [];
  readCircuitBreaker(ctx, aborts);
  const backgroundGates = readAlarms(ctx, aborts);
  if (hooks > 0) {
    aborts.push({
      how: "a failing lifecycle hook rolls back the deployment",
      line: reader.doc.lineOf(ctx.at("DeploymentConfiguration", "LifecycleHooks"))
    });
  }
  return {
    controller,
    strategy: traffic.strategy,
    stages,
    backgroundGates,
    rollback: rollbackOf2(aborts),
    notes: [...traffic.notes, ...ctx.notes]
  };
}
function readController(ctx, service) {
  const at = ctx.at("DeploymentController", "Type");
  const raw = field(field(service, ctx.key("DeploymentController")), ctx.key("Type"));
  if (raw === void 0 || raw === null) return "ECS";
  if (typeof raw === "string" && CONTROLLERS.has(raw)) return raw;
  ctx.reader.invalid(at, `must be ECS, CODE_DEPLOY or EXTERNAL, got ${describe(raw)}; read as ECS`);
  return "ECS";
}
function delegatedRollout(ctx, controller) {
  for (const name of ["Strategy", "DeploymentCircuitBreaker", "Alarms", "LifecycleHooks"]) {
    if (field(ctx.config, ctx.key(name)) !== void 0) {
      ctx.notes.push(
        `${ctx.key("DeploymentConfiguration")}.${ctx.key(name)} is ignored: it only applies to the ECS deployment controller`
      );
    }
  }
  const line = ctx.reader.doc.lineOf(ctx.at("DeploymentController", "Type"));
  return {
    controller,
    strategy: "all-at-once",
    stages: [finalStage(line)],
    backgroundGates: [],
    rollback: {
      automatic: false,
      how: ["the deployment controller, not this file, decides whether a failure rolls back"]
    },
    notes: ctx.notes
  };
}
function readStrategy(ctx) {
  const raw = field(ctx.config, ctx.key("Strategy"));
  const toTraffic = (resolved) => strategyTraffic(ctx, resolved);
  if (ctx.template !== void 0 && raw !== void 0) {
    return chooseTraffic(
      ctx.template,
      raw,
      `${ctx.key("DeploymentConfiguration")}.${ctx.key("Strategy")}`,
      toTraffic,
      []
    );
  }
  return toTraffic({ kind: "value", value: raw ?? "ROLLING" });
}
function strategyTraffic(ctx, resolved) {
  const strategyAt = ctx.at("DeploymentConfiguration", "Strategy");
  const line = ctx.reader.doc.lineOf(strategyAt);
  if (resolved.kind !== "value") {
    return {
      strategy: "rolling",
      stages: [finalStage(line)],
      known: false,
      label: labelOf(resolved),
      notes: ["the deployment strategy cannot be seen; read as ROLLING"]
    };
  }
  let name = resolved.value;
  if (typeof name !== "string" || !STRATEGIES.has(name)) {
    ctx.reader.invalid(
      strategyAt,
      `must be ROLLING, BLUE_GREEN, CANARY or LINEAR, got ${describe(name)}; read as ROLLING`
    );
    name = "ROLLING";
  }
  if (name === "ROLLING") {
    return { strategy: "rolling", stages: [finalStage(line)], known: true, label: "ROLLING", notes: [] };
  }
  const bakeMinutes = readMinutes(ctx, ["BakeTimeInMinutes"], 0);
  let traffic;
  if (name === "CANARY") {
    const percent = readPercent(ctx, ["CanaryConfiguration", "CanaryPercent"], DEFAULT_CANARY_PERCENT);
    const bake2 = readMinutes(
      ctx,
      ["CanaryConfiguration", "CanaryBakeTimeInMinutes"],
      DEFAULT_CANARY_BAKE_MINUTES
    );
    const stageLine = ctx.reader.doc.lineOf(
      ctx.at("DeploymentConfiguration", "CanaryConfiguration", "CanaryPercent")
    );
    traffic = canaryTraffic(percent, bake2, stageLine, "CANARY");
  } else if (name === "LINEAR") {
    const percent = readPercent(ctx, ["LinearConfiguration", "StepPercent"], DEFAULT_STEP_PERCENT);
    const bake2 = readMinutes(
      ctx,
      ["LinearConfiguration", "StepBakeTimeInMinutes"],
      DEFAULT_STEP_BAKE_MINUTES
    );
    const stageLine = ctx.reader.doc.lineOf(
      ctx.at("DeploymentConfiguration", "LinearConfiguration", "StepPercent")
    );
    traffic = linearTraffic(percent, bake2, stageLine, "LINEAR");
  } else {
    traffic = {
      strategy: "blue-green",
      stages: [finalStage(line)],
      known: true,
      label: "BLUE_GREEN",
      notes: []
    };
  }
  const last = traffic.stages[traffic.stages.length - 1];
  if (last !== void 0) {
    last.line = line;
    last.hold = bakeMinutes * 60;
  }
  if (bakeMinutes > 0) {
    traffic.notes.push(
      `after all traffic has shifted, ECS keeps the previous revision running for ${minutes(bakeMinutes)} (bake time) so that a rollback is immediate`
    );
  }
  return traffic;
}
function readMinutes(ctx, names2, fallback) {
  const at = ctx.at("DeploymentConfiguration", ...names2);
  const value = valueAt2(ctx, names2);
  return readNumber(ctx.reader, value, at, `read as ${fallback}`) ?? fallback;
}
function readPercent(ctx, names2, fallback) {
  const at = ctx.at("DeploymentConfiguration", ...names2);
  const value = readNumber(ctx.reader, valueAt2(ctx, names2), at, `read as ${fallback}`);
  if (value === void 0) return fallback;
  if (value <= 0 || value > 100) {
    ctx.reader.invalid(at, `must be a percentage above 0 and up to 100, got ${value}; read as ${fallback}`);
    return fallback;
  }
  return value;
}
function valueAt2(ctx, names2) {
  let value = ctx.config;
  for (const name of names2) value = field(value, ctx.key(name));
  return value;
}
function placeLifecycleHooks(ctx, stages) {
  const listAt = ctx.at("DeploymentConfiguration", "LifecycleHooks");
  const raw = field(ctx.config, ctx.key("LifecycleHooks"));
  if (raw === void 0 || raw === null) return 0;
  const hooks = asArray(raw);
  if (hooks === void 0) {
    ctx.reader.invalid(listAt, `must be a list of hooks, got ${describe(raw)}`);
    return 0;
  }
  const before = [];
  const during = [];
  const after = [];
  let count = 0;
  hooks.forEach((hook, index) => {
    const hookAt = [...listAt, index];
    if (!isObject(hook)) {
      ctx.reader.invalid(
        hookAt,
        `must be a map with HookTargetArn and LifecycleStages, got ${describe(hook)}`
      );
      return;
    }
    const target = nameOf(ctx.template, field(hook, ctx.key("HookTargetArn")));
    const gate = webhookGate(
      target === void 0 ? void 0 : functionName(target),
      ctx.reader.doc.lineOf(hookAt)
    );
    const lifecycleStages = asArray(field(hook, ctx.key("LifecycleStages"))) ?? [];
    if (lifecycleStages.length === 0) {
      ctx.reader.invalid(
        [...hookAt, ctx.key("LifecycleStages")],
        "must list the lifecycle stages the hook runs at"
      );
      return;
    }
    count++;
    for (const stage of lifecycleStages) {
      if (typeof stage === "string" && BEFORE_TRAFFIC.has(stage)) before.push({ ...gate });
      else if (stage === DURING_SHIFT) during.push({ ...gate });
      else if (stage === AFTER_SHIFT) after.push({ ...gate });
      else
        ctx.notes.push(
          `lifecycle hook ${gate.name ?? index} runs at ${describe(stage)}, a stage rollout-guard does not know`
        );
    }
  });
  const firstExposed = stages.find((stage) => stage.weight > 0);
  const last = stages[stages.length - 1];
  firstExposed?.gates.push(...unique(during));
  last?.gates.push(...unique(after));
  const preTraffic = unique(before);
  const first = preTraffic[0];
  if (first !== void 0) stages.unshift({ weight: 0, hold: 0, gates: preTraffic, line: first.line });
  return count;
}
function unique(gates) {
  const seen = /* @__PURE__ */ new Set();
  return gates.filter((gate) => {
    const key = `${gate.name ?? ""}@${gate.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function readEnableRollback(ctx, at, value) {
  const flag = (name) => readFlag(ctx.reader, ctx.template, field(value, ctx.key(name)), [...at, ctx.key(name)], false, ctx.notes);
  return { enable: flag("Enable"), rollback: flag("Rollback") };
}
function readCircuitBreaker(ctx, aborts) {
  const at = ctx.at("DeploymentConfiguration", "DeploymentCircuitBreaker");
  const breaker = field(ctx.config, ctx.key("DeploymentCircuitBreaker"));
  if (breaker === void 0 || breaker === null) return;
  if (!isObject(breaker)) {
    ctx.reader.invalid(at, `must be a map with Enable and Rollback, got ${describe(breaker)}`);
    return;
  }
  const { enable, rollback } = readEnableRollback(ctx, at, breaker);
  if (enable === true && rollback === true) {
    aborts.push({
      how: "the deployment circuit breaker rolls back a deployment whose tasks keep failing",
      line: ctx.reader.doc.lineOf(at)
    });
  } else if (enable === true) {
    ctx.notes.push(
      "the deployment circuit breaker stops a failing deployment but does not roll it back (Rollback is not true)"
    );
  } else if (rollback === true) {
    ctx.notes.push("the deployment circuit breaker is not enabled: its Rollback has no effect");
  }
}
function readAlarms(ctx, aborts) {
  const at = ctx.at("DeploymentConfiguration", "Alarms");
  const alarms = field(ctx.config, ctx.key("Alarms"));
  if (alarms === void 0 || alarms === null) return [];
  if (!isObject(alarms)) {
    ctx.reader.invalid(at, `must be a map with AlarmNames, Enable and Rollback, got ${describe(alarms)}`);
    return [];
  }
  const { enable, rollback } = readEnableRollback(ctx, at, alarms);
  const namesAt = [...at, ctx.key("AlarmNames")];
  const rawNames = field(alarms, ctx.key("AlarmNames"));
  const names2 = asArray(rawNames);
  if (rawNames !== void 0 && names2 === void 0) {
    ctx.reader.invalid(namesAt, `must be a list of alarm names, got ${describe(rawNames)}`);
  }
  const gates = (names2 ?? []).map(
    (name, index) => metricGate(nameOf(ctx.template, name), ctx.reader.doc.lineOf([...namesAt, index]), enable === true)
  );
  if (gates.length === 0) {
    if (enable === true)
      ctx.notes.push("deployment alarms are enabled but name no alarm: nothing is watched");
    return [];
  }
  if (enable !== true) {
    ctx.notes.push("deployment alarms are not enabled (Enable is not true): ECS does not watch them");
  } else if (rollback === true) {
    aborts.push({ how: "CloudWatch alarms roll back the deployment", line: ctx.reader.doc.lineOf(at) });
  } else {
    ctx.notes.push("an alarm fails the deployment but does not roll it back (Rollback is not true)");
  }
  return gates;
}
function rollbackOf2(aborts) {
  if (aborts.length === 0) return { automatic: false, how: [NOTHING_ROLLS_BACK] };
  return {
    automatic: true,
    how: [...new Set(aborts.map((abort) => abort.how))],
    line: Math.min(...aborts.map((abort) => abort.line))
  };
}

// src/formats/aws-cloudformation.ts
var awsCloudFormation = {
  id: "aws-cloudformation",
  detect(doc) {
    const template = readTemplate(doc.value);
    return template !== void 0 && !isSamTemplate(template) && holdsDeployResources(template);
  },
  toPlans(doc) {
    const template = readTemplate(doc.value);
    if (template === void 0) return { plans: [], diagnostics: [] };
    const reader = new AdapterContext(doc);
    const plans = resourcePlans(reader, template);
    return { plans, diagnostics: uniqueDiagnostics(reader.diagnostics) };
  }
};
var DEPLOYMENT_GROUP = "AWS::CodeDeploy::DeploymentGroup";
var DEPLOYMENT_CONFIG = "AWS::CodeDeploy::DeploymentConfig";
var APPLICATION = "AWS::CodeDeploy::Application";
var LAMBDA_ALIAS = "AWS::Lambda::Alias";
var DEPLOY_TYPES = /* @__PURE__ */ new Set([DEPLOYMENT_GROUP, DEPLOYMENT_CONFIG, ECS_SERVICE]);
function holdsDeployResources(template) {
  for (const resource of template.resources.values()) {
    const type = resourceType(resource);
    if (type !== void 0 && (DEPLOY_TYPES.has(type) || isCustomDeploymentGroup(type, resource)))
      return true;
  }
  return false;
}
function isCustomDeploymentGroup(type, resource) {
  if (!type.startsWith("Custom::") && type !== "AWS::CloudFormation::CustomResource") return false;
  if (/deploymentgroup/i.test(type)) return true;
  const properties = field(resource, "Properties");
  return isObject(properties) && Object.keys(properties).some((key) => CUSTOM_CONFIG_KEY.test(key));
}
var CUSTOM_CONFIG_KEY = /^deployment(?:Config|Group)Name$/i;
function resourcePlans(reader, template) {
  const groups = /* @__PURE__ */ new Map();
  for (const [id, resource] of template.resources) {
    if (resourceType(resource) === DEPLOYMENT_GROUP) {
      groups.set(id, deploymentGroupPlan(reader, template, id, resource));
    }
  }
  const plans = [];
  for (const [id, resource] of template.resources) {
    const type = resourceType(resource) ?? "";
    const group = groups.get(id);
    if (group !== void 0) plans.push(group);
    else if (type === ECS_SERVICE)
      plans.push(ecsServicePlan(reader, template, id, resource, [...groups.values()]));
    else if (isCustomDeploymentGroup(type, resource))
      plans.push(customGroupPlan(reader, template, id, resource, type));
  }
  return plans;
}
function resourcePlan(reader, id, resource, shape, notes, extra = {}) {
  const type = resourceType(resource) ?? "";
  const condition = asString(field(resource, "Condition"));
  if (condition !== void 0) notes.push(`${id} is created only when condition ${condition} holds`);
  return {
    id: planId("aws-cloudformation", type, reader.doc, id),
    format: "aws-cloudformation",
    file: reader.doc.file,
    line: reader.doc.lineOf(["Resources", id, "Type"]),
    target: { kind: type, name: id },
    ...shape,
    bypasses: [],
    ...extra,
    notes
  };
}
function propertiesOf(reader, id, resource) {
  const properties = field(resource, "Properties");
  if (properties === void 0 || properties === null) return {};
  if (isObject(properties)) return properties;
  reader.invalid(["Resources", id, "Properties"], `must be a map, got ${describe(properties)}`);
  return {};
}
function deploymentGroupPlan(reader, template, id, resource) {
  const at = ["Resources", id, "Properties"];
  const properties = propertiesOf(reader, id, resource);
  const notes = [];
  const traffic = readDeploymentConfigName(reader, template, properties, at, notes);
  const alarms = readAlarmConfiguration(reader, template, properties, at, notes);
  const rollback = readAutoRollback(reader, template, properties, at, alarms.watching, notes);
  noteDeploymentStyle(properties, notes);
  const stages = traffic.stages;
  const approval2 = readReadyOption(reader, properties, at, notes);
  if (approval2 !== void 0)
    stages.unshift({ weight: 0, hold: "manual", gates: [approval2], line: approval2.line });
  const delivers = deliveredTarget(template, id, properties);
  return resourcePlan(
    reader,
    id,
    resource,
    { strategy: traffic.strategy, stages, backgroundGates: alarms.gates, rollback },
    notes,
    delivers !== void 0 ? { delivers } : {}
  );
}
function computePlatform(template, properties) {
  if ((asArray(field(properties, "ECSServices")) ?? []).length > 0) return "ECS";
  for (const alternative of alternativesOf(template, field(properties, "ApplicationName"))) {
    if (alternative.resolved.kind !== "ref") continue;
    const application = template.resources.get(alternative.resolved.id);
    if (resourceType(application) !== APPLICATION) continue;
    const platform = field(field(application, "Properties"), "ComputePlatform");
    if (platform === "ECS" || platform === "Lambda" || platform === "Server") return platform;
  }
  const serverKeys = [
    "Ec2TagFilters",
    "Ec2TagSet",
    "AutoScalingGroups",
    "OnPremisesInstanceTagFilters",
    "OnPremisesTagSet"
  ];
  return serverKeys.some((key) => field(properties, key) !== void 0) ? "Server" : void 0;
}
var DEFAULT_CONFIG = {
  ECS: "CodeDeployDefault.ECSAllAtOnce",
  Lambda: "CodeDeployDefault.LambdaAllAtOnce",
  Server: "CodeDeployDefault.OneAtATime",
  unknown: "CodeDeployDefault.AllAtOnce"
};
function readDeploymentConfigName(reader, template, properties, at, notes) {
  const nameAt = [...at, "DeploymentConfigName"];
  const line = reader.doc.lineOf(nameAt);
  const raw = field(properties, "DeploymentConfigName");
  if (raw === void 0 || raw === null) {
    const name = DEFAULT_CONFIG[computePlatform(template, properties) ?? "unknown"];
    notes.push(`no DeploymentConfigName: CodeDeploy uses ${name}`);
    return predefinedTraffic(name, line) ?? unknownTraffic(line, name, `${name} is not known`);
  }
  return chooseTraffic(
    template,
    raw,
    "DeploymentConfigName",
    (resolved) => configTraffic(reader, template, resolved, line, false),
    notes
  );
}
function readAlarmConfiguration(reader, template, properties, at, notes) {
  const configAt = [...at, "AlarmConfiguration"];
  const config = field(properties, "AlarmConfiguration");
  if (config === void 0 || config === null) return { gates: [], watching: false };
  if (!isObject(config)) {
    reader.invalid(configAt, `must be a map with Enabled and Alarms, got ${describe(config)}`);
    return { gates: [], watching: false };
  }
  const enabled = readFlag(reader, template, field(config, "Enabled"), [...configAt, "Enabled"], false, notes) === true;
  const rawAlarms = field(config, "Alarms");
  const alarms = asArray(rawAlarms);
  if (rawAlarms !== void 0 && alarms === void 0) {
    reader.invalid([...configAt, "Alarms"], `must be a list of {Name: ...}, got ${describe(rawAlarms)}`);
  }
  const gates = (alarms ?? []).map(
    (alarm, index) => metricGate(
      nameOf(template, field(alarm, "Name")),
      reader.doc.lineOf([...configAt, "Alarms", index]),
      enabled
    )
  );
  if (gates.length > 0 && !enabled) {
    notes.push("AlarmConfiguration is not enabled (Enabled is not true): CodeDeploy ignores its alarms");
  } else if (gates.length === 0 && enabled) {
    notes.push("AlarmConfiguration is enabled but lists no alarm: nothing is watched");
  }
  if (field(config, "IgnorePollAlarmFailure") === true) {
    notes.push("IgnorePollAlarmFailure: the deployment goes on when CodeDeploy cannot read the alarms");
  }
  return { gates, watching: enabled && gates.length > 0 };
}
function readAutoRollback(reader, template, properties, at, watching, notes) {
  const configAt = [...at, "AutoRollbackConfiguration"];
  const config = field(properties, "AutoRollbackConfiguration");
  if (config === void 0 || config === null) {
    return {
      automatic: false,
      how: ["no AutoRollbackConfiguration: CodeDeploy does not roll back on its own"]
    };
  }
  if (!isObject(config)) {
    reader.invalid(configAt, `must be a map with Enabled and Events, got ${describe(config)}`);
    return { automatic: false, how: ["AutoRollbackConfiguration cannot be read: read as no rollback"] };
  }
  const enabled = readFlag(
    reader,
    template,
    field(config, "Enabled"),
    [...configAt, "Enabled"],
    false,
    notes
  );
  if (enabled !== true) {
    return {
      automatic: false,
      how: ["AutoRollbackConfiguration is not enabled: CodeDeploy does not roll back on its own"]
    };
  }
  const events = (asArray(field(config, "Events")) ?? []).filter(
    (event) => typeof event === "string"
  );
  const how = [];
  if (events.includes("DEPLOYMENT_FAILURE")) how.push("a failed deployment rolls back");
  if (events.includes("DEPLOYMENT_STOP_ON_ALARM")) {
    if (watching) how.push("an alarm stops and rolls back the deployment");
    else notes.push("DEPLOYMENT_STOP_ON_ALARM never fires: the group has no enabled alarms");
  }
  if (how.length === 0) {
    return {
      automatic: false,
      how: ["AutoRollbackConfiguration rolls back on neither DEPLOYMENT_FAILURE nor an alarm"]
    };
  }
  return { automatic: true, how, line: reader.doc.lineOf(configAt) };
}
function noteDeploymentStyle(properties, notes) {
  const style = field(properties, "DeploymentStyle");
  const type = asString(field(style, "DeploymentType"));
  if (type === "BLUE_GREEN") {
    notes.push(
      "DeploymentStyle BLUE_GREEN: the new version is started beside the old one, then traffic moves to it"
    );
  } else if (type === "IN_PLACE") {
    notes.push("DeploymentStyle IN_PLACE: the application is replaced on the instances where it runs");
  }
  if (field(style, "DeploymentOption") === "WITHOUT_TRAFFIC_CONTROL") {
    notes.push(
      "DeploymentOption WITHOUT_TRAFFIC_CONTROL: no load balancer keeps traffic off instances being updated"
    );
  }
}
function readReadyOption(reader, properties, at, notes) {
  const keys = ["BlueGreenDeploymentConfiguration", "DeploymentReadyOption", "ActionOnTimeout"];
  if (path(properties, keys) !== "STOP_DEPLOYMENT") return void 0;
  const optionAt = [...at, ...keys];
  notes.push(
    "CodeDeploy waits for someone to continue the deployment before traffic moves (ActionOnTimeout: STOP_DEPLOYMENT)"
  );
  return {
    kind: "approval",
    name: "DeploymentReadyOption",
    line: reader.doc.lineOf(optionAt),
    effective: true
  };
}
function deliveredTarget(template, id, properties) {
  const service = asArray(field(properties, "ECSServices"))?.[0];
  if (service !== void 0) {
    const [first] = alternativesOf(template, field(service, "ServiceName"));
    if (first?.resolved.kind === "ref") return { kind: ECS_SERVICE, name: first.resolved.id };
    const name = first?.resolved.kind === "value" ? asString(first.resolved.value) : void 0;
    return name !== void 0 ? { kind: ECS_SERVICE, name } : void 0;
  }
  for (const [aliasId, alias] of template.resources) {
    if (resourceType(alias) !== LAMBDA_ALIAS) continue;
    const group = path(alias, ["UpdatePolicy", "CodeDeployLambdaAliasUpdate", "DeploymentGroupName"]);
    const names2 = alternativesOf(template, group).map((alternative) => alternative.resolved);
    if (names2.some(
      (name) => name.kind === "ref" && name.id === id || name.kind === "value" && name.value === id
    )) {
      return { kind: LAMBDA_ALIAS, name: aliasId };
    }
  }
  return void 0;
}
function ecsServicePlan(reader, template, id, resource, groups) {
  const at = ["Resources", id, "Properties"];
  const properties = propertiesOf(reader, id, resource);
  const rollout = readEcsService(reader, properties, at, "pascal", template);
  const notes = [...rollout.notes];
  const shape = {
    strategy: rollout.strategy,
    stages: rollout.stages,
    backgroundGates: rollout.backgroundGates,
    rollback: rollout.rollback
  };
  if (rollout.controller === "ECS") return resourcePlan(reader, id, resource, shape, notes);
  const serviceName = asString(field(properties, "ServiceName"));
  const group = rollout.controller === "CODE_DEPLOY" ? groups.find(
    (plan) => plan.delivers?.kind === ECS_SERVICE && (plan.delivers.name === id || plan.delivers.name === serviceName)
  ) : void 0;
  if (group === void 0) {
    notes.unshift(delegatedNote(rollout.controller, "pascal"));
    return resourcePlan(reader, id, resource, shape, notes);
  }
  notes.unshift(
    `DeploymentController CODE_DEPLOY: deployment group ${group.target.name} of this template shifts the traffic`
  );
  return resourcePlan(
    reader,
    id,
    resource,
    structuredClone({
      strategy: group.strategy,
      stages: group.stages,
      backgroundGates: group.backgroundGates,
      rollback: group.rollback
    }),
    notes,
    { deliveredBy: group.id }
  );
}
function customGroupPlan(reader, template, id, resource, type) {
  const line = reader.doc.lineOf(["Resources", id, "Type"]);
  const notes = [
    `${type} creates the deployment group through a custom resource: its deployment config, alarms and rollback settings are invisible to static analysis; read as all at once`
  ];
  const properties = field(resource, "Properties");
  const configKey = isObject(properties) ? Object.keys(properties).find((key) => /^deploymentConfigName$/i.test(key)) : void 0;
  if (configKey !== void 0) {
    const alternatives = alternativesOf(template, field(properties, configKey));
    const sources = sourcesOf(alternatives);
    const labels = [...new Set(alternatives.map((alternative) => labelOf(alternative.resolved)))];
    notes.push(
      `it passes ${configKey} ${sources.length > 0 ? `from ${sources.join(" and ")}` : labels.join(" or ")}`
    );
  }
  return resourcePlan(
    reader,
    id,
    resource,
    {
      strategy: "all-at-once",
      stages: [finalStage(line)],
      backgroundGates: [],
      rollback: {
        automatic: false,
        how: ["the rollback settings of a custom resource are invisible to static analysis"]
      }
    },
    notes
  );
}

// src/formats/aws-codedeploy.ts
var awsCodeDeploy = {
  id: "aws-codedeploy",
  detect(doc) {
    return isAppSpec(doc.value);
  },
  toPlans(doc) {
    if (field(doc.value, "Resources") === void 0) return { plans: [], diagnostics: [] };
    return appSpecPlans(doc);
  }
};
var APPSPEC_KEYS = ["Resources", "Hooks", "files", "hooks", "os"];
function isAppSpec(value) {
  if (!isObject(value)) return false;
  const version = field(value, "version");
  if (version !== 0 && version !== "0.0") return false;
  return APPSPEC_KEYS.some((key) => field(value, key) !== void 0);
}
var BEFORE_TRAFFIC2 = {
  ECS: /* @__PURE__ */ new Set(["BeforeInstall", "AfterInstall", "AfterAllowTestTraffic", "BeforeAllowTraffic"]),
  Lambda: /* @__PURE__ */ new Set(["BeforeAllowTraffic"])
};
var AFTER_TRAFFIC = "AfterAllowTraffic";
var TRAFFIC_NOTE = "traffic shifting is set by the CodeDeploy deployment group, which this file does not show";
function appSpecPlans(doc) {
  const reader = new AdapterContext(doc);
  const notes = [TRAFFIC_NOTE];
  const resource = readResource(reader);
  const before = [];
  const after = [];
  readHooks(reader, resource.platform, notes, before, after);
  const stages = [];
  const first = before[0];
  if (first !== void 0) stages.push({ weight: 0, hold: 0, gates: before, line: first.line });
  stages.push({ ...finalStage(doc.lineOf(["Resources"])), gates: after });
  const plan = {
    id: planId("aws-codedeploy", "AppSpec", doc),
    format: "aws-codedeploy",
    file: doc.file,
    line: doc.lineOf(["version"]),
    target: { kind: "AppSpec", name: resource.name ?? doc.file },
    strategy: "all-at-once",
    stages,
    backgroundGates: [],
    rollback: {
      automatic: false,
      how: [
        "the CodeDeploy deployment group, which this file does not show, decides whether a failure rolls back"
      ]
    },
    bypasses: [],
    notes
  };
  return { plans: [plan], diagnostics: reader.diagnostics };
}
function readResource(reader) {
  const at = ["Resources"];
  const raw = field(reader.doc.value, "Resources");
  const resources = asArray(raw);
  if (resources === void 0) {
    reader.invalid(at, `must be a list holding the target service or function, got ${describe(raw)}`);
    return { platform: void 0, name: void 0 };
  }
  const entry = resources[0];
  const [key] = isObject(entry) ? Object.keys(entry) : [];
  const body = key === void 0 ? void 0 : field(entry, key);
  const type = asString(field(body, "Type"));
  if (type === "AWS::ECS::Service") {
    return {
      platform: "ECS",
      name: nonBlank(path(body, ["Properties", "LoadBalancerInfo", "ContainerName"]))
    };
  }
  if (type === "AWS::Lambda::Function") {
    return { platform: "Lambda", name: nonBlank(path(body, ["Properties", "Name"])) };
  }
  reader.invalid([...at, 0], "must be a target with Type AWS::ECS::Service or AWS::Lambda::Function");
  return { platform: void 0, name: void 0 };
}
function nonBlank(value) {
  return typeof value === "string" && value.trim() !== "" ? value : void 0;
}
function readHooks(reader, platform, notes, before, after) {
  const at = ["Hooks"];
  const raw = field(reader.doc.value, "Hooks");
  if (raw === void 0 || raw === null) {
    notes.push("no Hooks: nothing tests the new version before or after traffic reaches it");
    return;
  }
  const hooks = asArray(raw);
  if (hooks === void 0) {
    reader.invalid(at, `must be a list of {LifecycleEvent: function}, got ${describe(raw)}`);
    return;
  }
  const known = BEFORE_TRAFFIC2[platform ?? "ECS"];
  hooks.forEach((hook, index) => {
    const [event] = isObject(hook) ? Object.keys(hook) : [];
    if (event === void 0) {
      reader.invalid([...at, index], `must be a map {LifecycleEvent: function}, got ${describe(hook)}`);
      return;
    }
    const line = reader.doc.lineOf([...at, index, event]);
    const target = nonBlank(field(hook, event));
    if (target === void 0) {
      notes.push(`hook ${event} names no function (a placeholder?): it cannot check anything`);
    }
    const gate = webhookGate(target, line, target !== void 0);
    if (known.has(event)) before.push(gate);
    else if (event === AFTER_TRAFFIC) after.push(gate);
    else
      notes.push(
        `hook ${clip2(event)} is not a ${platform ?? "ECS"} AppSpec lifecycle event; CodeDeploy rejects it`
      );
  });
}

// src/formats/aws-sam.ts
var awsSam = {
  id: "aws-sam",
  detect(doc) {
    const template = readTemplate(doc.value);
    return template !== void 0 && isSamTemplate(template);
  },
  toPlans(doc) {
    const template = readTemplate(doc.value);
    if (template === void 0) return { plans: [], diagnostics: [] };
    const reader = new AdapterContext(doc);
    const plans = [];
    const hooks = hookFunctions(template);
    for (const [id, resource] of template.resources) {
      if (resourceType(resource) === FUNCTION && !hooks.has(id)) {
        const plan = functionPlan(reader, template, id, resource);
        const variants = functionVariants(reader, template, id, plan);
        plans.push(variants ? { ...plan, variants } : plan);
      }
    }
    plans.push(...resourcePlans(reader, template));
    return { plans, diagnostics: uniqueDiagnostics(reader.diagnostics) };
  }
};
var FUNCTION = "AWS::Serverless::Function";
var MAX_CONDITIONS = 4;
function functionVariants(reader, template, id, plan) {
  const configs = [...template.resources.values()].filter(
    (resource) => resourceType(resource) === "AWS::CodeDeploy::DeploymentConfig"
  );
  const scope = [template.resources.get(id), path(template.value, ["Globals", "Function"]), configs];
  const names2 = conditionNames(scope);
  if (names2.length === 0) return void 0;
  if (names2.length > MAX_CONDITIONS) {
    plan.notes.push(
      `the rollout depends on ${names2.length} conditions; only the weakest branch is judged, not each one against the base`
    );
    return void 0;
  }
  const variantFor = (choice) => {
    const specialized = readTemplate(specialize(template.value, choice));
    const resource = specialized?.resources.get(id);
    if (specialized === void 0 || resource === void 0) return void 0;
    const quiet = new AdapterContext(reader.doc);
    const { strategy, stages, backgroundGates, rollback, bypasses } = functionPlan(
      quiet,
      specialized,
      id,
      resource
    );
    return { when: describeChoice(choice), strategy, stages, backgroundGates, rollback, bypasses };
  };
  const shapeKey = (variant) => JSON.stringify(variant ? { ...variant, when: [] } : null);
  const all = assignments(names2).map((choice) => ({ choice, key: shapeKey(variantFor(choice)) }));
  const relevant = names2.filter(
    (name) => all.some(({ choice, key }) => {
      const flipped = all.find(
        (other) => [...other.choice].every(([n, v]) => n === name ? v !== choice.get(n) : v === choice.get(n))
      );
      return flipped !== void 0 && flipped.key !== key;
    })
  );
  if (relevant.length === 0) return void 0;
  return assignments(relevant).flatMap((choice) => {
    const variant = variantFor(choice);
    return variant ? [variant] : [];
  });
}
function hookFunctions(template) {
  const names2 = /* @__PURE__ */ new Set();
  const collect = (preference) => {
    const hooks = field(preference, "Hooks");
    for (const key of HOOK_KEYS) {
      const value = field(hooks, key);
      const getAtt = asArray(field(value, "Fn::GetAtt"));
      const ref = asString(value) ?? asString(field(value, "Ref")) ?? asString(getAtt?.[0]);
      if (ref !== void 0) names2.add(ref);
    }
  };
  for (const [, resource] of template.resources)
    collect(path(resource, ["Properties", "DeploymentPreference"]));
  collect(path(template.value, GLOBAL_PREFERENCE.map(String)));
  return names2;
}
var GLOBAL_PREFERENCE = ["Globals", "Function", "DeploymentPreference"];
var HOOK_KEYS = /* @__PURE__ */ new Set(["PreTraffic", "PostTraffic"]);
var NO_PREFERENCE = "no DeploymentPreference: every update shifts all traffic at once";
var ALARMS_ROLL_BACK = "CloudWatch alarms stop and roll back the deployment";
var HOOKS_ROLL_BACK = "a failing hook rolls back";
var FunctionReader = class extends AdapterContext {
  constructor(reader, template, id) {
    super(reader.doc, reader.diagnostics);
    this.template = template;
    this.id = id;
  }
  template;
  id;
  bypasses = [];
};
function functionPlan(reader, template, id, resource) {
  const ctx = new FunctionReader(reader, template, id);
  const propertiesAt = ["Resources", id, "Properties"];
  const rawProperties = field(resource, "Properties");
  if (rawProperties !== void 0 && rawProperties !== null && !isObject(rawProperties)) {
    ctx.invalid(propertiesAt, `must be a map, got ${describe(rawProperties)}`);
  }
  const properties = isObject(rawProperties) ? rawProperties : {};
  const typeLine = ctx.doc.lineOf(["Resources", id, "Type"]);
  const preference = readPreference(ctx, properties);
  const shape = preference === "absent" ? allAtOnce(typeLine, NO_PREFERENCE, "no DeploymentPreference: nothing rolls back") : preference === "unreadable" ? allAtOnce(
    typeLine,
    "DeploymentPreference cannot be read; read as all at once",
    "DeploymentPreference cannot be read: read as no rollback"
  ) : preferenceRollout(ctx, properties, preference);
  const condition = asString(field(resource, "Condition"));
  if (condition !== void 0) ctx.notes.push(`${id} is created only when condition ${condition} holds`);
  return {
    id: planId("aws-sam", FUNCTION, ctx.doc, id),
    format: "aws-sam",
    file: ctx.doc.file,
    line: typeLine,
    target: { kind: FUNCTION, name: id },
    ...shape,
    bypasses: ctx.bypasses,
    notes: ctx.notes
  };
  function allAtOnce(line, note, how) {
    ctx.notes.push(note);
    return {
      strategy: "all-at-once",
      stages: [finalStage(line)],
      backgroundGates: [],
      rollback: { automatic: false, how: [how] }
    };
  }
}
function readPreference(ctx, properties) {
  const localAt = ["Resources", ctx.id, "Properties", "DeploymentPreference"];
  const localRaw = field(properties, "DeploymentPreference");
  const globalRaw = path(ctx.template.value, GLOBAL_PREFERENCE);
  const local = mapOrReport(ctx, localRaw, localAt);
  const global = mapOrReport(ctx, globalRaw, GLOBAL_PREFERENCE);
  if (local === void 0 && global === void 0) {
    return isAbsent(localRaw) && isAbsent(globalRaw) ? "absent" : "unreadable";
  }
  const has2 = (object, keys) => keys.reduce(
    (value, key) => typeof key === "number" ? asArray(value)?.[key] : field(value, key),
    object
  ) !== void 0;
  return {
    value: mergeGlobals(global ?? {}, local ?? {}),
    local,
    global,
    localAt,
    at: (...keys) => {
      if (local !== void 0 && has2(local, keys)) return [...localAt, ...keys];
      if (global !== void 0 && has2(global, keys)) return [...GLOBAL_PREFERENCE, ...keys];
      return [...local !== void 0 ? localAt : GLOBAL_PREFERENCE, ...keys];
    }
  };
}
function isAbsent(value) {
  return value === void 0 || value === null;
}
function mapOrReport(ctx, value, at) {
  if (isAbsent(value)) return void 0;
  if (isObject(value) && !isIntrinsic(value)) return value;
  ctx.invalid(
    at,
    `must be a map of deployment settings, got ${isIntrinsic(value) ? "an intrinsic function" : describe(value)}`
  );
  return void 0;
}
function mergeGlobals(global, local) {
  if (isObject(global) && isObject(local) && !isIntrinsic(global) && !isIntrinsic(local)) {
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(global), ...Object.keys(local)])];
    return Object.fromEntries(
      keys.map((key) => {
        const own = field(local, key);
        const inherited = field(global, key);
        return [
          key,
          own === void 0 ? inherited : inherited === void 0 ? own : mergeGlobals(inherited, own)
        ];
      })
    );
  }
  if (Array.isArray(global) && Array.isArray(local))
    return [...global, ...local];
  return local;
}
function preferenceRollout(ctx, properties, preference) {
  if (preference.global !== void 0) {
    ctx.notes.push(
      preference.local !== void 0 ? "DeploymentPreference is Globals.Function.DeploymentPreference merged with the function's own" : "DeploymentPreference comes from Globals.Function.DeploymentPreference"
    );
  }
  const enabled = readEnabled(ctx, preference);
  if (!enabled.on) {
    ctx.bypasses.push({
      field: enabled.field,
      reason: "DeploymentPreference is disabled: SAM points the alias at each new version at once, without CodeDeploy, hooks or alarms",
      line: enabled.line
    });
    return {
      strategy: "all-at-once",
      stages: [finalStage(enabled.line)],
      backgroundGates: [],
      rollback: { automatic: false, how: ["DeploymentPreference is disabled: nothing rolls back"] }
    };
  }
  checkAlias(ctx, properties, preference);
  const traffic = readType(ctx, preference);
  const alarms = readAlarms2(ctx, preference);
  const hooks = readHooks2(ctx, preference);
  const stages = traffic.stages;
  if (hooks.pre !== void 0)
    stages.unshift({ weight: 0, hold: 0, gates: [hooks.pre], line: hooks.pre.line });
  if (hooks.post !== void 0) stages[stages.length - 1]?.gates.push(hooks.post);
  const how = [];
  const lines = [];
  if (alarms.length > 0) {
    how.push(ALARMS_ROLL_BACK);
    lines.push(ctx.doc.lineOf(preference.at("Alarms")));
  }
  if (hooks.pre !== void 0 || hooks.post !== void 0) {
    how.push(HOOKS_ROLL_BACK);
    lines.push(ctx.doc.lineOf(preference.at("Hooks")));
  }
  const rollback = how.length > 0 ? { automatic: true, how, line: Math.min(...lines) } : {
    automatic: false,
    how: ["no Alarms or Hooks: nothing stops the traffic shift, so nothing rolls back"]
  };
  return { strategy: traffic.strategy, stages, backgroundGates: alarms, rollback };
}
function readEnabled(ctx, preference) {
  const at = preference.at("Enabled");
  const result = (on) => ({
    on,
    line: ctx.doc.lineOf(at),
    field: at[0] === "Globals" ? "Globals.Function.DeploymentPreference.Enabled" : "DeploymentPreference.Enabled"
  });
  const raw = field(preference.value, "Enabled");
  if (isAbsent(raw)) return result(true);
  if (isIntrinsic(raw)) {
    const alternatives = alternativesOf(ctx.template, raw);
    const on = alternatives.every(
      (alternative) => enabledValue(alternative.resolved.kind === "value" ? alternative.resolved.value : void 0)
    );
    ctx.notes.push(
      `DeploymentPreference.Enabled depends on ${describeSources(alternatives)}: ${on ? "enabled whatever the value" : "judged as disabled, the weakest"}`
    );
    return result(on);
  }
  if (typeof raw !== "boolean" && !(typeof raw === "string" && /^(?:true|false)$/i.test(raw))) {
    ctx.invalid(at, `must be true or false, got ${describe(raw)}; SAM reads it as false`);
  }
  return result(enabledValue(raw));
}
function enabledValue(value) {
  if (typeof value === "boolean") return value;
  return typeof value === "string" && value.toLowerCase() === "true";
}
function describeSources(alternatives) {
  const sources = sourcesOf(alternatives);
  return sources.length > 0 ? sources.join(" and ") : "intrinsic functions";
}
function checkAlias(ctx, properties, preference) {
  const alias = field(properties, "AutoPublishAlias") ?? path(ctx.template.value, ["Globals", "Function", "AutoPublishAlias"]);
  if (!isAbsent(alias) && alias !== "") return;
  ctx.report(
    preference.local !== void 0 ? preference.localAt : ["Resources", ctx.id],
    `${ctx.id} has a DeploymentPreference${preference.local === void 0 ? " (from Globals)" : ""} but no AutoPublishAlias: SAM rejects the template`
  );
}
function readType(ctx, preference) {
  const at = preference.at("Type");
  const line = ctx.doc.lineOf(at);
  const raw = field(preference.value, "Type");
  if (isAbsent(raw) || raw === "") {
    ctx.invalid(at.slice(0, -1), "has no Type: SAM rejects it; read as all at once");
    const traffic = unknownTraffic(line, "no Type", "DeploymentPreference has no Type; read as all at once");
    ctx.notes.push(...traffic.notes);
    return traffic;
  }
  return chooseTraffic(
    ctx.template,
    raw,
    "DeploymentPreference.Type",
    (resolved) => configTraffic(ctx, ctx.template, resolved, line, true),
    ctx.notes
  );
}
function readAlarms2(ctx, preference) {
  const entries = alarmEntries(ctx, preference);
  const gates = [];
  for (const entry of entries) {
    const alternatives = alternativesOf(ctx.template, entry.value);
    if (alternatives.some((alternative) => alternative.resolved.kind === "none")) {
      const shown = entry.at.slice(entry.at.lastIndexOf("DeploymentPreference"));
      ctx.notes.push(
        `${fieldPath(shown)} is left out under ${describeSources(alternatives)}; it is not counted`
      );
      continue;
    }
    gates.push(metricGate(nameOf(ctx.template, entry.value), ctx.doc.lineOf(entry.at)));
  }
  return gates;
}
function alarmEntries(ctx, preference) {
  const listAt = (base2) => [...base2, "Alarms"];
  const fromList = (list, base2) => list.map((value, index) => ({ value, at: [...listAt(base2), index] }));
  const own = field(preference.local, "Alarms");
  const inherited = field(preference.global, "Alarms");
  if (Array.isArray(own) && Array.isArray(inherited)) {
    return [...fromList(inherited, GLOBAL_PREFERENCE), ...fromList(own, preference.localAt)];
  }
  const [raw, base] = own !== void 0 ? [own, preference.localAt] : [inherited, GLOBAL_PREFERENCE];
  if (isAbsent(raw)) return [];
  if (Array.isArray(raw)) return fromList(raw, base);
  if (!isIntrinsic(raw)) {
    ctx.invalid(listAt(base), `must be a list of alarms, got ${describe(raw)}`);
    return [];
  }
  const alternatives = alternativesOf(ctx.template, raw);
  const lists = alternatives.map(
    (alternative) => alternative.resolved.kind === "value" ? asArray(alternative.resolved.value) ?? [] : []
  );
  const fewest = lists.reduce(
    (best, list) => best === void 0 || list.length < best.length ? list : best,
    void 0
  ) ?? [];
  if (lists.some((list) => list.length !== fewest.length)) {
    ctx.notes.push(
      `Alarms depend on ${describeSources(alternatives)}: judged with the fewest, ${fewest.length === 0 ? "none" : fewest.length}`
    );
  }
  return fewest.map((value) => ({ value, at: listAt(base) }));
}
function readHooks2(ctx, preference) {
  const hooksAt = preference.at("Hooks");
  const hooks = field(preference.value, "Hooks");
  if (isAbsent(hooks)) return {};
  if (!isObject(hooks) || isIntrinsic(hooks)) {
    ctx.invalid(hooksAt, `must be a map with PreTraffic and PostTraffic, got ${describe(hooks)}`);
    return {};
  }
  for (const key of Object.keys(hooks)) {
    if (!HOOK_KEYS.has(key))
      ctx.invalid(preference.at("Hooks", key), "is not a SAM hook (PreTraffic or PostTraffic)");
  }
  const gate = (key) => {
    const value = field(hooks, key);
    if (isAbsent(value)) return void 0;
    const alternatives = alternativesOf(ctx.template, value);
    if (alternatives.some((alternative) => alternative.resolved.kind === "none")) {
      ctx.notes.push(`Hooks.${key} is left out under ${describeSources(alternatives)}; it is not counted`);
      return void 0;
    }
    return webhookGate(nameOf(ctx.template, value), ctx.doc.lineOf(preference.at("Hooks", key)));
  };
  const pre = gate("PreTraffic");
  const post = gate("PostTraffic");
  return { ...pre !== void 0 ? { pre } : {}, ...post !== void 0 ? { post } : {} };
}

// src/formats/pipeline/graph.ts
var DependencyGraph = class {
  /**
   * @param parentsOf the nodes `node` waits for directly, in the order they are to be followed.
   * @param alsoBefore nodes that finish before `node` without an edge the graph follows further
   *   (an Azure stage waits for every job of the stages it depends on).
   */
  constructor(parentsOf, alsoBefore = () => []) {
    this.parentsOf = parentsOf;
    this.alsoBefore = alsoBefore;
  }
  parentsOf;
  alsoBefore;
  ancestors = /* @__PURE__ */ new Map();
  /** Every node that has finished before `node` starts. */
  ancestorsOf(node) {
    const known = this.ancestors.get(node);
    if (known) return known;
    const result = /* @__PURE__ */ new Set();
    this.ancestors.set(node, result);
    for (const parent of this.parentsOf(node)) {
      result.add(parent);
      for (const grand of this.ancestorsOf(parent)) result.add(grand);
    }
    for (const other of this.alsoBefore(node)) result.add(other);
    return result;
  }
  isAncestor(candidate, of) {
    return this.ancestorsOf(of).has(candidate);
  }
  /**
   * Topological order of `nodes`: nodes that become ready together keep their order in the list.
   * On a cycle, the rest is appended in list order and `cycle` is the first node of it.
   */
  order(nodes) {
    const remaining = new Set(nodes);
    const done = /* @__PURE__ */ new Set();
    const ordered = [];
    while (remaining.size > 0) {
      const ready = [...remaining].find((node) => [...this.parentsOf(node)].every((p) => done.has(p)));
      if (ready === void 0) {
        const cycle = [...remaining][0];
        ordered.push(...remaining);
        return { ordered, cycle };
      }
      remaining.delete(ready);
      done.add(ready);
      ordered.push(ready);
    }
    return { ordered, cycle: void 0 };
  }
};

// src/formats/pipeline/conditions.ts
function githubConstant(raw) {
  if (typeof raw === "boolean" || typeof raw === "number" || raw === null) return { value: raw };
  if (typeof raw !== "string") return void 0;
  const whole = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(raw);
  const text = whole ? whole[1] ?? "" : raw;
  if (!whole && text.includes("${{")) return void 0;
  const parser = new Parser3(tokenize(text));
  const value = parser.github();
  return value === void 0 || !parser.done() ? void 0 : { value: value.v };
}
function githubTruthy(value) {
  return !(value === false || value === null || value === "" || typeof value === "number" && (value === 0 || Number.isNaN(value)));
}
function azureConstant(raw) {
  if (typeof raw === "boolean" || typeof raw === "number") return { value: raw };
  if (typeof raw !== "string" || /\$\(|\$\{\{|\$\[/.test(raw)) return void 0;
  const parser = new Parser3(tokenize(raw));
  const value = parser.azure();
  return value === void 0 || !parser.done() ? void 0 : { value: value.v };
}
function azureTruthy(value) {
  if (typeof value === "string") return value !== "" && value.toLowerCase() !== "false";
  return !(value === false || value === 0 || value === null);
}
function tokenize(text) {
  const tokens = [];
  const pattern = /\s*(?:(\|\||&&|==|!=|<=|>=|[!()<>,])|('(?:[^']|'')*')|(-?(?:0x[0-9a-fA-F]+|[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?))|([A-Za-z_][A-Za-z0-9_.-]*))/y;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) return void 0;
    index = pattern.lastIndex;
    if (match[1] !== void 0) tokens.push({ kind: "op", text: match[1] });
    else if (match[2] !== void 0)
      tokens.push({ kind: "string", text: match[2].slice(1, -1).replace(/''/g, "'") });
    else if (match[3] !== void 0) tokens.push({ kind: "number", text: match[3] });
    else if (match[4] !== void 0) tokens.push({ kind: "word", text: match[4] });
  }
  return tokens;
}
var Parser3 = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  at = 0;
  done() {
    return this.tokens !== void 0 && this.at === this.tokens.length;
  }
  peek() {
    return this.tokens?.[this.at];
  }
  take(text) {
    const token = this.peek();
    if (token === void 0 || text !== void 0 && token.text !== text) return void 0;
    this.at++;
    return token;
  }
  // GitHub: || and && return an operand, ! negates, comparisons loosely.
  github() {
    let left = this.githubAnd();
    while (left !== void 0 && this.take("||")) {
      const right = this.githubAnd();
      if (right === void 0) return void 0;
      left = githubTruthy(left.v) ? left : right;
    }
    return left;
  }
  githubAnd() {
    let left = this.githubUnary();
    while (left !== void 0 && this.take("&&")) {
      const right = this.githubUnary();
      if (right === void 0) return void 0;
      left = githubTruthy(left.v) ? right : left;
    }
    return left;
  }
  githubUnary() {
    if (this.take("!")) {
      const operand = this.githubUnary();
      return operand === void 0 ? void 0 : { v: !githubTruthy(operand.v) };
    }
    const left = this.githubPrimary();
    const op = this.peek();
    if (left === void 0 || op?.kind !== "op" || !["==", "!=", "<", "<=", ">", ">="].includes(op.text))
      return left;
    this.at++;
    const right = this.githubPrimary();
    return right === void 0 ? void 0 : { v: compare(op.text, left.v, right.v) };
  }
  githubPrimary() {
    if (this.take("(")) {
      const inner = this.github();
      return inner !== void 0 && this.take(")") ? inner : void 0;
    }
    return this.literal(false);
  }
  // Azure: and(), or(), not(), eq(), ne() over literals.
  azure() {
    const token = this.peek();
    if (token?.kind === "word" && this.tokens?.[this.at + 1]?.text === "(") {
      const name = token.text.toLowerCase();
      if (!["and", "or", "not", "eq", "ne"].includes(name)) return void 0;
      this.at += 2;
      const args = [];
      while (!this.take(")")) {
        if (args.length > 0 && !this.take(",")) return void 0;
        const arg = this.azure();
        if (arg === void 0) return void 0;
        args.push(arg.v);
      }
      switch (name) {
        case "and":
          return args.length >= 2 ? { v: args.every(azureTruthy) } : void 0;
        case "or":
          return args.length >= 2 ? { v: args.some(azureTruthy) } : void 0;
        case "not":
          return args.length === 1 ? { v: !azureTruthy(args[0]) } : void 0;
        default:
          return args.length === 2 ? { v: name === "eq" === looseEqual(args[0], args[1]) } : void 0;
      }
    }
    return this.literal(true);
  }
  literal(caseInsensitive) {
    const token = this.take();
    if (token === void 0) return void 0;
    if (token.kind === "string") return { v: token.text };
    if (token.kind === "number") {
      const negative = token.text.startsWith("-");
      const magnitude = Number(negative ? token.text.slice(1) : token.text);
      return { v: negative ? -magnitude : magnitude };
    }
    if (token.kind !== "word") return void 0;
    const word = caseInsensitive ? token.text.toLowerCase() : token.text;
    if (word === "true") return { v: true };
    if (word === "false") return { v: false };
    if (word === "null" && !caseInsensitive) return { v: null };
    return void 0;
  }
};
function toNumber(value) {
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value.trim() === "" ? 0 : Number(value);
  return Number.NaN;
}
function looseEqual(left, right) {
  if (typeof left === "string" && typeof right === "string")
    return left.toLowerCase() === right.toLowerCase();
  if (typeof left === typeof right) return left === right;
  return toNumber(left) === toNumber(right);
}
function compare(op, left, right) {
  if (op === "==") return looseEqual(left, right);
  if (op === "!=") return !looseEqual(left, right);
  const [a, b] = typeof left === "string" && typeof right === "string" ? [left.toLowerCase(), right.toLowerCase()] : [toNumber(left), toNumber(right)];
  switch (op) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    default:
      return a >= b;
  }
}

// src/formats/pipeline/step-conditions.ts
var GITHUB_CONDITIONS = {
  ci: "GitHub Actions",
  constant: githubConstant,
  truthy: githubTruthy,
  // `failure()`, `always()` or `!cancelled()`, not negated.
  onFailure: /(?<!!\s*)\b(?:failure|always)\s*\(\s*\)|!\s*cancelled\s*\(\s*\)/,
  conditionKey: "if",
  ignoreFailureKey: "continue-on-error"
};
var AZURE_CONDITIONS = {
  ci: "Azure Pipelines",
  constant: azureConstant,
  truthy: azureTruthy,
  onFailure: /(?<!not\(\s*)\bfailed\s*\(|\balways\s*\(\s*\)|\bsucceededOrFailed\s*\(\s*\)/i,
  conditionKey: "condition",
  ignoreFailureKey: "continueOnError"
};
function neverRuns(dialect, raw) {
  if (raw === void 0) return false;
  const constant = dialect.constant(raw);
  return constant !== void 0 && !dialect.truthy(constant.value);
}
function failureIgnored(dialect, raw) {
  if (raw === void 0 || raw === null || raw === false) return "no";
  const constant = dialect.constant(raw);
  if (constant === void 0) return "maybe";
  return dialect.truthy(constant.value) ? "yes" : "no";
}
function runsOnFailure(dialect, condition) {
  return condition !== void 0 && dialect.onFailure.test(condition);
}
function withJobConditions(steps, jobNeverRuns, jobFailureIgnored) {
  return steps.map((step) => ({
    ...step,
    neverRuns: step.neverRuns || jobNeverRuns,
    failureIgnored: step.failureIgnored === "yes" || jobFailureIgnored === "yes" ? "yes" : step.failureIgnored === "maybe" || jobFailureIgnored === "maybe" ? "maybe" : "no"
  }));
}
var SPINNAKER_FAILURE_EXPRESSION = /TERMINAL|FAILED|FAILURE|STOPPED|CANCEL|!=\s*['"]SUCCEEDED/i;

// src/formats/pipeline/azure-pipeline.ts
var HOOKS = ["preDeploy", "deploy", "routeTraffic", "postRouteTraffic"];
var STRATEGIES2 = ["runOnce", "rolling", "canary"];
var SCRIPT_KEYS = ["script", "bash", "pwsh", "powershell"];
var TEMPLATE_EXPRESSION = /^\$\{\{/;
var RUNTIME_VALUE = /\$\(|\$\{\{|\$\[/;
function isTemplateItem(item) {
  return isObject(item) && Object.keys(item).some((key) => TEMPLATE_EXPRESSION.test(key));
}
function readAzureJobs(ctx) {
  const jobs = [];
  const root = ctx.doc.value;
  const stages = field(root, "stages");
  if (stages !== void 0) {
    const list = asArray(stages);
    if (list === void 0) {
      ctx.report(["stages"], `stages must be a list, got ${describeValue(stages)}`);
      return jobs;
    }
    let previous;
    forEachItem(ctx, list, ["stages"], false, (item, at, generated) => {
      const name = asString(field(item, "stage"));
      if (name === void 0) {
        if (field(item, "template") !== void 0) noteTemplate(ctx, item, at, "stage");
        return;
      }
      const stage = {
        name,
        at,
        value: item,
        dependsOn: readDependsOn(field(item, "dependsOn"), previous),
        condition: asString(field(item, "condition"))
      };
      previous = name;
      readJobList(ctx, field(item, "jobs"), [...at, "jobs"], stage, generated, jobs);
    });
    return jobs;
  }
  readJobList(ctx, field(root, "jobs"), ["jobs"], void 0, false, jobs);
  return jobs;
}
function readJobList(ctx, raw, at, stage, generated, jobs) {
  if (raw === void 0 || raw === null) return;
  const list = asArray(raw);
  if (list === void 0) {
    ctx.report(at, `${fieldPath(at)} must be a list of jobs, got ${describeValue(raw)}`);
    return;
  }
  forEachItem(ctx, list, at, generated, (item, itemAt, itemGenerated) => {
    const deployment = field(item, "deployment");
    const key = deployment !== void 0 ? "deployment" : field(item, "job") !== void 0 ? "job" : void 0;
    if (key === void 0) {
      if (field(item, "template") !== void 0) noteTemplate(ctx, item, itemAt, "job");
      return;
    }
    const name = asString(field(item, key));
    if (name === void 0) {
      ctx.report(
        [...itemAt, key],
        `${fieldPath([...itemAt, key])} must be the job's name, got ${describeValue(field(item, key))}`
      );
      return;
    }
    jobs.push({
      order: jobs.length,
      key,
      name,
      stage,
      at: itemAt,
      value: item,
      needs: readDependsOn(field(item, "dependsOn"), void 0),
      condition: asString(field(item, "condition")),
      environment: readEnvironment(item, itemAt),
      steps: readJobSteps(ctx, item, itemAt, key, stage?.value),
      generated: itemGenerated
    });
  });
}
function forEachItem(ctx, list, at, generated, visit, depth = 0) {
  list.forEach((item, index) => {
    const itemAt = [...at, index];
    if (!isObject(item)) {
      ctx.report(itemAt, `${fieldPath(itemAt)} must be a map, got ${describeValue(item)}`);
      return;
    }
    if (isTemplateItem(item)) {
      noteExpressions(ctx);
      if (depth > 8) return;
      for (const [key, inner] of Object.entries(item)) {
        const innerList = asArray(inner);
        if (innerList !== void 0) forEachItem(ctx, innerList, [...itemAt, key], true, visit, depth + 1);
      }
      return;
    }
    visit(item, itemAt, generated);
  });
}
function noteExpressions(ctx) {
  const note = "template expressions generate stages; judge the expanded pipeline (rollout-guard read what is literal)";
  ctx.noteOnce(note);
}
function noteTemplate(ctx, item, at, kind) {
  const file = asString(field(item, "template")) ?? "a template";
  const note = `${fieldPath(at)} includes ${kind} template ${clip(file)}, which is not in this file; its ${kind}s were not judged`;
  ctx.noteOnce(note);
}
function readDependsOn(raw, previous) {
  if (raw === void 0 || raw === null) return previous === void 0 ? [] : [previous];
  if (typeof raw === "string") return [raw];
  const names2 = [];
  const collect = (value, depth) => {
    if (depth > 8) return;
    if (typeof value === "string") names2.push(value);
    else if (Array.isArray(value)) value.forEach((v) => collect(v, depth + 1));
    else if (isObject(value)) Object.values(value).forEach((v) => collect(v, depth + 1));
  };
  collect(raw, 0);
  return names2;
}
function readJobSteps(ctx, job, at, key, stage) {
  const never = neverRuns(AZURE_CONDITIONS, field(job, "condition")) || neverRuns(AZURE_CONDITIONS, field(stage, "condition"));
  const ignored = failureIgnored(AZURE_CONDITIONS, field(job, "continueOnError"));
  return withJobConditions(readOwnJobSteps(ctx, job, at, key), never, ignored);
}
function readOwnJobSteps(ctx, job, at, key) {
  if (key === "job") return readSteps2(ctx, field(job, "steps"), [...at, "steps"], "steps");
  const kind = strategyKindOf(job);
  if (kind === void 0) return readSteps2(ctx, field(job, "steps"), [...at, "steps"], "steps");
  const strategyAt = [...at, "strategy", kind];
  const strategy = path(job, ["strategy", kind]);
  const steps = [];
  for (const hook of HOOKS) {
    steps.push(...readSteps2(ctx, path(strategy, [hook, "steps"]), [...strategyAt, hook, "steps"], hook));
  }
  for (const outcome of ["failure", "success"]) {
    steps.push(
      ...readSteps2(
        ctx,
        path(strategy, ["on", outcome, "steps"]),
        [...strategyAt, "on", outcome, "steps"],
        `on.${outcome}`
      )
    );
  }
  return steps;
}
function strategyKindOf(job) {
  const strategy = field(job, "strategy");
  return STRATEGIES2.find((kind) => field(strategy, kind) !== void 0);
}
function readSteps2(ctx, raw, at, hook) {
  if (raw === void 0 || raw === null) return [];
  const list = asArray(raw);
  if (list === void 0) {
    ctx.report(at, `${fieldPath(at)} must be a list of steps, got ${describeValue(raw)}`);
    return [];
  }
  const steps = [];
  forEachItem(ctx, list, at, false, (item, itemAt) => {
    if (field(item, "template") !== void 0 && Object.keys(item).length <= 2) {
      noteTemplate(ctx, item, itemAt, "step");
      return;
    }
    const task = asString(field(item, "task"));
    const scriptKey = SCRIPT_KEYS.find((key) => field(item, key) !== void 0);
    steps.push({
      at: itemAt,
      value: item,
      name: asString(field(item, "displayName")) ?? asString(field(item, "name")) ?? task ?? scriptKey ?? "step",
      action: task,
      script: SCRIPT_KEYS.map((key) => asString(field(item, key))).find((text) => text !== void 0),
      hook,
      condition: asString(field(item, "condition")),
      failureIgnored: failureIgnored(AZURE_CONDITIONS, field(item, "continueOnError")),
      neverRuns: neverRuns(AZURE_CONDITIONS, field(item, "condition"))
    });
  });
  return steps;
}
function jobGraph(jobs) {
  const direct = (other, job) => other.stage === job.stage ? job.needs.includes(other.name) : other.stage !== void 0 && job.stage !== void 0 && job.stage.dependsOn.includes(other.stage.name);
  const stageBefore = (candidate, stage, depth) => {
    if (depth > 50) return false;
    if (stage.dependsOn.includes(candidate.name)) return true;
    return stage.dependsOn.some((name) => {
      const parent = jobs.find((job) => job.stage?.name === name)?.stage;
      return parent !== void 0 && parent !== stage && stageBefore(candidate, parent, depth + 1);
    });
  };
  return new DependencyGraph(
    (job) => jobs.filter((other) => other !== job && direct(other, job)),
    // A stage that depends on another waits for all of its jobs, not only the ones that matter.
    (job) => job.stage === void 0 ? [] : jobs.filter(
      (other) => other.stage && other.stage !== job.stage && stageBefore(other.stage, job.stage, 0)
    )
  );
}
function readEnvironment(job, at) {
  const raw = field(job, "environment");
  const name = typeof raw === "string" ? raw : asString(field(raw, "name"));
  if (name === void 0 || name === "") return void 0;
  const base = typeof raw === "string" && !RUNTIME_VALUE.test(name) ? name.split(".")[0] ?? name : name;
  return { name: base, at: [...at, "environment"], expression: RUNTIME_VALUE.test(name) };
}

// src/formats/pipeline/classify.ts
var CHECK_WORDS = [
  "tests?",
  "smoke",
  "verif\\w*",
  "validat\\w*",
  "checks?",
  "health\\w*",
  "monitor\\w*",
  "analy\\w*",
  "probe",
  "k6",
  "jmeter",
  "locust"
];
var ROLLBACK_WORDS = ["rollback", "roll back", "revert", "undo", "reject"];
var ROLLBACK_COMMANDS = [
  "helm rollback",
  "rollout undo",
  "rollouts? abort",
  "rollouts? undo"
];
var CHECK_PATTERN = new RegExp(`\\b(?:${CHECK_WORDS.join("|")})\\b`, "i");
var ROLLBACK_PATTERN = new RegExp(`\\b(?:${ROLLBACK_WORDS.join("|")})\\b`, "i");
var ROLLBACK_COMMAND_PATTERN = new RegExp(
  ROLLBACK_COMMANDS.map((command) => command.replace(/ /g, "\\s+")).join("|"),
  "i"
);
var K8S_DEPLOY = /^azure\/k8s-deploy@/i;
var KUBERNETES_MANIFEST = /^KubernetesManifest@\d+$/i;
var HELM_DEPLOY = /^HelmDeploy@\d+$/i;
var GITHUB_STEPS = {
  ci: "GitHub Actions",
  actionKey: "uses",
  inputsKey: "with",
  approvals: [/^trstringer\/manual-approval@/i],
  waitActions: [],
  waitScript: /^\s*sleep\s+(\d+)([smh]?)\s*$/,
  deploys: [K8S_DEPLOY],
  notChecks: [/^actions\/checkout@/i],
  bookkeepingKeys: [],
  checkHooks: [],
  canaryTask: { action: K8S_DEPLOY, strategyFor: "every action" },
  rollbackTasks: [
    {
      action: K8S_DEPLOY,
      input: "action",
      value: "reject",
      with: { input: "strategy", value: "canary" },
      decisive: false
    }
  ]
};
var AZURE_STEPS = {
  ci: "Azure Pipelines",
  actionKey: "task",
  inputsKey: "inputs",
  approvals: [/^ManualValidation@\d+$/i],
  waitActions: [/^Delay@\d+$/i],
  waitScript: void 0,
  deploys: [KUBERNETES_MANIFEST, HELM_DEPLOY],
  notChecks: [],
  bookkeepingKeys: ["checkout", "download", "downloadBuild", "getPackage", "publish", "upload", "reviewApp"],
  checkHooks: ["postRouteTraffic"],
  canaryTask: { action: KUBERNETES_MANIFEST, strategyFor: "deploy" },
  rollbackTasks: [
    { action: KUBERNETES_MANIFEST, input: "action", value: "reject", decisive: true },
    { action: HELM_DEPLOY, input: "command", value: "rollback", decisive: true }
  ]
};
var runs = (step, patterns) => step.action !== void 0 && patterns.some((pattern) => pattern.test(step.action));
function stepRole(step, vocabulary) {
  if (runs(step, vocabulary.approvals)) return "approval";
  if (runs(step, vocabulary.waitActions)) return "wait";
  if (step.script !== void 0 && vocabulary.waitScript?.test(step.script)) return "wait";
  return isCheck(step, vocabulary) ? "check" : "other";
}
function sleepSeconds(step, vocabulary) {
  const sleep = step.script === void 0 ? null : vocabulary.waitScript?.exec(step.script) ?? null;
  if (sleep === null) return void 0;
  const unit = { "": 1, s: 1, m: 60, h: 3600 }[sleep[2] ?? ""] ?? 1;
  return Number(sleep[1]) * unit;
}
function isCheck(step, vocabulary) {
  if (vocabulary.bookkeepingKeys.some((key) => field(step.value, key) !== void 0)) return false;
  if (runs(step, vocabulary.deploys) || runs(step, vocabulary.notChecks)) return false;
  if (vocabulary.checkHooks.includes(step.hook)) return true;
  return CHECK_PATTERN.test(step.name) || step.script !== void 0 && CHECK_PATTERN.test(step.script);
}
function isDeploy(step, vocabulary) {
  return runs(step, vocabulary.deploys);
}
function isRollbackStep(step, vocabulary) {
  const inputs = field(step.value, vocabulary.inputsKey);
  const input = (name) => asString(field(inputs, name))?.toLowerCase();
  for (const task of vocabulary.rollbackTasks) {
    if (!runs(step, [task.action])) continue;
    const rollsBack = input(task.input) === task.value && (!task.with || input(task.with.input) === task.with.value);
    if (task.decisive || rollsBack) return rollsBack;
  }
  if (step.script !== void 0 && ROLLBACK_COMMAND_PATTERN.test(step.script)) return true;
  return ROLLBACK_PATTERN.test(step.name);
}
function canaryActions(steps, vocabulary) {
  const { action: task, strategyFor } = vocabulary.canaryTask;
  return steps.flatMap((step) => {
    if (step.action === void 0 || !task.test(step.action)) return [];
    const inputs = field(step.value, vocabulary.inputsKey);
    const canary2 = asString(field(inputs, "strategy"))?.toLowerCase() === "canary";
    const action = (asString(field(inputs, "action")) ?? "deploy").toLowerCase();
    if (strategyFor === "every action" && !canary2) return [];
    if (action === "promote" || action === "reject") return [{ step, action }];
    return action === "deploy" && canary2 ? [{ step, action: "deploy" }] : [];
  });
}
var GENERATED_DEPLOY_WORDS = ["deploy", "release", "canary", "rollout", "promot"];
var GENERATED_DEPLOY_PATTERN = new RegExp(GENERATED_DEPLOY_WORDS.join("|"), "i");
function namesADeploy(name) {
  return GENERATED_DEPLOY_PATTERN.test(name);
}
var SPINNAKER_STAGE_TYPES = {
  deploy: [
    "deploy",
    "deployManifest",
    "createServerGroup",
    "cloneServerGroup",
    "patchManifest",
    "deployCloudFormation",
    "deployService"
  ],
  /** Deploy a canary (and baseline) on their own: legacy ACA `deployCanary` and `canary`, Kayenta with `deployments`. */
  canaryDeploy: ["deployCanary", "canary"],
  /** Analyse a canary: Kayenta without `deployments`, legacy ACA's `acaTask`. */
  analysis: ["kayentaCanary", "acaTask"],
  approval: ["manualJudgment"],
  wait: ["wait"],
  rollback: ["rollbackCluster", "undoRolloutManifest", "rollbackServerGroup"]
};
var DEPLOYING_PIPELINE_WORDS = ["deploy", "prod", "release", "promot"];
var CANARY_LABEL_WORDS = ["canary"];
var BASELINE_LABEL_WORDS = ["baseline"];
var DEPLOYING_PIPELINE = new RegExp(DEPLOYING_PIPELINE_WORDS.join("|"), "i");
var CANARY_LABEL = new RegExp(CANARY_LABEL_WORDS.join("|"), "i");
var BASELINE_LABEL = new RegExp(BASELINE_LABEL_WORDS.join("|"), "i");
var has = (types, type) => types.includes(type);
function stageRole(type, name, value) {
  const types = SPINNAKER_STAGE_TYPES;
  if (type === "kayentaCanary")
    return field(value, "deployments") !== void 0 ? "canary-deploy" : "analysis";
  if (has(types.canaryDeploy, type)) return "canary-deploy";
  if (has(types.analysis, type)) return "analysis";
  if (has(types.approval, type)) return "approval";
  if (has(types.wait, type)) return "wait";
  if (has(types.rollback, type)) return "rollback";
  if (has(types.deploy, type)) return "deploy";
  if (type === "pipeline" && DEPLOYING_PIPELINE.test(name)) return "deploy";
  return "other";
}
function deployLabel(labels) {
  if (labels.some((label) => CANARY_LABEL.test(label))) return "canary";
  if (labels.some((label) => BASELINE_LABEL.test(label))) return "baseline";
  return void 0;
}

// src/formats/pipeline/azure-generated.ts
function generatedDeployParts(value) {
  const parts = [];
  const stages = asArray(field(value, "stages"));
  const jobsAt = [];
  if (stages) {
    stages.forEach((stage, i) => {
      if (isTemplateItem(stage)) {
        for (const [key, inner] of Object.entries(stage)) {
          for (const [j, generated] of (asArray(inner) ?? []).entries()) {
            const name = asString(field(generated, "stage")) ?? "";
            const templates = (asArray(field(generated, "jobs")) ?? []).map(
              (job) => asString(field(job, "template")) ?? ""
            );
            if (namesADeploy(name) || templates.some((t) => namesADeploy(t))) {
              parts.push({
                at: ["stages", i, key, j],
                description: describeGenerated(key, name, templates, generated)
              });
            }
          }
        }
      } else {
        const jobs = asArray(field(stage, "jobs"));
        if (jobs) jobsAt.push([jobs, ["stages", i, "jobs"]]);
      }
    });
  } else {
    const jobs = asArray(field(value, "jobs"));
    if (jobs) jobsAt.push([jobs, ["jobs"]]);
  }
  for (const [jobs, at] of jobsAt) {
    jobs.forEach((job, i) => {
      const template = asString(field(job, "template"));
      if (template !== void 0 && namesADeploy(template)) {
        parts.push({ at: [...at, i], description: `job template ${clip(template)} is not in this file` });
      }
    });
  }
  return parts;
}
function describeGenerated(key, name, templates, generated) {
  const expression = clip(key.replace(/:$/, ""), 70);
  const jobs = templates.filter((t) => t !== "");
  let text = `\`${expression}\` generates stage ${clip(name)}${jobs.length > 0 ? ` from template ${jobs.map((t) => clip(t)).join(", ")}, which is not in this file` : ""}`;
  const dependsOn = field(generated, "dependsOn");
  if (dependsOn !== void 0) {
    const deps = readDependsOn(dependsOn, void 0);
    if (!deps.some((dep) => dep.includes("${{"))) {
      text += `; every generated stage depends only on ${deps.map((d) => clip(d)).join(", ") || "nothing"}, so the generated stages are not sequenced and can run at the same time`;
    }
  }
  return text;
}
function reportHiddenDeployments(ctx) {
  const parts = generatedDeployParts(ctx.doc.value);
  const first = parts[0];
  if (first === void 0) return;
  ctx.report(
    first.at,
    `the deployments of this pipeline are generated: ${parts.map((p) => p.description).join("; ")}. Template expressions generate stages; judge the expanded pipeline`,
    "MANIFEST_UNSUPPORTED"
  );
}

// src/formats/pipeline/canary-chain.ts
function findPromote(rules, job, start) {
  const after = job.steps.indexOf(start.step);
  const own = (rules.actions.get(job) ?? []).find(
    (a) => a.action === "promote" && job.steps.indexOf(a.step) > after && rules.promotes(a.step)
  );
  if (own) return { job, step: own.step };
  for (const later of rules.jobs) {
    if (later === job || !rules.graph.ancestorsOf(later).has(job) || rules.jobRunsOnFailure(later)) continue;
    const promote = (rules.actions.get(later) ?? []).find(
      (a) => a.action === "promote" && rules.promotes(a.step)
    );
    if (promote) return { job: later, step: promote.step };
  }
  return void 0;
}
function jobsBetween(rules, job, promoteJob) {
  if (promoteJob === job) return [];
  const before = rules.graph.ancestorsOf(promoteJob);
  return rules.jobs.filter(
    (other) => other !== job && before.has(other) && rules.graph.ancestorsOf(other).has(job)
  );
}
function stepsBetween(rules, job, start, promote) {
  const startIndex = job.steps.indexOf(start);
  const own = job.steps.filter((step, index) => index > startIndex && rules.onTheWay(step));
  if (!promote) return own;
  if (promote.job === job)
    return own.filter((step) => job.steps.indexOf(step) < job.steps.indexOf(promote.step));
  const middle = jobsBetween(rules, job, promote.job).flatMap((j) => j.steps.filter(rules.onTheWay));
  const last = promote.job.steps.slice(0, promote.job.steps.indexOf(promote.step)).filter(rules.onTheWay);
  return [...own, ...middle, ...last];
}

// src/formats/pipeline/stage-hold.ts
function addHold(stage, hold) {
  stage.hold = stage.hold === "manual" || hold === "manual" ? "manual" : stage.hold + hold;
}

// src/formats/pipeline/azure-checks.ts
function applyChecks(ctx, stage, steps, notes) {
  for (const step of steps) {
    const role = stepRole(step, AZURE_STEPS);
    if (step.neverRuns) {
      if (role !== "other") {
        notes.push(
          `${fieldPath(step.at)} never runs (its condition, or its job's or stage's, is always false): it neither waits nor checks anything`
        );
      }
      continue;
    }
    if (role === "approval") {
      const onTimeout = asString(path(step.value, ["inputs", "onTimeout"]))?.toLowerCase();
      const resumes = onTimeout === "resume";
      if (resumes) {
        notes.push(`${fieldPath(step.at)} resumes on timeout: the rollout goes on when nobody answers`);
      }
      stage.gates.push({
        kind: "approval",
        name: step.name,
        line: ctx.doc.lineOf(step.at),
        effective: !resumes
      });
      stage.hold = "manual";
      continue;
    }
    if (role === "wait") {
      addHold(stage, readDelay(ctx, step, notes));
      continue;
    }
    if (role !== "check") continue;
    if (step.failureIgnored === "yes") {
      notes.push(
        `${fieldPath(step.at)} has continueOnError (on the step or its job): its failure does not stop the rollout`
      );
    } else if (step.failureIgnored === "maybe") {
      notes.push(
        `${fieldPath(step.at)} has a continueOnError expression: its failure may not stop the rollout, so it is not counted as a check`
      );
    }
    stage.gates.push({
      kind: "webhook",
      name: step.name,
      line: ctx.doc.lineOf(step.at),
      effective: step.failureIgnored === "no"
    });
  }
}
function readDelay(ctx, step, notes) {
  const at = [...step.at, "inputs", "delayForMinutes"];
  const raw = path(step.value, ["inputs", "delayForMinutes"]);
  const minutes2 = typeof raw === "string" && /^\d+(?:\.\d+)?$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (minutes2 !== void 0 && minutes2 >= 0) return Math.round(minutes2 * 60);
  if (typeof raw === "string" && RUNTIME_VALUE.test(raw)) {
    notes.push(`${fieldPath(at)} is set at run time; read as no delay`);
  } else {
    ctx.report(at, `${fieldPath(at)} must be a number of minutes, got ${describeValue(raw)}; read as no delay`);
  }
  return 0;
}

// src/formats/pipeline/rollback.ts
function rollbackFromRunners(doc, runners, chain, promoteJob, whyNot2, none, notes) {
  const how = [];
  const partial = [];
  let line;
  const watched = [...chain, ...promoteJob === void 0 ? [] : [promoteJob]];
  for (const runner of runners) {
    if (!watched.some((job) => runner.covers.has(job))) continue;
    const missed = chain.filter((job) => !runner.covers.has(job));
    if (missed.length === 0) {
      how.push(runner.how);
      line ??= doc.lineOf(runner.at);
    } else {
      partial.push(`${runner.how}; ${whyNot2(runner, missed)}`);
    }
  }
  if (how.length > 0) {
    notes.push(...partial);
    return line === void 0 ? { automatic: true, how } : { automatic: true, how, line };
  }
  return { automatic: false, how: partial.length > 0 ? partial : [none] };
}

// src/formats/pipeline/azure-rollback.ts
function jobRunsOnFailure(job) {
  return [job.condition, job.stage?.condition].some((c) => runsOnFailure(AZURE_CONDITIONS, c));
}
var isRollback = (step) => isRollbackStep(step, AZURE_STEPS);
function rollbackRunners(jobs, graph, actions) {
  const runners = [];
  for (const job of jobs) {
    const onFailure = job.steps.filter((step) => step.hook === "on.failure");
    if (onFailure.length > 0) {
      const kind = strategyKindOf(job.value) ?? "runOnce";
      runners.push({
        covers: /* @__PURE__ */ new Set([job]),
        how: `the on: failure steps of deployment job ${clip(job.name)} run when it fails (${names(onFailure)})`,
        at: [...job.at, "strategy", kind, "on", "failure"]
      });
    }
    if (jobRunsOnFailure(job)) {
      const steps = job.steps.filter(
        (step) => isRollback(step) || (actions.get(job) ?? []).some((a) => a.action === "reject" && a.step === step)
      );
      if (steps.length === 0) continue;
      const stageLevel = job.stage !== void 0 && job.condition === void 0;
      const where = stageLevel && job.stage ? `stage ${clip(job.stage.name)}` : `job ${clip(job.name)}`;
      const condition = (stageLevel ? job.stage?.condition : job.condition) ?? "";
      runners.push({
        covers: graph.ancestorsOf(job),
        how: `${where} runs ${names(steps)} when a job before it fails (condition: ${clip(condition)})`,
        at: stageLevel && job.stage ? job.stage.at : job.at
      });
      continue;
    }
    for (const step of job.steps) {
      if (step.hook.startsWith("on.") || !runsOnFailure(AZURE_CONDITIONS, step.condition)) continue;
      if (!isRollback(step)) continue;
      runners.push({
        covers: /* @__PURE__ */ new Set([job]),
        how: `step ${clip(step.name)} of job ${clip(job.name)} rolls back when a step before it fails`,
        at: step.at
      });
    }
  }
  return runners;
}
function rollbackFor(pipeline, chain, promoteJob, notes) {
  return rollbackFromRunners(
    pipeline.ctx.doc,
    rollbackRunners(pipeline.jobs, pipeline.graph, pipeline.actions),
    chain,
    promoteJob,
    (_runner, missed) => `it does not run when ${missed.map((j) => clip(j.name)).join(", ")} fails`,
    "no on: failure steps and no rollback job",
    notes
  );
}
function names(steps) {
  return steps.map((step) => clip(step.name, 40)).join(", ");
}

// src/formats/azure-pipelines.ts
var azurePipelines = {
  id: "azure-pipelines",
  detect(doc) {
    return detectPipeline(doc.value);
  },
  toPlans(doc) {
    if (!detectPipeline(doc.value)) return { plans: [], diagnostics: [] };
    return pipelinePlans(doc);
  }
};
var isRollback2 = (step) => isRollbackStep(step, AZURE_STEPS);
function detectPipeline(value) {
  const stages = asArray(field(value, "stages"));
  const jobs = asArray(field(value, "jobs"));
  const shaped = stages?.some((item) => field(item, "stage") !== void 0 || isTemplateItem(item)) === true || jobs?.some((item) => ["job", "deployment", "template"].some((key) => field(item, key) !== void 0)) === true;
  if (!shaped) return false;
  return hasDeploymentOrCanary(value) || generatedDeployParts(value).length > 0;
}
function hasDeploymentOrCanary(value, depth = 0) {
  if (depth > 40) return false;
  if (Array.isArray(value)) return value.some((item) => hasDeploymentOrCanary(item, depth + 1));
  if (!isObject(value)) return false;
  const deploymentJob = field(value, "environment") !== void 0 || field(value, "strategy") !== void 0;
  if (typeof field(value, "deployment") === "string" && deploymentJob) return true;
  const task = asString(field(value, "task"));
  if (task !== void 0 && AZURE_STEPS.canaryTask.action.test(task)) {
    const strategy = asString(path(value, ["inputs", "strategy"]));
    if (strategy?.toLowerCase() === "canary") return true;
  }
  return Object.values(value).some((child) => hasDeploymentOrCanary(child, depth + 1));
}
function pipelinePlans(doc) {
  const ctx = new AdapterContext(doc);
  const jobs = readAzureJobs(ctx);
  const graph = jobGraph(jobs);
  const plans = buildPlans(ctx, jobs, graph);
  if (plans.length === 0) reportHiddenDeployments(ctx);
  return { plans, diagnostics: ctx.diagnostics };
}
function buildPlans(ctx, jobs, graph) {
  const pipeline = {
    ctx,
    jobs,
    graph,
    actions: new Map(jobs.map((job) => [job, canaryActions(job.steps, AZURE_STEPS)])),
    promotes: (step) => step.hook !== "on.failure",
    jobRunsOnFailure,
    onTheWay: (step) => !step.hook.startsWith("on.")
  };
  const canaries = jobs.flatMap((job) => {
    const start = (pipeline.actions.get(job) ?? []).find(
      (a) => a.action === "deploy" && !a.step.hook.startsWith("on.")
    );
    return start ? [{ job, start, promote: findPromote(pipeline, job, start) }] : [];
  });
  const promoteJobs = new Set(
    canaries.flatMap(({ job, promote }) => promote && promote.job !== job ? [promote.job] : [])
  );
  const plans = [];
  for (const job of jobs) {
    const canary2 = canaries.find((c) => c.job === job);
    if (canary2) {
      plans.push(kubernetesCanaryPlan(pipeline, canary2.job, canary2.start, canary2.promote));
    } else if (job.key === "deployment" && !promoteJobs.has(job) && !isRollbackJob(job)) {
      plans.push(deploymentJobPlan(pipeline, job));
    }
  }
  return plans;
}
function isRollbackJob(job) {
  const steps = job.steps.filter((step) => !step.hook.startsWith("on."));
  if (!steps.some(isRollback2)) return false;
  if (jobRunsOnFailure(job)) return true;
  const deploys = steps.filter((step) => isDeploy(step, AZURE_STEPS));
  return deploys.length > 0 && deploys.every(isRollback2);
}
function kubernetesCanaryPlan(pipeline, job, start, promote) {
  const { ctx } = pipeline;
  const notes = [];
  const canary2 = canaryStageFrom(ctx, start.step, notes);
  applyChecks(ctx, canary2, stepsBetween(pipeline, job, start.step, promote), notes);
  const chain = promote ? [job, ...jobsBetween(pipeline, job, promote.job)] : [job];
  let final;
  if (promote) {
    final = {
      weight: 100,
      hold: 0,
      gates: [],
      line: ctx.doc.lineOf(promote.step.at),
      name: promote.step.name
    };
  } else {
    canary2.hold = "manual";
    notes.push(
      "no step promotes the canary in this file: it stays beside the stable version until someone promotes or rejects it"
    );
    final = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf([...job.at, job.key]) };
  }
  for (const env of environmentsOf(promote ? [...chain, promote.job] : chain)) noteEnvironment(notes, env);
  const method = asString(path(start.step.value, ["inputs", "trafficSplitMethod"]))?.toLowerCase();
  if (method !== "smi") {
    notes.push(
      "the canary share is a share of pods (trafficSplitMethod pod): traffic follows replica counts"
    );
  }
  const rollback = rollbackFor(pipeline, chain, promote?.job, notes);
  return makePlan(ctx, job, "canary", [canary2, final], rollback, notes);
}
function canaryStageFrom(ctx, step, notes) {
  const at = [...step.at, "inputs", "percentage"];
  const raw = path(step.value, ["inputs", "percentage"]);
  const stage = { weight: 0, hold: 0, gates: [], line: ctx.doc.lineOf(at), name: step.name };
  if (raw === void 0) {
    ctx.report(at, `${fieldPath(at)} is required with strategy: canary; the canary's share is unknown`);
    stage.segment = "canary (no percentage)";
    return stage;
  }
  const value = typeof raw === "string" && /^\d+(?:\.\d+)?$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (value !== void 0 && value >= 0 && value <= 100) {
    stage.weight = value;
    return stage;
  }
  if (typeof raw === "string" && RUNTIME_VALUE.test(raw)) {
    stage.segment = "canary (percentage set at run time)";
    notes.push(
      `${fieldPath(at)} is a variable or parameter: the canary's share is only known when the pipeline runs`
    );
    return stage;
  }
  ctx.report(at, `${fieldPath(at)} must be a percentage from 0 to 100, got ${describeValue(raw)}`);
  stage.segment = "canary (percentage unreadable)";
  return stage;
}
function deploymentJobPlan(pipeline, job) {
  const { ctx } = pipeline;
  const notes = [];
  const kind = readStrategyKind2(ctx, job, notes);
  const strategyAt = kind === void 0 ? [...job.at, "deployment"] : [...job.at, "strategy", kind];
  const finalLine = ctx.doc.lineOf(strategyAt);
  let stages;
  let strategy;
  if (kind === "canary") {
    stages = canaryIncrements(ctx, job, strategyAt, notes);
    strategy = "canary";
  } else if (kind === "rolling") {
    noteMaxParallel(job, notes);
    stages = [{ weight: 100, hold: 0, gates: [], line: finalLine }];
    strategy = "rolling";
  } else {
    notes.push(
      `deployment job ${clip(job.name)} runs once (runOnce): the new version takes all traffic in one step`
    );
    stages = [{ weight: 100, hold: 0, gates: [], line: finalLine }];
    strategy = "all-at-once";
  }
  notePostDeployChecks(job, kind, notes);
  for (const env of environmentsOf([job])) noteEnvironment(notes, env);
  const rollback = rollbackFor(pipeline, [job], void 0, notes);
  return makePlan(ctx, job, strategy, stages, rollback, notes);
}
function readStrategyKind2(ctx, job, notes) {
  const raw = field(job.value, "strategy");
  if (raw === void 0 || raw === null) {
    notes.push(`deployment job ${clip(job.name)} has no strategy: Azure Pipelines runs it once (runOnce)`);
    return void 0;
  }
  const kinds = STRATEGIES2.filter((kind) => field(raw, kind) !== void 0);
  if (!isObject(raw) || kinds.length !== 1) {
    ctx.report(
      [...job.at, "strategy"],
      `${fieldPath([...job.at, "strategy"])} must hold exactly one of runOnce, rolling or canary; read as runOnce`
    );
    return void 0;
  }
  return kinds[0];
}
function canaryIncrements(ctx, job, strategyAt, notes) {
  const at = [...strategyAt, "increments"];
  const raw = path(job.value, ["strategy", "canary", "increments"]);
  const list = asArray(raw);
  const finalStage4 = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(strategyAt) };
  if (list === void 0) {
    if (raw === void 0)
      notes.push("the canary strategy has no increments: the new version takes all traffic in one step");
    else ctx.report(at, `${fieldPath(at)} must be a list of percentages, got ${describeValue(raw)}`);
    return [finalStage4];
  }
  const postRoute = job.steps.filter((step) => step.hook === "postRouteTraffic");
  const stages = [];
  list.forEach((item, index) => {
    const itemAt = [...at, index];
    const value = typeof item === "string" && /^\d+(?:\.\d+)?$/.test(item.trim()) ? Number(item) : asNumber(item);
    if (value === void 0 || value <= 0 || value > 100) {
      if (typeof item === "string" && RUNTIME_VALUE.test(item)) {
        notes.push(`${fieldPath(itemAt)} is set at run time; that increment was not judged`);
      } else {
        ctx.report(itemAt, `${fieldPath(itemAt)} must be a percentage from 1 to 100, got ${describeValue(item)}`);
      }
      return;
    }
    const stage = { weight: value, hold: 0, gates: [], line: ctx.doc.lineOf(itemAt) };
    applyChecks(ctx, stage, postRoute, index === 0 ? notes : []);
    stages.push(stage);
  });
  notes.push(
    "canary increments are read as percentages of the environment; what they mean depends on the deploy steps (e.g. KubernetesManifest percentage: $(strategy.increment))"
  );
  if (stages.at(-1)?.weight !== 100) stages.push(finalStage4);
  return stages;
}
function noteMaxParallel(job, notes) {
  const maxParallel = path(job.value, ["strategy", "rolling", "maxParallel"]);
  const shown = typeof maxParallel === "number" || typeof maxParallel === "string" ? ` ${String(maxParallel)} targets at a time` : "";
  notes.push(`rolling deploys to the virtual machines of the environment${shown}; it has no traffic stages`);
}
function notePostDeployChecks(job, kind, notes) {
  if (kind === "canary") return;
  const checks = job.steps.filter((step) => step.hook === "postRouteTraffic");
  if (checks.length === 0) return;
  notes.push(
    `postRouteTraffic steps (${checks.map((s) => clip(s.name, 40)).join(", ")}) run after the new version has all traffic: they can start a rollback but cannot hold the rollout`
  );
}
function environmentsOf(jobs) {
  const seen = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    const env = job.environment;
    if (env && !seen.has(env.name)) seen.set(env.name, env);
  }
  return [...seen.values()];
}
function noteEnvironment(notes, env) {
  notes.push(
    `approvals and checks on environment ${clip(env.name)} are configured in Azure DevOps, not in this file`
  );
}
function jobKey(job) {
  return job.stage ? `${job.stage.name}/${job.name}` : job.name;
}
function makePlan(ctx, job, strategy, stages, rollback, notes) {
  const env = job.environment;
  const target = env ? { kind: "Environment", name: env.name } : { kind: job.key === "deployment" ? "DeploymentJob" : "Job", name: job.name };
  if (env?.expression)
    notes.push(`the environment name ${clip(env.name)} is a template expression or variable`);
  if (!env && job.key === "deployment") {
    ctx.report(
      [...job.at, "deployment"],
      `deployment job ${clip(job.name)} has no environment; Azure Pipelines requires one`
    );
  }
  if (job.generated)
    notes.push(
      `job ${clip(job.name)} sits inside a template expression: it may run more than once, or not at all`
    );
  return {
    id: planId("azure-pipelines", "DeploymentJob", ctx.doc, `${ctx.doc.file}#${jobKey(job)}`),
    format: "azure-pipelines",
    file: ctx.doc.file,
    line: ctx.doc.lineOf([...job.at, job.key]),
    target,
    strategy,
    stages,
    backgroundGates: [],
    rollback,
    bypasses: [],
    notes: [...ctx.notes, ...notes]
  };
}

// src/formats/pipeline/github-workflow.ts
function readWorkflowJobs(ctx) {
  const jobs = field(ctx.doc.value, "jobs");
  return Object.keys(jobs).flatMap((id) => {
    const at = ["jobs", id];
    const value = field(jobs, id);
    if (!isObject(value)) {
      ctx.report(at, `${fieldPath(at)} must be a map, got ${describeValue(value)}`);
      return [];
    }
    return [
      {
        name: id,
        at,
        value,
        needs: readNeeds(ctx, value, at),
        condition: conditionOf(field(value, "if")),
        environment: readEnvironment2(ctx, value, at),
        steps: withJobConditions(
          readSteps3(ctx, value, at),
          neverRuns(GITHUB_CONDITIONS, field(value, "if")),
          failureIgnored(GITHUB_CONDITIONS, field(value, "continue-on-error"))
        )
      }
    ];
  });
}
function needsGraph(jobs) {
  return new DependencyGraph(
    (job) => job.needs.flatMap((need) => {
      const parent = jobs.find((other) => other.name === need);
      return parent === void 0 || parent === job ? [] : [parent];
    })
  );
}
function readNeeds(ctx, job, at) {
  const raw = field(job, "needs");
  if (raw === void 0 || raw === null) return [];
  if (typeof raw === "string") return [raw];
  const list = asArray(raw);
  if (list === void 0) {
    ctx.report(
      [...at, "needs"],
      `${fieldPath([...at, "needs"])} must be a job id or a list of them, got ${describeValue(raw)}`
    );
    return [];
  }
  return list.filter((need) => typeof need === "string");
}
function conditionOf(raw) {
  if (typeof raw === "boolean" || typeof raw === "number") return String(raw);
  return asString(raw);
}
function readEnvironment2(ctx, job, at) {
  const raw = field(job, "environment");
  if (raw === void 0 || raw === null) return void 0;
  const envAt = [...at, "environment"];
  const name = typeof raw === "string" ? raw : asString(field(raw, "name"));
  if (name === void 0 || name === "") {
    ctx.report(envAt, `${fieldPath(envAt)} must be an environment name or {name, url}, got ${describeValue(raw)}`);
    return void 0;
  }
  return { name, at: envAt, expression: /\$\{\{/.test(name) };
}
function readSteps3(ctx, job, at) {
  const raw = field(job, "steps");
  if (raw === void 0 || raw === null) return [];
  const list = asArray(raw);
  if (list === void 0) {
    ctx.report([...at, "steps"], `${fieldPath([...at, "steps"])} must be a list of steps, got ${describeValue(raw)}`);
    return [];
  }
  return list.flatMap((item, index) => {
    const stepAt = [...at, "steps", index];
    if (!isObject(item)) {
      ctx.report(stepAt, `${fieldPath(stepAt)} must be a map, got ${describeValue(item)}`);
      return [];
    }
    const uses = asString(field(item, "uses"));
    const run = asString(field(item, "run"));
    return [
      {
        at: stepAt,
        value: item,
        name: asString(field(item, "name")) ?? uses ?? (run !== void 0 ? clip(run.trim(), 40) : "step"),
        action: uses,
        script: run,
        hook: "steps",
        condition: conditionOf(field(item, "if")),
        failureIgnored: failureIgnored(GITHUB_CONDITIONS, field(item, "continue-on-error")),
        neverRuns: neverRuns(GITHUB_CONDITIONS, field(item, "if"))
      }
    ];
  });
}

// src/formats/github-actions.ts
var githubActions = {
  id: "github-actions",
  detect(doc) {
    return isWorkflow(doc);
  },
  toPlans(doc) {
    if (!isWorkflow(doc)) return { plans: [], diagnostics: [] };
    return workflowPlans(doc);
  }
};
var WORKFLOW_DIRECTORY = /(?:^|\/)\.github\/workflows\//;
var EXPRESSION = /\$\{\{/;
function isWorkflow(doc) {
  const file = doc.file.replace(/\\/g, "/");
  return WORKFLOW_DIRECTORY.test(file) && isObject(field(doc.value, "jobs")) && field(doc.value, "on") !== void 0;
}
var runsOnFailure2 = (condition) => runsOnFailure(GITHUB_CONDITIONS, condition);
function workflowPlans(doc) {
  const ctx = new AdapterContext(doc);
  const jobs = readWorkflowJobs(ctx);
  const flow = {
    ctx,
    jobs,
    graph: needsGraph(jobs),
    actions: new Map(jobs.map((job) => [job, canaryActions(job.steps, GITHUB_STEPS)])),
    promotes: (step) => !runsOnFailure2(step.condition),
    jobRunsOnFailure: (job) => runsOnFailure2(job.condition),
    onTheWay: () => true
  };
  const canaries = jobs.flatMap((job) => {
    const start = (flow.actions.get(job) ?? []).find(
      (a) => a.action === "deploy" && !runsOnFailure2(a.step.condition)
    );
    return start ? [{ job, start, promote: findPromote(flow, job, start) }] : [];
  });
  const inCanary = new Set(
    canaries.flatMap(
      ({ job, promote }) => promote ? [job, promote.job, ...jobsBetween(flow, job, promote.job)] : [job]
    )
  );
  const plans = [];
  for (const job of jobs) {
    const canary2 = canaries.find((c) => c.job === job);
    if (canary2) {
      plans.push(canaryPlan(flow, canary2.job, canary2.start, canary2.promote));
    } else if (job.environment && !inCanary.has(job) && !isRollbackJob2(flow, job)) {
      plans.push(environmentPlan(flow, job));
    }
  }
  return { plans, diagnostics: ctx.diagnostics };
}
function canaryPlan(flow, job, start, promote) {
  const { ctx } = flow;
  const notes = [];
  const middle = promote ? jobsBetween(flow, job, promote.job) : [];
  const canary2 = canaryStageFrom2(ctx, start.step, notes);
  applyChecks2(ctx, canary2, stepsBetween(flow, job, start.step, promote), notes);
  let final;
  if (promote) {
    final = {
      weight: 100,
      hold: 0,
      gates: [],
      line: ctx.doc.lineOf(promote.step.at),
      name: promote.step.name
    };
  } else {
    canary2.hold = "manual";
    notes.push(
      "no step promotes the canary in this workflow: it stays beside the stable version until someone promotes or rejects it"
    );
    final = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(job.at) };
  }
  const involved = promote ? [job, ...middle, promote.job] : [job];
  for (const other of involved) noteReviewers(other, notes);
  const method = asString(path(start.step.value, ["with", "traffic-split-method"]))?.toLowerCase();
  if (method !== "smi") {
    notes.push(
      "the canary share is a share of pods (traffic-split-method pod): traffic follows replica counts"
    );
  }
  const named3 = involved.find((other) => other.environment !== void 0);
  if (named3 && named3 !== job && named3.environment) {
    notes.push(
      `job ${clip(job.name)} that deploys the canary has no environment; the plan is named after environment ${clip(named3.environment.name)} of job ${clip(named3.name)}`
    );
  }
  const target = named3?.environment ? { kind: "Environment", name: named3.environment.name } : { kind: "Job", name: job.name };
  const rollback = rollbackFor2(flow, [job, ...middle], promote?.job, notes);
  return makePlan2(ctx, job, target, "canary", [canary2, final], rollback, notes);
}
function environmentPlan(flow, job) {
  const { ctx } = flow;
  const notes = [];
  const env = job.environment;
  notes.push(
    `job ${clip(job.name)} deploys to environment ${clip(env.name)} with no canary step: the new version takes all traffic at once (rollout-guard cannot see what its steps deploy)`
  );
  noteReviewers(job, notes);
  const stages = [{ weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(env.at) }];
  const rollback = rollbackFor2(flow, [job], void 0, notes);
  return makePlan2(ctx, job, { kind: "Environment", name: env.name }, "all-at-once", stages, rollback, notes);
}
function makePlan2(ctx, job, target, strategy, stages, rollback, notes) {
  if (EXPRESSION.test(target.name))
    notes.push(`the environment name ${clip(target.name)} is an expression, decided when the workflow runs`);
  if (field(job.value, "strategy") !== void 0)
    notes.push(`job ${clip(job.name)} has a strategy (matrix): it may run once per matrix entry`);
  return {
    id: planId("github-actions", "Job", ctx.doc, `${ctx.doc.file}#${job.name}`),
    format: "github-actions",
    file: ctx.doc.file,
    line: ctx.doc.lineOf(job.at),
    target,
    strategy,
    stages,
    backgroundGates: [],
    rollback,
    bypasses: [],
    notes
  };
}
function noteReviewers(job, notes) {
  if (job.environment === void 0) return;
  const note = `required reviewers on environment ${clip(job.environment.name)} are repository settings, not visible in the workflow`;
  if (!notes.includes(note)) notes.push(note);
}
function canaryStageFrom2(ctx, step, notes) {
  const at = [...step.at, "with", "percentage"];
  const raw = path(step.value, ["with", "percentage"]);
  const stage = { weight: 0, hold: 0, gates: [], line: ctx.doc.lineOf(at), name: step.name };
  const value = typeof raw === "string" && /^\d+(?:\.\d+)?$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (value !== void 0 && value >= 0 && value <= 100) {
    stage.weight = value;
    return stage;
  }
  if (typeof raw === "string" && EXPRESSION.test(raw)) {
    stage.segment = "canary (percentage set at run time)";
    notes.push(`${fieldPath(at)} is an expression: the canary's share is only known when the workflow runs`);
    return stage;
  }
  ctx.report(
    at,
    raw === void 0 ? `${fieldPath(step.at)} deploys a canary without a percentage, which azure/k8s-deploy requires with strategy: canary` : `${fieldPath(at)} must be a percentage from 0 to 100, got ${describeValue(raw)}`
  );
  stage.segment = "canary (percentage unreadable)";
  return stage;
}
function applyChecks2(ctx, stage, steps, notes) {
  for (const step of steps) {
    if (runsOnFailure2(step.condition)) continue;
    const role = stepRole(step, GITHUB_STEPS);
    if (role === "other") continue;
    if (step.neverRuns) {
      notes.push(
        `${fieldPath(step.at)} never runs (its condition, or its job's, is always false): it neither waits nor checks anything`
      );
      continue;
    }
    if (role === "approval") {
      stage.gates.push({ kind: "approval", name: step.name, line: ctx.doc.lineOf(step.at), effective: true });
      stage.hold = "manual";
      continue;
    }
    if (role === "wait") {
      addHold(stage, sleepSeconds(step, GITHUB_STEPS) ?? 0);
      continue;
    }
    if (step.failureIgnored === "yes")
      notes.push(
        `${fieldPath(step.at)} has continue-on-error (on the step or its job): its failure does not stop the rollout`
      );
    else if (step.failureIgnored === "maybe")
      notes.push(
        `${fieldPath(step.at)} has a continue-on-error expression decided at run time: its failure may not stop the rollout, so it is not counted as a check`
      );
    stage.gates.push({
      kind: "webhook",
      name: step.name,
      line: ctx.doc.lineOf(step.at),
      effective: step.failureIgnored === "no"
    });
  }
}
function isRollbackJob2(flow, job) {
  const own = flow.actions.get(job) ?? [];
  if (!job.steps.some((step) => isRollbackStep(step, GITHUB_STEPS))) return false;
  return runsOnFailure2(job.condition) || own.length > 0 && own.every((a) => a.action === "reject");
}
function rollbackRunners2(flow) {
  const runners = [];
  for (const job of flow.jobs) {
    if (runsOnFailure2(job.condition)) {
      const steps = job.steps.filter((step) => isRollbackStep(step, GITHUB_STEPS));
      if (steps.length === 0) continue;
      runners.push({
        covers: flow.graph.ancestorsOf(job),
        job,
        how: `job ${clip(job.name)} runs ${steps.map((s) => clip(s.name, 40)).join(", ")} when a job it needs fails (if: ${clip(job.condition ?? "")})`,
        at: job.at
      });
      continue;
    }
    for (const step of job.steps) {
      if (!runsOnFailure2(step.condition) || !isRollbackStep(step, GITHUB_STEPS)) continue;
      runners.push({
        covers: /* @__PURE__ */ new Set([job]),
        job,
        how: `step ${clip(step.name)} of job ${clip(job.name)} (if: ${clip(step.condition ?? "")}) runs when a step before it in that job fails`,
        at: step.at
      });
    }
  }
  return runners;
}
function rollbackFor2(flow, chain, promoteJob, notes) {
  return rollbackFromRunners(
    flow.ctx.doc,
    rollbackRunners2(flow),
    chain,
    promoteJob,
    whyNot,
    "no step or job rolls back on failure",
    notes
  );
}
function whyNot(runner, missed) {
  const gated = missed.filter((job) => job.environment !== void 0);
  const list = (jobs) => jobs.map((job) => clip(job.name)).join(", ");
  if (gated.length > 0) {
    const envs = [...new Set(gated.map((job) => clip(job.environment?.name ?? "")))].join(", ");
    return `job ${clip(runner.job.name)} needs ${list(gated)}, so a denied approval on environment ${envs} skips it and nothing rejects the canary`;
  }
  return `it cannot run when ${list(missed)} fails, because GitHub then skips job ${clip(runner.job.name)}`;
}

// src/formats/pipeline/spinnaker-stages.ts
var STAGES = ["stages"];
var SpinnakerContext = class extends AdapterContext {
  bypasses = [];
};
function isPipeline(value) {
  if (field(value, "apiVersion") !== void 0 || field(value, "kind") !== void 0) return false;
  const stages = asArray(field(value, "stages"));
  return stages?.some((stage) => asString(field(stage, "type")) !== void 0 && refIdOf(stage) !== void 0) ?? false;
}
function refIdOf(stage) {
  const refId = field(stage, "refId");
  if (typeof refId === "string" && refId !== "") return refId;
  return typeof refId === "number" && Number.isFinite(refId) ? String(refId) : void 0;
}
function readStages(ctx) {
  const list = asArray(field(ctx.doc.value, "stages")) ?? [];
  const seen = /* @__PURE__ */ new Set();
  const stages = [];
  list.forEach((raw, index) => {
    const at = [...STAGES, index];
    const type = asString(field(raw, "type"));
    const refId = refIdOf(raw);
    if (!isObject(raw) || type === void 0 || refId === void 0) {
      ctx.report(at, `${fieldPath(at)} must be a stage with a type and a refId; it was ignored`);
      return;
    }
    if (seen.has(refId)) {
      ctx.report([...at, "refId"], `${fieldPath(at)}.refId ${clip(refId)} is used by an earlier stage; ignored`);
      return;
    }
    seen.add(refId);
    const name = asString(field(raw, "name")) ?? type;
    const stage = {
      index,
      refId,
      type,
      name,
      needs: readRequisites(ctx, raw, at),
      condition: stageEnabledOf(raw),
      environment: void 0,
      steps: [],
      value: raw,
      at,
      line: ctx.doc.lineOf(at),
      role: stageRole(type, name, raw)
    };
    stages.push(stage);
  });
  return stages;
}
function readRequisites(ctx, stage, at) {
  const raw = field(stage, "requisiteStageRefIds");
  if (raw === void 0 || raw === null) return [];
  const list = asArray(raw);
  if (list === void 0) {
    ctx.report(
      [...at, "requisiteStageRefIds"],
      `${fieldPath(at)}.requisiteStageRefIds must be a list of refIds`
    );
    return [];
  }
  return list.flatMap((ref, i) => {
    if (typeof ref === "string" || typeof ref === "number" && Number.isFinite(ref)) return [String(ref)];
    ctx.report(
      [...at, "requisiteStageRefIds", i],
      `${fieldPath(at)}.requisiteStageRefIds[${i}] must be a refId`
    );
    return [];
  });
}
function deployMark(stage) {
  const labels = [
    stage.name,
    asString(path(stage.value, ["moniker", "stack"])),
    asString(path(stage.value, ["moniker", "detail"])),
    ...(asArray(field(stage.value, "clusters")) ?? []).flatMap((cluster) => [
      asString(field(cluster, "stack")),
      asString(field(cluster, "freeFormDetails"))
    ])
  ].filter((label) => label !== void 0);
  return deployLabel(labels);
}
function stageEnabledOf(stage) {
  const enabled = field(stage, "stageEnabled");
  if (enabled === void 0 || enabled === null) return void 0;
  return asString(field(enabled, "expression")) ?? "an expression";
}
function ignoresFailure(stage) {
  return field(stage.value, "failPipeline") === false && field(stage.value, "continuePipeline") === true;
}
function stageGraph(ctx, stages) {
  const byRef = /* @__PURE__ */ new Map();
  for (const stage of stages) byRef.set(stage.refId, stage);
  for (const stage of stages) {
    stage.needs = stage.needs.filter((ref) => {
      if (byRef.has(ref)) return true;
      ctx.report(
        [...stage.at, "requisiteStageRefIds"],
        `${fieldPath(stage.at)} waits for refId ${clip(ref)}, which no stage has; Spinnaker rejects such a pipeline`
      );
      return false;
    });
  }
  const graph = new DependencyGraph(
    (stage) => stage.needs.flatMap((ref) => {
      const parent = byRef.get(ref);
      return parent === void 0 ? [] : [parent];
    })
  );
  const { ordered, cycle } = graph.order(stages);
  if (cycle !== void 0) {
    ctx.report(
      [...cycle.at, "requisiteStageRefIds"],
      `${fieldPath(cycle.at)} is part of a cycle of requisiteStageRefIds; the cycle was read in file order`
    );
  }
  return { graph, ordered };
}

// src/formats/pipeline/spinnaker-gates.ts
function applyGate(ctx, target, stage, final) {
  if (stage.role === "wait") {
    addHold(target, readWait(ctx, stage));
    return;
  }
  if (stage.role === "approval") {
    target.gates.push({
      kind: "approval",
      name: stage.name,
      line: stage.line,
      effective: failureStops(ctx, stage, final)
    });
    addHold(target, "manual");
    return;
  }
  if (stage.type === "deployCanary") return;
  const thresholds = readThresholds(ctx, stage);
  const stops = failureStops(ctx, stage, final);
  target.gates.push({ kind: "analysis", name: stage.name, line: stage.line, effective: thresholds && stops });
  addHold(target, readLifetime(ctx, stage));
}
function readThresholds(ctx, stage) {
  if (stage.type !== "kayentaCanary") return true;
  const at = [...stage.at, "canaryConfig", "scoreThresholds"];
  const thresholds = path(stage.value, ["canaryConfig", "scoreThresholds"]);
  const marginal = field(thresholds, "marginal");
  const pass = field(thresholds, "pass");
  const absent = (value) => value === void 0 || value === null || value === "";
  if (!absent(marginal) || !absent(pass)) return true;
  ctx.bypasses.push({
    field: fieldPath(at),
    reason: `canary stage "${clip(stage.name)}" has no score thresholds (marginal and pass are empty): Kayenta reports "No score thresholds were specified" and the stage succeeds whatever the score`,
    line: ctx.doc.lineOf(at)
  });
  return false;
}
function failureStops(ctx, stage, final) {
  if (!ignoresFailure(stage)) return true;
  const guard = final === void 0 ? void 0 : final.condition;
  if (guard !== void 0 && mentionsStage(guard, stage.name)) {
    ctx.notes.push(
      `a failed "${clip(stage.name)}" does not fail the pipeline (continuePipeline: true), but the final deploy runs only when the expression on it checks that stage`
    );
    return true;
  }
  const at = [...stage.at, "continuePipeline"];
  ctx.bypasses.push({
    field: fieldPath(at),
    reason: `stage "${clip(stage.name)}" ignores its own failure (failPipeline: false, continuePipeline: true): the pipeline goes on to the final deploy when it fails`,
    line: ctx.doc.lineOf(at)
  });
  return false;
}
function mentionsStage(expression, name) {
  return (expression.includes(`'${name}'`) || expression.includes(`"${name}"`)) && expression.includes("SUCCEEDED");
}
function readWait(ctx, stage) {
  const raw = field(stage.value, "waitTime");
  const seconds = typeof raw === "string" && /^\d+$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (seconds !== void 0 && seconds >= 0) return seconds;
  if (typeof raw === "string") {
    ctx.notes.push(`wait stage "${clip(stage.name)}" waits for a time computed at run time; read as no wait`);
  } else {
    ctx.report(
      [...stage.at, "waitTime"],
      `${fieldPath(stage.at)}.waitTime must be a number of seconds, got ${describeValue(raw)}; read as no wait`
    );
  }
  return 0;
}
function readLifetime(ctx, stage) {
  const config = field(stage.value, "canaryConfig") ?? path(stage.value, ["canary", "canaryConfig"]);
  if (asString(field(stage.value, "analysisType")) === "retrospective") {
    ctx.notes.push(
      `canary stage "${clip(stage.name)}" is retrospective: it judges a past time window and does not hold the deploy`
    );
    return 0;
  }
  const warmup = asNumber(field(config, "beginCanaryAnalysisAfterMins"));
  if (warmup !== void 0 && warmup > 0) {
    ctx.notes.push(`canary stage "${clip(stage.name)}" waits ${warmup} minutes before its analysis starts`);
  }
  const duration = field(config, "lifetimeDuration");
  if (duration !== void 0 && duration !== null) {
    const seconds = typeof duration === "string" ? parseDuration(duration) : void 0;
    if (seconds !== void 0) return seconds;
    ctx.report(
      [...stage.at, "canaryConfig", "lifetimeDuration"],
      `${fieldPath(stage.at)}.canaryConfig.lifetimeDuration must be an ISO-8601 duration like PT1H30M, got ${describeValue(duration)}`
    );
    return 0;
  }
  const hours = field(config, "lifetimeHours");
  const value = typeof hours === "string" && /^\d+(?:\.\d+)?$/.test(hours.trim()) ? Number(hours) : asNumber(hours);
  if (value !== void 0 && value >= 0) return Math.round(value * 3600);
  if (hours !== void 0) {
    ctx.notes.push(
      `canary stage "${clip(stage.name)}" has a lifetime that is not a number (${describeValue(hours)}); read as no hold`
    );
  }
  return 0;
}

// src/formats/spinnaker.ts
var spinnaker = {
  id: "spinnaker",
  detect(doc) {
    return isPipeline(doc.value);
  },
  toPlans(doc) {
    if (!isPipeline(doc.value)) return { plans: [], diagnostics: [] };
    return pipelinePlans2(doc);
  }
};
var CANARY_SEGMENT = "canary server group";
function pipelinePlans2(doc) {
  const ctx = new SpinnakerContext(doc);
  const stages = readStages(ctx);
  const { graph, ordered } = stageGraph(ctx, stages);
  const final = finalDeploy(ordered);
  const exposure = ordered.filter((stage) => isExposure(stage, final, graph, ordered));
  if (final === void 0 && exposure.length === 0) return { plans: [], diagnostics: ctx.diagnostics };
  const planStages = walk(ctx, ordered, final, exposure, graph);
  const sequenced = exposure.filter((stage) => final === void 0 || graph.isAncestor(stage, final));
  const strategy = sequenced.length > 0 ? "canary" : "all-at-once";
  if (strategy === "canary") {
    ctx.notes.push(
      "the canary server group gets a share of traffic the pipeline does not state (it depends on the replica counts and load balancers)"
    );
  } else {
    notePreparatoryDeploys(ctx, ordered, final);
  }
  const name = asString(field(doc.value, "name"));
  const application = asString(field(doc.value, "application"));
  const targetName = name ?? application ?? doc.file;
  const plan = {
    id: planId(
      "spinnaker",
      "Pipeline",
      doc,
      `${doc.file}#${application ? `${application}/` : ""}${targetName}`
    ),
    format: "spinnaker",
    file: doc.file,
    line: doc.lineOf(field(doc.value, "name") !== void 0 ? ["name"] : STAGES),
    target: { kind: "Pipeline", name: targetName },
    strategy,
    stages: planStages,
    backgroundGates: [],
    rollback: rollbackOf3(ctx, ordered, graph),
    bypasses: ctx.bypasses,
    notes: ctx.notes
  };
  return { plans: [plan], diagnostics: ctx.diagnostics };
}
function finalDeploy(ordered) {
  return ordered.filter((stage) => stage.role === "deploy" && deployMark(stage) === void 0).at(-1);
}
function isExposure(stage, final, graph, ordered) {
  if (stage === final) return false;
  if (final !== void 0 && ordered.indexOf(stage) > ordered.indexOf(final)) return false;
  if (stage.role === "canary-deploy") return true;
  if (stage.role !== "deploy") return false;
  const mark = deployMark(stage);
  if (mark === "baseline") return false;
  if (mark === "canary") return true;
  return ordered.some((other) => other.role === "analysis" && graph.isAncestor(stage, other));
}
function walk(ctx, ordered, final, exposure, graph) {
  const stages = [];
  let open;
  const close = () => {
    if (open && (open.explicit || open.stage.hold !== 0 || open.stage.gates.length > 0))
      stages.push(open.stage);
    open = void 0;
  };
  const current = (line) => {
    open ??= { stage: { weight: 0, hold: 0, gates: [], line }, explicit: false };
    return open.stage;
  };
  const finalIndex = final === void 0 ? ordered.length : ordered.indexOf(final);
  for (const stage of ordered.slice(0, finalIndex)) {
    const holdsFinal = final === void 0 || graph.isAncestor(stage, final);
    if (exposure.includes(stage)) {
      if (!holdsFinal) {
        noteParallel(ctx, stage, final);
        continue;
      }
      const startsNew = open === void 0 || !open.explicit || open.stage.gates.length > 0 || open.stage.hold !== 0;
      if (startsNew) {
        close();
        open = { stage: canaryStage(stage), explicit: true };
      } else if (open) {
        open.stage.line = stage.line;
        open.stage.name = stage.name;
      }
      noteStageEnabled(ctx, stage);
      if (stage.role === "canary-deploy") applyGate(ctx, current(stage.line), stage, final);
      continue;
    }
    if (stage.role !== "analysis" && stage.role !== "approval" && stage.role !== "wait") continue;
    if (!holdsFinal) {
      noteParallel(ctx, stage, final);
      continue;
    }
    noteStageEnabled(ctx, stage);
    applyGate(ctx, current(stage.line), stage, final);
  }
  close();
  for (const stage of ordered.slice(finalIndex + 1)) {
    if (stage.role !== "analysis" && stage.role !== "approval" && stage.role !== "canary-deploy") continue;
    if (final !== void 0 && !graph.isAncestor(final, stage)) {
      noteParallel(ctx, stage, final);
    } else {
      ctx.notes.push(
        `stage "${clip(stage.name)}" (${stage.type}) runs after the final deploy${final ? ` "${clip(final.name)}"` : ""}: it cannot hold it`
      );
    }
  }
  stages.push(finalStage2(ctx, final));
  return stages;
}
function canaryStage(stage) {
  return { weight: 0, hold: 0, gates: [], line: stage.line, name: stage.name, segment: CANARY_SEGMENT };
}
function finalStage2(ctx, final) {
  if (final === void 0) {
    ctx.notes.push(
      "the pipeline deploys only the canary: the production deploy is not in this pipeline, so rollout-guard reads an implicit 100% stage after it"
    );
    return { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(STAGES) };
  }
  if (final.type === "pipeline") {
    const pipeline = asString(field(final.value, "pipeline"));
    ctx.notes.push(
      `the final deploy "${clip(final.name)}" runs another pipeline${pipeline ? ` (${clip(pipeline)})` : ""}; how that pipeline deploys is not in this file`
    );
  }
  const enabled = final.condition;
  if (enabled !== void 0) {
    ctx.notes.push(
      `the final deploy "${clip(final.name)}" runs only when its stageEnabled expression is true: ${clip(enabled, 120)}`
    );
  }
  return { weight: 100, hold: 0, gates: [], line: final.line, name: final.name };
}
function noteParallel(ctx, stage, final) {
  ctx.notes.push(
    `stage "${clip(stage.name)}" (${stage.type}) runs in a parallel branch to the final deploy${final ? ` "${clip(final.name)}"` : ""}: stages in parallel branches are not sequenced, so it does not hold that deploy`
  );
}
function noteStageEnabled(ctx, stage) {
  const expression = stage.condition;
  if (expression === void 0) return;
  ctx.notes.push(
    `stage "${clip(stage.name)}" (${stage.type}) runs only when its stageEnabled expression is true (${clip(expression, 120)}); when it is false the stage is skipped`
  );
}
function rollbackOf3(ctx, ordered, graph) {
  const how = [];
  let line;
  for (const stage of ordered.filter((s) => s.role === "rollback")) {
    const trigger = rollbackTrigger(stage, ordered, graph);
    if (trigger === void 0) {
      ctx.notes.push(
        `stage "${clip(stage.name)}" (${stage.type}) runs only when the stages before it succeed: it does not roll back a failed deploy or canary`
      );
      continue;
    }
    how.push(`stage "${clip(stage.name)}" (${stage.type}) ${trigger}`);
    line ??= stage.line;
  }
  if (how.length === 0) {
    const any = ordered.some((s) => s.role === "rollback");
    return { automatic: false, how: [any ? "no rollback stage runs on failure" : "no rollback stage"] };
  }
  return line === void 0 ? { automatic: true, how } : { automatic: true, how, line };
}
function rollbackTrigger(stage, ordered, graph) {
  const halting = ordered.find(
    (gate) => isGate(gate) && !ignoresFailure(gate) && graph.isAncestor(gate, stage)
  );
  if (halting !== void 0) return void 0;
  const expression = stage.condition;
  if (expression !== void 0 && SPINNAKER_FAILURE_EXPRESSION.test(expression)) {
    return `runs when its stageEnabled expression finds a failure (${clip(expression, 120)})`;
  }
  const tolerant = ordered.find(
    (gate) => isGate(gate) && ignoresFailure(gate) && graph.isAncestor(gate, stage)
  );
  if (tolerant === void 0) return void 0;
  return `follows "${clip(tolerant.name)}", whose failure lets the pipeline continue${expression === void 0 ? " (it has no stageEnabled condition, so it also runs when that stage passes)" : ""}`;
}
function isGate(stage) {
  return stage.role === "analysis" || stage.role === "approval" || stage.role === "canary-deploy" && stage.type !== "deployCanary";
}
function notePreparatoryDeploys(ctx, ordered, final) {
  const earlier = ordered.filter(
    (stage) => stage !== final && (stage.role === "deploy" || stage.role === "canary-deploy")
  );
  if (earlier.length === 0) {
    ctx.notes.push(
      "the pipeline has a single deploy stage and no canary: the new version goes to all traffic at once"
    );
    return;
  }
  ctx.notes.push(
    `no canary analysis follows the earlier deploy stages (${earlier.map((s) => `"${clip(s.name)}"`).join(", ")}): they are read as preparation, not as canary exposure`
  );
}

// src/formats/cloud-deploy/file.ts
var API_VERSIONS = /* @__PURE__ */ new Set(["deploy.cloud.google.com/v1", "deploy.cloud.google.com/v1beta1"]);
var KINDS = /* @__PURE__ */ new Set(["DeliveryPipeline", "Target", "Automation"]);
var STAGES2 = ["serialPipeline", "stages"];
var MANUAL_ROLLBACK = "manual `gcloud deploy targets rollback` only";
var FIRST_DEPLOY_NOTE = "canary phases are skipped on the first deployment to a target: the first release goes straight to 100%";
var Context2 = class extends AdapterContext {
  constructor(file, doc, pipelineBypasses) {
    super(doc, file.diagnostics);
    this.file = file;
    this.bypasses = [...pipelineBypasses];
  }
  file;
  bypasses;
};
function phaseStage(phase) {
  return { weight: phase.weight, hold: "manual", gates: phase.gates, line: phase.line, name: phase.name };
}
function present(value) {
  return value !== void 0 && value !== null;
}
function readBoolean(ctx, value, at, otherwise) {
  if (!present(value)) return void 0;
  if (typeof value === "boolean") return value;
  ctx.invalid(at, `must be true or false, got ${describeValue(value)}; read as ${String(otherwise)}`);
  return otherwise;
}
function readList(ctx, value, at) {
  if (!present(value)) return [];
  const list = asArray(value);
  if (list === void 0) ctx.invalid(at, `must be a list, got ${describeValue(value)}`);
  return list ?? [];
}
function stringMap(value) {
  if (!isObject(value)) return void 0;
  const entries = Object.entries(value).filter(
    (entry) => typeof entry[1] === "string"
  );
  return Object.fromEntries(entries);
}

// src/formats/cloud-deploy/automations.ts
function readTarget(file, doc) {
  const ctx = new AdapterContext(doc, file.diagnostics);
  const name = asString(path(doc.value, ["metadata", "name"]));
  if (name === void 0 || name === "" || file.targets.has(name)) return;
  const approval2 = readBoolean(ctx, field(doc.value, "requireApproval"), ["requireApproval"], false);
  file.targets.set(name, {
    labels: stringMap(path(doc.value, ["metadata", "labels"])) ?? {},
    approvalLine: approval2 === true ? doc.lineOf(["requireApproval"]) : void 0
  });
}
function readAutomation(file, doc) {
  const ctx = new AdapterContext(doc, file.diagnostics);
  const name = asString(path(doc.value, ["metadata", "name"])) ?? "";
  const slash = name.indexOf("/");
  const rules = readList(ctx, field(doc.value, "rules"), ["rules"]);
  const automation = {
    doc,
    name,
    pipeline: slash > 0 ? name.slice(0, slash) : void 0,
    suspended: readBoolean(ctx, field(doc.value, "suspended"), ["suspended"], true) ?? false,
    selectors: readSelectors(ctx),
    advance: rules.flatMap((rule, index) => advanceRule(ctx, rule, index, name)),
    repair: rules.flatMap((rule, index) => repairRule(ctx, rule, index, name))
  };
  file.automations.push(automation);
}
function readSelectors(ctx) {
  const at = ["selector", "targets"];
  return readList(ctx, ctx.get(at), at).flatMap((entry, index) => {
    const id = asString(field(entry, "id"));
    const labels = stringMap(field(entry, "labels"));
    if (id === void 0 && labels === void 0) {
      ctx.invalid([...at, index], 'must select targets by id (or "*") or labels');
      return [];
    }
    return [{ id, labels }];
  });
}
function ruleName(rule, fallback) {
  return asString(field(rule, "name")) ?? asString(field(rule, "id")) ?? fallback;
}
function advanceRule(ctx, entry, index, automation) {
  const rule = field(entry, "advanceRolloutRule");
  if (rule === void 0) return [];
  const at = ["rules", index, "advanceRolloutRule"];
  if (!isObject(rule)) {
    ctx.invalid(at, `must be a map with sourcePhases and wait, got ${describeValue(rule)}`);
    return [];
  }
  const phases = field(rule, "sourcePhases");
  const sourcePhases = present(phases) ? (asArray(phases) ?? []).flatMap((p) => asString(p) ?? []) : void 0;
  if (present(phases) && !Array.isArray(phases)) {
    ctx.invalid([...at, "sourcePhases"], `must be a list of phase ids, got ${describeValue(phases)}`);
  }
  return [{ name: ruleName(rule, automation), sourcePhases, wait: readWait2(ctx, rule, [...at, "wait"]) }];
}
function readWait2(ctx, rule, at) {
  const wait = field(rule, "wait");
  if (!present(wait)) return 0;
  const seconds = typeof wait === "string" ? parseDuration(wait) : void 0;
  if (seconds === void 0) {
    ctx.invalid(at, `must be a duration like 10m or 1h, got ${describeValue(wait)}; read as no wait`);
    return 0;
  }
  return seconds;
}
function repairRule(ctx, entry, index, automation) {
  const rule = field(entry, "repairRolloutRule");
  if (rule === void 0) return [];
  const at = ["rules", index, "repairRolloutRule"];
  if (!isObject(rule)) {
    ctx.invalid(at, `must be a map with repairPhases or repairModes, got ${describeValue(rule)}`);
    return [];
  }
  let rollbackLine;
  for (const key of ["repairPhases", "repairModes"]) {
    readList(ctx, field(rule, key), [...at, key]).forEach((mode, modeIndex) => {
      if (field(mode, "rollback") !== void 0)
        rollbackLine ??= ctx.lineOf([...at, key, modeIndex, "rollback"]);
    });
  }
  return [{ name: ruleName(rule, automation), rollbackLine }];
}
function activeAutomations(ctx, pipeline, targetId) {
  const selecting = ctx.file.automations.filter(
    (automation) => (automation.pipeline === void 0 || automation.pipeline === pipeline) && selects(ctx.file, automation, targetId)
  );
  return selecting.filter((automation) => {
    if (!automation.suspended) return true;
    const rules = [
      ...automation.advance.length > 0 ? ["advanceRolloutRule"] : [],
      ...automation.repair.length > 0 ? ["repairRolloutRule"] : []
    ];
    if (rules.length > 0) {
      ctx.bypasses.push({
        field: `Automation ${clip(automation.name)}: suspended`,
        reason: `the automation is suspended: its ${rules.join(" and ")} do${rules.length === 1 ? "es" : ""} not run`,
        line: automation.doc.lineOf(["suspended"])
      });
      ctx.notes.push(
        `Automation ${clip(automation.name)} is suspended: its ${rules.join(" and ")} ${rules.length === 1 ? "does" : "do"} not count`
      );
    }
    return false;
  });
}
function selects(file, automation, targetId) {
  const labels = file.targets.get(targetId)?.labels;
  return automation.selectors.some(
    (selector) => (selector.id === void 0 || selector.id === "*" || selector.id === targetId) && (selector.labels === void 0 || labels !== void 0 && Object.entries(selector.labels).every(([key, value]) => labels[key] === value))
  );
}
function advancedPhases(ctx, targetId, phases, automations) {
  const rules = automations.flatMap((automation) => automation.advance);
  const stages = phases.map((phase) => {
    const rule = rules.find((r) => r.sourcePhases === void 0 || r.sourcePhases.includes(phase.name));
    return { ...phaseStage(phase), hold: rule === void 0 ? "manual" : rule.wait };
  });
  const manual = stages.filter((stage) => stage.hold === "manual").map((stage) => stage.name);
  if (manual.length > 0) {
    ctx.notes.push(
      rules.length === 0 ? `canary phases wait for a manual \`gcloud deploy rollouts advance\`: no advanceRolloutRule selects target ${clip(targetId)}` : `${manual.join(", ")} wait${manual.length === 1 ? "s" : ""} for a manual \`gcloud deploy rollouts advance\`: no advanceRolloutRule lists ${manual.length === 1 ? "it" : "them"} in sourcePhases`
    );
  }
  return stages;
}
function rollbackOf4(ctx, automations) {
  const rules = automations.flatMap((automation) => automation.repair);
  for (const rule of rules.filter((r) => r.rollbackLine === void 0)) {
    ctx.notes.push(`repair rule ${clip(rule.name)} only retries failed jobs; it does not roll back`);
  }
  const rollbacks = rules.filter((rule) => rule.rollbackLine !== void 0);
  const first = rollbacks[0];
  if (first === void 0) return { automatic: false, how: [MANUAL_ROLLBACK] };
  return {
    automatic: true,
    how: [...new Set(rollbacks.map((rule) => `repair rule ${clip(rule.name)} rolls back on failure`))],
    ...first.rollbackLine !== void 0 ? { line: first.rollbackLine } : {}
  };
}

// src/formats/cloud-deploy/strategies.ts
function readStrategy2(ctx, stage) {
  const at = [...STAGES2, stage.index, "strategy"];
  const strategy = field(stage.value, "strategy");
  if (!present(strategy)) return standardRollout(ctx.doc.lineOf([...STAGES2, stage.index, "targetId"]), []);
  if (!isObject(strategy)) {
    ctx.invalid(at, `must be a map holding standard or canary, got ${describeValue(strategy)}`);
    return standardRollout(ctx.doc.lineOf(at), []);
  }
  const canary2 = field(strategy, "canary");
  const standard = field(strategy, "standard");
  if (present(canary2) && present(standard)) {
    ctx.invalid(at, "holds both standard and canary; read as standard");
  } else if (present(canary2)) {
    return readCanary2(ctx, [...at, "canary"], canary2);
  }
  const standardAt = present(standard) ? [...at, "standard"] : at;
  if (present(standard) && !isObject(standard)) {
    ctx.invalid(standardAt, `must be a map, got ${describeValue(standard)}`);
  }
  const checks = readChecks(ctx, standardAt, standard);
  return standardRollout(ctx.doc.lineOf(standardAt), allChecks(checks));
}
function standardRollout(line, gates) {
  return { strategy: "all-at-once", phases: [], stable: { name: "stable", weight: 100, line, gates } };
}
function readCanary2(ctx, at, canary2) {
  if (!isObject(canary2)) {
    ctx.invalid(at, `must be a map with canaryDeployment or customCanaryDeployment, got ${describeValue(canary2)}`);
    return standardRollout(ctx.doc.lineOf(at), []);
  }
  const percentages = field(canary2, "canaryDeployment");
  const custom = field(canary2, "customCanaryDeployment");
  if (present(percentages) && present(custom)) {
    ctx.invalid(at, "holds both canaryDeployment and customCanaryDeployment; read canaryDeployment");
  }
  if (present(percentages)) return percentageCanary(ctx, [...at, "canaryDeployment"], percentages);
  if (present(custom)) return customCanary(ctx, [...at, "customCanaryDeployment"], custom);
  ctx.invalid(at, "needs canaryDeployment or customCanaryDeployment; read as a deploy straight to 100%");
  return standardRollout(ctx.doc.lineOf(at), []);
}
function percentageCanary(ctx, at, deployment) {
  if (!isObject(deployment)) {
    ctx.invalid(at, `must be a map with percentages, got ${describeValue(deployment)}`);
  }
  const checks = readChecks(ctx, at, deployment);
  const perPhase = [checks.verify, checks.analysis].filter(isGate2);
  const listAt = [...at, "percentages"];
  let previous = -1;
  const phases = readList(ctx, field(deployment, "percentages"), listAt).flatMap((value, index) => {
    const valid = typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 100;
    if (!valid || value <= previous) {
      ctx.invalid(
        [...listAt, index],
        `must be a whole percentage from 0 to 100, above the one before it; got ${describeValue(value)}`
      );
      return [];
    }
    previous = value;
    return [
      {
        name: `canary-${value}`,
        weight: value,
        line: ctx.doc.lineOf([...listAt, index]),
        gates: perPhase.map((gate) => ({ ...gate }))
      }
    ];
  });
  const stable = {
    name: "stable",
    weight: 100,
    line: ctx.doc.lineOf(at),
    gates: perPhase.map((gate) => ({ ...gate }))
  };
  if (checks.predeploy) (phases[0] ?? stable).gates.unshift(checks.predeploy);
  if (checks.postdeploy) stable.gates.push(checks.postdeploy);
  if (phases.length === 0) {
    ctx.notes.push(`${fieldPath(listAt)} lists no canary percentage: the rollout deploys straight to 100%`);
    return { strategy: "all-at-once", phases: [], stable };
  }
  ctx.notes.push(FIRST_DEPLOY_NOTE);
  return { strategy: "canary", phases, stable };
}
function customCanary(ctx, at, deployment) {
  const listAt = [...at, "phaseConfigs"];
  const phases = readList(ctx, field(deployment, "phaseConfigs"), listAt).flatMap((value, index) => {
    const phaseAt = [...listAt, index];
    const name = asString(field(value, "phaseId"));
    const weight = field(value, "percentage");
    if (!isObject(value) || name === void 0 || name === "") {
      ctx.invalid(phaseAt, "must be a map with phaseId and percentage; the phase was ignored");
      return [];
    }
    if (typeof weight !== "number" || !Number.isInteger(weight) || weight < 0 || weight > 100) {
      ctx.invalid(
        [...phaseAt, "percentage"],
        `must be a whole percentage from 0 to 100, got ${describeValue(weight)}`
      );
      return [];
    }
    const gates = allChecks(readChecks(ctx, phaseAt, value));
    return [{ name, weight, line: ctx.doc.lineOf(phaseAt), gates }];
  });
  if (!isObject(deployment)) ctx.invalid(at, `must be a map with phaseConfigs, got ${describeValue(deployment)}`);
  let stable = phases[phases.length - 1];
  if (stable?.weight === 100) {
    phases.pop();
  } else {
    ctx.invalid(listAt, "must end with the stable phase at 100%; read as if it did");
    stable = { name: "stable", weight: 100, line: ctx.doc.lineOf(listAt), gates: [] };
  }
  if (phases.length === 0) return { strategy: "all-at-once", phases: [], stable };
  ctx.notes.push(FIRST_DEPLOY_NOTE);
  return { strategy: "canary", phases, stable };
}
function readChecks(ctx, at, block) {
  const checks = {};
  const verifyAt = [...at, "verify"];
  if (readBoolean(ctx, field(block, "verify"), verifyAt, false) === true) {
    checks.verify = { kind: "analysis", name: "verify", line: ctx.doc.lineOf(verifyAt), effective: true };
  }
  const analysis = field(block, "analysis");
  if (present(analysis)) {
    if (isObject(analysis)) {
      const ids = [
        ...asArray(field(analysis, "customChecks")) ?? [],
        ...asArray(path(analysis, ["googleCloud", "alertPolicyChecks"])) ?? []
      ].flatMap((check) => asString(field(check, "id")) ?? []);
      checks.analysis = {
        kind: "analysis",
        name: ids.length > 0 ? ids.join(", ") : "analysis",
        line: ctx.doc.lineOf([...at, "analysis"]),
        effective: true
      };
    } else {
      ctx.invalid([...at, "analysis"], `must be a map, got ${describeValue(analysis)}`);
    }
  }
  for (const job of ["predeploy", "postdeploy"]) {
    const actionsAt = [...at, job, "actions"];
    const actions = readList(ctx, path(block, [job, "actions"]), actionsAt).flatMap(
      (action) => asString(action) ?? []
    );
    if (actions.length > 0) {
      checks[job] = {
        kind: "webhook",
        name: `${job} ${actions.join(", ")}`,
        line: ctx.doc.lineOf([...at, job]),
        effective: true
      };
    }
  }
  return checks;
}
function allChecks(checks) {
  return [checks.predeploy, checks.verify, checks.analysis, checks.postdeploy].filter(isGate2);
}
function isGate2(gate) {
  return gate !== void 0;
}

// src/formats/cloud-deploy/pipeline.ts
function pipelinePlans3(file, doc) {
  const ctx = new AdapterContext(doc, file.diagnostics);
  const stages = readPipelineStages(ctx);
  const bypasses = [];
  if (readBoolean(ctx, field(doc.value, "suspended"), ["suspended"], true) === true) {
    bypasses.push({
      field: "suspended",
      reason: "the delivery pipeline is suspended: Cloud Deploy runs no release or rollout through it, so none of its stages or checks run",
      line: doc.lineOf(["suspended"])
    });
  }
  return stages.map((stage, k) => stagePlan(file, doc, stages.slice(0, k), stage, bypasses));
}
function readPipelineStages(ctx) {
  const raw = ctx.get(STAGES2);
  if (!Array.isArray(raw)) {
    ctx.invalid(STAGES2, `must be the list of pipeline stages, got ${describeValue(raw)}`);
    return [];
  }
  const seen = /* @__PURE__ */ new Set();
  return raw.flatMap((value, index) => {
    const targetId = asString(field(value, "targetId"));
    if (!isObject(value) || targetId === void 0 || targetId === "") {
      ctx.invalid([...STAGES2, index], "must be a map naming its targetId; the stage was ignored");
      return [];
    }
    if (seen.has(targetId)) {
      ctx.invalid([...STAGES2, index, "targetId"], `repeats target ${clip(targetId)}; the stage was ignored`);
      return [];
    }
    seen.add(targetId);
    return [{ index, targetId, value }];
  });
}
function stagePlan(file, doc, preceding, stage, pipelineBypasses) {
  const ctx = new Context2(file, doc, pipelineBypasses);
  const pipelineName = asString(path(doc.value, ["metadata", "name"]));
  const automations = activeAutomations(ctx, pipelineName, stage.targetId);
  const approval2 = approvalStage(ctx, stage.targetId);
  const rollout = readStrategy2(ctx, stage);
  const stages = preceding.map((before) => ({
    weight: 0,
    hold: 0,
    gates: [],
    line: doc.lineOf([...STAGES2, before.index, "targetId"]),
    name: before.targetId
  }));
  if (approval2) stages.push(approval2);
  stages.push(...advancedPhases(ctx, stage.targetId, rollout.phases, automations));
  stages.push({ ...phaseStage(rollout.stable), hold: 0 });
  const id = pipelineName === void 0 || pipelineName === "" ? `${planId("cloud-deploy", "DeliveryPipeline", doc)}/${stage.targetId}` : planId("cloud-deploy", "DeliveryPipeline", doc, `${pipelineName}/${stage.targetId}`);
  return {
    id,
    format: "cloud-deploy",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target: { kind: "Target", name: stage.targetId },
    strategy: rollout.strategy,
    stages,
    backgroundGates: [],
    rollback: rollbackOf4(ctx, automations),
    bypasses: ctx.bypasses,
    notes: ctx.notes
  };
}
function approvalStage(ctx, targetId) {
  const target = ctx.file.targets.get(targetId);
  if (target === void 0) {
    ctx.notes.push(`Target ${clip(targetId)} is not in this file: approval unknown`);
    return void 0;
  }
  if (target.approvalLine === void 0) return void 0;
  const line = target.approvalLine;
  return {
    weight: 0,
    hold: "manual",
    gates: [{ kind: "approval", name: "requireApproval", line, effective: true }],
    line,
    name: "approval"
  };
}

// src/formats/cloud-deploy/index.ts
var cloudDeploy = {
  id: "cloud-deploy",
  detect: isCloudDeploy,
  toPlans: (doc) => readFile([doc]),
  combine: (docs) => readFile(docs)
};
function isCloudDeploy(doc) {
  const apiVersion = asString(field(doc.value, "apiVersion"));
  const kind = asString(field(doc.value, "kind"));
  return apiVersion !== void 0 && API_VERSIONS.has(apiVersion) && kind !== void 0 && KINDS.has(kind);
}
function kindOf(doc) {
  return asString(field(doc.value, "kind"));
}
function readFile(ours) {
  const file = { diagnostics: [], targets: /* @__PURE__ */ new Map(), automations: [] };
  for (const doc of ours) {
    if (kindOf(doc) === "Target") readTarget(file, doc);
    if (kindOf(doc) === "Automation") readAutomation(file, doc);
  }
  const plans = ours.filter((doc) => kindOf(doc) === "DeliveryPipeline").flatMap((doc) => pipelinePlans3(file, doc));
  return { plans, diagnostics: file.diagnostics };
}

// src/formats/openkruise.ts
var openKruise = {
  id: "openkruise",
  detect: isKruiseRollout,
  toPlans: (doc) => rolloutPlans(doc)
};
var V1ALPHA1 = "rollouts.kruise.io/v1alpha1";
var V1BETA1 = "rollouts.kruise.io/v1beta1";
var API_VERSIONS2 = /* @__PURE__ */ new Set([V1ALPHA1, V1BETA1]);
var SPEC2 = ["spec"];
var STRATEGY2 = ["spec", "strategy"];
var TRAFFIC_ROUTING_ANNOTATION = "rollouts.kruise.io/trafficrouting";
var PERCENT = /^(\d+(?:\.\d+)?)%$/;
function isKruiseRollout(doc) {
  const apiVersion = asString(field(doc.value, "apiVersion"));
  return apiVersion !== void 0 && API_VERSIONS2.has(apiVersion) && asString(field(doc.value, "kind")) === "Rollout";
}
var Context3 = class extends AdapterContext {
  constructor(doc, version) {
    super(doc);
    this.version = version;
  }
  version;
};
function rolloutPlans(doc) {
  const version = asString(field(doc.value, "apiVersion")) === V1BETA1 ? V1BETA1 : V1ALPHA1;
  const ctx = new Context3(doc, version);
  const key = readStrategyKey(ctx);
  if (key === void 0) return { plans: [], diagnostics: ctx.diagnostics };
  const shape = readSteps4(ctx, key);
  const bypasses = readSwitches(ctx);
  const namespace = asString(path(doc.value, ["metadata", "namespace"]));
  const target = {
    kind: "Rollout",
    name: asString(path(doc.value, ["metadata", "name"])) ?? "",
    ...namespace !== void 0 ? { namespace } : {}
  };
  const delivers = readWorkloadRef2(ctx, namespace);
  const plan = {
    id: planId("openkruise", "Rollout", doc),
    format: "openkruise",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target,
    strategy: shape.strategy,
    stages: shape.stages,
    backgroundGates: [],
    rollback: { automatic: false, how: ["manual rollback only"] },
    bypasses,
    ...delivers ? { delivers } : {},
    notes: ctx.notes
  };
  return { plans: [plan], diagnostics: ctx.diagnostics };
}
function readStrategyKey(ctx) {
  const spec = field(ctx.doc.value, "spec");
  if (spec !== void 0 && spec !== null && !isObject(spec)) {
    ctx.invalid(SPEC2, `must be a map, got ${describeValue(spec)}`);
    return void 0;
  }
  const strategy = path(ctx.doc.value, STRATEGY2);
  if (strategy === void 0 || strategy === null) {
    ctx.report(
      isObject(spec) ? SPEC2 : ["kind"],
      "Rollout has no spec.strategy (a patch or partial object?); its rollout cannot be judged from this document alone",
      "MANIFEST_UNSUPPORTED"
    );
    return void 0;
  }
  if (!isObject(strategy)) {
    ctx.invalid(STRATEGY2, `must be a map holding canary or blueGreen, got ${describeValue(strategy)}`);
    return void 0;
  }
  const hasCanary = present2(field(strategy, "canary"));
  const hasBlueGreen = present2(field(strategy, "blueGreen"));
  if (hasCanary && hasBlueGreen) {
    ctx.invalid(STRATEGY2, "holds both canary and blueGreen; Kruise Rollouts accepts exactly one");
    return void 0;
  }
  if (hasBlueGreen && ctx.version === V1ALPHA1) {
    ctx.invalid(
      [...STRATEGY2, "blueGreen"],
      `is only in ${V1BETA1}; ${V1ALPHA1} drops it, so this Rollout has no strategy`
    );
    return void 0;
  }
  if (!hasCanary && !hasBlueGreen) {
    ctx.invalid(STRATEGY2, "holds neither canary nor blueGreen; Kruise Rollouts needs exactly one");
    return void 0;
  }
  return hasCanary ? "canary" : "blueGreen";
}
function readSteps4(ctx, key) {
  const at = [...STRATEGY2, key];
  const block = path(ctx.doc.value, [...STRATEGY2, key]);
  if (!isObject(block)) ctx.invalid(at, `must be a map with steps, got ${describeValue(block)}`);
  const body = isObject(block) ? block : {};
  const stepsAt = [...at, "steps"];
  const raw = field(body, "steps");
  const steps = asArray(raw) ?? [];
  if (present2(raw) && !Array.isArray(raw)) {
    ctx.invalid(stepsAt, `must be a list of steps, got ${describeValue(raw)}; read as no steps`);
  }
  const strategy = key === "blueGreen" ? "blue-green" : "canary";
  if (steps.length === 0) {
    ctx.notes.push(`${fieldPath(at)} has no steps: the workload updates without batches or pauses`);
    return {
      strategy: key === "blueGreen" ? "blue-green" : "rolling",
      stages: [{ weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(at) }]
    };
  }
  const routed = isRouted(ctx, body);
  if (!routed) ctx.notes.push("weights approximate replica counts: no trafficRoutings");
  const reader = new StepReader(ctx, key, stepsAt, routed);
  steps.forEach((step, index) => reader.read(step, index, index === steps.length - 1));
  reader.finishNotes();
  return { strategy, stages: reader.finish(ctx.doc.lineOf(stepsAt)) };
}
function isRouted(ctx, block) {
  const routings = asArray(field(block, "trafficRoutings")) ?? [];
  const ref = asString(field(block, "trafficRoutingRef")) ?? asString(path(ctx.doc.value, [...STRATEGY2, "trafficRoutingRef"]));
  const annotation = asString(path(ctx.doc.value, ["metadata", "annotations", TRAFFIC_ROUTING_ANNOTATION]));
  return routings.length > 0 || (ref ?? "") !== "" || (annotation ?? "") !== "";
}
var StepReader = class {
  constructor(ctx, key, stepsAt, routed) {
    this.ctx = ctx;
    this.key = key;
    this.stepsAt = stepsAt;
    this.routed = routed;
  }
  ctx;
  key;
  stepsAt;
  routed;
  stages = [];
  withoutPause = [];
  countSteps = [];
  unroutedMatches = [];
  otherVersionFields = [];
  read(raw, index, last) {
    const at = [...this.stepsAt, index];
    if (!isObject(raw)) {
      this.ctx.invalid(at, `must be a map with traffic, replicas and pause, got ${describeValue(raw)}`);
      return;
    }
    const exposure = this.exposureOf(raw, at, index);
    if (exposure === void 0) return;
    const finalBatch = last && this.key === "canary" && field(raw, "replicas") === "100%";
    const hold = finalBatch ? 0 : this.holdOf(raw, at, index);
    const stage = { weight: exposure.weight, hold, gates: [], line: exposure.line };
    if (exposure.segment !== void 0) stage.segment = exposure.segment;
    if (stage.weight === 0 && stage.segment === void 0 && stage.hold === 0) return;
    this.stages.push(stage);
  }
  /** The final 100% stage: explicit when the last step reaches it, else implicit. */
  finish(implicitLine) {
    const last = this.stages[this.stages.length - 1];
    if (last === void 0 || last.weight !== 100 || last.segment !== void 0) {
      this.stages.push({ weight: 100, hold: 0, gates: [], line: implicitLine });
    }
    return this.stages;
  }
  finishNotes() {
    const list = (indexes) => indexes.map((i) => `steps[${i}]`).join(", ");
    if (this.withoutPause.length > 0) {
      const one = this.withoutPause.length === 1;
      this.ctx.notes.push(
        `${list(this.withoutPause)} ${one ? "has" : "have"} no pause: Kruise waits for a manual approval (kubectl-kruise rollout approve) after ${one ? "it" : "each of them"}`
      );
    }
    if (this.countSteps.length > 0) {
      this.ctx.notes.push(
        `${list(this.countSteps)} set${this.countSteps.length === 1 ? "s" : ""} a number of replicas, not a share: the share of traffic depends on the workload's replica count, which the Rollout does not hold`
      );
    }
    if (this.otherVersionFields.length > 0) {
      const own = this.ctx.version === V1BETA1 ? "traffic" : "weight";
      this.ctx.notes.push(
        `${this.otherVersionFields.map(fieldPath).join(", ")}: not a ${this.ctx.version} field, so it is ignored (this version reads ${own})`
      );
    }
    if (this.unroutedMatches.length > 0) {
      this.ctx.notes.push(`${list(this.unroutedMatches)}: matches have no effect without trafficRoutings`);
    }
  }
  exposureOf(step, at, index) {
    const traffic = this.trafficOf(step, at);
    const matches = this.matchesOf(step, at);
    if (this.routed) {
      if (traffic !== void 0) {
        return { weight: traffic.weight, line: traffic.line, ...matches ? { segment: matches } : {} };
      }
      if (matches !== void 0) {
        return { weight: 0, line: this.ctx.doc.lineOf([...at, "matches"]), segment: matches };
      }
      if (this.key === "blueGreen") return { weight: 0, line: this.ctx.doc.lineOf(at) };
    } else if (matches !== void 0) {
      this.unroutedMatches.push(index);
    }
    const replicas = this.replicasOf(step, at);
    const replicasLine = this.ctx.doc.lineOf([...at, "replicas"]);
    if (replicas !== void 0 && "percent" in replicas)
      return { weight: replicas.percent, line: replicasLine };
    if (replicas !== void 0) {
      this.countSteps.push(index);
      const previous = this.stages[this.stages.length - 1]?.weight ?? 0;
      const pods = `${replicas.count} replica${replicas.count === 1 ? "" : "s"}`;
      return { weight: previous, line: replicasLine, segment: pods };
    }
    if (traffic !== void 0) return { weight: traffic.weight, line: traffic.line };
    this.ctx.invalid(at, "sets neither replicas nor a traffic share; the step was ignored");
    return void 0;
  }
  /** v1beta1 `traffic: "5%"`, v1alpha1 `weight: 5`; the other version's field is pruned by the API server. */
  trafficOf(step, at) {
    const own = this.ctx.version === V1BETA1 ? "traffic" : "weight";
    const other = own === "traffic" ? "weight" : "traffic";
    if (present2(field(step, other))) this.otherVersionFields.push([...at, other]);
    const value = field(step, own);
    if (!present2(value)) return void 0;
    const fieldAt = [...at, own];
    const weight = own === "traffic" ? percentOf(value) : wholePercent(value);
    if (weight === void 0) {
      const form = own === "traffic" ? 'a percentage string like "5%"' : "a whole number from 0 to 100";
      this.ctx.invalid(fieldAt, `must be ${form}, got ${describeValue(value)}`);
      return void 0;
    }
    return { weight, line: this.ctx.doc.lineOf(fieldAt) };
  }
  replicasOf(step, at) {
    const value = field(step, "replicas");
    if (!present2(value)) return void 0;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0) return { count: value };
    const percent = percentOf(value);
    if (percent !== void 0) return { percent };
    this.ctx.invalid(
      [...at, "replicas"],
      `must be a number of pods or a percentage like "20%", got ${describeValue(value)}`
    );
    return void 0;
  }
  matchesOf(step, at) {
    const value = field(step, "matches");
    if (!present2(value)) return void 0;
    const matches = asArray(value);
    if (matches === void 0) {
      this.ctx.invalid([...at, "matches"], `must be a list of header matches, got ${describeValue(value)}`);
      return void 0;
    }
    return matches.length === 0 ? void 0 : describeMatches(matches);
  }
  holdOf(step, at, index) {
    const pause = field(step, "pause");
    if (pause === void 0 || pause === null) {
      this.withoutPause.push(index);
      return "manual";
    }
    const pauseAt = [...at, "pause"];
    if (!isObject(pause)) {
      this.ctx.invalid(
        pauseAt,
        `must be a map: {} waits for a person, {duration: 60} waits 60s; got ${describeValue(pause)}`
      );
      return 0;
    }
    const duration = field(pause, "duration");
    if (duration === void 0 || duration === null) return "manual";
    if (typeof duration !== "number" || !Number.isInteger(duration) || duration < 0) {
      this.ctx.invalid(
        [...pauseAt, "duration"],
        `must be a whole number of seconds, got ${describeValue(duration)}`
      );
      return 0;
    }
    return duration;
  }
};
function describeMatches(matches) {
  return matches.map((match) => {
    const parts = [
      ...(asArray(field(match, "headers")) ?? []).map((rule) => describeRule("header", rule)),
      ...(asArray(field(match, "queryParams")) ?? []).map((rule) => describeRule("query", rule))
    ].filter((part) => part !== void 0);
    return parts.length > 0 ? parts.join(" and ") : "a match condition";
  }).join(" or ");
}
function describeRule(label, rule) {
  const name = asString(field(rule, "name"));
  if (name === void 0) return void 0;
  const value = asString(field(rule, "value")) ?? "";
  const regex = asString(field(rule, "type")) === "RegularExpression";
  return `${label} ${clip(name)}${regex ? " ~ " : "="}${clip(value)}`;
}
function readSwitches(ctx) {
  const bypasses = [];
  const disabled = field(field(ctx.doc.value, "spec"), "disabled");
  if (present2(disabled) && disabled !== false) {
    if (disabled !== true) {
      ctx.invalid(
        [...SPEC2, "disabled"],
        `must be true or false, got ${describeValue(disabled)}; read as disabled`
      );
    }
    bypasses.push({
      field: "spec.disabled",
      reason: "Kruise Rollouts ignores this Rollout: the workload updates with its own strategy, without batches or pauses",
      line: ctx.doc.lineOf([...SPEC2, "disabled"])
    });
  }
  const paused = path(ctx.doc.value, [...STRATEGY2, "paused"]);
  if (present2(paused) && paused !== false && paused !== true) {
    ctx.invalid([...STRATEGY2, "paused"], `must be true or false, got ${describeValue(paused)}`);
  } else if (paused === true) {
    ctx.notes.push(
      "spec.strategy.paused: true: the rollout does not move to the next step until someone resumes it"
    );
  }
  return bypasses;
}
function readWorkloadRef2(ctx, namespace) {
  const own = ctx.version === V1BETA1 ? ["spec", "workloadRef"] : ["spec", "objectRef", "workloadRef"];
  const other = ctx.version === V1BETA1 ? ["spec", "objectRef", "workloadRef"] : ["spec", "workloadRef"];
  const ref = path(ctx.doc.value, own);
  if (!present2(ref)) {
    const misplaced = present2(path(ctx.doc.value, other));
    ctx.invalid(
      misplaced ? other : SPEC2,
      misplaced ? `is not read by ${ctx.version}, which names the workload in ${own.join(".")}` : `names no workload (${own.join(".")})`
    );
    return void 0;
  }
  const kind = asString(field(ref, "kind"));
  const name = asString(field(ref, "name"));
  if (kind === void 0 || name === void 0 || kind === "" || name === "") {
    ctx.invalid(own, "must name the workload with kind and name");
    return void 0;
  }
  return { kind, name, ...namespace !== void 0 ? { namespace } : {} };
}
function present2(value) {
  return value !== void 0 && value !== null;
}
function percentOf(value) {
  if (typeof value !== "string") return void 0;
  const match = PERCENT.exec(value.trim());
  const percent = match ? Number(match[1]) : void 0;
  return percent !== void 0 && percent <= 100 ? percent : void 0;
}
function wholePercent(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 100 ? value : void 0;
}

// src/formats/flagger/spec.ts
var API_GROUP2 = "flagger.app/";
var KNOWN_API_VERSIONS = ["flagger.app/v1beta1", "flagger.app/v1alpha3", "flagger.app/v1alpha1"];
var DEFAULT_INTERVAL = 60;
var MIN_INTERVAL = 10;
var DEFAULT_THRESHOLD = 1;
var GO_DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
var KUBERNETES_PROVIDER_ITERATIONS = 10;
var BUILTIN_METRICS = /* @__PURE__ */ new Set(["request-success-rate", "request-duration"]);
var WEBHOOK_TYPES = /* @__PURE__ */ new Set([
  "",
  "confirm-rollout",
  "pre-rollout",
  "rollout",
  "confirm-traffic-increase",
  "confirm-promotion",
  "post-rollout",
  "rollback",
  "event"
]);
var ANALYSIS_ONLY_KEYS = [
  "interval",
  "threshold",
  "maxWeight",
  "stepWeight",
  "stepWeights",
  "iterations",
  "match",
  "metrics",
  "webhooks"
];
function readSwitch(ctx, spec, key, consequence) {
  const value = field(spec, key);
  if (value === void 0 || value === null || value === false) return false;
  if (value === true) return true;
  ctx.invalid(["spec", key], `must be true or false, not ${describeValue(value)}; ${consequence}`);
  return true;
}
function readProvider(ctx, spec) {
  const value = field(spec, "provider");
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "string") {
    ctx.invalid(["spec", "provider"], `must be a string, not ${describeValue(value)}`);
    return void 0;
  }
  return value;
}
function readTargetRef(ctx, spec, namespace) {
  const ref = field(spec, "targetRef");
  const name = asString(field(ref, "name"));
  if (!isObject(ref) || name === void 0 || name === "") {
    ctx.invalid(["spec", "targetRef"], "must be a mapping with a name");
    return void 0;
  }
  const kind = asString(field(ref, "kind")) ?? "Deployment";
  const refNamespace = asString(field(ref, "namespace"));
  if (refNamespace !== void 0 && refNamespace !== (namespace ?? "")) {
    ctx.notes.push(
      `spec.targetRef.namespace ${refNamespace} is ignored: Flagger delivers the ${kind} ${name} of the Canary's own namespace${namespace !== void 0 ? ` (${namespace})` : ""}`
    );
  }
  return { kind, name, ...namespace !== void 0 ? { namespace } : {} };
}
function readAnalysis2(ctx, spec) {
  const present3 = (key2) => field(spec, key2) !== void 0 && field(spec, key2) !== null;
  const key = present3("analysis") ? "analysis" : present3("canaryAnalysis") ? "canaryAnalysis" : void 0;
  if (key === void 0) return void 0;
  if (key === "analysis" && present3("canaryAnalysis")) {
    ctx.notes.push("spec.canaryAnalysis is ignored: spec.analysis takes precedence");
  }
  const value = field(spec, key);
  if (!isObject(value)) {
    ctx.invalid(["spec", key], `must be a mapping, not ${describeValue(value)}; it is read as absent`);
    return void 0;
  }
  const at = (name) => ["spec", key, name];
  const stepWeights = readList2(ctx, value, at("stepWeights")).map((item, i) => readWeight(ctx, item, [...at("stepWeights"), i])).filter((weight) => weight !== void 0);
  if (stepWeights.some((weight, i) => i > 0 && weight <= (stepWeights[i - 1] ?? 0))) {
    ctx.invalid(at("stepWeights"), "must ascend");
  }
  return {
    key,
    value,
    interval: readInterval(ctx, value, at("interval")),
    threshold: positiveOr(readInteger(ctx, value, at("threshold")), DEFAULT_THRESHOLD),
    iterations: positiveOr(readInteger(ctx, value, at("iterations")), 0),
    match: readList2(ctx, value, at("match")),
    stepWeight: positiveOr(readWeight(ctx, field(value, "stepWeight"), at("stepWeight")), 0),
    stepWeights,
    maxWeight: readMaxWeight(ctx, value, at("maxWeight")),
    mirror: field(value, "mirror") === true
  };
}
function readInterval(ctx, analysis, at) {
  const value = field(analysis, "interval");
  if (value === void 0 || value === null || value === "") return DEFAULT_INTERVAL;
  const seconds = typeof value === "string" && GO_DURATION.test(value) ? parseDuration(value) : void 0;
  if (seconds === void 0) {
    ctx.invalid(at, `must be a duration such as 1m or 30s; Flagger's default of 60s is assumed`);
    return DEFAULT_INTERVAL;
  }
  return Math.max(seconds, MIN_INTERVAL);
}
function readInteger(ctx, object, at) {
  const value = field(object, String(at[at.length - 1]));
  if (value === void 0 || value === null) return void 0;
  const number = asNumber(value);
  if (number === void 0 || !Number.isInteger(number)) {
    ctx.invalid(at, `must be a whole number, not ${describeValue(value)}`);
    return void 0;
  }
  return number;
}
function readWeight(ctx, value, at) {
  if (value === void 0 || value === null) return void 0;
  const number = asNumber(value);
  if (number === void 0 || !Number.isInteger(number) || number < 0 || number > 100) {
    ctx.invalid(at, `must be a whole percentage from 0 to 100, not ${describeValue(value)}`);
    return void 0;
  }
  return number;
}
function readMaxWeight(ctx, analysis, at) {
  const weight = readWeight(ctx, field(analysis, "maxWeight"), at);
  return weight !== void 0 && weight > 0 ? weight : void 0;
}
function readList2(ctx, object, at) {
  const value = field(object, String(at[at.length - 1]));
  if (value === void 0 || value === null) return [];
  const list = asArray(value);
  if (!list) ctx.invalid(at, `must be a list, not ${describeValue(value)}`);
  return list ?? [];
}
function readWebhooks(ctx, analysis) {
  const at = ["spec", analysis.key, "webhooks"];
  const webhooks = [];
  readList2(ctx, analysis.value, at).forEach((item, i) => {
    const itemAt = [...at, i];
    if (!isObject(item)) {
      ctx.invalid(itemAt, `must be a mapping, not ${describeValue(item)}`);
      return;
    }
    const rawType = field(item, "type");
    const type = rawType === void 0 || rawType === null ? "" : asString(rawType);
    if (type === void 0 || !WEBHOOK_TYPES.has(type)) {
      ctx.invalid([...itemAt, "type"], `is not a Flagger webhook type; the webhook is ignored`);
      return;
    }
    webhooks.push({
      type,
      name: asString(field(item, "name")),
      line: ctx.doc.lineOf(itemAt),
      loadTest: isLoadTest(field(item, "metadata"))
    });
  });
  return webhooks;
}
function noteMisplacedAnalysisKeys(ctx, spec) {
  for (const key of ANALYSIS_ONLY_KEYS) {
    if (field(spec, key) !== void 0) {
      ctx.notes.push(
        `spec.${key} is not read by Flagger (the API server prunes it): it belongs under spec.analysis`
      );
    }
  }
}
function positiveOr(value, fallback) {
  return value !== void 0 && value > 0 ? value : fallback;
}
function isLoadTest(metadata) {
  if (!isObject(metadata) || asString(field(metadata, "cmd")) === void 0) return false;
  const type = field(metadata, "type");
  return type === void 0 || type === "cmd" || type === "ngrinder";
}

// src/formats/flagger/gates.ts
function approval(hook) {
  return { kind: "approval", ...named2(hook.name), line: hook.line, effective: true };
}
function addApproval(stage, hook) {
  if (!stage) return;
  stage.gates.push(approval(hook));
  stage.hold = "manual";
}
function beforeTraffic(stages, line) {
  const first = stages[0];
  if (first && first.weight === 0 && first.segment === void 0) return first;
  const stage = { weight: 0, hold: 0, gates: [], line };
  stages.unshift(stage);
  return stage;
}
function applyWebhookGates(ctx, stages, strategy, webhooks) {
  const belowFull = stages.filter((stage) => stage.weight < 100);
  for (const hook of webhooks) {
    switch (hook.type) {
      case "confirm-rollout":
        addApproval(beforeTraffic(stages, hook.line), hook);
        break;
      case "confirm-traffic-increase":
        if (strategy === "canary") for (const stage of belowFull) addApproval(stage, hook);
        else
          ctx.notes.push(
            `confirm-traffic-increase webhook ${hook.name ?? ""} never runs: the strategy is ${strategy}`
          );
        break;
      case "confirm-promotion":
        addApproval(belowFull[belowFull.length - 1] ?? stages[0], hook);
        break;
      case "pre-rollout":
        beforeTraffic(stages, hook.line).gates.push(webhookGate2(ctx, hook));
        break;
      case "rollback":
        if (!ctx.notes.includes(ROLLBACK_WEBHOOK_NOTE)) ctx.notes.push(ROLLBACK_WEBHOOK_NOTE);
        break;
      default:
        break;
    }
  }
}
var ROLLBACK_WEBHOOK_NOTE = "a rollback webhook can force a rollback";
function webhookGate2(ctx, hook) {
  if (hook.loadTest) {
    ctx.notes.push(
      `webhook ${hook.name ?? "(unnamed)"} starts a load-test command: the load tester answers 202 before the command runs, so it generates traffic but cannot fail a check`
    );
  }
  return { kind: "webhook", ...named2(hook.name), line: hook.line, effective: !hook.loadTest };
}
function backgroundWebhookGates(ctx, webhooks) {
  const gates = [];
  for (const hook of webhooks) {
    if (hook.type === "" || hook.type === "rollout") {
      gates.push(webhookGate2(ctx, hook));
    } else if (hook.type === "post-rollout" || hook.type === "event") {
      gates.push({ kind: "webhook", ...named2(hook.name), line: hook.line, effective: false });
    }
  }
  return gates;
}
function metricGates(ctx, analysis) {
  const at = ["spec", analysis.key, "metrics"];
  const gates = [];
  readList2(ctx, analysis.value, at).forEach((metric, i) => {
    if (!isObject(metric)) {
      ctx.invalid([...at, i], `must be a mapping, not ${describeValue(metric)}`);
      return;
    }
    const name = asString(field(metric, "name"));
    const evaluated = name !== void 0 && BUILTIN_METRICS.has(name) || isObject(field(metric, "templateRef")) || (asString(field(metric, "query")) ?? "") !== "";
    gates.push({
      kind: "metric-check",
      ...named2(name),
      line: ctx.doc.lineOf([...at, i]),
      effective: evaluated && canFail(ctx, metric, name, [...at, i])
    });
  });
  return gates;
}
function canFail(ctx, metric, name, at) {
  const label = `metric ${name ?? "(unnamed)"}`;
  const range = field(metric, "thresholdRange");
  if (range !== void 0 && range !== null) {
    if (!isObject(range)) {
      ctx.invalid(
        [...at, "thresholdRange"],
        `must be a mapping with min and/or max, not ${describeValue(range)}; the check is not counted`
      );
      return false;
    }
    const bound = (key) => {
      const value = field(range, key);
      if (value === void 0 || value === null) return void 0;
      if (asNumber(value) === void 0) {
        ctx.invalid(
          [...at, "thresholdRange", key],
          `must be a number, not ${describeValue(value)}; the Kubernetes API rejects the Canary`
        );
        return void 0;
      }
      return asNumber(value);
    };
    const min = bound("min");
    const max = bound("max");
    const lowest = name === "request-success-rate" || name === "request-duration" ? 0 : -Infinity;
    const highest = name === "request-success-rate" ? 100 : Infinity;
    if ((min === void 0 || min <= lowest) && (max === void 0 || max >= highest)) {
      ctx.notes.push(
        min === void 0 && max === void 0 ? `${label}: thresholdRange has neither min nor max, so no value fails the check: it is not a gate` : `${label}: thresholdRange admits every value the metric can take, so no value fails the check: it is not a gate`
      );
      return false;
    }
    return true;
  }
  const legacy = asNumber(field(metric, "threshold")) ?? 0;
  if (name === "request-success-rate" && legacy <= 0) {
    ctx.notes.push(
      `${label} has no thresholdRange and no threshold: Flagger fails it only below 0%, never: it is not a gate`
    );
    return false;
  }
  if (field(metric, "threshold") === void 0) {
    ctx.notes.push(
      name === "request-duration" ? `${label} has no thresholdRange: Flagger fails it above 0 ms, so every check fails` : `${label} has no thresholdRange: Flagger fails it whenever the value is above 0`
    );
  }
  return true;
}
function noteToothlessAnalysis(ctx, backgroundGates, stages) {
  const gating = [...backgroundGates, ...stages.flatMap((stage) => stage.gates)].some(
    (gate) => gate.effective && gate.kind !== "approval"
  );
  if (!gating)
    ctx.notes.push(
      "the analysis has no metric checks or gating webhooks: only the canary's health can fail it"
    );
}
function named2(name) {
  return name !== void 0 && name !== "" ? { name } : {};
}

// src/formats/flagger/stages.ts
function effectiveShape(ctx, analysis, provider, withNotes = true) {
  let iterations = analysis.iterations;
  let hasMatch = analysis.match.length > 0;
  let forcedBlueGreen = false;
  if (provider === "kubernetes") {
    if (hasMatch) {
      hasMatch = false;
      if (withNotes)
        ctx.notes.push("provider kubernetes does not support A/B testing: Flagger ignores match");
    }
    if (iterations < 1) {
      iterations = KUBERNETES_PROVIDER_ITERATIONS;
      forcedBlueGreen = true;
      if (withNotes) {
        ctx.notes.push(
          `provider kubernetes shifts no traffic: Flagger ignores stepWeight/maxWeight and runs blue/green for ${KUBERNETES_PROVIDER_ITERATIONS} iterations`
        );
      }
    }
  }
  const strategy = hasMatch && iterations > 0 ? "ab-test" : iterations > 0 ? "blue-green" : "canary";
  return { strategy, iterations, forcedBlueGreen };
}
function stagesFor(ctx, analysis, shape) {
  const at = (...rest) => ctx.doc.lineOf(["spec", analysis.key, ...rest]);
  const final = finalStage3(at());
  if (shape.strategy === "ab-test") {
    const hold = shape.iterations * analysis.interval;
    if (routesEveryone(analysis.match)) {
      ctx.notes.push(
        "spec.analysis.match routes every request (a header every request carries, matched on any value): the A/B test sends all traffic to the new version"
      );
      return {
        stages: [{ weight: 100, hold, gates: [], line: at("match") }, final],
        checks: shape.iterations
      };
    }
    const segment = describeMatch(analysis.match);
    return {
      stages: [{ weight: 0, hold, gates: [], line: at("match"), segment }, final],
      checks: shape.iterations
    };
  }
  if (shape.strategy === "blue-green") {
    const line = shape.forcedBlueGreen ? ctx.doc.lineOf(["spec", "provider"]) : at("iterations");
    if (analysis.mirror) ctx.notes.push("traffic is mirrored to the new version while the iterations run");
    return {
      stages: [{ weight: 0, hold: shape.iterations * analysis.interval, gates: [], line }, final],
      checks: shape.iterations
    };
  }
  const stages = [];
  if (analysis.mirror) {
    stages.push({ weight: 0, hold: analysis.interval, gates: [], line: at("mirror") });
    ctx.notes.push(
      `traffic is mirrored to the new version for ${formatDuration(analysis.interval)} before weights shift; users see only the old version's responses`
    );
  }
  const weights = canaryWeights(ctx, analysis);
  for (const step of weights.steps) {
    stages.push({
      weight: step.weight,
      hold: step.weight === 100 ? 0 : analysis.interval,
      gates: [],
      line: step.line
    });
  }
  const last = stages[stages.length - 1];
  if (last?.weight !== 100) stages.push(final);
  const checks = weights.promotes ? weights.steps.length + (analysis.mirror ? 1 : 0) : void 0;
  return { stages, ...checks !== void 0 && checks > 0 ? { checks } : {} };
}
function canaryWeights(ctx, analysis) {
  const useList = analysis.stepWeight <= 0 && analysis.stepWeights.length > 0;
  const list = analysis.stepWeights;
  const maxWeight = list.length > 0 ? Math.min(100, list[list.length - 1] ?? 100) : analysis.maxWeight ?? 100;
  const nextStep = (weight2) => {
    if (!useList) return analysis.stepWeight;
    const maxStep = 100 - weight2;
    if (maxStep === 0) return 1;
    if (weight2 === 0) return Math.min(maxStep, list[0] ?? maxStep);
    const index = list.indexOf(weight2);
    if (index >= 0 && index < list.length - 1) return Math.min(maxStep, (list[index + 1] ?? 0) - weight2);
    return maxStep;
  };
  const lineOf = (weight2) => {
    if (!useList) return ctx.doc.lineOf(["spec", analysis.key, "stepWeight"]);
    const index = list.indexOf(weight2);
    return ctx.doc.lineOf(["spec", analysis.key, "stepWeights", ...index >= 0 ? [index] : []]);
  };
  const steps = [];
  let weight = 0;
  while (weight < maxWeight && steps.length <= 100) {
    const step = nextStep(weight);
    const next = Math.min(100, weight + step);
    if (step <= 0 || next === weight) break;
    weight = next;
    steps.push({ weight, line: lineOf(weight) });
  }
  if (weight < maxWeight) {
    ctx.notes.push(
      steps.length === 0 ? `spec.${analysis.key} sets no stepWeight, stepWeights or iterations: Flagger never shifts traffic and never promotes` : `Flagger stops advancing at ${weight}% (below maxWeight ${maxWeight}%) and never promotes`
    );
    return { steps, promotes: false };
  }
  return { steps, promotes: true };
}
function finalStage3(line) {
  return { weight: 100, hold: 0, gates: [], line };
}
function routesEveryone(match) {
  return match.some((condition) => {
    if (!isObject(condition)) return false;
    const entries = Object.entries(condition);
    if (entries.length === 0) return true;
    return entries.every(([kind, spec]) => {
      if (kind === "headers" && isObject(spec)) {
        const headers = Object.entries(spec);
        return headers.length > 0 && headers.every(([name, rule]) => matchesEveryone(name, valueMatch(rule)));
      }
      if ((kind === "uri" || kind === "method" || kind === "authority" || kind === "scheme") && isObject(spec)) {
        const pseudo = { uri: ":path", method: ":method", authority: ":authority", scheme: ":scheme" }[kind];
        return matchesEveryone(pseudo, valueMatch(spec));
      }
      return false;
    });
  });
}
function valueMatch(rule) {
  if (!isObject(rule)) return void 0;
  const value = {};
  for (const key of ["exact", "prefix", "suffix", "regex"]) {
    const text = asString(field(rule, key));
    if (text !== void 0) value[key] = text;
  }
  return value;
}
function describeMatch(match) {
  const alternatives = match.map((condition) => {
    if (!isObject(condition)) return "a match condition";
    const parts = [];
    for (const [kind, spec] of Object.entries(condition)) {
      if ((kind === "headers" || kind === "queryParams") && isObject(spec)) {
        const label = kind === "headers" ? "header" : "query";
        for (const [name, rule] of Object.entries(spec))
          parts.push(`${label} ${name}${describeStringMatch(rule)}`);
      } else if (kind === "sourceLabels" && isObject(spec)) {
        for (const [name, value] of Object.entries(spec)) parts.push(`source label ${name}=${String(value)}`);
      } else {
        parts.push(`${kind}${describeStringMatch(spec)}`);
      }
    }
    return parts.length > 0 ? parts.join(" and ") : "a match condition";
  });
  return alternatives.join(" or ");
}
function describeStringMatch(rule) {
  const exact = asString(field(rule, "exact"));
  if (exact !== void 0) return `=${exact}`;
  const regex = asString(field(rule, "regex"));
  if (regex !== void 0) return ` ~ ${regex}`;
  const prefix = asString(field(rule, "prefix"));
  if (prefix !== void 0) return ` prefix ${prefix}`;
  const suffix = asString(field(rule, "suffix"));
  if (suffix !== void 0) return ` suffix ${suffix}`;
  return "";
}

// src/formats/flagger/index.ts
var flagger = {
  id: "flagger",
  detect(doc) {
    const apiVersion = asString(field(doc.value, "apiVersion"));
    const kind = asString(field(doc.value, "kind"));
    if (apiVersion === void 0 || !apiVersion.startsWith(API_GROUP2)) return false;
    return kind === "Canary" || kind === "MetricTemplate" || kind === "AlertProvider";
  },
  toPlans(doc) {
    if (asString(field(doc.value, "kind")) !== "Canary") return { plans: [], diagnostics: [] };
    return canaryPlans(doc);
  }
};
function canaryPlans(doc) {
  const ctx = new AdapterContext(doc);
  const spec = readSpec(ctx);
  if (!spec) return { plans: [], diagnostics: ctx.diagnostics };
  noteUnknownApiVersion(ctx);
  noteMisplacedAnalysisKeys(ctx, spec);
  const switches = {
    skipAnalysis: readSwitch(ctx, spec, "skipAnalysis", "the analysis is treated as skipped"),
    suspended: readSwitch(ctx, spec, "suspend", "the Canary is treated as suspended"),
    analysis: readAnalysis2(ctx, spec)
  };
  const provider = readProvider(ctx, spec);
  const { analysis } = switches;
  const rollout = analysis && !switches.skipAnalysis ? analysedRollout(ctx, analysis, provider) : unanalysedRollout(ctx, switches, provider);
  const namespace = asString(path(doc.value, ["metadata", "namespace"]));
  const target = {
    kind: "Canary",
    name: asString(path(doc.value, ["metadata", "name"])) ?? "",
    ...namespace !== void 0 ? { namespace } : {}
  };
  const delivers = readTargetRef(ctx, spec, namespace);
  const failureThreshold = analysis && !switches.skipAnalysis && !switches.suspended ? thresholdOf(ctx, analysis, rollout) : void 0;
  const plan = {
    id: planId("flagger", "Canary", doc),
    format: "flagger",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target,
    ...rollout,
    rollback: rollbackOf5(ctx, switches),
    bypasses: bypassesOf(ctx, switches),
    ...delivers ? { delivers } : {},
    ...failureThreshold ? { failureThreshold } : {},
    notes: ctx.notes
  };
  return { plans: [plan], diagnostics: ctx.diagnostics };
}
function readSpec(ctx) {
  const spec = field(ctx.doc.value, "spec");
  if (spec === void 0 || spec === null || isObject(spec) && field(spec, "targetRef") === void 0) {
    ctx.report(
      ["spec"],
      "Canary has no spec.targetRef: it looks like a partial object (a Kustomize patch?) and cannot be judged on its own; build the overlay and check the result",
      "MANIFEST_UNSUPPORTED"
    );
    return void 0;
  }
  if (!isObject(spec)) ctx.invalid(["spec"], `must be a mapping, not ${describeValue(spec)}`);
  return asObject(spec);
}
function noteUnknownApiVersion(ctx) {
  const apiVersion = asString(field(ctx.doc.value, "apiVersion")) ?? "";
  if (!KNOWN_API_VERSIONS.includes(apiVersion)) {
    ctx.notes.push(
      `apiVersion ${apiVersion} is not a Flagger version rollout-guard knows; read as flagger.app/v1beta1`
    );
  }
}
function thresholdOf(ctx, analysis, rollout) {
  return {
    label: "Flagger analysis threshold",
    failures: analysis.threshold,
    ...rollout.checks !== void 0 ? { checks: rollout.checks } : {},
    line: ctx.doc.lineOf(["spec", analysis.key, "threshold"])
  };
}
function analysedRollout(ctx, analysis, provider) {
  const webhooks = readWebhooks(ctx, analysis);
  const shape = effectiveShape(ctx, analysis, provider);
  const { stages, checks } = stagesFor(ctx, analysis, shape);
  applyWebhookGates(ctx, stages, shape.strategy, webhooks);
  const backgroundGates = [...metricGates(ctx, analysis), ...backgroundWebhookGates(ctx, webhooks)];
  noteToothlessAnalysis(ctx, backgroundGates, stages);
  return { strategy: shape.strategy, stages, backgroundGates, ...checks !== void 0 ? { checks } : {} };
}
function unanalysedRollout(ctx, switches, provider) {
  const { analysis } = switches;
  const stages = [];
  if (analysis) {
    ctx.notes.push(`skipAnalysis: the ${analysis.key} block is not run`);
    const approvals = readWebhooks(ctx, analysis).filter((hook) => hook.type === "confirm-rollout").map((hook) => approval(hook));
    const first = approvals[0];
    if (first) stages.push({ weight: 0, hold: "manual", gates: approvals, line: first.line });
  }
  stages.push(finalStage3(ctx.doc.lineOf(switches.skipAnalysis ? ["spec", "skipAnalysis"] : ["spec"])));
  const strategy = analysis ? effectiveShape(ctx, analysis, provider, false).strategy : "canary";
  return { strategy, stages, backgroundGates: [] };
}
function bypassesOf(ctx, switches) {
  const bypasses = [];
  const at = (key) => ctx.doc.lineOf(["spec", key]);
  if (switches.skipAnalysis) {
    bypasses.push({
      field: "spec.skipAnalysis",
      reason: "Flagger promotes the new version without analysing it: no stages, no checks, no rollback",
      line: at("skipAnalysis")
    });
  }
  if (!switches.analysis) {
    bypasses.push({
      field: "spec.analysis",
      reason: "Flagger promotes without analysis: the Canary has no analysis (or canaryAnalysis) block",
      line: at("analysis")
    });
  }
  if (switches.suspended) {
    bypasses.push({
      field: "spec.suspend",
      reason: "Flagger ignores changes to the target while the Canary is suspended: no analysis and no rollback run",
      line: at("suspend")
    });
  }
  return bypasses;
}
function rollbackOf5(ctx, { skipAnalysis, suspended, analysis }) {
  if (analysis && !skipAnalysis && !suspended) {
    const { threshold } = analysis;
    return {
      automatic: true,
      how: [`rolls back after ${threshold} failed check${threshold === 1 ? "" : "s"}`],
      line: ctx.doc.lineOf(["spec", analysis.key])
    };
  }
  const why = skipAnalysis ? "skipAnalysis: Flagger promotes without checks" : !analysis ? "no analysis block: Flagger promotes without checks" : "suspend: Flagger does not run the analysis";
  return { automatic: false, how: [`${why}, so nothing triggers a rollback`] };
}

// src/formats/knative.ts
var knative = {
  id: "knative",
  detect(doc) {
    const apiVersion = asString(field(doc.value, "apiVersion"));
    const kind = asString(field(doc.value, "kind"));
    return apiVersion?.startsWith(API_GROUP3) === true && kind !== void 0 && KINDS2.has(kind);
  },
  toPlans(doc) {
    const kind = asString(field(doc.value, "kind"));
    if (kind !== "Service" && kind !== "Route") return { plans: [], diagnostics: [] };
    return routePlans(doc, kind);
  }
};
var API_GROUP3 = "serving.knative.dev/";
var KINDS2 = /* @__PURE__ */ new Set(["Service", "Route", "Configuration", "Revision"]);
var ROLLOUT_DURATION = "serving.knative.dev/rollout-duration";
var NO_ROLLBACK = [
  "Knative never rolls a revision back by itself: traffic stays where the manifest puts it until someone edits it"
];
var GO_DURATION2 = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
var Context4 = class extends AdapterContext {
  constructor(doc, kind) {
    super(doc);
    this.kind = kind;
  }
  kind;
};
function routePlans(doc, kind) {
  const ctx = new Context4(doc, kind);
  const entries = readTraffic(ctx);
  const duration = readRolloutDuration(ctx);
  const shape = entries === void 0 ? noTraffic(ctx, duration) : trafficShape(ctx, entries, duration);
  const namespace = asString(path(doc.value, ["metadata", "namespace"]));
  const target = {
    kind,
    name: asString(path(doc.value, ["metadata", "name"])) ?? "",
    ...namespace !== void 0 ? { namespace } : {}
  };
  const plan = {
    id: planId("knative", kind, doc),
    format: "knative",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target,
    strategy: shape.strategy,
    stages: shape.stages,
    backgroundGates: [],
    rollback: { automatic: false, how: NO_ROLLBACK },
    bypasses: [],
    notes: ctx.notes
  };
  return { plans: [plan], diagnostics: ctx.diagnostics };
}
function readTraffic(ctx) {
  const at = ["spec", "traffic"];
  const raw = path(ctx.doc.value, ["spec", "traffic"]);
  if (raw === void 0 || raw === null) {
    if (ctx.kind === "Route")
      ctx.invalid(at, "a Route needs spec.traffic; read as all traffic to the latest revision");
    return void 0;
  }
  const list = asArray(raw);
  if (list === void 0) {
    ctx.invalid(
      at,
      `must be a list of traffic targets, got ${describeValue(raw)}; read as all traffic to the latest revision`
    );
    return void 0;
  }
  const entries = list.flatMap((item, index) => readEntry(ctx, [...at, index], item));
  const sum = entries.reduce((total, entry) => total + entry.percent, 0);
  if (sum !== 100) {
    ctx.invalid(at, `percents sum to ${sum}, not 100: Knative rejects the ${ctx.kind}`);
  }
  return entries;
}
function readEntry(ctx, at, item) {
  if (!isObject(item)) {
    ctx.invalid(at, `must be a traffic target map, got ${describeValue(item)}`);
    return [];
  }
  const rawPercent = field(item, "percent");
  let percent = 0;
  if (rawPercent !== void 0 && rawPercent !== null) {
    if (typeof rawPercent !== "number" || !Number.isInteger(rawPercent) || rawPercent < 0 || rawPercent > 100) {
      ctx.invalid(
        [...at, "percent"],
        `must be a whole percentage from 0 to 100, got ${describeValue(rawPercent)}`
      );
    } else {
      percent = rawPercent;
    }
  }
  const revisionName = nonEmpty(field(item, "revisionName"));
  const configurationName = nonEmpty(field(item, "configurationName"));
  const rawLatest = field(item, "latestRevision");
  if (rawLatest !== void 0 && rawLatest !== null && typeof rawLatest !== "boolean") {
    ctx.invalid([...at, "latestRevision"], `must be true or false, got ${describeValue(rawLatest)}`);
  }
  const latest = typeof rawLatest === "boolean" ? rawLatest : revisionName === void 0;
  if (typeof rawLatest === "boolean" && rawLatest === (revisionName !== void 0)) {
    ctx.invalid(
      [...at, "latestRevision"],
      rawLatest ? "is true beside a revisionName: Knative rejects the traffic target" : "is false without a revisionName: Knative rejects the traffic target"
    );
  }
  if (ctx.kind === "Service" && configurationName !== void 0) {
    ctx.invalid([...at, "configurationName"], "is not allowed in a Service: Knative rejects it");
  }
  if (ctx.kind === "Route" && revisionName === void 0 && configurationName === void 0) {
    ctx.invalid(at, "names neither a revisionName nor a configurationName: Knative rejects it");
  }
  return [{ at, percent, latest, revisionName, tag: nonEmpty(field(item, "tag")) }];
}
function readRolloutDuration(ctx) {
  const at = ["metadata", "annotations", ROLLOUT_DURATION];
  const raw = path(ctx.doc.value, ["metadata", "annotations", ROLLOUT_DURATION]);
  if (raw === void 0 || raw === null) {
    ctx.notes.push(
      `no ${ROLLOUT_DURATION} annotation: a cluster-wide rollout-duration in the config-network ConfigMap, if any, is not visible here`
    );
    return void 0;
  }
  const text = typeof raw === "string" ? raw.trim() : void 0;
  const seconds = text !== void 0 && GO_DURATION2.test(text) ? parseDuration(text) : void 0;
  if (seconds === void 0 || seconds <= 0 || !Number.isInteger(seconds)) {
    ctx.invalid(
      at,
      `must be a positive duration in whole seconds such as 380s, got ${describeValue(raw)}: Knative rejects it`
    );
    return void 0;
  }
  return { seconds, line: ctx.doc.lineOf(at) };
}
function noTraffic(ctx, duration) {
  const line = ctx.doc.lineOf(["spec"]);
  ctx.notes.push("no spec.traffic: all traffic follows the latest ready revision");
  return latestTakesAll(ctx, line, duration);
}
function trafficShape(ctx, entries, duration) {
  const line = ctx.doc.lineOf(["spec", "traffic"]);
  for (const entry of entries) {
    if (entry.percent === 0 && entry.tag !== void 0) {
      ctx.notes.push(
        `tag ${clip(entry.tag)} reaches ${entry.latest ? "the latest revision" : `revision ${clip(entry.revisionName ?? "")}`} at its own URL, with no share of the traffic`
      );
    }
  }
  const latest = entries.filter((entry) => entry.latest && entry.percent > 0);
  const latestShare = Math.min(
    100,
    latest.reduce((total, entry) => total + entry.percent, 0)
  );
  if (latestShare >= 100) return latestTakesAll(ctx, line, duration);
  if (latestShare > 0) {
    const pinned = entries.filter((entry) => !entry.latest && entry.percent > 0);
    ctx.notes.push(
      `each new revision takes ${latestShare}% as soon as it is ready${duration ? ` (moved in over ${formatDuration(duration.seconds)})` : ""}; the rest stays on ${pinned.map((e) => `revision ${clip(e.revisionName ?? "")}`).join(", ") || "pinned revisions"} until someone edits spec.traffic`
    );
    return {
      strategy: "canary",
      stages: [
        {
          weight: latestShare,
          hold: "manual",
          gates: [],
          line: ctx.doc.lineOf(latest[0]?.at ?? ["spec", "traffic"])
        },
        { weight: 100, hold: 0, gates: [], line }
      ]
    };
  }
  const shares = entries.filter((entry) => entry.percent > 0);
  if (shares.length <= 1) {
    const only2 = shares[0];
    ctx.notes.push(
      `all traffic is pinned to revision ${clip(only2?.revisionName ?? "")}: a new revision gets none until the manifest names it, and then all of it at once`
    );
    return { strategy: "all-at-once", stages: [{ weight: 100, hold: 0, gates: [], line }] };
  }
  const smallest = shares.reduce((min, entry) => entry.percent < min.percent ? entry : min);
  ctx.notes.push(
    `traffic is split across named revisions (${shares.map((e) => `${clip(e.revisionName ?? "")} ${e.percent}%`).join(", ")}): the canary is the smallest share, and each edit of the percentages is a step`
  );
  return {
    strategy: "canary",
    stages: [
      { weight: smallest.percent, hold: "manual", gates: [], line: ctx.doc.lineOf(smallest.at) },
      { weight: 100, hold: 0, gates: [], line }
    ]
  };
}
function latestTakesAll(ctx, line, duration) {
  if (duration === void 0) {
    ctx.notes.push(
      `every new revision takes all traffic as soon as it is ready: a change to the ${ctx.kind === "Service" ? "Service template" : "configuration"} ships at once`
    );
    return { strategy: "all-at-once", stages: [{ weight: 100, hold: 0, gates: [], line }] };
  }
  ctx.notes.push(
    `${ROLLOUT_DURATION} ${formatDuration(duration.seconds)}: a new revision takes 1% first, then the rest in equal steps over the duration, by time alone; the number of steps depends on how fast the 1% became ready (one step at worst)`
  );
  return {
    strategy: "linear",
    stages: [
      { weight: 1, hold: duration.seconds, gates: [], line: duration.line },
      { weight: 100, hold: 0, gates: [], line }
    ]
  };
}
function nonEmpty(value) {
  const text = asString(value);
  return text === void 0 || text === "" ? void 0 : text;
}

// src/formats/kubernetes.ts
var kubernetes = {
  id: "kubernetes",
  detect(doc) {
    const apiVersion = asString(field(doc.value, "apiVersion"));
    const kind = asString(field(doc.value, "kind"));
    if (apiVersion === void 0 || kind === void 0) return false;
    return !OTHER_FORMAT_GROUPS.some((group) => apiVersion.startsWith(group));
  },
  toPlans(doc) {
    const result = { plans: [], diagnostics: [] };
    readObject(new AdapterContext(doc, result.diagnostics), result, 0);
    return result;
  }
};
var OTHER_FORMAT_GROUPS = ["argoproj.io/", "flagger.app/", "rollouts.kruise.io/", "rollout-guard.dev/"];
var WORKLOAD_API_VERSIONS = {
  Deployment: ["apps/v1", "apps/v1beta1", "apps/v1beta2", "extensions/v1beta1"],
  StatefulSet: ["apps/v1", "apps/v1beta1", "apps/v1beta2"],
  DaemonSet: ["apps/v1", "apps/v1beta2", "extensions/v1beta1"]
};
var CANARY_LABELS = ["track", "version", "gruntwork.io/deployment-type"];
var MAX_LIST_DEPTH = 4;
function readObject(ctx, result, depth, defaults = {}) {
  const { doc } = ctx;
  const kind = asString(field(doc.value, "kind")) ?? defaults.kind;
  const apiVersion = asString(field(doc.value, "apiVersion")) ?? defaults.apiVersion;
  if (kind === void 0 || apiVersion === void 0) return;
  if (kind === "List" || kind.endsWith("List") && field(doc.value, "items") !== void 0) {
    readList3(ctx, result, depth, kind === "List" ? {} : { kind: kind.slice(0, -"List".length), apiVersion });
    return;
  }
  if (!WORKLOAD_API_VERSIONS[kind]?.includes(apiVersion)) return;
  const missing = requiredMissing(doc, apiVersion);
  if (missing !== void 0) {
    ctx.report(
      ["kind"],
      `${kind} ${asString(path(doc.value, ["metadata", "name"])) ?? ""} has no ${missing}: it is a partial object (a Kustomize patch?) and cannot be judged on its own; build the overlay (kustomize build) and pass the output as rendered-manifests (--rendered)`,
      "MANIFEST_UNSUPPORTED"
    );
    return;
  }
  result.plans.push(workloadPlan(ctx, kind, apiVersion));
}
function requiredMissing(doc, apiVersion) {
  if (!isObject(path(doc.value, ["spec", "template"]))) return "spec.template";
  if ((apiVersion === "apps/v1" || apiVersion === "apps/v1beta2") && !isObject(path(doc.value, ["spec", "selector"]))) {
    return "spec.selector";
  }
  return void 0;
}
function readList3(ctx, result, depth, defaults) {
  const items = field(ctx.doc.value, "items");
  if (items === void 0 || items === null) return;
  const list = asArray(items);
  if (!list) {
    ctx.invalid(["items"], "must be a list");
    return;
  }
  if (depth >= MAX_LIST_DEPTH) return;
  list.forEach(
    (item, i) => readObject(
      new AdapterContext(itemDocument(ctx.doc, i, item), ctx.diagnostics),
      result,
      depth + 1,
      defaults
    )
  );
}
function itemDocument(doc, index, value) {
  return {
    file: doc.file,
    index: doc.index,
    line: doc.lineOf(["items", index]),
    value,
    lineOf: (at) => doc.lineOf(["items", index, ...at])
  };
}
function workloadPlan(ctx, kind, apiVersion) {
  const { doc } = ctx;
  const name = asString(path(doc.value, ["metadata", "name"]));
  const namespace = asString(path(doc.value, ["metadata", "namespace"]));
  const target = { kind, name: name ?? "", ...namespace !== void 0 ? { namespace } : {} };
  const { strategy, strategyPath, type } = kind === "Deployment" ? deploymentStrategy(ctx) : updateStrategy(ctx, kind, apiVersion);
  if (kind === "Deployment") noteDeploymentFacts(ctx);
  const deadline = ["spec", "progressDeadlineSeconds"];
  const rollback = kind === "Deployment" ? {
    automatic: false,
    how: ["progressDeadlineSeconds only marks the rollout failed; nothing rolls back"],
    ...path(doc.value, deadline) !== void 0 ? { line: doc.lineOf(deadline) } : {}
  } : { automatic: false, how: [`a ${kind} never rolls back a failed update by itself`] };
  return {
    // A List item has its own name; a nameless one falls back to the file and document index.
    id: planId("kubernetes", kind, doc, name),
    format: "kubernetes",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target,
    strategy,
    stages: [{ weight: 100, hold: 0, gates: [], line: doc.lineOf(strategyPath) }],
    backgroundGates: [],
    rollback,
    bypasses: [],
    ...type !== void 0 ? { workloadStrategy: { type, line: doc.lineOf([...strategyPath, "type"]) } } : {},
    notes: ctx.notes
  };
}
function deploymentStrategy(ctx) {
  const strategyPath = ["spec", "strategy"];
  const type = readType2(ctx, [...strategyPath, "type"], ["RollingUpdate", "Recreate"]);
  if (type === "Recreate") {
    ctx.notes.push(
      "strategy Recreate: every old pod stops before any new one starts, so the service is down until new pods are ready (under a Flagger Canary, the primary is recreated this way at promotion)"
    );
    return { strategy: "all-at-once", strategyPath, type };
  }
  if (type === void 0) {
    return { strategy: "all-at-once", strategyPath, type };
  }
  return { strategy: "rolling", strategyPath, type };
}
function updateStrategy(ctx, kind, apiVersion) {
  const strategyPath = ["spec", "updateStrategy"];
  const legacyDefault = kind === "StatefulSet" && apiVersion === "apps/v1beta1" || kind === "DaemonSet" && apiVersion === "extensions/v1beta1";
  const type = readType2(
    ctx,
    [...strategyPath, "type"],
    ["RollingUpdate", "OnDelete"],
    legacyDefault ? "OnDelete" : "RollingUpdate"
  );
  if (type === "OnDelete") {
    ctx.notes.push(`updateStrategy OnDelete: pods take the new version only when someone deletes them`);
  }
  const partition = path(ctx.doc.value, [...strategyPath, "rollingUpdate", "partition"]);
  if (kind === "StatefulSet" && type === "RollingUpdate" && typeof partition === "number" && partition > 0) {
    ctx.notes.push(
      `rollingUpdate.partition ${partition}: only pods with ordinal ${partition} or higher take the new version until the partition is lowered by hand`
    );
  }
  return { strategy: "rolling", strategyPath, type };
}
function readType2(ctx, at, allowed, fallback = "RollingUpdate") {
  const value = path(ctx.doc.value, at);
  if (value === void 0 || value === null) return fallback;
  if (typeof value === "string" && allowed.includes(value)) return value;
  ctx.invalid(at, `must be ${allowed.join(" or ")}`);
  return void 0;
}
function noteDeploymentFacts(ctx) {
  const { doc } = ctx;
  const labelSets = [
    path(doc.value, ["spec", "template", "metadata", "labels"]),
    path(doc.value, ["metadata", "labels"])
  ];
  const canaryByLabel = labelSets.some(
    (labels) => isObject(labels) && CANARY_LABELS.some((label) => field(labels, label) === "canary")
  );
  if (canaryByLabel)
    ctx.notes.push("canary by convention: weight is the replica ratio with the stable Deployment");
  if (path(doc.value, ["spec", "paused"]) === true) {
    ctx.notes.push("spec.paused: true: the Deployment does not roll out until someone resumes it");
  }
}

// src/formats/native.ts
var NATIVE_API_VERSION = "rollout-guard.dev/v1";
var NATIVE_KIND = "RolloutPlan";
var native = {
  id: "native",
  detect(doc) {
    return asString(field(doc.value, "apiVersion"))?.startsWith(API_GROUP4) === true;
  },
  toPlans(doc) {
    const ctx = new AdapterContext(doc);
    const plan = readPlan(ctx);
    return { plans: plan && ctx.diagnostics.length === 0 ? [plan] : [], diagnostics: ctx.diagnostics };
  }
};
var API_GROUP4 = "rollout-guard.dev/";
var STRATEGIES3 = [
  "canary",
  "linear",
  "ab-test",
  "blue-green",
  "rolling",
  "all-at-once"
];
var GATE_KINDS = ["analysis", "approval", "metric-check", "webhook"];
var CONTROLLED_KINDS = ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Rollout", "Canary"];
var TOP_KEYS = ["apiVersion", "kind", "metadata", "spec"];
var METADATA_KEYS = ["name", "namespace", "labels", "annotations"];
var SPEC_KEYS = ["target", "strategy", "stages", "backgroundGates", "rollback", "notes"];
var TARGET_KEYS = ["kind", "name", "namespace"];
var STAGE_KEYS = ["name", "weight", "hold", "gates", "segment"];
var GATE_KEYS = ["kind", "name"];
var ROLLBACK_KEYS = ["automatic", "how"];
function readPlan(ctx) {
  const { doc } = ctx;
  const apiVersion = asString(field(doc.value, "apiVersion"));
  const kind = field(doc.value, "kind");
  if (apiVersion !== NATIVE_API_VERSION || kind !== NATIVE_KIND) {
    ctx.report(
      apiVersion === NATIVE_API_VERSION ? ["kind"] : ["apiVersion"],
      `rollout-guard reads only apiVersion ${NATIVE_API_VERSION} with kind ${NATIVE_KIND}`,
      "MANIFEST_UNSUPPORTED"
    );
    return void 0;
  }
  checkKeys(ctx, doc.value, [], TOP_KEYS);
  const metadata = readObject2(ctx, doc.value, ["metadata"], true);
  const name = readString(ctx, metadata, ["metadata", "name"], true);
  const namespace = readString(ctx, metadata, ["metadata", "namespace"], false);
  if (metadata) {
    checkKeys(ctx, metadata, ["metadata"], METADATA_KEYS);
    readStringMap(ctx, metadata, ["metadata", "labels"]);
    readStringMap(ctx, metadata, ["metadata", "annotations"]);
  }
  const spec = readObject2(ctx, doc.value, ["spec"], true);
  if (!spec) return void 0;
  checkKeys(ctx, spec, ["spec"], SPEC_KEYS, {
    bypasses: "spec.bypasses cannot be declared: rollout-guard finds bypasses itself; remove the key"
  });
  const delivers = readTarget2(ctx, spec, namespace);
  const strategy = readStrategy3(ctx, spec);
  const stages = readStages2(ctx, spec);
  const backgroundGates = readGates(ctx, spec, ["spec", "backgroundGates"]);
  const rollback = readRollback(ctx, spec);
  const notes = readStringList(ctx, spec, ["spec", "notes"]);
  if (name === void 0 || !delivers || !stages) return void 0;
  const last = stages[stages.length - 1];
  if (last && last.weight < 100) {
    stages.push({ weight: 100, hold: 0, gates: [], line: doc.lineOf(["spec", "stages"]) });
    notes.push(`the last stage is at ${last.weight}%: a final 100% stage is assumed`);
  }
  const target = { kind: NATIVE_KIND, name, ...namespace !== void 0 ? { namespace } : {} };
  return {
    id: planId("native", NATIVE_KIND, doc),
    format: "native",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target,
    strategy,
    stages,
    backgroundGates,
    rollback,
    bypasses: [],
    delivers,
    notes
  };
}
function readTarget2(ctx, spec, namespace) {
  const at = ["spec", "target"];
  const target = readObject2(ctx, spec, at, true);
  if (!target) return void 0;
  checkKeys(ctx, target, at, TARGET_KEYS);
  const kind = readString(ctx, target, [...at, "kind"], true);
  const name = readString(ctx, target, [...at, "name"], true);
  const targetNamespace = readString(ctx, target, [...at, "namespace"], false) ?? namespace;
  if (kind !== void 0 && CONTROLLED_KINDS.includes(kind)) {
    ctx.report(
      [...at, "kind"],
      `spec.target.kind ${kind} is rolled out by its own controller, which ignores this plan; judge its own manifest instead`
    );
    return void 0;
  }
  if (kind === void 0 || name === void 0) return void 0;
  return { kind, name, ...targetNamespace !== void 0 ? { namespace: targetNamespace } : {} };
}
function readStrategy3(ctx, spec) {
  const value = field(spec, "strategy");
  if (value === void 0) return "canary";
  const strategy = STRATEGIES3.find((known) => known === value);
  if (!strategy) ctx.report(["spec", "strategy"], `spec.strategy must be one of ${STRATEGIES3.join(", ")}`);
  return strategy ?? "canary";
}
function readStages2(ctx, spec) {
  const at = ["spec", "stages"];
  const value = field(spec, "stages");
  if (!Array.isArray(value) || value.length === 0) {
    ctx.report(
      at,
      value === void 0 ? "spec.stages is required" : "spec.stages must be a non-empty list of stages"
    );
    return void 0;
  }
  const stages = [];
  let previous;
  value.forEach((raw, i) => {
    const stageAt = [...at, i];
    if (!isObject(raw)) {
      ctx.invalid(stageAt, "must be a mapping with at least a weight");
      return;
    }
    checkKeys(ctx, raw, stageAt, STAGE_KEYS);
    const weight = readWeight2(ctx, raw, [...stageAt, "weight"]);
    if (weight !== void 0 && previous !== void 0 && weight <= previous) {
      ctx.report(
        [...stageAt, "weight"],
        `${fieldPath([...stageAt, "weight"])} must be above the stage before it (${previous})`
      );
    }
    if (weight !== void 0) previous = Math.max(previous ?? weight, weight);
    const hold = readHold(ctx, raw, [...stageAt, "hold"]);
    const gates = readGates(ctx, raw, [...stageAt, "gates"]);
    const name = readString(ctx, raw, [...stageAt, "name"], false);
    const segment = readString(ctx, raw, [...stageAt, "segment"], false);
    if (weight === void 0 || hold === void 0) return;
    stages.push({
      weight,
      hold,
      gates,
      line: ctx.doc.lineOf(stageAt),
      ...name !== void 0 ? { name } : {},
      ...segment !== void 0 ? { segment } : {}
    });
  });
  return stages;
}
function readWeight2(ctx, stage, at) {
  const value = field(stage, "weight");
  if (typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 100) return value;
  ctx.report(
    value === void 0 ? at.slice(0, -1) : at,
    value === void 0 ? `${fieldPath(at)} is required` : `${fieldPath(at)} must be a number from 0 to 100${typeof value === "number" ? `, not ${value}` : ""}`
  );
  return void 0;
}
function readHold(ctx, stage, at) {
  const value = field(stage, "hold");
  if (value === void 0) return 0;
  if (value === "manual") return "manual";
  const seconds = typeof value === "number" || typeof value === "string" ? parseDuration(value) : void 0;
  if (seconds === void 0) {
    ctx.invalid(at, "must be a duration (30m, 1h30m, PT5M), a number of seconds, or manual");
  }
  return seconds;
}
function readGates(ctx, parent, at) {
  const value = field(parent, String(at[at.length - 1]));
  if (value === void 0) return [];
  if (!Array.isArray(value)) {
    ctx.invalid(at, "must be a list of gates");
    return [];
  }
  const gates = [];
  value.forEach((raw, i) => {
    const gateAt = [...at, i];
    const line = ctx.doc.lineOf(gateAt);
    if (typeof raw === "string") {
      const kind2 = gateKind(ctx, raw, gateAt);
      if (kind2) gates.push({ kind: kind2, line, effective: true });
      return;
    }
    if (!isObject(raw)) {
      ctx.invalid(gateAt, `must be a gate kind (${GATE_KINDS.join(", ")}) or {kind, name}`);
      return;
    }
    checkKeys(ctx, raw, gateAt, GATE_KEYS);
    const rawKind = field(raw, "kind");
    let kind;
    if (typeof rawKind === "string") kind = gateKind(ctx, rawKind, [...gateAt, "kind"]);
    else {
      ctx.report(
        rawKind === void 0 ? gateAt : [...gateAt, "kind"],
        `${fieldPath([...gateAt, "kind"])} is required: one of ${GATE_KINDS.join(", ")}`
      );
    }
    const name = readString(ctx, raw, [...gateAt, "name"], false);
    if (kind) gates.push({ kind, ...name !== void 0 ? { name } : {}, line, effective: true });
  });
  return gates;
}
function gateKind(ctx, value, at) {
  const kind = GATE_KINDS.find((known) => known === value);
  if (!kind) ctx.invalid(at, `is not a gate kind: use one of ${GATE_KINDS.join(", ")}`);
  return kind;
}
function readRollback(ctx, spec) {
  const at = ["spec", "rollback"];
  const rollback = readObject2(ctx, spec, at, false);
  if (!rollback) return { automatic: false, how: [] };
  checkKeys(ctx, rollback, at, ROLLBACK_KEYS);
  const automatic = field(rollback, "automatic");
  if (typeof automatic !== "boolean") {
    ctx.report(
      automatic === void 0 ? at : [...at, "automatic"],
      automatic === void 0 ? "spec.rollback.automatic is required" : "spec.rollback.automatic must be true or false"
    );
  }
  return {
    automatic: automatic === true,
    how: readStringList(ctx, rollback, [...at, "how"]),
    line: ctx.doc.lineOf(at)
  };
}
function checkKeys(ctx, object, at, allowed, explained = {}) {
  if (!isObject(object)) return;
  for (const key of Object.keys(object)) {
    if (allowed.includes(key)) continue;
    const message = Object.prototype.hasOwnProperty.call(explained, key) ? explained[key] : `unknown key \`${clip(key)}\` in ${at.length > 0 ? fieldPath(at) : "the document"}; allowed: ${allowed.join(", ")}`;
    ctx.report([...at, key], message ?? "");
  }
}
function readObject2(ctx, parent, at, required) {
  const value = field(parent, String(at[at.length - 1]));
  if (isObject(value)) return value;
  if (value !== void 0) ctx.invalid(at, "must be a mapping");
  else if (required && isObject(parent)) ctx.report(at.slice(0, -1), `${fieldPath(at)} is required`);
  return void 0;
}
function readString(ctx, parent, at, required) {
  const value = field(parent, String(at[at.length - 1]));
  if (typeof value === "string" && value !== "") return value;
  if (value !== void 0) ctx.invalid(at, "must be a non-empty string");
  else if (required && isObject(parent)) ctx.report(at.slice(0, -1), `${fieldPath(at)} is required`);
  return void 0;
}
function readStringList(ctx, parent, at) {
  const value = field(parent, String(at[at.length - 1]));
  if (value === void 0) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
    ctx.invalid(at, "must be a list of strings");
    return [];
  }
  return [...value];
}
function readStringMap(ctx, parent, at) {
  const value = field(parent, String(at[at.length - 1]));
  if (value === void 0) return;
  if (!isObject(value) || !Object.values(value).every((item) => typeof item === "string")) {
    ctx.invalid(at, "must map names to strings");
  }
}

// src/formats/types.ts
var DEFAULT_READINGS = ["kubectl", "kustomize"];

// src/formats/registry/adapters.ts
var ADAPTERS = [
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
  kubernetes
];
var FORMAT_READINGS = {
  "aws-sam": ["yaml-1.1", "yaml-1.2"],
  "aws-cloudformation": ["yaml-1.1", "yaml-1.2"],
  "aws-ecs": ["yaml-1.1", "yaml-1.2"],
  "aws-codedeploy": ["yaml-1.1", "yaml-1.2"],
  spinnaker: ["yaml-1.1", "kubectl"],
  "azure-pipelines": ["yaml-1.2"],
  "github-actions": ["yaml-1.2"],
  "cloud-deploy": ["yaml-1.2"]
};
function readingsOf(adapter) {
  return adapter.readings ?? FORMAT_READINGS[adapter.id] ?? DEFAULT_READINGS;
}
var CONSUMERS = {
  kubectl: "kubectl and Argo CD (go-yaml v2)",
  kustomize: "kustomize and Flux (go-yaml v3)",
  "yaml-1.1": "YAML 1.1 readers (PyYAML, SnakeYAML)",
  "yaml-1.2": "YAML 1.2 readers"
};

// src/formats/registry/documents.ts
var offsetsOf = /* @__PURE__ */ new WeakMap();
function listItems(doc) {
  const kind = asString(field(doc.value, "kind"));
  const items = asArray(field(doc.value, "items"));
  if (kind === void 0 || !kind.endsWith("List") || items === void 0) return [doc];
  const apiVersion = field(doc.value, "apiVersion");
  const itemKind = kind === "List" ? void 0 : kind.slice(0, -"List".length);
  const offsets = offsetsOf.get(doc);
  return items.map((item, index) => {
    const itemDoc = {
      file: doc.file,
      index: doc.index,
      line: doc.lineOf(["items", index]),
      value: isObject(item) && itemKind !== void 0 ? { apiVersion, kind: itemKind, ...item } : item,
      lineOf: (path2) => doc.lineOf(["items", index, ...path2])
    };
    if (offsets) offsetsOf.set(itemDoc, (path2) => offsets(["items", index, ...path2]));
    return itemDoc;
  });
}
function describeDocument(doc) {
  const kind = asString(field(doc?.value, "kind"));
  return kind !== void 0 && /^[A-Za-z][A-Za-z0-9]{0,40}$/.test(kind) ? `this ${kind}` : "this rollout";
}

// src/formats/registry/disagreement.ts
function disagreement(unit, adapter, declared, at, itemCountsDiffer, runs2, text, cloudFormation, lineAt) {
  const unitLine = lineAt(unit.contentStart);
  if (unit.split) return { line: lineAt(unit.splitAt), offset: unit.splitAt, message: unit.split };
  if (itemCountsDiffer)
    return { line: unitLine, message: "readers find different numbers of items in this list" };
  const odd = unit.oddities[0];
  if (odd) {
    return {
      line: lineAt(odd.offset),
      offset: odd.offset,
      message: `${odd.what} is a line break to go-yaml and YAML 1.1 readers but not to kubectl's document split, YAML 1.2 readers or a diff view`,
      advice: "replace it with a plain line break or remove it"
    };
  }
  for (const doc of unit.documents) {
    if (doc.version !== void 0 || doc.tagDirectives > 0) {
      return {
        line: lineAt(doc.start),
        offset: doc.start,
        message: "a %YAML or %TAG directive changes how readers resolve the document (kubectl refuses it)",
        advice: "remove the directive"
      };
    }
    const tags = cloudFormation && declared.every((r) => r === "yaml-1.1" || r === "yaml-1.2") ? [] : doc.tags;
    if (tags.length > 0) {
      return {
        line: lineAt(tags[0]),
        offset: tags[0],
        message: "an explicit tag (`!…`) is resolved differently by different readers",
        advice: "remove the tag"
      };
    }
    const duplicate = duplicateKeys(doc.root)[0];
    if (duplicate !== void 0) {
      return {
        line: lineAt(duplicate),
        offset: duplicate,
        message: "duplicate key: a key written twice in one mapping is the last one to go-yaml v2 (kubectl) and an error to go-yaml v3 (kustomize)",
        advice: "write the key once"
      };
    }
  }
  for (const reading of declared) {
    const take = at(reading);
    if (take === void 0) {
      return { line: unitLine, message: `${CONSUMERS[reading]} reads no such item here` };
    }
    if ("doc" in take) {
      if (take.owner !== adapter) {
        const other = take.owner === void 0 ? "nothing it deploys as a rollout" : `a ${take.owner.id} document`;
        return {
          line: take.doc.line,
          message: `${CONSUMERS[reading]} reads ${other} here, not a ${adapter.id} document`
        };
      }
      continue;
    }
    if (take.kind === "error") {
      return {
        line: lineAt(take.error.offset),
        offset: take.error.offset,
        message: `${CONSUMERS[reading]} cannot read this document (${take.error.message})`
      };
    }
    if (take.kind === "empty") return { line: unitLine, message: `${CONSUMERS[reading]} reads nothing here` };
  }
  const [first, ...others] = runs2;
  if (first === void 0) return void 0;
  for (const other of others) {
    if (sameResult(first.result, other.result)) continue;
    const path2 = firstDifference(first.doc.value, other.doc.value) ?? [];
    const line = path2.length > 0 ? first.doc.lineOf(path2) : first.doc.line;
    const offset = path2.length > 0 ? offsetsOf.get(first.doc)?.(path2) : void 0;
    const where = path2.length > 0 ? `\`${fieldPath(path2)}\`` : "this document";
    const a = valueAt3(first.doc.value, path2);
    const b = valueAt3(other.doc.value, path2);
    return {
      line,
      offset,
      message: `${CONSUMERS[first.reading]} reads ${where} as ${show(a)}, ${CONSUMERS[other.reading]} as ${show(b)}`,
      advice: advise(a, b) ?? (unit.documents.some((doc) => hasMergeKey(doc.root)) ? "write the keys out instead of merging them in with `<<`" : "write it so that every reader reads the same value")
    };
  }
  return void 0;
}
function sameResult(a, b) {
  return sameData(a, b);
}
function sameData(a, b) {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b;
    return a.length === other.length && a.every((item, i) => sameData(item, other[i]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) => Object.prototype.hasOwnProperty.call(b, key) && sameData(a[key], b[key])
  );
}
function firstDifference(a, b, path2 = [], depth = 0) {
  if (sameData(a, b)) return void 0;
  if (depth > 64) return path2;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length) return [...path2, i];
      const found = firstDifference(a[i], b[i], [...path2, i], depth + 1);
      if (found) return found;
    }
    return path2;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(a)) {
      if (!Object.prototype.hasOwnProperty.call(b, key)) return [...path2, key];
      const found = firstDifference(a[key], b[key], [...path2, key], depth + 1);
      if (found) return found;
    }
    for (const key of Object.keys(b))
      if (!Object.prototype.hasOwnProperty.call(a, key)) return [...path2, key];
  }
  return path2;
}
function valueAt3(value, path2) {
  let current = value;
  for (const segment of path2) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else current = field(current, String(segment));
  }
  return current;
}
function show(value) {
  if (typeof value === "string") {
    return /^[A-Za-z0-9_.:+-]{0,24}$/.test(value) ? `the string "${value}"` : "a string";
  }
  if (typeof value === "number" && !Number.isFinite(value)) return "a number JSON cannot hold";
  return describeValue(value);
}
function advise(a, b) {
  const scalar = (v) => typeof v === "boolean" || typeof v === "number";
  const typed = scalar(a) ? a : scalar(b) ? b : void 0;
  const text = typeof a === "string" ? a : typeof b === "string" ? b : void 0;
  if (typed !== void 0 && text !== void 0 && /^[A-Za-z0-9_.:+-]{0,24}$/.test(text)) {
    return `write \`${String(typed)}\`, or \`"${text}"\` if text is meant`;
  }
  if (typed !== void 0 && text !== void 0)
    return `write \`${String(typed)}\` if that is meant, or quote the text`;
  return void 0;
}
function hasMergeKey(root) {
  const stack = [root];
  const seen = /* @__PURE__ */ new Set();
  while (stack.length > 0) {
    const node = stack.pop();
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === 1) {
      for (let i = 0; i < node.items.length; i += 2) {
        const key = node.items[i];
        if (key.kind === 0 && key.value === "<<" && key.style === 1) return true;
      }
      for (const item of node.items) stack.push(item);
    } else if (node.kind === 2) {
      for (const item of node.items) stack.push(item);
    }
  }
  return false;
}

// src/formats/registry/judge-unit.ts
function judgeUnit(unit, text, file, locate, cloudFormation) {
  const lineAt = (offset) => locate(offset).line;
  const outcome = {
    judged: [],
    documents: [],
    diagnostics: [],
    fileDiagnostics: [],
    recognised: false,
    planCapable: false,
    templatable: false
  };
  const wholes = /* @__PURE__ */ new Map();
  const sourceOf = (reading, state) => {
    if (state.kind !== "value") return void 0;
    const read = state.reading;
    const doc = {
      file,
      index: unit.index,
      line: lineAt(state.root.start),
      value: read.value,
      lineOf: (path2) => lineAt(read.offsetOf(path2))
    };
    offsetsOf.set(doc, (path2) => read.offsetOf(path2));
    wholes.set(reading, doc);
    return listItems(doc);
  };
  const takes = /* @__PURE__ */ new Map();
  const takesOf = (reading) => {
    let known = takes.get(reading);
    if (known === void 0) {
      const state = unit.read(reading);
      const docs = sourceOf(reading, state);
      known = docs === void 0 ? state : docs.map((doc) => ({ reading, doc, owner: ADAPTERS.find((a) => a.detect(doc)) }));
      takes.set(reading, known);
    }
    return known;
  };
  const goOwners = ["kubectl", "kustomize"].flatMap((reading) => {
    const known = takesOf(reading);
    return Array.isArray(known) ? known.map((take) => take.owner) : [];
  });
  const kubernetesFamily = goOwners.some(
    (owner) => owner !== void 0 && readingsOf(owner).some((r) => r === "kubectl" || r === "kustomize")
  );
  const readings = kubernetesFamily ? ["kubectl", "kustomize"] : READINGS;
  const counts = /* @__PURE__ */ new Set();
  for (const reading of readings) {
    const known = takesOf(reading);
    if (Array.isArray(known)) counts.add(known.length);
  }
  const items = Math.max(0, ...counts);
  const errors = readings.flatMap((reading) => {
    const known = takesOf(reading);
    return !Array.isArray(known) && known.kind === "error" ? [{ reading, error: known.error }] : [];
  });
  const invalid = (where, message) => {
    const position = typeof where === "number" ? { line: where } : locate(where.offset);
    outcome.diagnostics.push({ code: "MANIFEST_UNPARSEABLE", message, file, ...position });
  };
  let capable = false;
  let firstCandidate;
  const disagreements = [];
  for (let item = 0; item < items; item++) {
    const at = (reading) => {
      const known = takesOf(reading);
      return Array.isArray(known) ? known[item] : known;
    };
    const candidates = /* @__PURE__ */ new Set();
    for (const reading of readings) {
      const take = at(reading);
      if (take !== void 0 && "doc" in take && take.owner !== void 0) candidates.add(take.owner);
    }
    for (const adapter of candidates) {
      outcome.recognised = true;
      firstCandidate ??= adapter;
      const declared = readingsOf(adapter);
      const runs2 = [];
      let planCapable = adapter !== kubernetes;
      let previous;
      for (const reading of /* @__PURE__ */ new Set([...readings, ...declared])) {
        const take = at(reading);
        if (take === void 0 || !("doc" in take) || take.owner !== adapter) continue;
        if (take.result === void 0 && previous?.result !== void 0 && sameData(take.doc.value, previous.doc.value)) {
          take.result = previous.result;
        }
        take.result ??= runAdapter(adapter, take.doc);
        previous = take;
        if (take.result.plans.length > 0 || take.result.diagnostics.length > 0) planCapable = true;
        if (declared.includes(reading)) runs2.push(take);
      }
      if (!planCapable) continue;
      capable = true;
      if (declared.includes("kubectl") || declared.includes("kustomize")) outcome.templatable = true;
      const what = describeDocument(runs2[0]?.doc ?? firstDoc(readings, at));
      const problem = disagreement(
        unit,
        adapter,
        declared,
        at,
        counts.size > 1,
        runs2,
        text,
        cloudFormation,
        lineAt
      );
      if (problem) {
        disagreements.push({
          where: problem.offset === void 0 ? problem.line : { offset: problem.offset },
          message: `${problem.message}: readers disagree, so ${what} cannot be judged${problem.advice ? `; ${problem.advice}` : ""}`
        });
        continue;
      }
      const primary = runs2[0];
      if (primary === void 0) continue;
      outcome.judged.push({ adapter, takes: runs2 });
      const whole = wholes.get(primary.reading);
      if (whole !== void 0 && !outcome.documents.includes(whole)) outcome.documents.push(whole);
    }
  }
  if (!capable && !unit.split) {
    const order = firstCandidate ? readingsOf(firstCandidate) : ["yaml-1.2", "kubectl", "kustomize", "yaml-1.1"];
    for (const reading of order) {
      const known = takesOf(reading);
      const whole = wholes.get(reading);
      if (Array.isArray(known) && whole !== void 0) {
        outcome.documents.push(whole);
        break;
      }
    }
  }
  if (capable) {
    outcome.planCapable = true;
    const seen = /* @__PURE__ */ new Set();
    for (const problem of disagreements) {
      if (seen.has(problem.message)) continue;
      seen.add(problem.message);
      invalid(problem.where, problem.message);
    }
    return outcome;
  }
  const unreadable = readings.every((reading) => {
    const known = takesOf(reading);
    return !Array.isArray(known) && (known.kind === "error" || known.kind === "stopped");
  });
  const region = text.slice(unit.start, unit.end);
  if (unit.split) {
    const roots = [...unit.streamRoots];
    const kubectlRead = unit.read("kubectl");
    if (kubectlRead.kind === "value") roots.push(kubectlRead.root);
    const plan = roots.map((root) => planIn(root, file, cloudFormation)).find((found) => found !== void 0);
    if (plan !== void 0 || errors.length > 0 && mayHoldPlan(region)) {
      outcome.planCapable = true;
      outcome.templatable = true;
      invalid(
        lineAt(unit.splitAt),
        `${unit.split}: readers disagree, so ${plan ?? "this document"} cannot be judged`
      );
    }
  } else if (unreadable && errors.length > 0) {
    const first = errors[0];
    if (mayHoldPlan(region)) {
      outcome.planCapable = true;
      outcome.templatable = true;
      invalid(
        { offset: first.error.offset },
        `the document cannot be read (${first.error.message}), and it may describe a rollout, so it cannot be judged`
      );
    } else {
      outcome.fileDiagnostics.push({
        code: first.error.kind === "limit" && /nesting/.test(first.error.message) ? "MANIFEST_TOO_DEEP" : "MANIFEST_UNPARSEABLE",
        message: `YAML: ${first.error.message}`,
        file,
        ...locate(first.error.offset)
      });
    }
  }
  return outcome;
}
function planIn(root, file, cloudFormation) {
  for (const reading of READINGS) {
    const outcome = readNode(root, reading, { cloudFormation });
    if (!outcome.ok) continue;
    const doc = {
      file,
      index: 0,
      line: 1,
      value: outcome.reading.value,
      lineOf: () => 1
    };
    for (const item of listItems(doc)) {
      const owner = ADAPTERS.find((adapter) => adapter.detect(item));
      if (owner === void 0) continue;
      const result = owner.toPlans(item);
      if (owner !== kubernetes || result.plans.length > 0 || result.diagnostics.length > 0)
        return describeDocument(item);
    }
  }
  return void 0;
}
function firstDoc(readings, at) {
  for (const reading of readings) {
    const take = at(reading);
    if (take !== void 0 && "doc" in take) return take.doc;
  }
  return void 0;
}
function runAdapter(adapter, doc) {
  const result = adapter.toPlans(doc);
  if (adapter.combine) return result;
  const inline = readInlineExemption(doc);
  const { exemption } = inline;
  return {
    plans: exemption ? result.plans.map((p) => ({ ...p, exemptions: [...p.exemptions ?? [], exemption] })) : result.plans,
    diagnostics: [...result.diagnostics, ...inline.diagnostics]
  };
}

// src/formats/registry/analyse.ts
function analyse(text, file, limits2) {
  const lines = lineCounter(text);
  const lineAt = (offset) => lines.lineAt(offset);
  const locate = (offset) => ({ line: lines.lineAt(offset), column: lines.columnAt(offset) });
  const empty = () => ({
    judged: [],
    documents: [],
    diagnostics: [],
    fileDiagnostics: [],
    recognised: false,
    templated: false,
    lineAt
  });
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > limits2.maxBytes) {
    const diagnostic = {
      code: "MANIFEST_TOO_LARGE",
      message: tooLargeMessage(bytes, limits2.maxBytes),
      file,
      line: 1
    };
    return mayHoldPlan(text) ? { ...empty(), diagnostics: [diagnostic] } : { ...empty(), fileDiagnostics: [diagnostic] };
  }
  if ((isTemplateByExtension(file) || isTemplatePath(file)) && /(?<!\$)\{\{/.test(text)) {
    const first = findTemplateActions(text, void 0)[0];
    return {
      ...empty(),
      templated: true,
      diagnostics: [templated(file, first === void 0 ? 1 : lineAt(first))]
    };
  }
  const parsed = parseText(text, { maxDepth: limits2.maxDepth });
  const cloudFormation = looksLikeCloudFormation(text);
  const units = fileUnits(parsed, { cloudFormation, maxAliases: limits2.maxAliases });
  const analysis = empty();
  const templatable = /* @__PURE__ */ new Set();
  const unknown2 = /* @__PURE__ */ new Set();
  for (const unit of units) {
    const outcome = judgeUnit(unit, parsed.text, file, locate, cloudFormation);
    if (outcome.recognised) analysis.recognised = true;
    if (outcome.templatable) templatable.add(unit);
    if (!outcome.recognised) unknown2.add(unit);
    analysis.diagnostics.push(...outcome.diagnostics);
    analysis.fileDiagnostics.push(...outcome.fileDiagnostics);
    analysis.judged.push(...outcome.judged);
    analysis.documents.push(...outcome.documents);
  }
  if (text.includes("{{")) {
    const actions = findTemplateActions(text, parsed.stream);
    let u = 0;
    for (const offset of actions) {
      while (u < units.length - 1 && units[u].end <= offset) u++;
      const unit = units[u];
      if (unit === void 0 || offset < unit.start || offset >= unit.end) continue;
      if (templatable.has(unit) || unknown2.has(unit) && mayHoldPlan(text.slice(unit.start, unit.end))) {
        return {
          ...empty(),
          recognised: analysis.recognised,
          templated: true,
          diagnostics: [templated(file, lineAt(offset))]
        };
      }
    }
  }
  return analysis;
}
function templated(file, line) {
  return {
    code: "MANIFEST_TEMPLATED",
    message: "file is a template (Go/Helm `{{ }}` actions); its rollout cannot be judged until it is rendered",
    file,
    line
  };
}
function looksLikeCloudFormation(text) {
  return /^AWSTemplateFormatVersion\s*:/m.test(text) || /^Transform\s*:.*AWS::Serverless/m.test(text) || /^Resources\s*:/m.test(text) && /^\s+Type\s*:\s*["']?AWS::/m.test(text);
}

// src/formats/registry.ts
function readManifestFile(text, file, limits2) {
  const analysis = analyse(text, file, limits2 ?? DEFAULT_PARSE_LIMITS);
  const plans = [];
  const diagnostics = [...analysis.diagnostics];
  const grouped = /* @__PURE__ */ new Map();
  for (const judged of analysis.judged) {
    const adapter = judged.adapter;
    if (adapter.combine) {
      grouped.set(adapter, [...grouped.get(adapter) ?? [], judged.takes]);
      continue;
    }
    const result = judged.takes[0]?.result ?? { plans: [], diagnostics: [] };
    append(plans, result.plans);
    append(diagnostics, result.diagnostics);
  }
  for (const [adapter, groups] of grouped) {
    const result = combined(adapter, groups, file);
    append(plans, result.plans);
    append(diagnostics, result.diagnostics);
  }
  return {
    plans,
    diagnostics: capped(diagnostics),
    fileDiagnostics: capped(analysis.fileDiagnostics),
    recognised: analysis.recognised,
    templated: analysis.templated
  };
}
function combined(adapter, groups, file) {
  const byReading = /* @__PURE__ */ new Map();
  for (const takes of groups) {
    for (const take of takes) byReading.set(take.reading, [...byReading.get(take.reading) ?? [], take.doc]);
  }
  const results = [...byReading.entries()].map(([reading, docs]) => ({
    reading,
    docs,
    result: adapter.combine?.(docs) ?? { plans: [], diagnostics: [] }
  }));
  const [first, ...others] = results;
  if (first === void 0) return { plans: [], diagnostics: [] };
  const other = others.find((candidate) => !sameData(candidate.result, first.result));
  if (other === void 0) return first.result;
  return {
    plans: [],
    diagnostics: [
      {
        code: "MANIFEST_UNPARSEABLE",
        message: `${CONSUMERS[first.reading]} and ${CONSUMERS[other.reading]} read this file's rollout differently: readers disagree, so it cannot be judged`,
        file,
        line: first.docs[0]?.line ?? 1
      }
    ]
  };
}
function append(target, items) {
  for (const item of items) target.push(item);
}
var MAX_DIAGNOSTICS_PER_FILE = 10;
function capped(diagnostics) {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE) return diagnostics;
  const shown = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const last = shown[shown.length - 1];
  shown.push({
    ...last,
    message: `and ${diagnostics.length - MAX_DIAGNOSTICS_PER_FILE} more problems in this file`
  });
  return shown;
}

// src/parallel/read-worker.ts
var limits = workerData.limits;
parentPort?.on("message", (batch) => {
  const result = {
    readings: batch.requests.map((request) => [
      request.key,
      readManifestFile(request.text, request.path, limits)
    ])
  };
  parentPort?.postMessage(result);
});
