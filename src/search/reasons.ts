import type { Passage } from '../corpus/types.ts';
import { perObject } from './per-object.ts';
import type { RankedPassage } from './rank-passages.ts';
import { processTerm, squash, terms } from './text.ts';
import type { Understanding } from './understand.ts';
import type { Verdict } from './verify.ts';
import { YEAR } from './verify-time.ts';

/*
 * Part of stage 4 of /ask, "compose", for "why": a reason is a sentence of cause or purpose. When the
 * verified sentences give none, the entry may give it in the next sentence, or only in one it marks
 * unverified. See docs/answering.md.
 */

/**
 * A sentence that gives a reason: what a "why" question needs. General English connectives of cause
 * and purpose; the corpus's own words for reasons are its business. "After" a meeting ("after WRC-15")
 * or a quantity ("after four rounds of voting"), and "a day after" or "shortly after" anything, place
 * something in time and give no cause; so does "since" before a date or before a place set off by a comma
 * ("Since Busan, the title begins …").
 */
const REASON =
  /\b(?:because|since(?!\s+(?:\d|[\p{L}-]+,|(?:early|late|mid|then|january|february|march|april|may|june|july|august|september|october|november|december)\b))|due to|owing to|as a result|so that|in order to|so as to|aim(?:s|ed)? (?:to|at)|(?<!\b(?:a|one|two|three|a few|several)\s+(?:day|days|week|weeks|month|months|hour|hours)\s+|\b(?:shortly|soon|just|right|long)\s+)(?:after|following)(?! \p{Lu}{2,}-?\d| \d| (?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few)\b)|amid|fear(?:s|ed)?|concern(?:s|ed)?|worr(?:y|ies|ied)|warn(?:s|ed|ing)?|wanted|sought|seeking|could not|lacked|reason|why|suspect\w*|justif\w*|serv(?:e|es|ed) to|in response|response to|led to|prompt\w*|(?<!\b(?:do|does|did|doing|done)\s+)so\b(?!\s+(?:many|much|far|few|long|on|called|forth)\b))/iu;

/** {@link REASON}, every match of it. */
const REASON_ALL = new RegExp(REASON.source, 'giu');

/** "Why was X significant", "a milestone", "a big deal": what made something matter. General English. */
const SIGNIFICANCE =
  /\b(?:significant|significance|milestone|big (?:deal|year|moment|day)|historic|notable|landmark|special|important|matter(?:ed|s)?)\b/i;

/**
 * The words of "why was X a big deal / significant / a milestone": what the question asks the reason
 * for, not words the answer must say.
 */
export function significanceWords(question: string): Set<string> {
  const out = new Set<string>();
  for (const re of [SIGNIFICANCE, CONTENTION])
    for (const m of question.matchAll(new RegExp(re.source, 'gi')))
      for (const w of m[0].toLowerCase().split(/\s+/)) out.add(w);
  return out;
}

/** The significance words of a "why was X a big deal" question, once per question. */
export const significanceOf = perObject(
  (u: Understanding): ReadonlySet<string> => significanceWords(u.question),
);

/** "Why did X object to Y", "push back on", "reject": a stance, whose grounds are the reason. */
const OBJECTION =
  /\b(?:object(?:ed|s|ing)?|oppos(?:e|ed|es|ing)|reject(?:ed|s|ing)?|resist(?:ed|s|ing)?|critici[sz](?:e|ed|es|ing)|push(?:ed|es|ing)? back|complain(?:ed|s|ing)?)\b/i;

/** A stance stated with its grounds: "called the definition not mature", "objected that it left out". */
const GROUNDS =
  /\b(?:objected|argued|complained|said|considered|called|deemed|found)\b[^.]{0,80}?\b(?:that|not|too)\b/i;

/** "Why did the chairman thank Ukraine and Russia": thanks, praise or blame, whose object is the reason. */
const CREDIT = /\b(?:thank\w*|prais\w*|blam\w*|congratulat\w*|credit\w*)\b/i;

/** Thanks given with what for: "thanking Ukraine and Russia for their compromise". */
const CREDIT_FOR = new RegExp(String.raw`${CREDIT.source}[^.;]{0,60}?\bfor\b`, 'i');

/**
 * A first or a record, or an occasion ("its 150th anniversary", "the next big moment"): what makes an
 * event or a year matter.
 */
const FIRST = /\b(?:first|only|record|never before|anniversary|big moment|milestone)\b/i;

/** True when a sentence tells of a first or a record ("the first Korean elected"). */
export function givesFirst(text: string): boolean {
  return FIRST.test(text);
}

/**
 * True when a sentence gives a reason. For a question about why something mattered ("why was Chaesub
 * Lee's win a milestone for Korea"), a first or a record is the reason ("the first Korean elected to
 * one of ITU's top posts"); for why someone objected, the grounds they stated ("called the proposed
 * definition not mature").
 */
