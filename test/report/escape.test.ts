import { describe, expect, it } from 'vitest';
import {
  MESSAGE_MAX_CHARS,
  boundMessage,
  encodeUriPath,
  escapeMarkdown,
  escapeTerminal,
  neutralizeJsonCommands,
  neutralizeWorkflowCommands,
} from '../../src/report/escape.js';

describe('escapeTerminal', () => {
  it('keeps untrusted text on one line', () => {
    expect(escapeTerminal('a\nb\r\nc\rd\u2028e\u0085f\tg')).toBe('a b c d e f g');
  });

  it('shows bidi controls, zero-width characters and escape sequences instead of obeying them', () => {
    expect(escapeTerminal('safe\u202Egnp.yaml')).toBe('safe{U+202E}gnp.yaml');
    expect(escapeTerminal('a\u200Bb\uFEFFc\u00ADd')).toBe('a{U+200B}b{U+FEFF}c{U+00AD}d');
    expect(escapeTerminal('\u001b[2Jcleared')).toBe('{U+001B}[2Jcleared');
  });

  it('leaves ordinary Unicode alone', () => {
    expect(escapeTerminal('déploiement/プロダクション.yaml')).toBe('déploiement/プロダクション.yaml');
  });
});

describe('escapeMarkdown', () => {
  it('turns HTML into text', () => {
    expect(escapeMarkdown('</code></pre><img src=x>&amp;')).toBe(
      '&lt;/code&gt;&lt;/pre&gt;&lt;img src=x&gt;&amp;amp;',
    );
  });

  it('escapes what would open inline markdown or split a table cell', () => {
    expect(escapeMarkdown('a|b `c` *d* _e_ [f](g) ~h~ $i$ \\')).toBe(
      'a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\~h\\~ \\$i\\$ \\\\',
    );
  });

  it('defuses mentions and issue references but not emails or refs after a word', () => {
    expect(escapeMarkdown('@org/team')).toBe('@&#8203;org/team');
    expect(escapeMarkdown('fixes #1 and GH-2')).toBe('fixes #&#8203;1 and GH-&#8203;2');
    expect(escapeMarkdown('ops@example.com policy.yml@abc1234')).toBe('ops@example.com policy.yml@abc1234');
    expect(escapeMarkdown('org/repo#12')).toBe('org/repo#&#8203;12');
  });

  it('collapses newlines so a value cannot add a table row', () => {
    expect(escapeMarkdown('x\n| injected | row |')).toBe('x \\| injected \\| row \\|');
  });
});

describe('encodeUriPath', () => {
  it('percent-encodes each segment and keeps the slashes', () => {
    expect(encodeUriPath('deploy/my app/(prod)#1?.yaml')).toBe('deploy/my%20app/%28prod%29%231%3F.yaml');
  });
});

describe('neutralizeWorkflowCommands', () => {
  it('breaks a workflow command at the start of a line, even after spaces', () => {
    expect(neutralizeWorkflowCommands('::warning::x\n  ::error::y\nok :: fine')).toBe(
      '\\::warning::x\n  \\::error::y\nok :: fine',
    );
  });

  it('breaks the legacy ##[ form anywhere in a line', () => {
    expect(neutralizeWorkflowCommands('see ##[add-mask]secret')).toBe('see ##\\[add-mask]secret');
  });
});

describe('neutralizeJsonCommands', () => {
  it('hides ##[ from the runner without changing the parsed value', () => {
    const json = JSON.stringify({ message: 'x ##[warning]y' });
    const safe = neutralizeJsonCommands(json);
    expect(safe).not.toContain('##[');
    expect(JSON.parse(safe)).toEqual({ message: 'x ##[warning]y' });
  });
});

describe('boundMessage', () => {
  // What a YAML parser says about a README it was given: a quoted paragraph with its line breaks.
  const README_ERROR = `YAML UNEXPECTED_TOKEN: Unexpected scalar token in YAML stream: "Since there is no agreed upon standard for a canary deployment,\n\n    the rollouts controller allows users to outline how they want to run their canary deployment.\n\n## Steps\n\n${'Users can define a list of steps. '.repeat(20)}"`;

  it('keeps a short message as it is', () => {
    expect(boundMessage('the rollout holds only 20s at 20%')).toBe('the rollout holds only 20s at 20%');
  });

  it('puts a quoted paragraph on one line with single spaces, cut at a word with an ellipsis', () => {
    const bounded = boundMessage(README_ERROR);
    expect(bounded).not.toMatch(/[\n\r]| {2}/);
    expect([...bounded].length).toBeLessThanOrEqual(MESSAGE_MAX_CHARS);
    expect(bounded).toMatch(
      /^YAML UNEXPECTED_TOKEN: Unexpected scalar token in YAML stream: "Since there is/,
    );
    expect(bounded).toMatch(/ \w+…$/);
  });

  it('shows hidden characters and never cuts one of them in half', () => {
    expect(boundMessage('a\u202Eb\u001b[2J')).toBe('a{U+202E}b{U+001B}[2J');
    const cut = boundMessage(`${'x'.repeat(195)}\u202E\u202E`);
    expect(cut).toBe(`${'x'.repeat(195)}…`);
  });

  it('cuts a message without spaces at the limit', () => {
    expect(boundMessage('y'.repeat(500))).toBe(`${'y'.repeat(MESSAGE_MAX_CHARS - 1)}…`);
    expect(boundMessage('a b c', 3)).toBe('a…');
  });
});
