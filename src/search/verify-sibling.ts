import type { Entry } from '../corpus/types.ts';
import { labelOf, labelTerms, nameTermsOf, titledTextOf } from './passage-words.ts';
import { isThing } from './question-words.ts';
import type { PassageHit } from './search-types.ts';
import { TELLING_VERB } from './source-words.ts';
import { STOP_WORDS } from './stop-words.ts';
import { squash, terms, tokenize } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';
import { askedTermsOf, MAX_NAME_WORDS, tokensOf, withoutAttribution } from './verify-subject.ts';

/*
 * Part of stage 3 of /ask, "verify": a passage about a sibling of the thing asked, named alike and
 * ending in the same word ("the first dispatch" for "the final dispatch", "the opening ceremony" for
 * "the closing ceremony"). The corpus's names, not a word list, say which phrases are names. See
 * docs/answering.md.
 */

/** The source names a question says, once per question. */
const ASKED_SOURCES = new WeakMap<Understanding, NamePhrase[]>();

/**
 * "Who wrote OTI's final dispatch?" and a passage about "OTI's first dispatch": both phrases name
 * sources, ending in the same word, and the passage names the other one, never the one asked. The
 * corpus's source names, not a word list, say which phrases are names. Returns the other name.
 */
export function siblingSource(text: string, q: VerifyInput): string | undefined {
  const named = q.sourcesNamed;
  if (!named) return undefined;
  let asked = ASKED_SOURCES.get(q.u);
  if (asked === undefined) {
    asked = namePhrases(tokenize(q.u.question), named);
    ASKED_SOURCES.set(q.u, asked);
  }
  if (asked.length === 0) return undefined;
  // Remembered per text, as the question's are per question: the same candidates come back.
  const said = namePhrases(tokensOf(text).said, named);
  const same = (a: NamePhrase, p: NamePhrase) => a.ids.some((id) => p.ids.includes(id));
  if (said.some((p) => asked.some((a) => same(a, p)))) return undefined;
  return said.find((p) => asked.some((a) => a.head === p.head))?.phrase;
}

/**
 * "How many media were at the closing ceremony?" and a sentence of the opening ceremony's entry ("almost
 * 600 media at the opening"): the question names one entry ("closing ceremony"), the passage or its
 * entry's title another whose name ends in the same word ("opening ceremony"), and never the one asked.
 * The corpus's entry names, not a word list, say which phrases are names. Returns the other name.
 */
export function siblingEntry(text: string, entry: Entry, q: VerifyInput): string | undefined {
  const named = q.entriesNamed;
  if (!named) return undefined;
  const asked = askedNamesOf(q, named);
  // A passage of an entry the question names is about it, however its title words it.
  if (asked.heads.size === 0 || asked.ids.has(entry.id)) return undefined;
  // Remembered per text: the same candidates come back question after question.
  const words = [...tokensOf(entry.title).said, ...tokensOf(text).said];
  let other: string | undefined;
  // Only phrases ending in an asked name's last word can be its sibling: most words of a passage are not.
  for (let end = 0; end < words.length; end++) {
    if (!asked.heads.has(words[end] as string)) continue;
    for (let start = Math.max(0, end + 1 - MAX_NAME_WORDS); start <= end; start++) {
      const ids = named(words.slice(start, end + 1).join(' '));
      // "The election of the TSB Director" holds "TSB Director", and "Information and communication
      // technologies (ICT)" the "ICT" of "the definition of ICT": the thing asked, in a longer name.
      if (ids.some((id) => asked.ids.has(id))) return undefined;
      // "The conference" is the name asked, said with an article: no other thing of that name.
      if (ids.length > 0 && start < end && !STOP_WORDS.has(words[start] as string))
        other ??= words.slice(start, end + 1).join(' ');
    }
  }
  return other;
}

/**
 * "Who chaired the Working Group of the Plenary?" and the field "Correspondence group: Chaired by …" of
 * the entry on the definition of ICT: a field speaks of its own entry's thing, so when the question
 * names another entry in several words and neither the field nor its entry's title says any of that
 * entry's names, the field is about something else. Returns the name the question gives.
 */
export function fieldOfUnnamed(hit: PassageHit, q: VerifyInput): string | undefined {
  const { passage, entry } = hit;
  const named = q.entriesNamed;
  if (!named) return undefined;
  const asked = askedNamesOf(q, named);
  if (asked.ids.size === 0 || asked.ids.has(entry.id)) return undefined;
  // A name is said when its words are, in any order or form: "opened … with a ceremony" says "opening
  // ceremony"; "WG-PL" is said whole.
  const { squashed: said, terms: saidTerms } = titledTextOf(passage, entry);
  const { names, phrase } = namedOf(q, named, asked);
  for (const n of names)
    if (said.includes(n.squashed) || (n.terms.length > 0 && n.terms.every((w) => saidTerms.has(w))))
      return undefined;
  return phrase;
}

