import type { Entry, Passage } from '../corpus/types.ts';
import { perObject } from './per-object.ts';
import { normalize, squash, terms } from './text.ts';
import type { VerifyInput } from './verify.ts';

/*
 * Part of stage 3 of /ask, "verify": a passage's words in the forms verification looks them up in,
 * computed once per passage or entry (passages live as long as their corpus). See docs/answering.md.
 */

/** What a passage says, with its context and its entry's names, in the forms names are looked up in. */
export interface OwnText {
  words: ReadonlySet<string>;
  names: ReadonlySet<string>;
  squashed: string;
}

/** Per passage, computed once: passages are the corpus's own objects, alive as long as the corpus. */
const OWN_TEXT = new WeakMap<Passage, OwnText>();

/** A passage's words, names and squashed text, with its context and its entry's names. */
export function ownTextOf(passage: Passage, entry: Entry): OwnText {
  const cached = OWN_TEXT.get(passage);
  if (cached) return cached;
  const own = [passage.text, passage.context, ...namesOf(entry)];
  const computed = {
    words: new Set(own.flatMap((t) => normalize(t).split(/[^\p{L}\p{N}]+/u))),
    names: new Set(own.flatMap((t) => t.split(/[\s,;:()"“”/]+/).map(squash))),
    squashed: own.map(squash).join(' '),
  };
  OWN_TEXT.set(passage, computed);
  return computed;
}

/** A passage's text after its entry's title, squashed and as terms. */
export interface TitledText {
  squashed: string;
  terms: ReadonlySet<string>;
}

const TITLED_TEXT = new WeakMap<Passage, TitledText>();

/**
 * A passage's text after its entry's title, squashed and as terms, once per passage (as
 * {@link ownTextOf}): fieldOfUnnamed asks it of each candidate of each question naming another entry,
 * and squashing and stemming the sentence was most of that check's cost.
 */
export function titledTextOf(passage: Passage, entry: Entry): TitledText {
  let got = TITLED_TEXT.get(passage);
  if (got === undefined) {
    const text = `${entry.title} ${passage.text}`;
    got = { squashed: squash(text), terms: new Set(terms(text)) };
    TITLED_TEXT.set(passage, got);
  }
  return got;
}

/** The names an entry goes by: what a passage of it is about without saying so. */
function namesOf(entry: Entry): string[] {
  return [entry.id, entry.title, entry.symbol ?? '', ...entry.aliases];
}

/** True when a passage's own sentence says a word of the question other than the conference's names. */
export function saysOwnPart(passage: Passage, q: VerifyInput): boolean {
  const own = [...termsOf(passage)];
  // A derived form of the word typed counts ("signatories" for "signed"): a shared start of four
  // letters or more. A synonym counts only whole: "head" (of "runs") is not "headquarters".
  const says = (a: string, i: number) =>
    own.some((t) => t === a || (i === 0 && a.length >= 4 && t.startsWith(a)));
  return q.weighted.concepts.some(
    (c) => c.known && !q.implied?.has(squash(c.word)) && c.alternatives.some(says),
  );
}

/** A passage's own terms (its sentence only), computed once: passages live as long as the corpus. */
export const termsOf = perObject((passage: Passage): ReadonlySet<string> => new Set(terms(passage.text)));

/** The terms of every name an entry goes by (id, title, symbol, aliases), computed once per entry. */
export const entryNameTermsOf = perObject(
  (entry: Entry): ReadonlySet<string> => new Set(namesOf(entry).flatMap((n) => terms(n))),
);

/** The terms of an entry's title (its aliases carry topic words too), computed once per entry. */
export const nameTermsOf = perObject((entry: Entry): ReadonlySet<string> => new Set(terms(entry.title)));

/** A field's label, as a passage of it reads: "Venue" of "Venue: BEXCO …". */
export function labelOf(text: string): string {
  return text.split(':')[0] ?? '';
}

/** The terms of a field's label ("Venue" of "Venue: BEXCO …"). */
export function labelTerms(text: string): string[] {
  return terms(labelOf(text));
}
