/**
 * What a section says, as opposed to how long it is. Words that say there is no plan are not a
 * plan, and neither is noise padded to the minimum length. The visible text is judged in
 * statements, and a statement counts only if it says something:
 *
 * - A unit (paragraph, list item, table cell) that defers the answer anywhere (`TBD`, `TODO`,
 *   `will add later`, `to be determined`, `in a follow-up PR`) is set aside whole: an unfinished
 *   answer is not the answer, whatever else the unit says.
 * - A unit is split into sentences (at `.`, `!`, `?`, `;`, `:`, dashes and brackets) and those
 *   into clauses at commas. A clause with a negation (`no`, `not`, `none`, `N/A`, `never`,
 *   `cannot`, `-n't`, `irreversible`, `unnecessary`, `no-op`) is set aside, and so is the rest of
 *   its sentence, up to a clause that opens with a connective (`so`, `but`, `instead`, `then`):
 *   "cannot be rolled back, sorry" says nothing, "not destructive, so revert the tag" does. A
 *   clause with no word of its own is set aside too: only function words, the policy's heading
 *   words, numbers, pointers (`see above`), placeholders, lorem ipsum, single letters.
 * - What is left is measured in characters of distinct words: URLs, punctuation, emoji and
 *   invisible characters are not words, and a word repeated counts once.
 *
 * It is a filter of the usual ways to say nothing, not an understanding of English: see docs/pull-request.md
 * ("What still passes") for what it cannot tell apart.
 */

export type SetAside = 'negation' | 'deferral' | 'pointer' | 'filler';

export interface Substance {
  /** The words that count, each once, in order of appearance, joined by single spaces. */
  words: string;
  /** Statements set aside and why, in order: samples for the reason. */
  setAside: { kind: SetAside; text: string }[];
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((w) => w !== ''));

const NEGATIONS = words(`
  no not none never nothing nope nah n/a n.a cannot cant dont doesnt isnt arent irreversible
  irrevocable impossible unnecessary unneeded inapplicable nonreversible non-reversible no-op noop`);

const POINTERS = words(`see refer referred above below previous earlier following aforementioned ditto
  described mentioned description summary details detail section sections comment comments thread
  discussion`);

/** Function words and words that carry no answer by themselves; they count inside a statement that has words of its own. */
const WEAK = words(`
  a an the and or but nor so yet if then than else when while as at by for from in into of off on onto
  out over per to up via with within without about after before between during through until upon
  i me my we us our you your he she it its they them their this that these those there here what which
  who whom whose how why where is are was were be been being am do does did done doing have has had
  having will would shall should can could may might must need needs needed necessary required require
  requires applicable relevant possible available just also only very really quite basically simply
  please thanks thank ok okay yes yeah yep fine good sure etc e.g i.e same such other any all some each
  every both either neither more most less much many few own again once too let lets get got make
  change changes pr prs pull request requests this's it's that's there's we'll we're i'm safe safely
  risk risks risky low minor small tiny trivial simple easy straightforward standard usual normal
  obvious trust unfortunately sadly sorry honestly frankly actually regrettably afraid hopefully`);

/** Words that open a clause a preceding negation does not reach: "not destructive, so revert it". */
const CONNECTIVES = words(`so but instead therefore then however otherwise though although yet hence thus
  rather meanwhile`);

/** Placeholder and padding words: never a word of the answer. */
const FILLER = words(`
  tbd tba tbc todo fixme wip xxx placeholder later soon eventually asdf asdfgh qwerty foo bar baz qux
  blah lol lorem ipsum dolor sit amet consectetur consectetuer adipiscing adipisicing elit sed do
  eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud
  exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure reprehenderit
  voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt
  culpa qui officia deserunt mollit anim id est laborum`);