/** The asked entries' names (squashed and as terms) and the phrase the question names them by. */
interface NamedAsked {
  names: { squashed: string; terms: string[] }[];
  phrase: string | undefined;
}

const NAMED_ASKED = new WeakMap<VerifyInput, NamedAsked>();

/** {@link NamedAsked}, once per question: every candidate asks for the same names. */
function namedOf(
  q: VerifyInput,
  named: (phrase: string) => readonly string[],
  asked: AskedNames,
): NamedAsked {
  let got = NAMED_ASKED.get(q);
  if (got === undefined) {
    got = {
      names: (q.entryNames?.([...asked.ids]) ?? []).map((n) => ({ squashed: squash(n), terms: terms(n) })),
      phrase: namePhrases(tokenize(q.u.question), named).find((a) => a.ids.some((id) => asked.ids.has(id)))
        ?.phrase,
    };
    NAMED_ASKED.set(q, got);
  }
  return got;
}

/** What a question names in phrases of several words: their last words, and every entry they or their endings name. */
interface AskedNames {
  heads: ReadonlySet<string>;
  ids: ReadonlySet<string>;
}

const ASKED_NAMES = new WeakMap<Understanding, AskedNames>();

function askedNamesOf(q: VerifyInput, named: (phrase: string) => readonly string[]): AskedNames {
  let got = ASKED_NAMES.get(q.u);
  if (got === undefined) {
    // The conference's own names ("PP-14") are every passage's background, and "the conference" is
    // qualified by no word of the question's own.
    const phrases = namePhrases(tokenize(q.u.question), named).filter(
      (a) =>
        !q.implied?.has(squash(a.phrase)) &&
        a.phrase
          .split(' ')
          .slice(0, -1)
          .some((w) => !STOP_WORDS.has(w)),
    );
    const ids = new Set<string>();
    for (const a of phrases) {
      const words = a.phrase.split(' ');
      for (let i = 0; i < words.length; i++) for (const id of named(words.slice(i).join(' '))) ids.add(id);
    }
    got = { heads: new Set(phrases.map((a) => a.head)), ids };
    ASKED_NAMES.set(q.u, got);
  }
  return got;
}

/**
 * The words of the question that name one of the corpus's sources in several words as the one telling
 * ("according to OTI's final dispatch", "what did the OTI blog say"), once per question: a passage
 * citing that source accounts for them. A source asked about ("who wrote OTI's final dispatch") is not
 * telling anything, and its passages must say what is asked of it.
 */
export function askedSourceWords(q: VerifyInput): ReadonlySet<string> {
  let got = ASKED_SOURCE_WORDS.get(q.u);
  if (got === undefined) {
    const named = q.sourcesNamed;
    // "ITU's own history page": the emphasis is no word of the name.
    const words = tokenize(q.u.question).filter((w) => w !== 'own');
    got = new Set(
      named === undefined
        ? []
        : namePhrases(words, named)
            .filter((p) => tells(words, p))
            .flatMap((p) => p.phrase.split(' ')),
    );
    ASKED_SOURCE_WORDS.set(q.u, got);
  }
  return got;
}

const ASKED_SOURCE_WORDS = new WeakMap<Understanding, ReadonlySet<string>>();

/** True when a source named in a question is the one telling: "according to X", "per X", "X says". */
function tells(words: readonly string[], p: NamePhrase): boolean {
  const before = words.slice(Math.max(0, p.at - 3), p.at).filter((w) => w !== 'the');
  const after = words[p.at + p.phrase.split(' ').length] ?? '';
  return (
    /^(?:per|in|from)$/.test(before[before.length - 1] ?? '') ||
    before.slice(-2).join(' ') === 'according to' ||
    TELLING_VERB.test(after)
  );
}

/** A name of several words found in a text, its last word, and what it names. */
interface NamePhrase {
  phrase: string;
  head: string;
  ids: readonly string[];
  /** The position of its first word. */
  at: number;
}

/** The longest names of two or more words at each position of a text's words. */
function namePhrases(words: readonly string[], named: (phrase: string) => readonly string[]): NamePhrase[] {
  const found: NamePhrase[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let k = Math.min(words.length, i + MAX_NAME_WORDS); k > i + 1; k--) {
      const phrase = words.slice(i, k).join(' ');
      const ids = named(phrase);
      if (ids.length === 0) continue;
      found.push({ phrase, head: words[k - 1] as string, ids, at: i });
      i = k - 1;
      break;
    }
  }
  return found;
}

