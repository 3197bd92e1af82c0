import { isEnglishWord } from './dictionary.ts';
import { titleShown } from './entry-answers.ts';
import { findTextRefs, textKindOf } from './identifiers.ts';
import { entryNameTermsOf, termsOf } from './passage-words.ts';
import { perObject } from './per-object.ts';
import { countedInChoice } from './question-names.ts';
import { isThing, namesTextKind } from './question-words.ts';
import type { PassageHit } from './search-types.ts';
import { TELLING_VERB } from './source-words.ts';
import { escapeRegExp, normalize, spelledNumber, squash } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';
import { doerLeftUnsaid } from './verify-passive.ts';
import { whoAsksCountry } from './verify-place.ts';
import { namesConference, ranksAsked } from './verify-rank.ts';
import { askedSourceWords } from './verify-sibling.ts';
import { demonymOf } from './verify-subject.ts';
import { givesShare, statesDate } from './verify-type.ts';

/*
 * Part of stage 3 of /ask, "verify": how one candidate accounts for a word of the question: by its own
 * words and names, its sources, a country for a nationality, its authored questions, its reference to a
 * kind of text, or, for "the conference", a name of the conference in its own sentence. See verify.ts.
 */

/** What {@link verify} reads of one candidate to tell whether it accounts for a word of the question. */
export interface Accounting {
  q: VerifyInput;
  hit: PassageHit;
  ownWords: ReadonlySet<string>;
  ownNames: ReadonlySet<string>;
  ownSquashed: string;
  /** The names of the sources the passage cites, as the question words them. */
  cited: ReadonlySet<string> | undefined;
  /** The terms of the entry's authored questions, when the question matches them. */
  asked: ReadonlySet<string> | undefined;
}

// Functions of an Accounting, not closures made in verify: tsx (esbuild's keepNames) names each named
// closure with Object.defineProperty every time it is made (about 0.3 µs), and verify made five per
// candidate.

/** "The british guy" is accounted for by "of the United Kingdom". */
export function ofCountry(cand: Accounting, n: string): boolean {
  return (cand.q.countriesOf?.(n) ?? []).some((c) => cand.ownSquashed.includes(squash(c)));
}

export function named(cand: Accounting, n: string): boolean {
  return (
    cand.cited?.has(n) === true ||
    ofCountry(cand, n) ||
    cand.ownNames.has(n) ||
    cand.ownWords.has(n) ||
    spelledIn(cand, n) ||
    (n.length >= 6 && cand.ownSquashed.includes(n)) ||
    // "under-25s", "the 1990s": a plural of a name that ends in a number is that name ("under 25").
    (PLURAL_OF_NUMBERED.test(n) && n.length >= 6 && cand.ownSquashed.includes(n.slice(0, -1))) ||
    demonymOf(n, cand.ownWords)
  );
}

/**
 * True when the passage's own sentence, or the one before it, says one of the numbers offered as choices,
 * in digits or words, and, when the question counts a thing with them ("2 weeks or 3"), of that thing:
 * "three weeks in all", not "3 November".
 */
