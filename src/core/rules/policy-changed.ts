import { compileGlobs } from '../environments.js';
import { defineChangeRule } from './rule.js';

export const policyChanged = defineChangeRule({
  id: 'policy/changed',
  title: 'Change edits the rollout-guard policy',
  description:
    "The change edits the rollout-guard policy; it is judged by the base branch's policy and needs an approver.",
  remediation: 'Land the policy change in its own pull request, reviewed by a policy owner.',
  defaultLevel: 'error',
  messages: {
    protectedPath: 'the change {{verb}} {{path}}, a protected path (it can change what guards a merge)',
    policyFile: "the change {{verb}} the policy file {{path}}; it is judged by the base branch's policy",
  },
  check({ policy, policyPath, changedFiles }, report) {
    const verb = (status: string) => (status === 'removed' ? 'deletes' : 'edits');
    const isProtected = compileGlobs(policy.protectedPaths);
    for (const { path, previousPath, status } of changedFiles) {
      if (path === policyPath || previousPath === policyPath) continue;
      if (isProtected(path) || (previousPath !== undefined && isProtected(previousPath))) {
        report({ messageId: 'protectedPath', data: { verb: verb(status), path }, file: path, line: 1 });
      }
    }
    const policyEdit = changedFiles.find((f) => f.path === policyPath || f.previousPath === policyPath);
    if (policyEdit) {
      report({
        messageId: 'policyFile',
        data: { verb: verb(policyEdit.status), path: policyPath },
        file: policyEdit.status === 'removed' ? policyPath : policyEdit.path,
        line: 1,
      });
    }
  },
});
