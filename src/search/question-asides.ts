import type { NlpToken } from './nlp.ts';
import { isQuestionWord } from './question-kind.ts';
import { normalize, squash } from './text.ts';

/*
 * Part of stage 1 of /ask, "understand": what is only around a question: the asker's purpose ("for my
 * deck"), a chat tail ("…, for the flight tracking para"), a remark after the last comma ("…, saw a
 * number somewhere") and the scene or chat before it ("ugh forgot, which day …"). None of it is asked.
 */

/**
 * The tokens without the asker's purpose ("for my deck", "for our briefing"): "for" with a first-person
 * possessive says what the answer is for, not what it is about. Returns the purpose as said.
 */
export function withoutPurpose(tokens: NlpToken[]): [NlpToken[], string | undefined] {
  const at = tokens.findIndex(
    (t, i) =>
      normalize(t.text) === 'for' &&
      (/^(?:my|our)$/.test(normalize(tokens[i + 1]?.text ?? '')) ||
        // "for a slide", "for the memo", "for a photo caption": what the answer goes into, however it is
        // said, with a word of what kind before it.
        (/^(?:a|the|this|that)$/.test(normalize(tokens[i + 1]?.text ?? '')) &&
          (ARTIFACT.test(normalize(tokens[i + 2]?.text ?? '')) ||
            (/^(?:NOUN|ADJ|PROPN)$/.test(tokens[i + 2]?.pos ?? '') &&
              ARTIFACT.test(normalize(tokens[i + 3]?.text ?? '')))))),
  );
  if (at < 0) return [tokens, undefined];
  let end = at + 2;
  while (end < tokens.length && /^(?:NOUN|PROPN|ADJ|INTJ)$/.test(tokens[end]?.pos ?? '')) end++;
  const purpose = tokens.slice(at, end);
  return [[...tokens.slice(0, at), ...tokens.slice(end)], purpose.map((t) => t.text).join(' ')];
}

/** What an asker writes the answer into: general English. */
export const ARTIFACT =
  /^(?:scripts?|segments?|bulletins?|slides?|decks?|memos?|briefings?|briefs?|footnotes?|notes?|reports?|presentations?|threads?|tweets?|captions?|posts?|newsletters?|podcasts?|episodes?|articles?|stor(?:y|ies)|pieces?|papers?|thesis|chapters?|explainers?|talking)$/;

/** Corpus words a line must keep, besides any name or number, for a tail to be read as its purpose. */
const MIN_KNOWN_BEFORE_PURPOSE = 2;

/**
 * The tokens without a trailing purpose that names nothing the corpus knows: "… for the lede", "… for a
 * footnote 🙂", "… for the deck pls". What the asker needs the answer for is said in words no passage
 * has; a tail with a corpus word, a name or a number ("… for the rural population", "… for 2018")
 * stays part of the question. Returns the tail as said.
 */
export function withoutChatTail(
  tokens: NlpToken[],
  knows: (word: string) => boolean,
  isName: (t: NlpToken) => boolean,
): [NlpToken[], string | undefined] {
  const words = (from: number) => tokens.slice(from).filter((t) => t.isWord && !t.light && t.pos !== 'INTJ');
  const chat = (from: number) => {
    const rest = words(from);
    // "… for the radio script": a tail that ends on what the asker is writing is theirs, whatever words
    // of the corpus ("radio") qualify it.
    const last = normalize(rest[rest.length - 1]?.text ?? '');
    const own = /^(?:the|my|our|a|this)$/i.test(tokens[from]?.text ?? '') && ARTIFACT.test(last);
    return (
      rest.length > 0 &&
      !tokens.slice(from).some((t) => /\d/.test(t.text)) &&
      (own || rest.every((t) => !knows(t.text) && !isName(t)))
    );
  };
  const at = tokens.findIndex(
    (t, i) => i > 0 && normalize(t.text) === 'for' && t.pos === 'ADP' && chat(i + 1),
  );
  if (at < 0 || words(0).length === words(at).length) return [tokens, undefined];
  // What is left must still ask about something the corpus has: a name, a number, or two of its words.
  // "anyone got the wifi password for the hotel" leaves one word, and the hotel was the point.
  const head = tokens.slice(0, at);
  const known = head.filter((t) => t.isWord && !t.light && knows(t.text)).length;
  if (!head.some((t) => /\d/.test(t.text) || isName(t)) && known < MIN_KNOWN_BEFORE_PURPOSE)
    return [tokens, undefined];
  return [
    tokens.slice(0, at),
    tokens
      .slice(at)
      .map((t) => t.text)
      .join(' '),
  ];
}

