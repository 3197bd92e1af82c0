import { isEnglishWord } from './dictionary.ts';
import { entryNameTermsOf, termsOf } from './passage-words.ts';
import { perObject } from './per-object.ts';
import { escapeRegExp, squash, terms, tokenize } from './text.ts';
import type { Accounting } from './verify-accounting.ts';
import { askedSourceWords } from './verify-sibling.ts';
import { demonymOf } from './verify-subject.ts';

/*
 * Part of stage 3 of /ask, "verify": a word a passage says only inside the name of a source it cites
 * ("access" in "according to ANACOM and Access Now") says nothing of the thing the question asks.
 * See docs/answering.md.
 */

/**
 * "How will access to ITU documents change", and "… according to ANACOM and Access Now": a common English
 * word of the question (or the corpus's word for it) that the passage says only inside the name of a
 * source it cites says nothing of the thing. A source the question names as its teller is accounted for
 * by the citation instead; the conference's own names are said by every passage.
 */
export function saidOnlyInSourceName(cand: Accounting, word: string, alternatives: string[]): boolean {
  const { q, hit } = cand;
  // Cheapest first: verify asks this of every word every candidate matches. A passage whose own
  // sentence does not say the word (its entry's names or the sentence before do) is not this case, nor
  // one whose sentence names none of its sources.
  const own = termsOf(hit.passage);
  if (!alternatives.some((t) => own.has(t))) return false;
  const sourceNames = sourceNamesSaid(hit.passage, q);
  if (sourceNames.length === 0) return false;
  const name = squash(word);
  if (
    q.u.names.includes(name) ||
    q.implied?.has(name) === true ||
    alternatives.some((t) => cand.asked?.has(t) === true || entryNameTermsOf(hit.entry).has(t)) ||
    !isEnglishWord(name) ||
    askedSourceWords(q).has(word) ||
    // "dig.watch says it ended 6 nov": a question naming the source asks of it, whatever its words.
    sourceNames.some((n) => questionNamesSource(q, n))
  )
    return false;
  const left = termsOutsideSourceNames(hit.passage, sourceNames);
  return !alternatives.some((t) => left.has(t));
}

/**
 * "How many delegations were headed by women" and a sentence of the UN Women press release's entry that
 * never says "women": a common word the passage has only from its source entry's publisher ("UN Women"),
 * through the entry's title, is that publisher's name, not the thing asked.
 */
export function saidOnlyInPublisher(cand: Accounting, word: string, alternatives: string[]): boolean {
  const { hit, q } = cand;
  const publisher = hit.entry.kind === 'source' ? hit.entry.publisher : undefined;
  const name = squash(word);
  // The organisation ("ITU") and the conference are named by every source; a name is no common word.
  if (publisher === undefined || q.u.names.includes(name) || q.implied?.has(name) === true) return false;
  if (!isEnglishWord(name)) return false;
  if (!alternatives.some((t) => publisherTermsOf(hit.entry).has(t))) return false;
  const own = termsOf(hit.passage);
  return !alternatives.some((t) => own.has(t));
}

/** A source entry's publisher's terms, once per entry: every candidate of it asks them of each word. */
const publisherTermsOf = perObject(
  (e: Accounting['hit']['entry']): ReadonlySet<string> => new Set(terms(e.publisher ?? '')),
);

/**
 * "How many delegates did the Korean delegation send", and "… about 3,000 from 170 nations (korea.net)": a
 * country, or its people, that the passage says only inside the name of a source it cites ("Korea.net",
 * "Korea Herald") is who tells it, not the thing asked, unless the question names that source. Asked of a
 * name the passage otherwise names.
 */
