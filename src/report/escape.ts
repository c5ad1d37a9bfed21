/**
 * Escaping at each output's boundary. Everything a renderer prints that came from a pull request
 * (file names, plan ids, environment names, messages that quote manifest values, the policy
 * source) passes through one of these first.
 */

const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;

/**
 * Untrusted text must stay on the line the renderer put it on: a newline inside a file name or a
 * quoted manifest value would let the pull request start a line of its own (a workflow command, a
 * new markdown table row or block).
 */
export function singleLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

// Control and format characters (bidi overrides, zero-width spaces, soft hyphens, tags), lone
// surrogates, and everything Unicode marks as ignorable in display or comparison.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * Bidi controls and zero-width characters make a name read differently from what it is (Trojan
 * Source, look-alike paths), and control characters such as ESC can rewrite a terminal. Show each
 * as `{U+202E}` so the reader sees that something is there. Ignorable characters are also what
 * culture-aware string matching (the Actions runner's) skips over, so revealing them keeps the
 * workflow-command guards below honest.
 */
export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => {
    const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return `{U+${code}}`;
  });
}

/** The most characters a finding's message takes in any rendered output (JSON keeps it whole). */
export const MESSAGE_MAX_CHARS = 200;

/**
 * A finding's message as every renderer shows it: one line, runs of spaces (a quoted Markdown
 * paragraph's line breaks and indentation) collapsed, hidden characters revealed, and at most
 * `max` characters, cut at a word where one is near and ended with `…`. A parser may quote a whole
 * README in its message; the reader needs the first sentence, the JSON report keeps the rest.
 */
export function boundMessage(text: string, max = MESSAGE_MAX_CHARS): string {
  const line = revealInvisible(singleLine(String(text)))
    .replace(/[ \u00A0]{2,}/g, ' ')
    .trim();
  const chars = [...line];
  if (chars.length <= max) return line;
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space > 0 && space >= cut.length - 20) cut = cut.slice(0, space);
  // Never leave half of a revealed character such as `{U+202E}`.
  return `${cut.replace(/\{U\+[0-9A-F]*$/, '').trimEnd()}…`;
}

/** Untrusted text for a terminal: one line, nothing hidden. */
export function escapeTerminal(text: string): string {
  return revealInvisible(singleLine(String(text)));
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * GitHub renders (sanitized) HTML in job summaries and comments: a file named
 * `</code><img src=x>` must show as text, and `&#64;` must not become a character the other
 * escapes did not see.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (char) => HTML_ENTITIES[char] ?? char);
}

/**
 * Markdown punctuation that opens inline syntax in the middle of a line: code spans, emphasis,
 * links and images, table cell borders (`|` would add a column), strikethrough and math (`$`).
 * Block syntax (`#`, `>`, `-`) cannot start because untrusted text never starts a line.
 */
export function escapeMarkdownSyntax(text: string): string {
  return text.replace(/[\\`*_[\]|~$]/g, '\\$&');
}

/**
 * GitHub turns `@user` and `@org/team` into notifications and `#12` / `GH-12` into
 * cross-references, even in escaped text, so a manifest value could ping a team or link an issue
 * from the bot's comment. A zero-width space (as an entity, so it survives any normalization) after
 * the trigger keeps the text readable and drops the link. An `@` after a letter or digit (an email,
 * `policy.yml@sha`) is no mention and stays as it is.
 */
export function defuseReferences(text: string): string {
  return text.replace(/(?<![A-Za-z0-9_])@(?=[\p{L}\p{N}_-])|#(?=\d)|\bGH-(?=\d)/giu, '$&&#8203;').replace(
    // GitHub also autolinks bare URLs and `www.` names: a URL a pull request wrote (a rejected
    // evidence link, say) must not become a link in the bot's own report.
    /\b(https?|ftp)(?=:\/\/)|\bwww(?=\.)/giu,
    '$&&#8203;',
  );
}

/** Untrusted text for markdown: inline text or a table cell, rendered literally, pinging no one. */
export function escapeMarkdown(text: string): string {
  return defuseReferences(escapeMarkdownSyntax(escapeHtml(revealInvisible(singleLine(String(text))))));
}

/**
 * A repository path inside a URL (a markdown link, a SARIF artifact URI): each segment
 * percent-encoded so `#`, `?`, spaces and parentheses can neither end the link nor change where it
 * points.
 */
export function encodeUriPath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

/**
 * The Actions runner reads every line a step prints for workflow commands: `::name::` at the start
 * of a line (after leading whitespace) and the legacy `##[name]` anywhere in it. Text and markdown
 * may be printed to stdout, so neither may ever appear. A backslash breaks both, stays readable in a
 * terminal, and renders as nothing in markdown (`\:` and `\[` are escapes there).
 */
export function neutralizeWorkflowCommands(output: string): string {
  return output
    .split('\n')
    .map((line) => line.replaceAll('##[', '##\\[').replace(/^([\s\u0085]*):(?=:)/u, '$1\\:'))
    .join('\n');
}

/**
 * JSON may be printed to stdout too: a string value holding `##[warning]` would be read as a legacy
 * workflow command. `\u005b` is the same `[` to every JSON parser, so the data is unchanged.
 * (A line can never start with `::`: every line of pretty-printed JSON starts with indentation, a
 * quote or a bracket.)
 */
export function neutralizeJsonCommands(json: string): string {
  return json.replaceAll('##[', '##\\u005b');
}
