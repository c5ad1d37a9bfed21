import { manifestInvalid } from '../../../src/core/rules/manifest-invalid.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester.run(manifestInvalid, {
  valid: [
    {
      name: 'an unsupported file is manifest/unsupported',
      context: {
        diagnostics: [{ code: 'MANIFEST_UNSUPPORTED', message: 'unknown kind', file: 'a.yaml', line: 1 }],
      },
    },
  ],
  invalid: [
    {
      name: 'an unreadable file, at its line, in the words of the format',
      context: {
        diagnostics: [{ code: 'MANIFEST_UNPARSEABLE', message: 'bad YAML', file: 'a.yaml', line: 3 }],
      },
      findings: [
        {
          messageId: 'unreadable',
          line: 3,
          file: 'a.yaml',
          message: 'bad YAML',
          data: { code: 'MANIFEST_UNPARSEABLE' },
        },
      ],
    },
    {
      name: 'a file of a chart that needs rendering',
      context: {
        diagnostics: [
          {
            code: 'MANIFEST_UNVERIFIABLE',
            message: 'values change',
            file: 'charts/shop/values.yaml',
            line: 1,
            group: 'the Helm chart shop',
          },
        ],
      },
      findings: [
        {
          messageId: 'unrendered',
          line: 1,
          data: { group: 'the Helm chart shop', file: 'charts/shop/values.yaml' },
        },
      ],
    },
  ],
});
