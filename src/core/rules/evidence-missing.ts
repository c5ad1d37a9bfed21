import { defineChangeRule } from './rule.js';
import { field, listPhrase, subjects } from './summaries.js';

/** The evidence is the pull request's, one for all: each rollout that needs it is a place of one finding. */
export const evidenceMissing = defineChangeRule({
  id: 'evidence/missing',
  title: 'No test evidence',
  description:
    "A change to a protected environment needs test evidence: a GitHub Actions run, job or check run of the repository (or one the policy lists) that succeeded on the head commit, linked in the pull request's evidence section, or an evidence file. Unverified evidence (a screenshot, another host) counts only as the policy allows.",
  remediation:
    'Link a run that passed on the head commit (…/actions/runs/ID) under "Test evidence", or wait for it to complete (a re-judge workflow picks it up), or add an evidence file.',
  defaultLevel: 'error',
  messages: {
    noEvidence: 'the pull request has no test evidence for {{subject}}: {{reason}}',
    unverified: 'the test evidence for {{subject}} is not verified (evidence.unverified: warn): {{reason}}',
  },
  summaries: {
    noEvidence: {
      scope: 'change',
      same: ['reason'],
      message: (reports) =>
        `the pull request has no test evidence for ${listPhrase(subjects(reports))}: ${field(reports[0], 'reason')}`,
    },
    unverified: {
      scope: 'change',
      same: ['reason'],
      message: (reports) =>
        `the test evidence for ${listPhrase(subjects(reports))} is not verified (evidence.unverified: warn): ${field(reports[0], 'reason')}`,
    },
  },
  check({ plansNeedingEvidence, testEvidence, policy }, report) {
    if (plansNeedingEvidence.length === 0) return;
    const result = testEvidence();
    for (const plan of plansNeedingEvidence) {
      const data = {
        subject: `${plan.target.kind} ${plan.target.name}`,
        file: plan.file,
        reason: result.reason,
      };
      const at = { file: plan.file, line: plan.line, planId: plan.id };
      if (result.status === 'missing') {
        report({ messageId: 'noEvidence', data, ...at });
      } else if (result.status === 'unverified' && policy.evidence.unverified === 'warn') {
        report({ messageId: 'unverified', data, ...at, maxLevel: 'warning' });
      }
    }
  },
});
