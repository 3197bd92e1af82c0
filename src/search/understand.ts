import { askedWithMark } from './asked-clause.ts';
import {
  askedClaim,
  believed,
  claimsOfNamed,
  isTagClause,
  quotedClaim,
  reportsOthers,
  TAG,
  TAG_AT_END,
} from './claim.ts';
import { namesNothing as namesNothingOwn, pointsBack } from './clause-links.ts';
import { clausesOf } from './clauses.ts';
import { inEnglish } from './foreign-words.ts';
import { negatedWords } from './negated-phrase.ts';
import { type Nlp, type NlpToken, spoken } from './nlp.ts';
import {
  citesOwnRecord,
  guessOf,
  isStoryWord,
  MAX_STORY_WORDS,
  settingOf,
  withoutChatLead,
  withoutChatTail,
  withoutPurpose,
} from './question-asides.ts';
import { focusOf } from './question-focus.ts';
import { isQuestionWord, kindOf, namesPostOnly, type QuestionKind } from './question-kind.ts';
import { choicesIn, compassOf, isName, numbersWord, onlyChoices } from './question-names.ts';
import { withoutRemark } from './question-remark.ts';
import { smallTalkIn } from './small-talk.ts';
import { STOP_WORDS } from './stop-words.ts';
import { normalize, squash } from './text.ts';

/*
 * Stage 1 of /ask, "understand": what a line asks, read with the English model (see nlp.ts) and the
 * corpus's own vocabulary. It says which kind of answer fits, which names and numbers any answer must
 * account for, and which parts of the line are chat around the question ("for my deck pls", "checking
 * before I tweet"). See docs/answering.md.
 */

/** What a line asks. */
export interface Understanding {
  /** The line as given. */
  line: string;
  /** The question's main clause, without asides and interjections: what retrieval searches. */
  question: string;
  kind: QuestionKind;
  /** A yes/no question or a fact-check ("was X adopted?", "X won, right?"). */
  yesNo: boolean;
  /** Numbers the question gives, lower-case as typed ("166", "one", "fourth"). */
  numbers: string[];
  /** Names the question gives (squashed): capitalised words, acronyms, names with digits ("pp18"). */
  names: string[];
  /** What "how many X" counts (lower-case): an answer must be about X, not about another count. */
  counted?: string;
  /** The X of "which X" / "what X": the kind of answer ("which city"), never found as a word. */
  typeWord?: string;
  /**
   * Every word of the phrase that names the kind of answer, the type word with its qualities and the
   * noun it heads: "official title", "resolution number", "exact day". Describing the answer, they need
   * not be found as words either.
   */
  answerWords?: string[];
  /** A line of greeting or thanks and nothing the corpus knows. */
  smallTalk?: 'greeting' | 'thanks' | 'farewell';
  /**
   * Names or numbers offered as alternatives ("the 18th or 19th", "BR or TSB"), squashed: an answer
   * needs only one of each group.
   */
  alternatives: string[][];
  /** Countries the question names, lower-case: never the answer to "which country". */
  countriesNamed: ReadonlySet<string>;
  /** The question names the conference itself ("PP-14", "Busan"): its subject, when it has no other. */
  aboutConference: boolean;
  /** Clauses set aside as chat around the question. */
  asides: string[];
  /** Words of a leading phrase that sets the scene ("Under the Busan Final Acts, which …"), squashed. */
  setting?: string[];
  tokens: NlpToken[];
}

/** What understanding needs to know of the corpus. */
export interface CorpusWords {
  /** True when the corpus uses the word (any form the index knows). */
  knows(word: string): boolean;
  /** Names every passage is implicitly about (the conference's own names), squashed. */
  implied: ReadonlySet<string>;
  /** True when the corpus writes the word as a name (so "china" typed in lower case is one). */
  isName(word: string): boolean;
  /** The countries a text names, lower-case. */
  countriesIn(text: string): Set<string>;
  /** True when a word is a nationality ("british", "French"): a name however it is typed. */
  isNationality?(word: string): boolean;
}