export function givesReason(text: string, question = ''): boolean {
  return (
    reasonWordIn(text, question) ||
    (SIGNIFICANCE.test(question) && FIRST.test(text)) ||
    (OBJECTION.test(question) && GROUNDS.test(text)) ||
    (CREDIT.test(question) && CREDIT_FOR.test(text)) ||
    (CONTENTION.test(question) && STAKE.test(text))
  );
}

/**
 * A connective of cause or purpose in the text that is not the question's own: "why couldn't they agree
 * a definition?" is not answered by "Committee 5 could not agree on a definition", whose "could not" is
 * the act asked about.
 */
function reasonWordIn(text: string, question: string): boolean {
  if (!REASON.test(text)) return false;
  let asked: string | undefined;
  for (const m of text.matchAll(REASON_ALL)) {
    const word = m[0].toLowerCase();
    // "…, after which India revised its text": what came after, a cause only of an act the question asks
    // ("… after which many ministers left", for why they left).
    if (
      word === 'after' &&
      /^\s+which\b/i.test(text.slice(m.index + word.length)) &&
      !followsAsked(text, m.index, question)
    )
      continue;
    // "The first conference since the Constitution took effect": a time, unless a first is what is asked
    // about ("why does ANACOM call Busan a first").
    if (word === 'since' && FIRST_BEFORE.test(text.slice(0, m.index)) && !/\bfirst\b/i.test(question))
      continue;
    // "India's draft was concerned about anonymity": what a text is concerned with is its subject.
    if (word.startsWith('concern') && TEXT_SUBJECT.test(text.slice(0, m.index))) continue;
    if (!ACT_WORDS.test(word)) return true;
    // "couldn't", and "could n't" as the question is read back from its tokens; "fail to", "unable to",
    // "not possible to" ask the same failure ("why did they fail to agree a definition").
    asked ??= question
      .toLowerCase()
      .replace(/\s*n['’]t\b/g, ' not')
      .replace(
        /\b(?:fail(?:ed|s)?|failure|unable|not able|not possible|impossible|no way)\s+to\b/g,
        'could not',
      );
    // "Why did the US want the widest participation" and "the United States wanted …": the question's own
    // verb in another form is the act asked about too.
    const base = ACT_BASE[word];
    if (!asked.includes(word) && !(base !== undefined && new RegExp(`\\b${base}`).test(asked))) return true;
  }
  return false;
}

/**
 * True when the clause after "after which" holds a word of the question other than a name (the names are
 * the subject either way): the act asked is what followed.
 */
function followsAsked(text: string, at: number, question: string): boolean {
  const clause = text.slice(at + 'after which'.length).split(/[,.;]/)[0] ?? '';
  const said = new Set(terms(clause.replace(CAPITALISED, ' ')));
  return terms(question).some((t) => said.has(t));
}

/** A text as the subject right before a verb: "the draft was (also) …". General English. */
const TEXT_SUBJECT =
  /\b(?:draft|proposal|resolution|text|document|declaration|amendment)s?\s+(?:was|is|were|are)\s+(?:also\s+)?$/i;

// Module constant (see CAPITALISED_RUN in verify-place.ts).
const CAPITALISED = /\b\p{Lu}[\p{L}-]*/gu;

/** Reason words that are also the act itself ("could not", "wanted"), unlike connectives ("after"). */
const ACT_WORDS = /^(?:could not|wanted|sought|seeking|lacked)$/;

/** The base form of each of {@link ACT_WORDS}' single words, as a question asks it ("why did they want"). */
const ACT_BASE: Readonly<Record<string, string>> = {
  wanted: 'want',
  sought: 'seek',
  seeking: 'seek',
  lacked: 'lack',
};

/**
 * What could have followed ("could have brought Netflix and Skype under ITU's remit"), or what someone
 * warns could follow ("OTI warns that … could extend ITU's reach"): the stake, which is why something was
 * contentious. Not what could merely still come ("could be taken at the next conference"). General
 * English.
 */
const STAKE =
  /\b(?:could|would|might)\s+have\s+\p{L}+|\bwarn(?:s|ed|ing)?\b[^.;]*\b(?:could|would|might)\b/iu;

/**
 * True when a passage gives why something mattered by where the corpus puts it, and the question asks
 * that: a section headed "Why it mattered" holds the entry's reasons, however each sentence words them
 * ("OTI wrote that, with WCIT receding from memory, observers called PP-14 a turning point").
 */
export function inReasonSection(passage: Passage, question: string): boolean {
  const heading = passage.section;
  return (
    heading !== undefined &&
    REASON_HEADING.test(heading) &&
    // "Why it mattered" answers why something mattered, not why Lee lost the 2006 race it recalls.
    SIGNIFICANCE.test(heading) &&
    (SIGNIFICANCE.test(question) || CONTENTION.test(question))
  );
}

/**
 * "Why was defining ICT so contentious", "such a big fight", "what is at stake": what made something
 * disputed is what made it matter. General English; not a reason a first gives, as significance is.
 */
const CONTENTION =
  /\b(?:contentious|controversial|sensitive|divisive|heated|at stake|(?:big|such a|so much of a)\s+(?:fight|fuss|issue|problem))\b/i;

/** True when a passage answers a "why": it gives a reason, or sits where the corpus files the one asked. */
export function givesWhy(hit: RankedPassage, question: string): boolean {
  return givesReason(hit.passage.text, question) || inReasonSection(hit.passage, question);
}

const REASON_HEADING = /^\s*why\b/i;

/**
 * True when the only reason a sentence gives is a failure ("could not reach consensus"), and the
 * question does not ask about one ("why did India withdraw" may be answered so; "why does it matter"
 * is better answered by a cause).
 */
export function onlyFailure(text: string, question: string): boolean {
  if (
    /\b(?:not|never|fail\w*|withdr\w*|drop\w*|reject\w*|collaps\w*|stall\w*|couldn'?t|could not)\b|\b(?:did|does|do|was|were|is|are|could|would|has|have|had)\s?n['’]?t\b/i.test(
      question,
    )
  )
    return false;
  return /\bcould not\b/i.test(text) && !givesReason(text.replace(/\bcould not\b/gi, ' '), question);
}

/** What a "why" can be answered or offered from when no verified sentence gives a reason. */
export interface WithoutReason {
  /** The best verified sentence (no reason in it). */
  first: RankedPassage;
  /** A sentence of its entry, beside it, that gives the reason it lacks. */
  beside?: RankedPassage;
  /** A verified sentence that gives a reason the corpus marks unverified. */
  hedged?: RankedPassage;
}

/** Reads the candidates of a "why" none of whose verified sentences gives a reason. */
export function withoutReason(
  verified: readonly RankedPassage[],
  candidates: readonly { hit: RankedPassage; verdict: Verdict }[],
  minCoverage: number,
): WithoutReason {
  const first = verified[0] as RankedPassage;
  // "Why was the item put back on 28 October?": the entry states the date in one sentence and the
  // reason in the next ("… had computer problems, so Committee 6 put the item back").
  const beside = reasonBeside(first, candidates, minCoverage);
  const hedged = verified.find((h) => h.passage.uncertain && givesReason(h.passage.text));
  return { first, ...(beside ? { beside } : {}), ...(hedged ? { hedged } : {}) };
}

/**
 * A sentence of the same entry as a verified one that gives a reason and lacks only names or numbers
 * the verified sentence states: the two together answer "why". Settled statements only.
 */
function reasonBeside(
  verified: RankedPassage,
  candidates: readonly { hit: RankedPassage; verdict: Verdict }[],
  minCoverage: number,
): RankedPassage | undefined {
  const said = squash(verified.passage.text);
  return candidates.find(
    ({ hit, verdict }) =>
      !verdict.ok &&
      hit.entry.id === verified.entry.id &&
      // Near it in the entry: an overview's sentence far down ("Poland asked … so that it could take part in
      // a possible vote") is about another thing than the one verified ("Constitution: not amended").
      Math.abs(positionOf(hit) - positionOf(verified)) <= MAX_REASON_DISTANCE &&
      !hit.passage.uncertain &&
      hit.coverage >= minCoverage &&
      givesReason(hit.passage.text) &&
      verdict.missing.length > 0 &&
      verdict.missing.every((m) => verdict.missingNames.includes(m) && said.includes(m)) &&
      !ofAnotherYear(hit.passage.text, verdict.missingNames),
  )?.hit;
}

/** "The first Plenipotentiary Conference " right before a "since": the first of a time. */
const FIRST_BEFORE = /\bfirst\b[^.;]{0,80}$/i;

/** Most sentences apart in one entry a reason and the sentence it explains are taken to be. */
const MAX_REASON_DISTANCE = 5;

/** A passage's place in its entry, from its id ("resolution-144#3"). */
function positionOf(hit: RankedPassage): number {
  return Number(hit.passage.id.slice(hit.passage.id.lastIndexOf('#') + 1));
}

/**
 * "Why did Lee lose the 2006 TSB election?" and "The three Director elections … started late on 24 October
 * 2014": a sentence that lacks the year asked and dates itself to another tells of another time, whose
 * reasons are not the asked one's.
 */
function ofAnotherYear(text: string, missingNames: readonly string[]): boolean {
  const asked = missingNames.filter((n) => /^\d{4}$/.test(n));
  return asked.length > 0 && (text.match(YEAR) ?? []).some((y) => !asked.includes(y));
}

/**
 * The sentence holds one of the question's own verbs: it states the act whose reason is asked, so it
 * cannot be the reason ("signals were jammed while …" for "why were signals jammed?").
 */
export function restatesAct(text: string, u: Understanding): boolean {
  const said = new Set(terms(text));
  return u.tokens.some(
    (t) => t.pos === 'VERB' && !t.light && said.has(processTerm(t.text.toLowerCase()) ?? ''),
  );
}
