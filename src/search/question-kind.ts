import { isEnglishWord } from './dictionary.ts';
import { osaDistance } from './distance.ts';
import type { NlpToken } from './nlp.ts';
import { normalize } from './text.ts';

/*
 * Part of stage 1 of /ask, "understand": which kind of answer a question wants, read from its question
 * word ("who", "how many", "what date"), with a slip in that word forgiven. See docs/answering.md.
 */

/** The kind of answer a question wants. */
export type QuestionKind =
  | 'who'
  | 'when'
  | 'where'
  | 'how-many'
  | 'how-much'
  | 'why'
  | 'how'
  | 'which'
  | 'what'
  | 'yes-no'
  | 'other';

/** English question words, as typed (and the chat spellings "wat", "whos"). */
const WH: readonly [RegExp, QuestionKind][] = [
  [/^(?:who|whom|whose|whos)$/, 'who'],
  [/^when$/, 'when'],
  [/^where$/, 'where'],
  [/^why$/, 'why'],
  [/^which$/, 'which'],
  [/^(?:what|wat|wht|whats)$/, 'what'],
  [/^how$/, 'how'],
];

/** True when a lower-case word is a question word as typed ("what", "whats", "whos"). */
export function isQuestionWord(word: string): boolean {
  return WH.some(([re]) => re.test(word));
}

/** The question words a slip is measured against. */
export const WH_WORDS = ['who', 'when', 'where', 'why', 'which', 'what', 'how'];

/**
 * "how", or a slip in it ("hw", "hwo") when "many" or "much" follows: the count is asked all the same.
 * Kind and focus both read "how many" through this, so they agree on a slip.
 */
export function isHowWord(w: string): boolean {
  return w === 'how' || osaDistance(w, 'how', 1) <= 1;
}

/** "Is it true that", "is it accurate that": a claim quoted to be checked. General English. */
const CLAIM_CHECK = /^is it (?:true|accurate|correct|right) that$/;

/** The kind of answer a clause's words ask for; a statement is 'other', an auxiliary first 'yes-no'. */
export function kindOf(words: NlpToken[]): QuestionKind {
  const lower = words.map((t) => normalize(t.text));
  // "Is it accurate that MH370 had 329 people on board when it was lost": a claim quoted to be checked;
  // a "when" or "where" in it opens a clause of the claim, not a question of its own.
  const quotesClaim = CLAIM_CHECK.test(lower.slice(0, 4).join(' '));
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i] as string;
    if (quotesClaim && i > 3 && (w === 'when' || w === 'where' || w === 'while')) continue;
    if (isHowWord(w) && /^(?:many|much)$/.test(lower[i + 1] ?? '')) {
      return lower[i + 1] === 'many' ? 'how-many' : 'how-much';
    }
    // "What date ...", and past light words, "what is the date of ...". (Only after "what": the rest of
    // the clause was copied for every word.)
    if (w === 'what') {
      const after = words.slice(i + 1).findIndex((t) => !t.light);
      const dateAt = after < 0 ? -1 : i + 1 + after;
      if (/^(?:year|date|day|month|time)$/.test(lower[dateAt] ?? '')) return 'when';
    }
    // "What prompted the flight-tracking resolution", "which air disaster triggered it": a cause, as "why"
    // asks.
    if (((w === 'what' || w === 'which') && causeFollows(words, i)) || causeNamed(lower, i) >= 0)
      return 'why';
    if (w === 'which' && /^(?:city|country|venue|place)$/.test(lower[i + 1] ?? '')) return 'which';
    // "Where in the speaking order": a position in something, not a place ("where in Busan" is one).
    if (w === 'where' && lower[i + 1] === 'in' && lower[i + 2] === 'the' && words[i + 3]?.pos !== 'PROPN')
      return 'other';
    // "Who were Touré and Zhao honoured by Busan as?": a role ends the line, not a person.
    if (/^(?:who|whom)$/.test(w) && lower.findLast((x) => /[a-z]/.test(x)) === 'as') return 'what';
    for (const [re, kind] of WH) if (re.test(w)) return kind;
    // "whcih", "hwo": a slip in a question word still asks the question.
    // A word of its own ("that", "hot") is no slip: only what the model knows as no stop word.
    // A letter left out ("whn", "wher") is a slip too, when the word is no English of its own ("wen" is).
    // Of two near question words, the one that holds every typed letter in order: "whn" is "when".
    const slips =
      w.length >= 3 && !words[i]?.light
        ? WH_WORDS.filter(
            (q) =>
              (q.length === w.length ||
                // "wen did pp14 end": an English word of its own ("wen") is a slip where it opens the
                // clause before an auxiliary, as a question word does.
                (q.length === w.length + 1 && (!isEnglishWord(w) || (i === 0 && words[1]?.pos === 'AUX')))) &&
              osaDistance(w, q, 1) <= 1,
          )
        : [];
    const slip = slips.find((q) => isSubsequence(w, q)) ?? slips[0];
    if (slip) return kindOf([{ ...(words[i] as NlpToken), text: slip }, ...words.slice(i + 1)]);
  }
  return words[0]?.pos === 'AUX' ? 'yes-no' : 'other';
}

