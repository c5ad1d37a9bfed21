import { definePlanRule } from './rule.js';

export const canaryBypass = definePlanRule({
  id: 'canary/bypass',
  title: "Manifest turns the canary's safety off",
  description:
    'The manifest turns its own safety off (Flagger skipAnalysis or suspend, Argo dry-run metrics or rollbackWindow, a missing analysis block).',
  remediation:
    'Remove the switch that bypasses the canary, or record an approved exemption if it is deliberate.',
  defaultLevel: 'error',
  messages: { bypass: '`{{field}}` bypasses the canary: {{reason}}' },
  check({ plan, environment }, report) {
    if (!environment.canary.required) return;
    for (const bypass of plan.bypasses) {
      report({
        messageId: 'bypass',
        data: { field: bypass.field, reason: bypass.reason },
        line: bypass.line,
      });
    }
  },
});