/**
 * "Which country proposed the youth resolution?" and the field "Ebola: A resolution proposed by Sierra
 * Leone" of the entry on the youth and Ebola resolutions: a field whose label names one of the things
 * its entry's title joins, not the one the question asks, which it leaves to the title, is about its
 * label. Returns the label.
 */
export function fieldOfOther(hit: PassageHit, q: VerifyInput): string | undefined {
  const { passage, entry } = hit;
  if (!passage.isField) return undefined;
  const label = labelOf(passage.text);
  const labelled = labelTerms(passage.text);
  const asked = askedTermsOf(q);
  // The label must name one of the things the entry's title joins ("Youth and Ebola resolutions"):
  // "Outcome according to OTI" or "Elected" label a part of the entry's one thing.
  const title = nameTermsOf(entry);
  if (labelled.length === 0 || labelled.some((t) => asked.has(t) || !title.has(t))) return undefined;
  const own = new Set(terms(passage.text));
  const things = q.weighted.concepts.filter(
    (c) =>
      c.known &&
      isThing(q.u, c.word) &&
      !q.implied?.has(squash(c.word)) &&
      !(q.u.answerWords ?? [q.u.typeWord]).includes(c.word),
  );
  // The thing asked that the field leaves to the title is the title's other thing ("youth").
  const leftToTitle = (c: (typeof things)[number]) =>
    !c.alternatives.some((a) => own.has(a)) && c.alternatives.some((a) => title.has(a));
  return things.some(leftToTitle) ? label : undefined;
}

/**
 * "PP-14" asked, and a passage naming "PP-18" but not PP-14: the passage is about the other meeting of
 * the series, though the conference's own name is implied everywhere. Returns the other one's name.
 */
export function siblingNamed(text: string, q: VerifyInput): string | undefined {
  // "… PP-14 participants were women, according to ITU's page on PP-18": the source is no subject.
  // Squashed only for a question that names a meeting of a series: every candidate is asked.
  let own: string | undefined;
  // As typed, in any case: "pp14" names PP-14.
  for (const [, prefix, digits] of q.u.question.matchAll(TYPED_SERIES_NAME)) {
    const asked = squash(`${prefix}${digits}`);
    own ??= squash(withoutAttribution(text));
    if (own.includes(asked)) continue;
    for (const [name, p, d] of text.matchAll(SERIES_NAME))
      if (squash(p ?? '') === squash(prefix ?? '') && d !== digits) return name;
  }
  return undefined;
}

/**
 * "What was the venue?" and the field "Venue: Dubai World Trade Centre" of PP-18's entry: a question that
 * names nothing of another meeting of the series asks about the conference's own, whatever the entry's
 * authored questions share with it. Named: by a word of the entry's title or aliases the conference's
 * own names do not have ("next", "Dubai", "2018"), by a name or number the passage says, or by a word
 * that points past the conference ("after Busan"). Returns the other meeting's name.
 */
export function meetingUnnamed(text: string, entry: Entry, q: VerifyInput): string | undefined {
  if (!q.otherMeetings?.has(entry.id)) return undefined;
  // As searched ("plenipotentiari"): the implied names are squashed, the entry's words stemmed.
  const implied = new Set([...(q.implied ?? [])].flatMap((n) => terms(n)));
  const own = new Set(
    [entry.title, ...entry.aliases].flatMap((n) => terms(n)).filter((w) => !implied.has(w)),
  );
  const said = squash(text);
  if (terms(q.u.question).some((w) => own.has(w))) return undefined;
  // Its own words: "after" is a stop word, which the search terms leave out.
  if (tokenize(q.u.question).some((w) => LATER.test(w))) return undefined;
  if ([...q.u.names, ...q.u.numbers].some((n) => !q.implied?.has(n) && said.includes(squash(n))))
    return undefined;
  return ONE_SERIES_NAME.exec(entry.title)?.[0] ?? entry.title;
}

/** Words that point to a later meeting than the one of the corpus. General English. */
const LATER = /^(?:after|next|following|subsequent|later|upcoming|successor)$/;

/** A name of a numbered meeting series: "PP-14", "WRC-15", "PP18". */
const SERIES_NAME = /\b(\p{Lu}{2,5})-?(\d{2})\b/gu;

/** One such name, for reading it out (no `g` flag: no position kept between calls). */
const ONE_SERIES_NAME = /\b\p{Lu}{2,5}-?\d{2}\b/u;

/** The same, as a question may type it: "pp14", "wrc-15". */
const TYPED_SERIES_NAME = /\b([A-Za-z]{2,5})-?(\d{2})\b/g;
