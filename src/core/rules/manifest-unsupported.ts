import { defineChangeRule } from './rule.js';

export const manifestUnsupported = defineChangeRule({
  id: 'manifest/unsupported',
  title: 'Manifest format not understood',
  description:
    'A changed file under the manifest globs is not a format rollout-guard understands, so its rollout cannot be judged.',
  remediation:
    'Use a supported format, describe the rollout in a rollout-guard native file, or exclude the path in the policy.',
  defaultLevel: 'warning',
  messages: { unsupported: '{{message}}' },
  check({ diagnostics }, report) {
    for (const { code, message, file, line } of diagnostics) {
      if (code === 'MANIFEST_UNSUPPORTED')
        report({ messageId: 'unsupported', data: { message }, file, line });
    }
  },
});
