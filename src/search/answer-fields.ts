import type { NlpToken } from './nlp.ts';
import { normalize } from './text.ts';

/*
 * Part of stage 1 of /ask, "understand": the fields an answer is asked in, listed beside what they are of
 * ("tsb director elected 2014, name + country", "name and country of the SG"). question-focus.ts reads the
 * first as the kind of answer and the rest as words describing it.
 */

/**
 * "…, name + country", "…, name and nationality": the fields an answer is asked in, listed at the end of
 * the line, the first a name or a title; or a country alone after a plus ("new SG + country"). Returns
 * them in order, or none.
 */
export function trailingFormRun(tokens: NlpToken[]): NlpToken[] {
  const run: NlpToken[] = [];
  let i = tokens.length - 1;
  // Past what ends the line: "?", "pls", an emoji.
  while (
    i >= 0 &&
    (!tokens[i]?.isWord || tokens[i]?.light || tokens[i]?.pos === 'INTJ') &&
    !JOINER.test(tokens[i]?.text ?? '')
  )
    i--;
  for (; i > 0; i--) {
    const t = tokens[i] as NlpToken;
    if (FIELD.test(normalize(t.text))) run.unshift(t);
    else if (!JOINER.test(t.text)) break;
  }
  const before = tokens[i];
  // "new SG + country", "deputy SG winner + nationality": where someone named by the line is from, asked
  // with a plus after them: the answer gives that country.
  if (
    run.length === 1 &&
    /^(?:country|nationality)$/.test(normalize(run[0]?.text ?? '')) &&
    /^[+&]$/.test(tokens[i + 1]?.text ?? '')
  )
    return run;
  // A list after a comma or a dash, not "the country name" of a phrase.
  const setOff = before !== undefined && /^[,:;—–-]$/.test(before.text);
  return run.length >= 2 && setOff && /^(?:names?|titles?)$/.test(normalize(run[0]?.text ?? '')) ? run : [];
}

/**
 * "name + country of the SG elected in 2014", "what was the name and country of …": fields listed at the
 * start, past a question word, its verb and an article, and followed by "of", the first a name or a
 * title. Returns them in order, or none.
 */
export function leadingFormRun(tokens: NlpToken[]): NlpToken[] {
  let i = 0;
  while (
    i < tokens.length &&
    i < 3 &&
    /^(?:what|whats|what's|was|were|is|are|the)$/i.test(tokens[i]?.text ?? '')
  )
    i++;
  const run: NlpToken[] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i] as NlpToken;
    if (FIELD.test(normalize(t.text))) run.push(t);
    else if (!JOINER.test(t.text)) break;
  }
  return run.length >= 2 &&
    /^(?:names?|titles?)$/.test(normalize(run[0]?.text ?? '')) &&
    normalize(tokens[i]?.text ?? '') === 'of'
    ? run
    : [];
}

/** Fields an answer may be asked in. General English. */
const FIELD = /^(?:names?|titles?|country|countries|nationality|date|dates|day|year|role|post|votes?)$/;

/** What joins listed fields: "+", "&", "and", "/". */
const JOINER = /^(?:\+|&|and|\/)$/i;
