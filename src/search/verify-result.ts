import type { VerifyInput } from './verify.ts';

/*
 * Part of stage 3 of /ask, "verify": "what did X decide" asks for a result. A passage that only looks
 * ahead to the decision ("the IGF was up for renewal in 2015", "the Council was to consider it") is the
 * background, not the result. See docs/answering.md.
 */

/** Verbs whose past asks for what was settled: general English, by lemma. */
const SETTLING = new Set([
  'decide',
  'adopt',
  'agree',
  'approve',
  'conclude',
  'resolve',
  'choose',
  'settle',
  'renew',
  'extend',
  'complete',
  'finish',
]);

/**
 * Words that look ahead: a passage saying one speaks of what was still to come, or of what was only on
 * the table ("named net neutrality among the issues on the agenda").
 */
const AHEAD =
  /\b(?:up for|due(?: in| for| to)?|will|would|was to|were to|is to|are to|next|expected|faced|on the agenda|among the issues|at stake|to watch)\b/i;

/** A settling verb said in the passage, in any form. */
const SETTLED =
  /\b(?:decid|adopt|agree|approv|conclu|resolved|chose|chosen|settl|renewed|extended|elected|complet|finish)\w*/i;

/**
 * True when the question asks what was settled ("what did the UN decide on the IGF's renewal") or whether
 * it was ("was the IGF renewed in 2015?", "did the UN renew it?") and the passage only looks ahead to it,
 * saying nothing settled: that the IGF was up for renewal answers neither.
 */
export function prospectiveOnly(text: string, q: VerifyInput): boolean {
  const words = q.u.tokens;
  // "Was the IGF renewed in 2015, and for how long?" asks whether first, whatever the clause after asks.
  const whether = q.u.yesNo || (words[0]?.pos === 'AUX' && PAST_AUX.test(words[0].text));
  if (whether ? LOOKS_AHEAD_ASKED.test(q.u.question) : q.u.kind !== 'what') return false;
  const aux = words.findIndex((t) => t.pos === 'AUX' && (whether ? PAST_AUX : /^did$/i).test(t.text));
  if (aux < 0) return false;
  const verb = words.slice(aux + 1).find((t) => t.pos === 'VERB');
  if (verb === undefined || !SETTLING.has(verb.lemma)) return false;
  return AHEAD.test(text) && !SETTLED.test(text);
}

/** Auxiliaries of a yes/no question about what happened: "was it renewed", "did they renew it". */
const PAST_AUX = /^(?:was|were|did|has|have|had)$/i;

/** A yes/no question that itself looks ahead ("will it be renewed?"), which a look ahead answers. */
const LOOKS_AHEAD_ASKED = /\b(?:will|would|going to|due|expected|planned|supposed)\b/i;

/** Nouns that ask how something ended ("what was the final outcome of X"): general English. */
const RESULT_TYPE = /^(?:outcomes?|results?|fates?|upshot|verdict)$/;

/**
 * How a thing ended, in any form: settled ("adopted", "withdrawn", "merged", "rejected"), or a field
 * that gives it ("Outcome: …", "Status: …").
 */
const ENDED =
  /\b(?:decid|adopt|agree|approv|conclu|resolved|chose|chosen|settl|renewed|extended|elected|withdr|reject|dropped|merged|failed|passed|removed|suppress|deferred|postponed|noted|revised|amended|accepted|kept|became|unchanged)\w*|^(?:outcome|result|status|fate)\b[^:]{0,40}:/i;

/**
 * True when the question asks how something ended ("what was the final outcome of the Resolution 25
 * revision?") and the passage says nothing of an end: that it was debated, or where, is the background.
 */
export function endUnsaid(text: string, q: VerifyInput): boolean {
  if (q.u.yesNo || q.u.kind !== 'what' || !RESULT_TYPE.test(q.u.typeWord ?? '')) return false;
  return !ENDED.test(text);
}

/**
 * True when the question asks what a study or review concluded ("what did the ITR review decided in
 * busan conclude?") and the passage gives no conclusion: that the review was agreed is its start.
 */
export function conclusionUnsaid(text: string, q: VerifyInput): boolean {
  return ASKS_CONCLUSION.test(q.u.question) && !GIVES_CONCLUSION.test(text);
}

/** "What did X conclude / find / recommend". General English. */
const ASKS_CONCLUSION = /\bwhat\s+(?:did|has|have|does)\s+[^?]{1,60}?\s+(?:conclude|find|recommend)\b/i;

/** A conclusion given: "concluded", "found that", "recommended". General English. */
const GIVES_CONCLUSION = /\b(?:conclu\w*|found|finding\w*|recommend\w*|determin\w*)\b/i;
