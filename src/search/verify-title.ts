import type { Entry } from '../corpus/types.ts';
import { textKindOf } from './identifiers.ts';
import { normalize, processTerm, squash } from './text.ts';
import type { VerifyInput } from './verify.ts';

/*
 * Part of stage 3 of /ask, "verify": what answers "the title of X" or "the wording of X": a quoted title,
 * said with X. See docs/answering.md.
 */

/** Fewest words a quoted title has: "PP 2014 – Busan" is a heading, not a title. */
const MIN_TITLE_WORDS = 4;

/** True when a text quotes a title: a quoted phrase of several words. */
export function quotesTitle(text: string): boolean {
  for (const m of text.matchAll(/["“]([^"”]+)["”]/g)) {
    if ((m[1]?.match(/[\p{L}\p{N}]+/gu) ?? []).length >= MIN_TITLE_WORDS) return true;
  }
  return /^Title:/.test(text);
}

/**
 * True when a clause quoting a title also says a word the question asks about, beyond the type words
 * and the conference's names ("Title: Global flight tracking …" for "the flight tracking resolution"),
 * or the question asks about nothing else.
 */
export function titleOfAsked(text: string, q: VerifyInput, entry?: Entry): boolean {
  // "the IoT resolution" and the IoT entry's result, quoting a title that spells it out ("Facilitating the
  // Internet of Things …"): a name of the passage's own entry is the thing whose title it quotes.
  const ownNames = new Set(entry ? [entry.title, ...entry.aliases].map(squash) : []);
  const topic = q.weighted.concepts.filter(
    (c) =>
      c.known &&
      c.word !== q.u.typeWord &&
      !(q.u.answerWords ?? []).includes(c.word) &&
      !q.implied?.has(squash(c.word)) &&
      !textKindOf(c.word),
  );
  if (topic.length === 0) return true;
  return text
    .split(/[.;]\s+/u)
    .filter((clause) => /["“]|^Title\b/.test(clause))
    .some((clause) => {
      const said = new Set(
        normalize(clause)
          .split(/[^\p{L}\p{N}]+/u)
          .map((w) => processTerm(w) ?? w),
      );
      return topic.some((c) => c.alternatives.some((a) => said.has(a)) || ownNames.has(squash(c.word)));
    });
}
