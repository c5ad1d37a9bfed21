import { DEFAULT_MANIFEST_GLOBS, POLICY_SCHEMA_URL } from '../core/policy.js';

/** The policy `rollout-guard init` writes: the built-in defaults, spelled out with comments. */
export const STARTER_POLICY = `# yaml-language-server: $schema=${POLICY_SCHEMA_URL}
# rollout-guard policy. It is always read from the base branch of a pull request, so a pull
# request cannot loosen the policy that judges it. Reference: docs/policy.md in rollout-guard's repository.
version: 1

manifests:
  # Changed files here that no format recognises are reported (manifest/unsupported).
  # Files elsewhere are still judged when their content is a manifest.
  include:
${DEFAULT_MANIFEST_GLOBS.map((glob) => `    - "${glob}"`).join('\n')}
  exclude: []

# Config and content without a rollout format are deploys too. A change to these paths is judged
# as shipping everywhere at once, unless the change carries a RolloutPlan whose spec.target.name
# is the entry's name.
content: []
#  - name: feature-flags
#    paths: ["config/flags/**"]

# Edits to these files are reported (policy/changed): they decide what guards a merge.
protectedPaths: [".github/workflows/**"]

# Rules for every environment, and for rollouts that no environment matches.
defaults:
  canary:
    required: true            # no 0 to 100% in one step
    strategies: [canary, linear, ab-test]
    minStages: 2              # stages below 100%
    maxInitialWeight: 25      # percent of traffic in the first stage
    maxStepIncrease: 50       # percent points between two stages, the step to 100% included
    minHold: 5m               # bake time at each weight before the next increase
    gateCountsAsHold: true    # an analysis or manual gate counts as bake time
    requireAnalysis: true     # at least one automated check that can fail the rollout
    noRegression: true        # a change may not weaken the rollout the base branch had
    namedStages: []           # e.g. [canary, early-adopters]: must be present, in order
  rollback: automatic-or-documented   # automatic | documented | automatic-or-documented | none
  evidence:
    required: true
    checks: []                # CI checks that must pass on the head commit (GitHub Action only)

# First match wins. Uncomment and adapt:
# environments:
#   - name: production
#     match:
#       paths: ["deploy/prod/**"]
#       namespaces: ["prod", "prod-*"]
#   - name: staging
#     match:
#       paths: ["deploy/staging/**"]
#     canary:
#       required: false
#     rollback: none
#     evidence:
#       required: false

pullRequest:
  rollbackHeadings: ["Rollback plan", "Rollback"]
  evidenceHeadings: ["Test evidence", "Testing", "Evidence"]
  minSectionLength: 20

evidence:
  allowedHosts: ["github.com", "*.githubusercontent.com"]
  paths: []                   # e.g. ["docs/test-evidence/**"]
  checkApp: github-actions

# Per-rule levels: error | warning | notice | off, or { level, enforceFrom: YYYY-MM-DD }.
rules: {}
`;
