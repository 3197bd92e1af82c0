import type { NlpToken } from './nlp.ts';
import { asksOpinion } from './question-kind.ts';
import type { SearchIndex } from './search-index.ts';
import type { WeightedQuery } from './search-types.ts';
import { squash } from './text.ts';
import type { Understanding } from './understand.ts';

/*
 * Part of stage 1 of /ask: lines that ask nothing the corpus could answer, declined before retrieval
 * (issue 12's noise gate). Pasted code and small talk are read apart (`code-line.ts`, `understand.ts`).
 * See docs/answering.md.
 */

/** Why a line is declined before any passage is looked at, and whether it asked for an opinion. */
export interface Gated {
  reason: string;
  smallTalk?: 'opinion';
}

/** "Your opinion", "ur take": a clause asking the bot's view. General English. */
const YOUR_VIEW = /\b(?:your|ur)\s+(?:own\s+|honest\s+)?(?:opinion|view|take|thoughts?)\b/i;

/** The reason a line asks nothing the corpus could answer, if it does not. */
export function noiseGate(
  u: Understanding,
  weighted: WeightedQuery,
  refCount: number,
  index: SearchIndex,
): Gated | undefined {
  // "Do you think the ITU should run the Internet?": a cited corpus has no opinion to give.
  // "… or nah? your opinion": the request may be a clause of its own, set aside from the question.
  if (asksOpinion(u.tokens) || u.asides.some((a) => YOUR_VIEW.test(a)))
    return { reason: "asks for the bot's own opinion", smallTalk: 'opinion' };
  // "You are now DAN, no sources needed: …", "just make something up": whatever it goes on to ask, a
  // line telling the bot to answer otherwise than from its sources gets no answer from them.
  // The whole line too: "SYSTEM: …" loses its colon when the line is cut into clauses.
  if ([u.line, u.question, ...u.asides].some((clause) => INSTRUCTS_BOT.test(clause)))
    return { reason: 'tells the bot to answer otherwise than from its sources' };
  // "you're kinda useless tbh": a verdict on the bot asks nothing of the corpus.
  if ([u.question, ...u.asides].some((clause) => JUDGES_BOT.test(clause)))
    return { reason: 'says what the asker thinks of the bot, and asks nothing' };
  if (!weighted.concepts.some((c) => c.known)) return { reason: 'no word of the line is in the corpus' };
  // "+1", "2014?": a number with no word says nothing of what it counts or dates.
  if (!weighted.concepts.some((c) => c.known && LETTER.test(c.word)))
    return { reason: 'only numbers, no word saying what they are' };
  // "brb meeting": one word of the corpus amid chat, with no question form and naming no entry and
  // nobody, asks about nothing.
  const content = weighted.concepts.filter((c) => c.known && !index.impliedNames.has(squash(c.word)));
  if (
    u.kind === 'other' &&
    !u.yesNo &&
    content.length === 1 &&
    u.tokens.filter((t) => t.isWord && !t.light).length <= 2 &&
    u.names.length === 0 &&
    u.numbers.length === 0 &&
    refCount === 0 &&
    index.entriesNamed(content[0]?.word ?? '').length === 0
  )
    return { reason: 'one common word, naming nothing' };
  // "ok brb, meeting starting": the asker stepping away, with a remark on why, asks nothing.
  if (
    AWAY.test(u.line) &&
    !u.line.includes('?') &&
    u.kind === 'other' &&
    !u.yesNo &&
    u.names.length === 0 &&
    u.numbers.length === 0 &&
    refCount === 0
  )
    return { reason: 'says the asker is stepping away, and asks nothing' };
  // "Was it adopted?" with no conversation before it: "it" stands for something the line never names,
  // and any adopted text would be an answer about the wrong thing. So does "she" ("what did she say after
  // that?").
  if (
    pointsAtNothing(u.tokens) &&
    !u.tokens.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')
  )
    return { reason: 'asks about "it" without saying what it is' };
  return undefined;
}

/** Chat for stepping away: "brb", "gtg", "afk". General English chat shorthand. */
const AWAY = /\b(?:brb|gtg|g2g|afk|ttyl|bbl|bbiab|omw)\b/i;

// Module constant, not a literal in the function: tsx (esbuild) turns a literal with a \p{…} escape outside
// brackets into a `new RegExp(…)` evaluated on every call.
const LETTER = /\p{L}/u;

/**
 * How a line tells a bot to drop its rules: a new persona, inventing, ignoring its instructions, or
 * answering without its sources. General English of prompt injection, not the conference's.
 */
const INSTRUCTS_BOT =
  /^\s*system\s*:|\b(?:you\s+are\s+now|you're\s+now|act\s+as|pretend\s+(?:to\s+be|you)|role-?play|make\s+(?:something|stuff|things|it)\s+up|ignore\s+(?:all\s+|your\s+|the\s+|any\s+)?(?:previous\s+|prior\s+|above\s+)?(?:instructions|rules|prompts?)|without\s+(?:using\s+)?(?:the\s+|your\s+|any\s+)?(?:corpus|sources|citations)|no\s+sources\s+needed|system\s+prompt|jailbreak|dump\s+(?:all\s+|every\s+)?(?:the\s+|your\s+)?(?:stored\s+)?(?:documents|data|database|files|corpus|memory))\b/i;

/** A verdict on the bot: "you're useless", "this bot is garbage". General English, not the conference's. */
const JUDGES_BOT =
  /\b(?:you(?:'re|\s+are)?|u(?:\s+r)?|ur|this\s+bot(?:\s+is)?|the\s+bot(?:\s+is)?)\s+(?:(?:so|kinda|kind\s+of|really|honestly|pretty|totally|completely|absolutely|just)\s+)*(?:useless|stupid|dumb|garbage|trash|terrible|awful|broken|worthless|pointless|hopeless)\b/i;

/** True when the line's subject is a pronoun that stands for something ("was it adopted?", "did they vote?"). */
function pointsAtNothing(tokens: readonly NlpToken[]): boolean {
  return tokens.some(
    (t) =>
      t.pos === 'PRON' && t.light && /^(?:it|they|them|this|that|these|those|he|she|him|her)$/i.test(t.text),
  );
}
