import { perObject } from './per-object.ts';
import { mainVerbOf } from './question-words.ts';
import { normalize, squash } from './text.ts';
import type { Understanding } from './understand.ts';
import type { Accounting } from './verify-accounting.ts';

/*
 * Part of stage 3 of /ask, "verify": "Who did the delegates elect as Secretary-General?" and "Houlin Zhao
 * … was elected ITU Secretary-General": a passive that names no doer leaves the doer unsaid, so the
 * question's plain doer ("the delegates", "the member states") asks nothing the passage contradicts.
 * See docs/answering.md.
 */

/**
 * The words of the question's doer of its main verb, when it is a plural common noun after "did"/"do"
 * ("who did the delegates elect", "the member states"): a group, not someone named. Empty otherwise.
 * Once per question.
 */
const pluralDoerOf = perObject((u: Understanding): readonly string[] => {
  const verb = mainVerbOf(u);
  const at = u.tokens.findIndex((t) => normalize(t.text) === verb);
  const doer = u.tokens[at - 1];
  if (at < 2 || doer === undefined || doer.pos !== 'NOUN' || !/s$/i.test(doer.text)) return [];
  // "the member states": the nouns before the head are the group's name too.
  let start = at - 1;
  while (u.tokens[start - 1]?.pos === 'NOUN') start--;
  const group = u.tokens.slice(start, at);
  const before = u.tokens.slice(0, start).filter((t) => t.pos !== 'DET');
  const aux = before[before.length - 1];
  if (
    aux === undefined ||
    !/^(?:did|do)$/i.test(aux.text) ||
    group.some((t) => u.names.includes(squash(t.text)))
  )
    return [];
  return group.map((t) => normalize(t.text));
});

/**
 * True when `word` is of the question's plural doer and the passage says the asked act in the passive with
 * no "by": "was elected ITU Secretary-General" leaves who elected unsaid.
 */
export function doerLeftUnsaid(cand: Accounting, word: string): boolean {
  const { q, hit } = cand;
  if (!pluralDoerOf(q.u).includes(word)) return false;
  const verb = mainVerbOf(q.u);
  const act = q.weighted.concepts.find((c) => c.word === verb);
  if (act === undefined || !act.alternatives.some((t) => hit.queryTerms.includes(t))) return false;
  return PASSIVE.test(hit.passage.text) && !PASSIVE_BY.test(hit.passage.text);
}

/** A passive: "was elected", "were re-elected". General English. */
const PASSIVE = /\b(?:was|were|been|being)\s+(?:re-?)?\p{L}+(?:ed|en)\b/iu;

/** A passive that names its doer: "was elected by the conference". */
const PASSIVE_BY = new RegExp(String.raw`${PASSIVE.source}\s+by\b`, PASSIVE.flags);
