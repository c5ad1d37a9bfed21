import { defineChangeRule } from './rule.js';
import { field, listPhrase, values } from './summaries.js';

export const manifestInvalid = defineChangeRule({
  id: 'manifest/invalid',
  title: 'Deploy manifest cannot be read safely',
  description:
    'A deploy manifest could not be read safely: bad YAML, programs that read it differently (kubectl and kustomize, YAML 1.1 and 1.2), a template or values that need rendering, a file too large, a field of the wrong type. It is never passed silently.',
  remediation:
    'Fix the file at the reported line so that every program reads the same value (quoted text, true/false, no merge keys over explicit keys, tags or odd line breaks); render templates, chart values and patches in an earlier step and pass the output as rendered-manifests; or raise manifests.maxFileBytes for a large vendored file.',
  defaultLevel: 'error',
  // The formats word each problem; the rule says which ones are one problem.
  messages: { unreadable: '{{message}}', unrendered: '{{message}}' },
  summaries: {
    unreadable: {
      scope: 'file',
      same: ['code'],
      message: (reports) =>
        `${reports.length} problems in this file; the first: ${reports[0]?.message ?? ''}`,
    },
    unrendered: {
      scope: 'change',
      same: ['group'],
      message: (reports) =>
        `the change edits ${reports.length} files of ${field(reports[0], 'group')} (${listPhrase(values(reports, 'file'))}), so the rollouts it renders cannot be judged from them: render it in an earlier step and pass the output as rendered-manifests (--rendered)`,
    },
  },
  check({ diagnostics }, report) {
    for (const { code, message, file, line, group } of diagnostics) {
      if (code === 'MANIFEST_UNSUPPORTED') continue;
      report({
        file,
        line,
        ...(group !== undefined
          ? { messageId: 'unrendered', data: { message, group, file } }
          : { messageId: 'unreadable', data: { message, code } }),
      });
    }
  },
});