/**
 * True when the question is a noun phrase whose head (its last noun before a preposition) is a post, and
 * no verb says anything of it: "radiocom bureau director after busan?" asks who held it. Only of the
 * clause already chosen as the question: beside one, "minister brief due in 20 min" is chat.
 */
export function namesPostOnly(words: readonly NlpToken[]): boolean {
  if (words.some((t) => t.pos === 'VERB' && !t.light)) return false;
  const end = words.findIndex((t) => t.pos === 'ADP');
  const head = words
    .slice(0, end < 0 ? words.length : end)
    .findLast((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return head !== undefined && POST.test(normalize(head.text));
}

/** Words for a post someone holds. General English. */
const POST =
  /^(?:director|secretary-general|chair|chairman|chairwoman|chairperson|president|minister|head|chief|mayor|ambassador|convener|co-convener|winner)$/;

/**
 * True when a verb of causing follows "what" or "which" at `i`, at once or after a noun of one or two
 * words ("what event prompted", "which air disaster prompted").
 */
function causeFollows(words: readonly NlpToken[], i: number): boolean {
  let at = i + 1;
  while (at <= i + 2 && words[at]?.pos === 'NOUN') at++;
  const verb = words[at];
  if (verb?.pos !== 'VERB' || !CAUSE_VERBS.has(verb.lemma)) return false;
  // "What led to it": "lead" causes only with "to".
  return verb.lemma !== 'lead' || normalize(words[words.indexOf(verb) + 1]?.text ?? '') === 'to';
}

/**
 * Where "what" or "which" at `i` asks for a cause by name ("what was the reason for X", "which air
 * disaster was the background to X", "what was behind X"): the index of the noun or "behind" that names
 * it, else -1.
 */
export function causeNamed(lower: readonly string[], i: number): number {
  if (lower[i] !== 'what' && lower[i] !== 'whats' && lower[i] !== 'which') return -1;
  // "What's the background to …": the "be" is in the word, or a token the words leave out. "Which air
  // disaster was the background to …": past a noun of two words.
  const be = lower[i] === 'whats' ? i : lower.findIndex((w, j) => j > i && j <= i + 3 && BE.has(w));
  if (be < 0 && !DETERMINER.test(lower[i + 1] ?? '')) return -1;
  const at = be < 0 ? i + 1 : be + 1;
  if (lower[at] === 'behind') return at;
  const noun = DETERMINER.test(lower[at] ?? '') ? at + 1 : at;
  return CAUSE_NOUNS.has(lower[noun] ?? '') && /^(?:to|for|of|behind)$/.test(lower[noun + 1] ?? '')
    ? noun
    : -1;
}

/** A determiner before the noun naming a cause: "the reason", "its background". */
const DETERMINER = /^(?:the|its|their|a)$/;

/** Forms of "be" that join "what" to a cause named after it. */
const BE = new Set(['is', 'was', 'were', 'are', "'s", 's']);

/** Nouns naming a cause: "the reason for", "the background to". General English. */
const CAUSE_NOUNS = new Set([
  'reason',
  'reasons',
  'cause',
  'background',
  'backdrop',
  'motive',
  'motivation',
  'rationale',
  'trigger',
  'impetus',
]);

/** Verbs of causing: "prompted", "triggered", "led to". General English. */
const CAUSE_VERBS = new Set(['prompt', 'cause', 'trigger', 'spark', 'motivate', 'drive', 'lead', 'inspire']);

/** Verbs of opinion: "do you think", "would you recommend". General English, not the corpus's. */
const OPINION_VERBS = new Set([
  'think',
  'believe',
  'feel',
  'reckon',
  'recommend',
  'suggest',
  'prefer',
  'agree',
]);

/**
 * True when the line asks the bot's own view ("do you think ITU should run the Internet?", "what's your
 * take"): a cited corpus states what sources said, and has no opinion to give.
 */
export function asksOpinion(tokens: readonly NlpToken[]): boolean {
  return tokens.some((t, i) => {
    const word = normalize(t.text);
    const next = tokens[i + 1];
    // "What do u personally think": how the asker asks ("personally", "honestly") goes between.
    let verb = i + 1;
    while (tokens[verb]?.pos === 'ADV') verb++;
    const opinion = tokens[verb];
    if (/^(?:you|u|ya)$/.test(word) && opinion && OPINION_VERBS.has(opinion.lemma)) return true;
    return (
      /^(?:your|ur)$/.test(word) &&
      next !== undefined &&
      /^(?:opinion|view|take|thoughts?)$/.test(normalize(next.text))
    );
  });
}

/** True when every letter of `short` occurs in `long` in the same order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const c of long) if (c === short[at]) at++;
  return at === short.length;
}