/**
 * The words of a leading phrase before the question word that only set the scene: "Under the Busan Final
 * Acts, which resolution …" (a phrase that starts with a preposition), and a lead-in that names nothing
 * ("ugh forgot, which day …", "sorry if dumb q, whats …"), which is the asker's chat. What they name is
 * searched for, but an answer need not repeat it. A number there identifies what is asked about
 * ("Besides Decision 5, what …"): no scene.
 */
export function settingOf(
  tokens: readonly NlpToken[],
  isName: (t: NlpToken) => boolean,
  guess: readonly string[] = guessOf(tokens),
): Set<string> {
  const comma = tokens.findIndex((t) => t.text === ',');
  const whAt = tokens.findIndex((t) => isQuestionWord(normalize(t.text)));
  const lead = tokens.slice(0, comma);
  // "lowkey confused, did they …": a yes/no question starts with its auxiliary, as another with its word.
  const asksAfter = whAt === comma + 1 || shortLeadBeforeAux(tokens) !== undefined;
  const chatLead = asksAfter && !lead.some((t) => t.pos === 'PROPN' || isName(t));
  const scene =
    (tokens[0]?.pos === 'ADP' || chatLead) &&
    comma > 0 &&
    (whAt > comma || asksAfter) &&
    !lead.some((t) => /\d/.test(t.text));
  const words = scene ? lead.filter((t) => t.isWord).map((t) => squash(t.text)) : [];
  return new Set([...words, ...guess]);
}

/** Words that ask for a form of the answer, not guess it: general English. */
const ANSWER_FORM =
  /^(?:pls|plz|please|names?|list|lists|full|all|each|every|article|articles|details?|breakdown)$/;

/** "How many", "how much", "how close": a figure, which a guess may offer. */
export const HOW_COUNT = /^(?:many|much|close|long|big|large|old)$/;

/** Most words a trailing guess has ("the WG-something", "some korean official"). */
const MAX_GUESS_WORDS = 4;

/**
 * The words of a guess after a question's last comma: "which city was pp14 in again, seoul?", "who
 * chaired the conf, some korean official?", "how did they land it, was it a vote?". The asker offers an
 * answer to check, not a thing the answer must say. A number or an "or" there gives the choices asked
 * ("… , 130 or 174?"), and a clause with its own verb is a remark (see {@link withoutRemark}).
 */