const DEFERRALS = [
  /\b(?:tbd|tba|tbc|todo|to-do|fixme|wip)\b/,
  /\b(?:will|'ll|shall|going to|gonna)\s+(?:add|fill|write|provide|describe|document|share|post|attach|link)(?:\s+(?:it|this|that|them|these|details|more|later|soon|in|out|here|below|once|the (?:plan|details|steps|evidence|section|description|link|links|results?))\b|\s*(?:[.!,;:]|$))/,
  /\b(?:to be|will be|'ll be)\s+(?:added|determined|decided|defined|written|provided|documented|filled in)\b/,
  /\bto be (?:confirmed|updated)\b/,
  /\b(?:add|fill in|write|provide|document|describe|post|share|attach|link)(?:\s+[^\s.;:!?]+){0,3}?\s+(?:later|soon|afterwards)\b/,
  /\b(?:details|more|plan|steps|evidence|results?|links?|info|information)\s+(?:will|to)\s+follow\b/,
  /\b(?:coming soon|work in progress)\b/,
  /^(?:later|soon|eventually|pending)$/,
];

const URL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S*/g;
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['._/-](?=[\p{L}\p{N}]))*/gu;
const SENTENCE_BREAK = /[.!?;:…]+(?=\s|$)|\s[-–—]+\s|[–—()[\]{}]|\s\/\s/;
const CLAUSE_BREAK = /,\s/;

/** Units of visible text (each already cleaned), judged for what they say. */
export function substance(units: readonly string[], headingWords: ReadonlySet<string>): Substance {
  const kept = new Set<string>();
  const setAside: Substance['setAside'] = [];
  for (const unit of units) {
    const normal = normalise(unit);
    if (DEFERRALS.some((pattern) => pattern.test(normal))) {
      setAside.push({ kind: 'deferral', text: unit });
      continue;
    }
    for (const sentence of normal.split(SENTENCE_BREAK)) {
      // A negation reaches to the end of its sentence, unless a connective opens a new clause.
      let negated = false;
      for (const clause of sentence.split(CLAUSE_BREAK)) {
        const tokens = clause.match(WORD) ?? [];
        if (tokens.length === 0) continue;
        if (CONNECTIVES.has(tokens[0]!)) negated = false;
        const kind = negated ? 'negation' : setAsideKind(tokens, headingWords);
        if (kind === 'negation') negated = true;
        if (kind !== undefined) {
          setAside.push({ kind, text: clause.trim() });
          continue;
        }
        for (const token of tokens) if (!isFiller(token)) kept.add(token);
      }
    }
  }
  return { words: [...kept].join(' '), setAside };
}

/** The words of headings, for `substance`: a heading repeated says nothing. */
export function wordsOf(headings: readonly string[]): Set<string> {
  return new Set(headings.flatMap((heading) => normalise(heading).match(WORD) ?? []));
}

function setAsideKind(tokens: readonly string[], headingWords: ReadonlySet<string>): SetAside | undefined {
  if (tokens.some(isNegation)) return 'negation';
  const own = tokens.filter((t) => !isWeak(t) && !POINTERS.has(t) && !headingWords.has(t) && !isFiller(t));
  if (own.length > 0 && loremShare(tokens) < 0.5) return undefined;
  return tokens.some((t) => POINTERS.has(t)) && own.length === 0 ? 'pointer' : 'filler';
}

function isNegation(token: string): boolean {
  return NEGATIONS.has(token) || NEGATIONS.has(token.replace(/'/g, '')) || token.endsWith("n't");
}

/** Placeholders, lorem ipsum, single letters, and runs of one character (`aaaa`, `00`). */
function isFiller(token: string): boolean {
  return FILLER.has(token) || /^\p{L}$/u.test(token) || /^(.)\1+$/u.test(token);
}

/** Numbers count inside a statement with words, but are not words of their own. */
function isWeak(token: string): boolean {
  return WEAK.has(token) || /^[\p{N}.,/:-]+$/u.test(token);
}

function loremShare(tokens: readonly string[]): number {
  return tokens.filter((t) => FILLER.has(t)).length / tokens.length;
}

/** Lowercase, compatibility forms folded (`Ｒｅｖｅｒｔ`), curly apostrophes straight, URLs removed. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ′]/g, "'")
    .replace(URL, ' ');
}
