import { normalize, squash } from './text.ts';
import type { VerifyInput } from './verify.ts';

/*
 * Part of stage 3 of /ask, "verify": "what did <someone> say" asks for their words. See
 * docs/answering.md.
 */

/** Verbs that ask for someone's words when "what did <name> …" asks with them. General English. */
const SPEECH_VERB = /^(?:say|tell|state|speak)$/;

/**
 * How a sentence reports words: a quotation, or a verb or noun of speech. General English; the words a
 * source chose for a speech are the corpus's.
 */
const REPORTS_WORDS =
  /["“”]|\b(?:says?|said|saying|told|tells?|stated?|states|spoke|speaks?|speech(?:es)?|remarks?|statements?|mentions?|mentioned|called for|urged?|warned?|stressed|declared?)\b/i;

/**
 * "Made a statement on Ebola", "this page gives the statement": that a speech was made, or where it is,
 * reports none of its words. General English.
 */
const SPEECH_MADE =
  /\b(?:made|makes|make|gave|gives|give|delivered|delivers)\s+(?:a|an|the|her|his|its|their)\s+(?:[\p{L}-]+\s+)?(?:statements?|speech(?:es)?|remarks)\b/giu;

/**
 * "What did President Park say in her opening speech?" and "the ceremony was addressed by … President
 * Park": a sentence that names the speaker but reports none of their words does not say what they said.
 * Returns the speaker's name when the question asks for someone's words and the passage gives none.
 */
export function wordsUnreported(
  text: string,
  q: VerifyInput,
  cited: ReadonlySet<string> | undefined,
): string | undefined {
  const words = q.u.tokens;
  const aux = words.findIndex((t) => t.pos === 'AUX' && /^(?:did|does|do)$/i.test(t.text));
  if (q.u.kind !== 'what' || aux < 0) return undefined;
  // "What did Ban Ki-moon say": the model may read a name's first word as a verb ("ban").
  const verb = words.findIndex((t, i) => i > aux && t.pos === 'VERB' && !q.u.names.includes(squash(t.text)));
  if (verb < 0 || !SPEECH_VERB.test(words[verb]?.lemma ?? '')) return undefined;
  const speaker = words
    .slice(aux + 1, verb)
    .filter((t) => t.pos !== 'ADV')
    .map((t) => t.text);
  // Someone named ("President Park"), not what someone owns ("India's draft"), the conference's own
  // body ("what did ITU say was the share") or a source the passage cites ("what did Access Now say"):
  // every passage reports what its sources say.
  // "Busan mayor Suh Byung-soo": a conference name qualifying the speaker leaves the speaker named.
  const named = speaker.filter((w) => q.u.names.includes(squash(w)) && !q.implied?.has(squash(w)));
  if (
    named.length === 0 ||
    speaker.some((w) => /^['’]s$/.test(w) || cited?.has(normalize(w))) ||
    speaker.every((w) => q.implied?.has(squash(w)) || !q.u.names.includes(squash(w)))
  )
    return undefined;
  return REPORTS_WORDS.test(text.replace(SPEECH_MADE, ' ')) ? undefined : speaker.join(' ');
}
