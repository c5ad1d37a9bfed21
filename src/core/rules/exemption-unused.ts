import { defineExemptionRule } from './rule.js';

export const exemptionUnused = defineExemptionRule({
  id: 'exemption/unused',
  title: 'Exemption matches no finding',
  description: 'An exemption matches no finding, so it can be removed before it hides a future problem.',
  remediation: 'Remove the exemption from the exemptions file or the manifest annotation.',
  defaultLevel: 'warning',
  messages: { unused: 'exemption {{id}} waives nothing in this change ({{rules}}); remove it' },
  check({ exemptions }, report) {
    for (const { id, rules, touched, expired, used, file, line } of exemptions) {
      if (touched && !expired && !used) {
        report({ messageId: 'unused', data: { id, rules: rules.join(', ') }, file, line });
      }
    }
  },
});
