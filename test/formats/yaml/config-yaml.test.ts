import { describe, expect, it, vi } from 'vitest';
import { parseExemptions } from '../../../src/core/exemptions.js';
import { parsePolicy } from '../../../src/core/policy.js';

/** The policy and exemptions files keep the yaml package (YAML 1.2, our own formats). */
describe('reading rollout-guard’s own YAML files', () => {
  it('finds a repeated key in a huge exemptions file in linear time', () => {
    let text = 'version: 1\nexemptions:\n  - plan: a\n';
    for (let i = 0; i < 70_000; i++) text += `    k${i}: x\n`;
    text += '    k5: y\n';
    const started = performance.now();
    const result = parseExemptions(text, '.github/rollout-guard-exemptions.yml');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result).toMatchObject({
      ok: false,
      errors: [
        expect.objectContaining({ line: 70_004, message: expect.stringMatching(/`k5` appears twice/) }),
      ],
    });
  });

  it('keeps the yaml package’s warnings off the terminal', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const result = parsePolicy('version: 1\n? {a: 1}\n: x\n', 'p.yml');
      expect(result.ok).toBe(false);
      expect(warn).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });
});
