import { definePlanRule } from './rule.js';

export const canaryBypass = definePlanRule({
  id: 'canary/bypass',
  check({ plan, environment }, report) {
    if (!environment.canary.required) return;
    for (const bypass of plan.bypasses) {
      report({ message: `\`${bypass.field}\` bypasses the canary: ${bypass.reason}`, line: bypass.line });
    }
  },
});
