import { manifestUnsupported } from '../../../src/core/rules/manifest-unsupported.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester.run(manifestUnsupported, {
  valid: [
    {
      name: 'an unreadable file is manifest/invalid',
      context: {
        diagnostics: [{ code: 'MANIFEST_UNPARSEABLE', message: 'bad YAML', file: 'a.yaml', line: 3 }],
      },
    },
  ],
  invalid: [
    {
      name: 'a file of no known format, at its line',
      context: {
        diagnostics: [{ code: 'MANIFEST_UNSUPPORTED', message: 'unknown kind Foo', file: 'a.yaml', line: 2 }],
      },
      findings: [{ messageId: 'unsupported', line: 2, file: 'a.yaml', message: 'unknown kind Foo' }],
    },
  ],
});