export function saysChoice(cand: Accounting, group: readonly string[]): boolean {
  const { passage } = cand.hit;
  const text = `${passage.text} ${passage.context}`;
  const forms = group.flatMap((n) => [n, spelledNumber(n) ?? n]).map(escapeRegExp);
  const counted = countedInChoice(cand.q.u.question);
  const thing =
    counted === undefined ? '' : String.raw`\s+(?:\p{L}+\s+)?${escapeRegExp(counted.replace(/s$/i, ''))}`;
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${forms.join('|')})${thing}`, 'iu').test(text);
}

/** "2 of the 5 top posts" for a passage's "two of ITU's five top posts": a small number spelled out. */
function spelledIn(cand: Accounting, n: string): boolean {
  const word = spelledNumber(n);
  return word !== undefined && cand.ownWords.has(word);
}

/**
 * True when the question says `word` as a noun, as the English model tags it, and not after "did" and
 * a name ("why did Ebola figure at …"), where it is the verb whatever the model says.
 */
function saidAsNoun(u: Understanding, word: string): boolean {
  return u.tokens.some(
    (t, i) =>
      t.pos === 'NOUN' &&
      normalize(t.text) === word &&
      !/^(?:did|does|do)$/i.test(u.tokens[i - 2]?.text ?? ''),
  );
}

/** Words for a figure someone gave, which a number in the passage gives: general English. */
const FIGURE_WORD = /^(?:figures?|stats?|statistics?)$/;

/** A squashed name ending in a number made plural: "under25s". */
const PLURAL_OF_NUMBERED = /\ds$/;

export function matched(cand: Accounting, alternatives: string[]): boolean {
  return alternatives.some((t) => cand.hit.queryTerms.includes(t) || cand.asked?.has(t) === true);
}

/** "Res 70": an abbreviated kind of text is named by the passage's own reference to a text of that kind. */
export function namesKind(cand: Accounting, word: string): boolean {
  const kind = textKindOf(word);
  return kind !== undefined && findTextRefs(cand.hit.passage.text).some((r) => r.kind === kind);
}

/** True when the passage takes `g`, one of a group of alternatives the question gives ("Busan or Seoul"). */
export function takes(cand: Accounting, g: string): boolean {
  return (
    named(cand, g) ||
    cand.q.implied?.has(g) === true ||
    matched(cand, cand.q.weighted.concepts.find((c) => squash(c.word) === g)?.alternatives ?? [])
  );
}

/**
 * "The conference", "the plenipot": a common noun the corpus takes as the conference's own name (an
 * English word among its implied names, or a corpus synonym of one), not its place ("Busan", which names
 * other things too), and not another meeting's ("the 2018 conference").
 */
export function conferenceWord(word: string, q: VerifyInput): boolean {
  const implied = q.implied;
  if (implied === undefined || !implied.has(squash(word))) return false;
  const common = (w: string) => implied.has(squash(w)) && isEnglishWord(squash(w));
  return (
    (common(word) || (q.synonyms?.get(word) ?? []).some(common)) &&
    !q.u.numbers.some((n) => /^\d{4}$/.test(n) && !implied.has(n))
  );
}

/** A passage's own sentence in words (lower-case), without its entry's names, once per passage. */
export const sentenceWordsOf = perObject((passage: PassageHit['passage']): readonly string[] =>
  normalize(passage.text).split(/[^\p{L}\p{N}]+/u),
);

/**
 * "Was everything decided by consensus?" and "The Committee chair said work … would continue", after
 * the sentence on no consensus: a fact-check claims its things of the sentence that bears it out, which
 * the sentence before it does not. Returns a thing said only there.
 */
export function claimBefore(cand: Accounting): string | undefined {
  const { q, hit } = cand;
  const own = termsOf(hit.passage);
  const names = entryNameTermsOf(hit.entry);
  return q.weighted.concepts.find(
    (c) =>
      c.known &&
      isThing(q.u, c.word) &&
      !q.implied?.has(squash(c.word)) &&
      matched(cand, c.alternatives) &&
      !c.alternatives.some((a) => own.has(a) || names.has(a)),
  )?.word;
}

/** True when the word before `word` in the question is an adjective the passage says ("rural" areas). */
export function qualifiedBySaid(cand: Accounting, word: string): boolean {
  const { q } = cand;
  const at = q.u.tokens.findIndex((t) => normalize(t.text) === word);
  const before = q.u.tokens[at - 1];
  if (at < 1 || before?.pos !== 'ADJ' || before.light) return false;
  const quality = q.weighted.concepts.find((c) => c.word === normalize(before.text));
  return (
    quality?.known === true && quality.weight >= RARE_QUALITY_WEIGHT && matched(cand, quality.alternatives)
  );
}

/** A quality rare enough in the corpus ("rural", not "good") to pick the thing it qualifies. */
const RARE_QUALITY_WEIGHT = 0.7;

/**
 * "Which Plenipotentiary Conference number was Busan": "number" asks a place, not a count ("the number
 * of delegates"), and a rank ("the 19th …") gives it.
 */
export function numberAsRank(word: string, q: VerifyInput, text: string): boolean {
  return word === 'number' && asksRankNumber(q.u) && RANK.test(text);
}

/** True when "which … number" asks a place, once per question. */
const asksRankNumber = perObject((u: Understanding): boolean => {
  const at = u.tokens.findIndex((t) => normalize(t.text) === 'number');
  return u.kind === 'which' && at > 0 && normalize(u.tokens[at + 1]?.text ?? '') !== 'of';
});

/** A rank as written: "the 19th Plenipotentiary Conference". */
const RANK = /\b\d+(?:st|nd|rd|th)\b/i;

/** Words for the run of things a rank places something in. General English. */
const SERIES = /^(?:series|sequence|succession)$/;

/**
 * A question word the passage accounts for without saying it: a source's name by its citation, a share
 * by its figure, "the conference" by a name of it, a text's number by its reference, a series number by
 * a rank, an entry's title shown with the answer, or a name by its country, nationality or spelling.
 */
export function accountedOtherwise(cand: Accounting, word: string): boolean {
  const { q, hit, cited } = cand;
  const { passage, entry } = hit;
  const asName = q.u.names.includes(squash(word));
  return (
    // "According to OTI's final dispatch": the citation accounts for the source's name, and "what does
    // ITU's history page record" for the verb it tells by.
    (cited?.has(word) === true && askedSourceWords(q).has(word)) ||
    (TELLING_VERB.test(word) && [...askedSourceWords(q)].some((w) => cited?.has(w) === true)) ||
    // "The UAE said it would bid", "the OTI blog said …": a report, which one that says the UAE
    // "announced" gives, or the passage's citation of the source the question names.
    (reportsClaim(q.u, word) &&
      (REPORTED.test(passage.text) ||
        [...askedSourceWords(q), ...q.u.names].some((w) => cited?.has(w) === true))) ||
    // "The percentage of individuals online": "60% of individuals" gives it.
    givesShare(word, passage.text) ||
    // "Touré's stat on women online", "what figure did he give": a figure is given by a number.
    // Not the verb ("why did Ebola figure at a telecom conference").
    (FIGURE_WORD.test(word) && /\d/.test(passage.text) && saidAsNoun(q.u, word)) ||
    // "Who were the countries that proposed it": "proposed by Sierra Leone" names one.
    (whoAsksCountry(q.u) === word && q.namesCountry(passage.text, q.u.countriesNamed)) ||
    spelledIn(cand, word) ||
    // "Who did the delegates elect": "was elected" leaves who elected unsaid.
    doerLeftUnsaid(cand, word) ||
    // "Held before the conference": a sentence naming it ("the day before PP-14 opened") says it.
    (conferenceWord(word, q) && sentenceWordsOf(passage).some((w) => namesConference(w, q))) ||
    // "Which resolution is about stolen phones, and what's its number?": "Resolution 189" gives it.
    (/^numbers?$/.test(word) && namesTextKind(q.u) && findTextRefs(passage.text).length > 0) ||
    // "Which Plenipotentiary Conference number was Busan": a rank ("the 19th …") is its number, and a
    // rank of the thing asked places it in its series ("the 19th Plenipotentiary", not "its 150th
    // anniversary").
    numberAsRank(word, q, passage.text) ||
    (SERIES.test(word) && ranksAsked(passage.text, q)) ||
    // "When did the SG election take place?": a date the passage gives is when its event happened.
    (OCCURRED.test(word) && asksDate(q.u) && statesDate(passage.text)) ||
    titleShown(word, entry) ||
    (asName &&
      (cited?.has(word) === true ||
        ofCountry(cand, squash(word)) ||
        demonymOf(squash(word), cand.ownWords) ||
        // "pp10" for "PP-10": a name written without its hyphen is the same name.
        (/\d/.test(word) && word.length >= 4 && cand.ownSquashed.includes(squash(word))) ||
        namesKind(cand, word)))
  );
}

/**
 * True when a fact-check reports its claim by a verb of saying ("the UAE said it would bid …, true?"): the
 * claim follows the verb. Not "… right? that's what anacom says", where the verb ends the line and cites
 * the asker's own source, nor "what did X say", which asks for the words.
 */
function reportsClaim(u: Understanding, word: string): boolean {
  if (!u.yesNo || !REPORTING.test(word)) return false;
  const at = u.tokens.findIndex((t) => normalize(t.text) === word);
  const after = u.tokens.slice(at + 1);
  const end = after.findIndex((t) => t.pos === 'PUNCT');
  return at >= 0 && (end < 0 ? after : after.slice(0, end)).filter((t) => t.isWord && !t.light).length >= 2;
}

/** Verbs of reporting what someone said. General English. */
const REPORTING =
  /^(?:say|says|said|saying|tell|tells|told|state|states|stated|claim|claims|claimed|report|reports|reported|announce|announces|announced|mention|mentions|mentioned)$/;

/** A sentence that reports: a verb of saying, or who says it. General English. */
const REPORTED =
  /\b(?:says?|said|told|wrote|writes|stated?|states|claims?|claimed|reports?|reported|announc\w+|mention\w*|according to)\b/i;

/** Verbs of an event's happening ("held", "took place", "occurred"): general English. */
const OCCURRED = /^(?:held|hold|holds|happen(?:ed|s)?|occur(?:red|s)?|took|take|takes|place)$/;

/** True when the question asks a date: "when", or "which date", "what day". */
function asksDate(u: Understanding): boolean {
  return u.kind === 'when' || /^(?:dates?|days?)$/.test(u.typeWord ?? '');
}
