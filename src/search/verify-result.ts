import { perObject } from './per-object.ts';
import type { Understanding } from './understand.ts';
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
  'meet',
  'reach',
  'achieve',
]);

/**
 * Words that look ahead: a passage saying one speaks of what was still to come, or of what was only on
 * the table ("named net neutrality among the issues on the agenda").
 */
const AHEAD =
  /\b(?:up for|due(?: in| for| to)?|will|would|was to|were to|is to|are to|to be|next|expected|faced|on the agenda|among the issues|at stake|to watch)\b/i;

/** A settling verb said in the passage, in any form. */
const SETTLED =
  /\b(?:decid|adopt|agree|approv|conclu|resolved|chose|chosen|settl|renewed|extended|elected|complet|finish)\w*/i;

/**
 * True when the question asks what was settled ("what did the UN decide on the IGF's renewal") or whether
 * it was ("was the IGF renewed in 2015?", "did the UN renew it?") and the passage only looks ahead to it,
 * saying nothing settled: that the IGF was up for renewal answers neither.
 */
export function prospectiveOnly(text: string, q: VerifyInput): boolean {
  // "How did the IGF renewal go in 2015": how it went is its outcome, which a look ahead does not tell.
  if (HOW_IT_WENT.test(q.u.question)) return onlyAhead(text);
  const words = q.u.tokens;
  // "Was the IGF renewed in 2015, and for how long?" asks whether first, whatever the clause after asks.
  const whether = q.u.yesNo || (words[0]?.pos === 'AUX' && PAST_AUX.test(words[0].text));
  if (whether ? LOOKS_AHEAD_ASKED.test(q.u.question) : q.u.kind !== 'what') return false;
  const aux = words.findIndex((t) => t.pos === 'AUX' && (whether ? PAST_AUX : /^did$/i).test(t.text));
  if (aux < 0) return false;
  // "Were the connect 2020 targets met": the model may read a name's word ("connect") as the verb.
  const verb = words.slice(aux + 1).find((t) => t.pos === 'VERB' && SETTLING.has(t.lemma));
  return verb !== undefined && onlyAhead(text);
}

/** True when a text looks ahead and settles nothing ("targets to be met by 2020": its "met" settles none). */
function onlyAhead(text: string): boolean {
  return AHEAD.test(text) && !SETTLED.test(text.replace(TO_BE_DONE, ' '));
}

/** "How did X go", "how did X turn out", "how did X work out": the outcome asked. General English. */
const HOW_IT_WENT =
  /^how\s+(?:did|has|have)\b[^?]*\b(?:go|went|turn(?:ed)?\s+out|work(?:ed)?\s+out|pan(?:ned)?\s+out)\b/i;

/** "To be met", "to be taken": a thing still to be done. */
const TO_BE_DONE = /\bto be \w+/gi;

/**
 * "Did the 2018 plenipot agree a definition of ICT?" and "a final decision possibly at the 2018
 * Plenipotentiary": a year the question places its event in, said by the passage only as a time still to
 * come, places nothing in it. Returns that year. The conference's own years are every passage's.
 */
export function yearOnlyAhead(text: string, q: VerifyInput): string | undefined {
  for (const [year, said] of yearsPlaced(q.u)) {
    if (q.implied?.has(year)) continue;
    const at = [...text.matchAll(said)].map((m) => m.index);
    // A field labelled as what comes next ("Next step after PP-14: …") puts its whole value ahead.
    const ahead = (i: number) =>
      NEXT_LABEL.test(text) || PROSPECT_BEFORE.test(text.slice(Math.max(0, i - 48), i));
    if (at.length > 0 && at.every(ahead)) return year;
  }
  return undefined;
}

/**
 * The years a question places its event in ("the 2018 plenipot", "in 2018"), each with the pattern that
 * finds it in a text, once per question; none when the question itself looks ahead ("pushed to 2018",
 * "available from 2015", "will it …").
 */
const yearsPlaced = perObject((u: Understanding): [string, RegExp][] =>
  LOOKS_AHEAD_ASKED.test(u.question)
    ? []
    : u.numbers
        .filter(
          (n) =>
            /^(?:19|20)\d\d$/.test(n) &&
            new RegExp(String.raw`\b(?:the|in|at|during)\s+${n}\b`, 'i').test(u.question),
        )
        .map((n) => [n, new RegExp(String.raw`\b${n}\b`, 'g')]),
);

/** A field's label that names what came next: "Next step after PP-14:", "Next decision:". */
const NEXT_LABEL = /^\s*(?:next|upcoming|future)\b[^:]{0,40}:/i;

/** Words that put what follows them ahead, a few words before a year ("possibly at the 2018 …"). */
const PROSPECT_BEFORE =
  /\b(?:possibly|perhaps|could|might|may|would|will|expected|due|planned|scheduled|next|until|to be \w+)\b(?:\s+[\w-]+){0,4}\s+$/i;

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
