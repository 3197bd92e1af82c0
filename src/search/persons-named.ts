import type { Entry } from '../corpus/types.ts';
import type { SearchIndex } from './search-index.ts';
import { nameWords } from './text.ts';
import { MAX_NAME_WORDS } from './verify-subject.ts';

/*
 * The corpus names each person's entry by the person's name and by the post they were elected to ("TSB
 * Director" is an alias of Chaesub Lee's entry). Which of its people a text names, and how: what a
 * fact-check that gives a post to the wrong person, and a passage about another post, are read by.
 */

/** An entry of a person that a phrase of a text names, and whether by the person's own name. */
export interface NamedPerson {
  entry: Entry;
  byName: boolean;
  /** The words of the text that name it. */
  phrase: string;
}

/**
 * The person entries a text names, longest phrase first, each entry once: by a name that shares a
 * word with the entry's title ("Lee"), or by a post among its names ("TSB Director", "SG").
 */
export function personsNamed(text: string, index: SearchIndex): NamedPerson[] {
  const out: NamedPerson[] = [];
  for (const n of personPhrases(text, index)) if (!out.some((o) => o.entry === n.entry)) out.push(n);
  return out;
}

/**
 * Every phrase of a text that names one person entry, longest first: "Chaesub Lee … the TSB Director"
 * names Lee twice, once by name and once by post.
 */
export function personPhrases(text: string, index: SearchIndex): NamedPerson[] {
  // Names are matched with hyphens as spaces; `entriesNamed` spells out "sg" as "secretary general".
  const words = nameWords(text);
  const out: NamedPerson[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let k = Math.min(words.length, i + MAX_NAME_WORDS); k > i; k--) {
      const phrase = words.slice(i, k).join(' ');
      const people = [...new Set(index.entriesNamed(phrase))]
        .map((id) => index.corpus.byId.get(id))
        .filter((e): e is Entry => e?.kind === 'person');
      if (people.length !== 1) continue;
      const entry = people[0] as Entry;
      const title = new Set(nameWords(entry.title));
      out.push({ entry, byName: words.slice(i, k).some((w) => title.has(w)), phrase });
      i = k - 1;
      break;
    }
  }
  return out;
}
