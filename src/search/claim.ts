import type { NlpToken } from './nlp.ts';
import { WH_WORDS } from './question-kind.ts';
import { normalize } from './text.ts';

/*
 * Reading a fact-check, part of stage 1 ("understand"): its tags ("right?", "fact check pls"), the frames that
 * quote it ("a reader says", "I thought"), and the claim itself. People check a claim by quoting it and asking
 * whether it holds: "Reader says Lee was the first Korean in a top post. Does that check out?", "A
 * columnist writes that X. Verify?". The quoting ("Reader says", "a columnist writes that") and the tag
 * ("Does that check out?", "True?") say how the claim is asked, not what it claims, so verification
 * must not look for "reader" or "check" in the corpus. Both are read from the English model's parts of
 * speech, not from lists of words: a tag is a short clause that names nothing and points back at the
 * statement; a quoting frame is a verb whose object is a clause of its own.
 */

/** Longest clause read as a tag ("is there any support for that"): longer ones ask something. */
const MAX_TAG_WORDS = 6;

/** Parts of speech a noun phrase is made of ("the Ukraine and Palestine texts", "ANACOM's note"). */
const PHRASE = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART', 'CCONJ', 'PUNCT', 'SYM']);

/**
 * True when a clause only asks whether the statement before it holds: a yes/no question that points
 * back with a pronoun ("Does that check out", "Is that right", "Can we confirm"), or a word or two that
 * name nothing, asked (`asked`: a question mark follows it): "True?", "Accurate?", "Right or wrong?".
 * `names(t)` says whether a token names a thing.
 */
export function isTagClause(
  tokens: readonly NlpToken[],
  names: (t: NlpToken) => boolean,
  asked: boolean,
): boolean {
  const words = tokens.filter((t) => t.isWord);
  if (words.length === 0 || words.length > MAX_TAG_WORDS) return false;
  if (words.some((t) => names(t) || t.pos === 'NUM')) return false;
  // "Deputy SG race - who won?": a question word asks its own question about the statement.
  if (WH_WORDS.includes(normalize(words[0]?.text ?? ''))) return false;
  // "True?", "Verify?": a word or two, asked; "full name" without a question mark is an aside.
  if (asked && words.length <= 3 && words.every((t) => t.pos !== 'NOUN' || t.light)) return true;
  const yesNoForm = words[0]?.pos === 'AUX';
  // "Is that right" points back; the "there" of "was there smth on youth" only says something exists,
  // and an article ("was there a youth resolution") points nowhere.
  const pointsBack = words.some(
    (t) =>
      (t.pos === 'PRON' && normalize(t.text) !== 'there') ||
      (t.pos === 'DET' && t.light && !ARTICLE.test(t.text)),
  );
  return yesNoForm && pointsBack;
}

/** An article, which points at nothing said before. */
const ARTICLE = /^(?:a|an|the)$/i;

/** A statement split into the frame that quotes it and the claim it quotes. */
export interface QuotedClaim {
  /** "A reader says", "ANACOM's note says", "we got an email saying". */
  frame: NlpToken[];
  /** What is claimed: "PP-14 ended on 6 November 2014". */
  claim: NlpToken[];
}

/**
 * Splits "Reader says X", "A columnist writes that X", "We got an email saying X" into frame and claim.
 * The frame's verb takes a whole clause as its object: "that", or a noun phrase and then a verb of its
 * own. A statement with one verb ("Johnson won in the first round") quotes nothing.
 */
export function quotedClaim(tokens: readonly NlpToken[]): QuotedClaim | undefined {
  let from = 0;
  let result: QuotedClaim | undefined;
  // "We got an email saying X": quoting can nest, and the innermost clause is the claim.
  for (;;) {
    const at = frameVerbAt(tokens, from);
    if (at === undefined) return result;
    // "heard on a panel X": where it was heard is the frame's too.
    const heard = pastHearsay(tokens, at);
    const start = tokens[heard]?.text.toLowerCase() === 'that' ? heard + 1 : heard;
    result = { frame: tokens.slice(0, start), claim: tokens.slice(start) };
    from = start;
  }
}