/** How much a clause's question form counts, against its corpus words, in finding the question. */
const QUESTION_FORM_WEIGHT = 3;

/** Reads a line into an {@link Understanding}, words of other languages in it read as English first. */
export function understand(typed: string, nlp: Nlp, corpus: CorpusWords): Understanding {
  const line = inEnglish(typed);
  const clauses = clausesOf(line);
  const read = clauses.map((text) => {
    const tokens = nlp.read(text).tokens;
    const asked = askedWithMark(line, text);
    return { text, tokens, asked, tag: isTagClause(tokens, (t) => isName(t, tokens, corpus), asked) };
  });
  const weightOf = (tokens: NlpToken[]) =>
    tokens.filter((t) => t.isWord && !t.light && corpus.knows(t.text)).length +
    2 * tokens.filter((t) => isName(t, tokens, corpus) && !corpus.implied.has(squash(t.text))).length;
  // The question is the clause in question form that the corpus knows most of ("yes or no:" and
  // "checking before I tweet" are chat around it); with no question form, the one it knows most of.
  const asks = (tokens: NlpToken[]) => kindOf(tokens.filter((t) => t.isWord)) !== 'other';
  // With no clause in question form, the one the asker ended with "?" ("deputy sg elected 2014?? minister
  // brief due in 20 min") is the one asked.
  const anyAsks = read.some((c) => asks(c.tokens));
  const score = (c: (typeof read)[number]) =>
    weightOf(c.tokens) + (asks(c.tokens) || (!anyAsks && c.asked) ? QUESTION_FORM_WEIGHT : 0);
  // "… Does that check out?": a tag is never the question while there is a statement it asks about.
  const untagged = read.some((c) => !c.tag) ? read.filter((c) => !c.tag) : read;
  // "ppl keep saying OTT got regulated 🙄 what actually happened w/ OTT": what others claim is the
  // background of the question asked beside it.
  // Not when the question points back at it ("Is there support for that?").
  const ownQuestion = read.some((c) => asks(c.tokens) && !pointsBack(c.tokens));
  // "…in the sequence — the 18th, 19th, 20th?": choices offered are never the question while a clause asks.
  const offered = (c: (typeof read)[number]) => !asks(c.tokens) && onlyChoices(c.text);
  const candidates = ownQuestion
    ? untagged.filter((c) => asks(c.tokens) || (!reportsOthers(c.text) && !offered(c)))
    : untagged;
  let main = candidates[0];
  for (const c of candidates) if (main === undefined || score(c) > score(main)) main = c;
  // "Japan's Ebola pledge — what's that in US dollars?": a question that points back, or names nothing of
  // its own, asks about the clause before it (clause-links.ts).
  const namesNothing = (tokens: NlpToken[], before?: NlpToken[]) =>
    namesNothingOwn(tokens, corpus.implied, before);
  const at = main === undefined ? -1 : read.indexOf(main);
  const after = read[at + 1];
  const before = read[at - 1];
  // "How did PP-14 reach its decisions — votes or consensus?": the choices offered after the question
  // are part of it.
  const choices = (c: typeof after) => c !== undefined && onlyChoices(c.text);
  const pointing =
    main === undefined
      ? undefined
      : asks(main.tokens) && choices(after)
        ? after
        : !asks(main.tokens) &&
            after &&
            !after.tag &&
            asks(after.tokens) &&
            pointsBack(after.tokens) &&
            !citesOwnRecord(after.tokens)
          ? after
          : // "flight tracking reso - number?": a bare word asked asks about the topic before it.
            (asks(main.tokens) || (main.asked && pointsBack(main.tokens))) &&
              (pointsBack(main.tokens) || namesNothing(main.tokens, before?.tokens)) &&
              before &&
              // "was there smth on youth? what date'd it pass": a yes/no question before may be what "it" is.
              (!asks(before.tokens) || kindOf(before.tokens.filter((t) => t.isWord)) === 'yes-no') &&
              !before.tag &&
              // "asking for a colleague - who'd they pick": a lead-in naming nothing the corpus knows is chat.
              before.tokens.some(
                (t) =>
                  (t.pos === 'PROPN' || t.pos === 'NOUN') &&
                  (corpus.knows(t.text) || isName(t, before.tokens, corpus)),
              ) &&
              // "so I'm scripting … for a doc (long story …) - who was …": a story around the question is chat.
              before.tokens.filter((t) => isStoryWord(t, corpus)).length <= MAX_STORY_WORDS
            ? before
            : undefined;
  const chosen = main;
  if (main && pointing) {
    const [first, second] = pointing === after ? [main, pointing] : [pointing, main];
    // "pp-14 ended on 6 november right? that's what dig.watch has": the first clause's tag stays a tag.
    const text = `${first.text.replace(TAG_AT_END, '')} ${second.text}`;
    main = { ...main, text, tokens: nlp.read(text).tokens };
  }
  const asides = read.filter((c) => c !== chosen && c !== pointing).map((c) => c.text);
  const statement = main !== undefined && !asks(main.tokens);
  const yesNo =
    kindOf(withoutChatLead(main?.tokens ?? [], (w) => corpus.knows(w)).filter((t) => t.isWord)) ===
      'yes-no' ||
    TAG.test(line) ||
    asides.some((a) => TAG.test(a)) ||
    (statement && read.some((c) => c.tag && c !== chosen)) ||
    // "Zhao got 166 votes?": a statement about someone or something named, asked, is a fact-check.
    (statement && main?.asked === true && claimsOfNamed(main.tokens, (w) => corpus.isName(w))) ||
    // "i thought Johnson won in the first round?", "heard on a podcast that X": what the asker believes or
    // was told, quoted, is a claim to check.
    (statement && main !== undefined && believed(main.tokens) && quotedClaim(main.tokens) !== undefined);
  // "A reader says X. Correct?": the claim is X; who quotes it is asked about only by the names it gives.
  // "Is it true that X?": the same, asked.
  const quoted = yesNo && main ? (statement ? quotedClaim(main.tokens) : askedClaim(main.tokens)) : undefined;
  // A quoter the corpus never speaks of ("an NGO report says") cannot be checked: the claim is what is.
  const quoter = quoted
    ? quoted.frame.filter((t) => isName(t, quoted.frame, corpus) && corpus.knows(t.text))
    : [];
  if (main && quoted?.claim.some((t) => t.isWord)) {
    const text = spoken([...quoter, ...quoted.claim]);
    asides.unshift(quoted.frame.map((t) => t.text).join(' '));
    main = { ...main, text, tokens: nlp.read(text).tokens };
  }
  const [purposeless, purpose] = withoutPurpose(main?.tokens ?? []);
  if (purpose) asides.push(purpose);
  const [tailless, tail] = withoutChatTail(
    purposeless,
    (w) => corpus.knows(w),
    (t) => isName(t, purposeless, corpus),
  );
  if (tail) asides.push(tail);
  const [tokens, remark] = withoutRemark(tailless);
  if (remark) asides.push(remark);
  const words = tokens.filter((t) => t.isWord);
  // "Is it true that signals were jammed … when President Park was there?": a claim checked asks nothing
  // by a question word inside it.
  const claimed =
    quoted?.claim.some((t) => t.isWord) === true && !isQuestionWord(normalize(words[0]?.text ?? ''));
  const formKind = claimed ? 'other' : kindOf(words);
  const kind = formKind === 'other' && !yesNo && namesPostOnly(words) ? 'who' : formKind;
  // "5G", "PP-18", "WRC-15", "IPv6" as typed: one name, though the model splits some of them ("some1" is
  // chat for "someone").
  const mixed = (main?.text.match(/[\p{L}\p{N}][\p{L}\p{N}.-]*/gu) ?? []).filter(
    (w) => LETTER.test(w) && /\d/.test(w) && !STOP_WORDS.has(w.toLowerCase()),
  );
  const inMixed = new Set(mixed.flatMap((w) => w.split(MIXED_PARTS)).map(normalize));
  const guess = guessOf(tokens);
  const numbers = words
    // "the IPv6 one": a number word the model reads as a stop word is a pronoun, not a number, unless it
    // numbers the singular noun before it ("round one"; not "the things one", "the cyber one").
    .filter(
      (t, i) =>
        (/^\d/.test(t.text) ||
          (t.pos === 'NUM' && (!t.light || numbersWord(words, i, corpus))) ||
          // An ordinal is a rank the answer must give: "who came second" is not answered by the winner.
          // A fact-check's ordinal is its claim, however common the word: "won in the first round".
          // "Votes in the first round": a rank of the noun after it picks the value asked, however
          // common the word; a "why" or "how" is asked about no value ("decided in the first place").
          (t.entity === 'ORDINAL' &&
            (!t.light || yesNo || (words[i + 1]?.pos === 'NOUN' && kind !== 'why' && kind !== 'how')))) &&
        !inMixed.has(normalize(t.text)),
    )
    .map((t) => normalize(t.text))
    .filter((n) => !corpus.implied.has(n) && !guess.includes(squash(n))); // "which yrs, 2015-18?": a guess
  const setting = settingOf(tokens, (t) => isName(t, tokens, corpus), guess);
  // "Who chaired the whole conference (not a committee)?": what the line says it does not mean.
  for (const w of negatedWords(line)) setting.add(squash(w));
  // "what was the deputy sg guy's name, johnston?": the kind of answer is asked before the guess.
  const guessed = guess.length > 0 ? tokens.findLastIndex((t) => t.text === ',') : -1;
  const focus = focusOf(
    guessed < 0 ? words : tokens.slice(0, guessed).filter((t) => t.isWord),
    guessed < 0 ? tokens : tokens.slice(0, guessed),
  );
  // "Which city will host …": the kind of answer asked, in lower case, is no name the answer must say,
  // though the corpus capitalises it in a name of its own ("Centum City").
  const typeToken = words.find((t) => normalize(t.text) === focus.typeWord);
  const typeName = typeToken && LOWER_FIRST.test(typeToken.text) ? squash(typeToken.text) : undefined;
  const names = [
    ...new Set([
      ...mixed.map(squash),
      ...words
        .filter(
          (t, i) =>
            isName(t, words, corpus) && !inMixed.has(normalize(t.text)) && !compassOf(words, i, corpus),
        )
        .map((t) => squash(t.text)),
    ]),
  ].filter((n) => n !== '' && !corpus.implied.has(n) && !setting.has(n) && n !== typeName);
  return {
    line,
    // A fact-check's tag ("..., right?") is how it is asked, not what.
    question: tokens
      .filter((t) => t.pos !== 'INTJ')
      .map((t) => t.text)
      .join(' ')
      .replace(/\s+([,.'’])/g, '$1')
      .replace(TAG_AT_END, ''),
    kind,
    yesNo,
    numbers,
    names,
    aboutConference: words.some((t) => corpus.implied.has(squash(t.text))),
    // "pusan or busan or seoul": one group, however many.
    // "the 18th, 19th or 20th": figures listed with commas before the "or" are choices too.
    alternatives: choicesIn(main?.text ?? ''),
    countriesNamed: corpus.countriesIn(main?.text ?? ''),
    ...focus,
    ...smallTalkIn(line, { kind, names, numbers }, nlp, corpus),
    asides,
    ...(setting.size > 0 ? { setting: [...setting] } : {}),
    tokens,
  };
}

// Module constants, not literals in understand: tsx (esbuild) turns a literal with a \p{…} escape
// outside brackets into a `new RegExp(…)` evaluated on every call.
const LETTER = /\p{L}/u;
/** Where "PP-18" or "IPv6" splits into the parts the model may read as tokens. */
const MIXED_PARTS = /[^\p{L}\p{N}]+|(?<=\d)(?=\p{L})|(?<=\p{L})(?=\d)/u;
const LOWER_FIRST = /^\p{Ll}/u;
