import { describe, expect, it } from 'vitest';
import { EVIDENCE, ROLLBACK, inline } from './helpers.js';

function rollback(content: string) {
  return inline(`## Rollback plan\n\n${content}\n`, ROLLBACK);
}

describe('a rollback plan that says something', () => {
  it.each([
    ['Revert the PR; Argo CD syncs the previous image within 2 minutes.'],
    ['Revert this pull request.'],
    ['Turn off the `checkout-v2` flag in LaunchDarkly; traffic returns to v1 at once.'],
    ['Run `kubectl argo rollouts abort checkout`, then `kubectl argo rollouts undo checkout`.'],
    ['`helm rollback payments 41` (the previous release), then check the pods are Ready.'],
    ['The canary analysis aborts on its own if the error rate passes 1%. After promotion, revert this PR.'],
    ['Restore the `orders` table from the snapshot taken before the migration (runbook step 4).'],
    ['- Scale `api-v2` to 0\n- Point the `api` Service back at `api-v1`'],
    ['Roll back with `gcloud deploy targets rollback prod --release=rel-41`.'],
    ['The migration is additive and not destructive, so reverting the image tag is enough.'],
    ['No downtime: Flux reconciles the previous HelmRelease once this PR is reverted.'],
    ['| Step | Who |\n| --- | --- |\n| Revert the PR | on-call |\n| Purge the CDN cache | on-call |'],
    ['- [x] Revert is safe: the schema change is backward compatible'],
    ['回滚：撤销此合并请求，Argo CD 会同步上一个镜像。'],
  ])('counts %j', (plan) => {
    expect(rollback(plan).status).toBe('present');
  });
});