export function namedOnlyInSourceName(cand: Accounting, name: string): boolean {
  const { q, hit } = cand;
  const sourceNames = sourceNamesSaid(hit.passage, q);
  // "korea.net says 71 …": the line names the source, even where the clause read leaves it aside.
  if (
    sourceNames.length === 0 ||
    sourceNames.some((n) => questionNamesSource(q, n) || namesSource(n, q.u.line))
  )
    return false;
  const inSourceName = sourceNames.some((n) => {
    if (!q.namesCountry(n)) return false;
    const words = new Set(tokenize(n));
    return words.has(name) || demonymOf(name, words);
  });
  if (!inSourceName) return false;
  const { passage, entry } = hit;
  const outside = [
    textOutsideSourceNames(passage, sourceNames),
    passage.context,
    entry.title,
    ...entry.aliases,
  ].join(' ');
  const words = new Set(tokenize(outside));
  if (words.has(name) || demonymOf(name, words)) return false;
  const squashed = squash(outside);
  const countries = q.countriesOf?.(name) ?? [];
  return !squashed.includes(name) && !countries.some((c) => squashed.includes(squash(c)));
}

/** A passage's terms outside the source names its sentence says, once per passage. */
const TERMS_OUTSIDE = new WeakMap<Accounting['hit']['passage'], ReadonlySet<string>>();

/** A passage's sentence with the names of the sources it cites blanked, once per passage. */
const TEXT_OUTSIDE = new WeakMap<Accounting['hit']['passage'], string>();

function textOutsideSourceNames(
  passage: Accounting['hit']['passage'],
  sourceNames: readonly string[],
): string {
  let text = TEXT_OUTSIDE.get(passage);
  if (text === undefined) {
    text = sourceNames.reduce(
      (rest, n) =>
        rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'giu'), ' '),
      passage.text,
    );
    TEXT_OUTSIDE.set(passage, text);
  }
  return text;
}

/**
 * The terms of a passage's sentence with its cited sources' names ({@link sourceNamesSaid}, the
 * passage's own) blanked: the same for every question, and worked out (a pattern per name, the
 * sentence tokenized and stemmed) for each candidate of each question that reached it.
 */
function termsOutsideSourceNames(
  passage: Accounting['hit']['passage'],
  sourceNames: readonly string[],
): ReadonlySet<string> {
  let left = TERMS_OUTSIDE.get(passage);
  if (left === undefined) {
    left = new Set(terms(textOutsideSourceNames(passage, sourceNames)));
    TERMS_OUTSIDE.set(passage, left);
  }
  return left;
}

/** The names of its cited sources a passage's sentence says, once per passage (the corpus's names). */
const SAID_SOURCE_NAMES = new WeakMap<Accounting['hit']['passage'], readonly string[]>();

function sourceNamesSaid(passage: Accounting['hit']['passage'], q: Accounting['q']): readonly string[] {
  let said = SAID_SOURCE_NAMES.get(passage);
  if (said === undefined) {
    const lower = passage.text.toLowerCase();
    said = (q.sourceNames?.(passage.citations) ?? []).filter(
      (n) => n.length >= 3 && lower.includes(n.toLowerCase()),
    );
    SAID_SOURCE_NAMES.set(passage, said);
  }
  return said;
}

/** Per question, whether it names each source ({@link namesSource}): asked for each candidate and word. */
const NAMES_SOURCE = new WeakMap<Accounting['q']['u'], Map<string, boolean>>();

function questionNamesSource(q: Accounting['q'], name: string): boolean {
  let known = NAMES_SOURCE.get(q.u);
  if (known === undefined) {
    known = new Map();
    NAMES_SOURCE.set(q.u, known);
  }
  let names = known.get(name);
  if (names === undefined) {
    names = namesSource(name, q.u.question);
    known.set(name, names);
  }
  return names;
}

/**
 * True when `line` names a source by two words of its name ("dig.watch" of "dig.watch event page", "first
 * … dispatch … OTI" of "OTI first dispatch"), or by its one word.
 */
function namesSource(name: string, line: string): boolean {
  const words = new Set(tokenize(name).filter((w) => w.length > 2));
  const said = new Set(tokenize(line));
  const both = [...words].filter((w) => said.has(w)).length;
  return both >= Math.min(2, words.size) && both > 0;
}