/** Verbs of taking something in from others: "heard", "read", "saw". General English. */
const HEARSAY = /^(?:heard|hear|read|saw|seen)$/i;

/** Where the words after the frame's verb at `at` start, past where hearsay says it was heard. */
function pastHearsay(tokens: readonly NlpToken[], at: number): number {
  return at + 1 + (HEARSAY.test(tokens[at]?.text ?? '') ? whereHeard(tokens, at + 1) : 0);
}

/**
 * How many tokens at `at` say where hearsay came from: "somewhere", "online", or a preposition and a
 * noun phrase ("on a panel", "in the press"). 0 when none do.
 */
function whereHeard(tokens: readonly NlpToken[], at: number): number {
  const first = tokens[at];
  if (first?.pos === 'ADV' && /^(?:somewhere|online|once|recently|earlier)$/i.test(first.text)) return 1;
  if (first?.pos !== 'ADP') return 0;
  let i = at + 1;
  while (tokens[i]?.pos === 'DET' || tokens[i]?.pos === 'ADJ') i++;
  return tokens[i]?.pos === 'NOUN' ? i + 1 - at : 0;
}

/** Verbs that name a thing as something: "calls X Y", "dubbed X Y". General English. */
const NAMING_VERB = /^(?:calls|called|dubs|dubbed|labels|labelled|labeled|brands|branded)$/i;

/** "keep", "keeps", "kept": a saying that goes on ("people keep saying"). */
const KEEP = /^(?:keep|keeps|kept)$/i;

