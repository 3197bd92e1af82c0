import type { Entry } from '../corpus/types.ts';
import type { AnswerQuestionOptions, RankedPassage } from './rank-passages.ts';
import type { WeightedQuery } from './search-types.ts';
import type { Understanding } from './understand.ts';
import type { Verdict, VerifyOptions } from './verify.ts';

/*
 * The contract of /ask's answering (answer-question.ts): what a question gets back, an answer or a
 * decline, and every stage's output for `--explain`. See docs/answering.md.
 */

/** A decline, with what the corpus has nearby: never presented as the answer. */
export interface Declined {
  found: false;
  /** Entries close to the question, offered as "related" only when they really are close. */
  nearest: Entry[];
  /** Why, for `--explain`. */
  reason: string;
  /** A greeting, thanks, or a request for the bot's own opinion: answered in kind, not from the corpus. */
  smallTalk?: 'greeting' | 'thanks' | 'farewell' | 'opinion';
  /**
   * The corpus has the subject but not the thing asked ("what did the Council decide later"): the
   * passage it has, and the question words it does not account for.
   */
  partial?: { passage: RankedPassage; missing: string[] };
}

/** An answer: the supporting passages (the best first), verified to account for the question. */
export interface Found {
  found: true;
  passages: RankedPassage[];
  entry: Entry;
  /** Why the first passage answers, for `--explain`. */
  reason: string;
  /**
   * "no": a fact-check whose claimed name or number the corpus contradicts ("Zhao got 166 votes?":
   * 152). The passages give the corpus's value.
   */
  lead?: 'no';
  /**
   * Of a line that asks two questions, the one the corpus does not answer ("how many were needed?"): the
   * passages answer the other, and the reply says this one is not answered.
   */
  unanswered?: string;
}

/** Either the supporting passages, or a decline. */
export type QuestionResult = Found | Declined;

/** Tuning of answering: ranking and verification. */
export type AskOptions = AnswerQuestionOptions & VerifyOptions;

/** Every stage's output for one question, for `--explain`. */
export interface Explanation {
  understanding: Understanding;
  weighted: WeightedQuery;
  candidates: { hit: RankedPassage; verdict: Verdict }[];
  result: QuestionResult;
}