export function guessOf(tokens: readonly NlpToken[]): string[] {
  const comma = tokens.findLastIndex((t) => t.text === ',');
  if (comma <= 0) return [];
  const head = tokens.slice(0, comma);
  if (
    !head.some((t) => isQuestionWord(normalize(t.text))) ||
    head.filter((t) => t.isWord && !t.light).length < 2
  )
    return [];
  let tail = tokens.slice(comma + 1).filter((t) => t.isWord && t.pos !== 'INTJ');
  // "was it a vote?", "is it X": the guess after its copula.
  const [first, second] = tail.map((t) => normalize(t.text));
  if (/^(?:was|is|were|are)$/.test(first ?? '') && /^(?:it|that|this|they)$/.test(second ?? '')) {
    // Not after "how" or "why": the way or the reason asked is no thing a guess offers.
    if (
      head.some(
        (t, i) =>
          /^(?:how|why)$/.test(normalize(t.text)) && !HOW_COUNT.test(normalize(head[i + 1]?.text ?? '')),
      )
    )
      return [];
    tail = tail.slice(2);
  }
  if (
    tail.length === 0 ||
    tail.length > MAX_GUESS_WORDS ||
    tail.some(
      (t) =>
        // A number guessed alone ("which yrs, 2015-18?") is offered to check; numbers with others are
        // the choices asked ("…, 130 or 174?").
        (/\d/.test(t.text) && tail.length > 1) ||
        /^(?:or|and)$/.test(normalize(t.text)) ||
        // "…, names pls", "…, full list", "…, article by article": what the answer must give.
        ANSWER_FORM.test(normalize(t.text)) ||
        // "the WG-something": part of the answer's own name, which it must say.
        /^(?:something|smth|sth|whatever)$/.test(normalize(t.text)) ||
        isQuestionWord(normalize(t.text)) ||
        t.pos === 'VERB' ||
        t.pos === 'AUX',
    )
  )
    return [];
  // "2015-18": the parts a search reads of a guessed range are guessed too.
  return tail
    .filter((t) => !t.light)
    .flatMap((t) => [squash(t.text), ...(/\d-\d/.test(t.text) ? t.text.split('-').map(squash) : [])]);
}

/** Most words a chat lead before a yes/no question has ("lowkey confused, did they …"). */
const MAX_LEAD_WORDS = 4;

/**
 * The tokens from a yes/no question on, past a lead-in that names nothing the corpus knows: "lowkey
 * confused, did they change the constitution?", "sry dumb q, was it unanimous?". The asker's mood is
 * no part of what is asked, and the auxiliary after it makes the line a yes/no question.
 */
export function withoutChatLead(tokens: NlpToken[], knows: (word: string) => boolean): NlpToken[] {
  const lead = shortLeadBeforeAux(tokens);
  if (lead === undefined) return tokens;
  const chat = !lead.words.some((t) => t.pos === 'PROPN' || t.pos === 'NUM' || knows(t.text));
  return chat ? tokens.slice(lead.comma + 1) : tokens;
}

/**
 * The words before a line's first comma, when a yes/no question's auxiliary follows it and they are a
 * short lead-in with no question word of their own ("lowkey confused, did they …"); undefined otherwise.
 */
function shortLeadBeforeAux(tokens: readonly NlpToken[]): { comma: number; words: NlpToken[] } | undefined {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma <= 0 || tokens[comma + 1]?.pos !== 'AUX') return undefined;
  const words = tokens.slice(0, comma).filter((t) => t.isWord);
  const short = words.length <= MAX_LEAD_WORDS && !words.some((t) => isQuestionWord(normalize(t.text)));
  return short ? { comma, words } : undefined;
}

/**
 * True when a clause cites the asker's own record ("… thats what my notes say", "our draft has it"): no
 * source the corpus could name, so chat beside the question, not a pointer to read with it.
 */
export function citesOwnRecord(tokens: readonly NlpToken[]): boolean {
  return tokens.some((t) => OWN.test(t.text));
}

/** The asker's own: "my notes", "our draft". */
const OWN = /^(?:my|our)$/i;

/**
 * A content word the corpus never uses ("scripting", "obsessed"): more than {@link MAX_STORY_WORDS} of
 * them make a lead-in the asker's story, not the topic of the question after it.
 */
export function isStoryWord(t: NlpToken, corpus: { knows(word: string): boolean }): boolean {
  return t.isWord && !t.light && /^(?:NOUN|VERB|ADJ)$/.test(t.pos) && !corpus.knows(t.text);
}

/** Words of the asker's own story a lead-in may hold and still name the question's topic. */
export const MAX_STORY_WORDS = 3;