function frameVerbAt(tokens: readonly NlpToken[], from: number): number | undefined {
  for (let v = from; v < tokens.length; v++) {
    const t = tokens[v] as NlpToken;
    const next = tokens[v + 1];
    // "wrote that Connect 2020 was …": the model tags this "that" a pronoun as often as a conjunction
    // (never a determiner: "wrote that book"); a word after it opens the clause said.
    const thatFollows =
      next?.text.toLowerCase() === 'that' &&
      (next.pos === 'SCONJ' || (next.pos === 'PRON' && tokens[v + 2]?.isWord === true));
    // "Reader claims X": the model reads a verb's -s after a noun as a plural noun's.
    const verbLike =
      t.pos === 'VERB' || (t.pos === 'NOUN' && (thatFollows || (v > from && /s$/.test(t.text))));
    if (!verbLike) continue;
    // "ppl keep saying X": the frame's verb is the saying that goes on, not "keep".
    if (KEEP.test(t.text) && tokens[v + 1]?.pos === 'VERB' && /ing$/i.test(tokens[v + 1]?.text ?? ''))
      continue;
    // "Connect 2020 goal was 50%": a first word (of the line, or of the clause a frame quotes) the model
    // reads as a verb, with a number right after it, is a name with its number, not a frame.
    if (v === from && tokens[v + 1]?.pos === 'NUM') continue;
    // What the frame says before its verb is who quotes: a noun phrase, nothing that acts, after where
    // and when ("on air yesterday our guest said X").
    if (
      tokens
        .slice(from, v)
        .some(
          (p, k) =>
            !PHRASE.has(p.pos) && p.pos !== 'PRON' && !KEEP.test(p.text) && !(p.pos === 'ADP' && k === 0),
        )
    )
      return undefined;
    if (thatFollows) return v;
    // "A 2014 piece calls Busan ITU's 20th Plenipotentiary": a verb of naming takes two noun phrases, the
    // thing and what it is called, which are the claim.
    if (NAMING_VERB.test(t.text) && t.pos === 'VERB' && v > from && tokens[v + 1]?.isWord === true) return v;
    // "I remember it being the 18th": a pronoun and a verb of its own are the clause remembered.
    // ("… agreed there was …" is no such clause: "there" is nobody.)
    if (
      /^(?:it|he|she|they)$/i.test(tokens[v + 1]?.text ?? '') &&
      /^(?:being|was|is|were)$/i.test(tokens[v + 2]?.text ?? '')
    )
      return v;
    // Else the object must be a clause: a noun phrase, then a verb of its own. Hearsay may say first
    // where it was heard ("heard on a panel X", "read somewhere X").
    let i = pastHearsay(tokens, v);
    // "heard in the news that X": the model tags this "that" a pronoun as often as a conjunction.
    if (i > v + 1 && tokens[i]?.text.toLowerCase() === 'that') return v;
    // "Bilel Jamoussi of Tunisia won": a noun phrase goes on through "of" and the noun after it.
    while (
      i < tokens.length &&
      (PHRASE.has((tokens[i] as NlpToken).pos) ||
        (/^of$/i.test(tokens[i]?.text ?? '') && /^(?:NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '')))
    )
      i++;
    const verb = tokens[i];
    // "I remember reading that X", "I recall hearing that X": what the asker did is the frame too.
    const gerund = tokens[v + 1];
    if (
      i === v + 2 &&
      gerund &&
      /ing$/i.test(gerund.text) &&
      verb?.text.toLowerCase() === 'that' &&
      verb.pos === 'SCONJ'
    )
      return v + 1;
    // "beat three rivals to become SG": a verb after "to" is what the action was for, not a clause said.
    const infinitive = tokens[i - 1]?.pos === 'PART' && tokens[i - 1]?.text.toLowerCase() === 'to';
    // The clause's subject is a word: ", is that right" after "adopted" is the tag, not a clause said.
    const subject = tokens.slice(v + 1, i).some((p) => p.isWord);
    // "… amended the ITU constitution didn't it": an auxiliary, "not" and a pronoun at the end are the
    // line's tag, not the verb of a clause the first verb says.
    const tag =
      verb?.pos === 'AUX' &&
      /^(?:n't|n’t|not)$/i.test(tokens[i + 1]?.text ?? '') &&
      tokens[i + 2]?.pos === 'PRON' &&
      !tokens.slice(i + 3).some((p) => p.isWord && p.pos !== 'INTJ');
    if (subject && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && !infinitive && !tag)
      return v;
    // "My notes say X": a plural noun read as a verb that frames no clause leaves the verb after it.
    if (t.pos === 'NOUN') continue;
    return undefined;
  }
  return undefined;
}

/**
 * Splits a claim asked about by a leading yes/no frame that points at it: "Is it true (that) X", "is it
 * correct X", "can you confirm that X", "is it the case that X". The frame is an auxiliary, a pronoun,
 * and a word or two that name nothing; what follows must be a clause of its own, with a verb.
 */
export function askedClaim(tokens: readonly NlpToken[]): QuotedClaim | undefined {
  if (tokens[0]?.pos !== 'AUX' || tokens[1]?.pos !== 'PRON') return undefined;
  for (let end = 3; end <= 4; end++) {
    const middle = tokens.slice(2, end);
    if (!middle.every((t) => t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'DET' || t.pos === 'NOUN'))
      return undefined;
    // "the case" is the frame; "the resolution" would be the claim's subject, so a noun must be light.
    if (middle.some((t) => t.pos === 'NOUN' && !t.light) || middle.every((t) => t.pos === 'DET')) continue;
    const that = tokens[end]?.text.toLowerCase() === 'that';
    // "Can you confirm that X" quotes X; "can you list X", "do you think X" ask for something else. "Is
    // it true X" points at X with "it" (the model tags "true" a verb as often as an adjective).
    const pointing = /^(?:it|this)$/i.test(tokens[1]?.text ?? '');
    if (!pointing && middle.some((t) => t.pos === 'VERB') && !that) return undefined;
    const start = that ? end + 1 : end;
    const claim = tokens.slice(start);
    if (claim.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && claim.some((t) => t.pos !== 'PUNCT'))
      return { frame: tokens.slice(0, start), claim };
  }
  return undefined;
}

/** A fact-check's tag at the end of its clause ("..., right", "correct", "true or false"). */
export const TAG_AT_END =
  /[\s,]*\b(?:right|correct|true|yeah|ya|yep|yup|yes|yes or no|true or false|is that so|(?:just )?(?:confirming|checking)|iirc|afaik|if memory serves(?: me)?|(?:as (?:far as )?|if )i (?:remember|recall)(?: (?:it|correctly|right(?:ly)?))?|i (?:think|believe|guess)|(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would|wo)n'?t (?:he|she|they|it|we|you|there))\W*$/i;

/** A tag that turns a statement into a fact-check: "..., right?", "true?", "yes or no:". */
export const TAG =
  /\b(?:right|correct|true|yeah|ya|yep|yup|yes(?=\W*$)|yes or no|true or false|confirm\w*|iirc|afaik|if memory serves|(?:as (?:far as )?|if )i (?:remember|recall)(?=(?:\s+(?:it|correctly|right(?:ly)?))?\W*$)|just checking|i (?:think|believe|guess)(?=\W*$)|is that so|fact[\s-]?check\w*(?=(?:\s+(?:pls|please|this|that|it|me))*\W*$)|(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would|wo)n'?t (?:he|she|they|it|we|you|there))\b/i;

/**
 * "ppl in my replies keep saying OTT got regulated", "everyone says …": what others claim, reported. Beside
 * a question of its own ("what actually happened w/ OTT"), the question is what is asked. General English.
 */
export function reportsOthers(text: string): boolean {
  return OTHERS_SAY.test(text);
}

const OTHERS_SAY =
  /^\s*(?:some\s+|many\s+|lots\s+of\s+)?(?:people|ppl|everyone|everybody|folks|they|someone|somebody|some1|sum1|others|critics|media)\s+(?:[\p{L}']+\s+){0,4}?(?:keeps?\s+|kept\s+|are\s+|were\s+)?(?:say|says|said|saying|claim|claims|claimed|claiming|insist\w*|tweet\w*|post\w*|think|thinks|reckon\w*)\b/iu;

/**
 * "I thought …", "heard (on a podcast) that …", "I read that …": the asker's belief or hearsay opens the
 * line. General English.
 */
export function believed(tokens: readonly NlpToken[]): boolean {
  const words = tokens.filter((t) => t.isWord).map((t) => normalize(t.text));
  const at = /^(?:i|we)$/.test(words[0] ?? '') ? 1 : 0;
  return (
    /^(?:thought|think|heard|hear|read|remember|recall|believe|believed|was|were)$/.test(words[at] ?? '') &&
    ((words[at] !== 'was' && words[at] !== 'were') || words[at + 1] === 'told')
  );
}

/**
 * True when a statement, asked ("Zhao got 166 votes?"), claims something of someone or something named:
 * its first word (past a chat opener: "so busan did 19 new resos …?") is a name, and a verb or a copula
 * makes a claim of it. "Names of the members elected in 2014?" asks for something, and "…, should I cite
 * that?" asks its own question about the statement.
 */
export function claimsOfNamed(tokens: readonly NlpToken[], isName: (word: string) => boolean): boolean {
  const first = tokens.find((t) => t.isWord && !OPENER.test(t.text));
  return (
    first !== undefined &&
    (first.pos === 'PROPN' || (first.pos === 'NOUN' && isName(first.text))) &&
    !/^(?:names?|titles?)$/i.test(tokens.find((t) => t.isWord)?.text ?? '') &&
    // "Chaesub Lee is Japanese?": a copula claims as a verb does.
    tokens.some((t) => t.pos === 'VERB' || (t.pos === 'AUX' && /^(?:is|was|are|were)$/i.test(t.text))) &&
    !tokens.some((t, i) => t.pos === 'AUX' && tokens[i + 1]?.pos === 'PRON')
  );
}

/** Chat that opens a claim asked: "so", "and", "ok". General English. */
const OPENER = /^(?:so|and|ok|okay|wait|hmm+|um+|also|then)$/i;
