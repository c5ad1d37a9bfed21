import { defineExemptionRule } from './rule.js';

export const exemptionExpired = defineExemptionRule({
  id: 'exemption/expired',
  title: 'Exemption expired or expiring',
  description: 'An exemption has expired (it no longer waives anything), or expires soon.',
  remediation: 'Fix what the exemption covered, or renew it with a new expiry date, reason and approver.',
  defaultLevel: 'warning',
  messages: {
    expired: 'exemption {{id}} expired on {{expires}}; it no longer waives {{rules}}',
    expiresSoon: 'exemption {{id}} expires soon, on {{expires}} (in {{days}} day{{s}})',
  },
  check({ exemptions, policy }, report) {
    // Only exemptions for what the change touches: the others are for other pull requests.
    for (const exemption of exemptions) {
      const { id, expires, touched, file, line, planId } = exemption;
      if (!touched || expires === undefined) continue;
      if (exemption.expired) {
        report({
          messageId: 'expired',
          data: { id, expires, rules: exemption.rules.join(', ') },
          file,
          line,
          ...(planId ? { planId } : {}),
        });
      } else if (
        exemption.daysLeft !== undefined &&
        exemption.daysLeft <= policy.exemptions.expiryWarningDays
      ) {
        const days = exemption.daysLeft;
        report({
          messageId: 'expiresSoon',
          data: { id, expires, days: String(days), s: days === 1 ? '' : 's' },
          file,
          line,
        });
      }
    }
  },
});