describe('words that say there is no plan', () => {
  it.each([
    ['None', 'it holds only template text (None)'],
    ['N/A', 'it holds only template text (N/A)'],
    ['n/a', 'it holds only template text (n/a)'],
    ['N/A — not needed', 'it only says there is none (n/a)'],
    ['Not applicable.', 'it only says there is none (not applicable)'],
    ['No rollback.', 'it only says there is none (no rollback)'],
    [
      'No rollback plan needed for this change.',
      'it only says there is none (no rollback plan needed for this change)',
    ],
    ['This change cannot be rolled back.', 'it only says there is none (this change cannot be rolled back)'],
    ["It can't be reverted.", "it only says there is none (it can't be reverted)"],
    ['Irreversible.', 'it only says there is none (irreversible)'],
    [
      'This is irreversible, unfortunately, sorry about that',
      'it only says there is none (this is irreversible)',
    ],
    ['Irreversible, the database team agrees with this', 'it only says there is none (irreversible)'],
    [
      'TBD - will add later once the pipeline work settles down',
      'it holds only template text (TBD - will add later once the pipeline w…)',
    ],
    [
      'Rollback: will add later, once the new deployment pipeline is finished',
      expect.stringMatching(/^it only puts the answer off \(Rollback: will add later/),
    ],
    [
      'TODO: write this before the release goes out to production',
      'it holds only template text (TODO: write this before the release goes…)',
    ],
    [
      'Will add later, once the new deployment pipeline is finished.',
      expect.stringContaining('it only puts the answer off'),
    ],
    [
      'To be determined with the platform team next sprint.',
      expect.stringContaining('it only puts the answer off'),
    ],
    [
      'We will add it before merging, promise, definitely.',
      expect.stringContaining('it only puts the answer off'),
    ],
    ['See above.', 'it only points elsewhere in the description (see above)'],
    ['See below', 'it only points elsewhere in the description (see below)'],
    ['Same as described above.', 'it only points elsewhere in the description (same as described above)'],
    ['- None\n- N/A\n- not applicable\n- no rollback', 'it holds only template text (None)'],
    ['- not needed\n- cannot be reverted\n- see above', 'it only says there is none (not needed)'],
    ['- [x] N/A', 'it holds only template text (N/A)'],
    ['- [x] not needed', 'it only says there is none (not needed)'],
  ])('does not count %j', (content, reason) => {
    expect(rollback(content)).toMatchObject({ status: 'empty', reason });
  });
});

describe('what a hostile author writes to reach the minimum length', () => {
  it.each([
    ['repeated punctuation', '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! ............ ??????'],
    ['emoji', '🔙🔙🔙🔙🔙 ✅✅✅✅✅ 🚀🚀🚀🚀🚀🚀🚀'],
    [
      'zero-width characters between letters',
      'N\u200B/\u200BA \u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B',
    ],
    ['zero-width padding after a word', `Revert${'\u200B'.repeat(40)}`],
    ['lorem ipsum', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.'],
    ['lorem ipsum around one real word', 'Lorem ipsum dolor sit amet revert consectetur adipiscing elit.'],
    ['the heading repeated', 'Rollback plan. Rollback plan. Rollback plan: rollback.'],
    ['the other heading repeated', 'Test evidence, testing, evidence — rollback plan'],
    ['a link with no text', '[](https://wiki.example.com/runbooks/checkout/rollback-plan-for-release-41)'],
    ['a bare URL', 'https://wiki.example.com/runbooks/checkout/rollback-plan-for-release-41'],
    ['one word repeated', 'revert revert revert revert revert revert revert'],
    ['function words', 'the the the of of of and and to to it is a an the this that'],
    ['single letters', 'a b c d e f g h i j k l m n o p q r s t u v w x y z'],
    ['runs of one letter', 'aaaa bbbb cccc dddd eeee ffff gggg hhhh'],
    ['numbers', '1234567890 0987654321 1357913579'],
    ['negations padded with words', 'No, nothing, none, never, not needed, not required, not applicable'],
    ['a negation with a reason that says nothing', 'None. This is a low risk, simple and safe change.'],
    ['a deferral with filler', 'TBD, details to follow once the new release pipeline is ready'],
    ['a pointer with filler', 'See above, see below, as described above, as mentioned earlier'],
    ['a pointer to the rest of the description', 'See the PR description for the details of the rollback.'],
    ['placeholders', 'xxx placeholder foo bar baz asdf qwerty lorem'],
    ['a ticked box that says nothing', '- [x] 🔙\n- [x] ...'],
    ['struck-through text', '~~Revert the PR; Argo CD syncs the previous image within 2 minutes.~~'],
    [
      'image alt text',
      '![Revert the PR; Argo CD syncs the previous image within 2 minutes.](https://github.com/x.png)',
    ],
  ])('does not count %s', (_name, content) => {
    expect(rollback(content).status).toBe('empty');
  });

  it('counts each word once and no URL, and says how much it counted', () => {
    expect(
      rollback('Revert. Revert! https://wiki.example.com/a-very-long-runbook-address revert'),
    ).toMatchObject({
      status: 'empty',
      reason: 'it has 6 characters of content, fewer than the 20 required',
    });
  });
});

describe('the evidence section', () => {
  it.each([
    ['a link with text', 'Load test, p99 under 120 ms: [run 4812](https://ci.example.com/runs/4812)'],
    ['a bare URL', 'https://github.com/acme/shop/actions/runs/123456789'],
    ['a screenshot alone', '![](https://github.com/user-attachments/assets/0b8e6d3c)'],
    ['a ticked box', '- [x] Integration suite passed on the head commit'],
    ['words only (the link check comes after)', 'Tested on staging for a day.'],
  ])('counts %s', (_name, content) => {
    expect(inline(`## Test evidence\n\n${content}\n`, EVIDENCE).status).toBe('present');
  });

  it.each([
    ['N/A', 'N/A'],
    ['a negation', 'Not tested.'],
    ['a deferral', 'Will add the CI run later.'],
    ['a link with no text', '[](https://github.com/acme/shop/actions/runs/1)'],
    ['a pointer', 'See above.'],
  ])('does not count %s', (_name, content) => {
    expect(inline(`## Test evidence\n\n${content}\n`, EVIDENCE).status).toBe('empty');
  });
});
