import { describe, expect, it } from 'vitest';
import {
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
