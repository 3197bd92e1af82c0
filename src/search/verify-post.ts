import type { NamedPerson } from './persons-named.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify-types.ts';

/*
 * Part of stage 3 of /ask, "verify": a passage about another post than the one asked. The corpus names
 * each elected person's entry by the post too ("TSB Director" is an alias of Chaesub Lee's entry), so
 * its names, not a word list, say which phrases are posts. See docs/answering.md.
 */

/**
 * "Who did Malcolm Johnson beat for deputy SG?" and "Malcolm Johnson beat Chaesub Lee in the 2006
 * election for TSB Director": the question names a post, the passage another one and never the one
 * asked, so it tells of another election, whatever else it shares. A post said by its holder's name
 * ("Malcolm Johnson") is the person, not the post. Returns the other post as the passage says it.
 * The caller leaves out questions about what came before, which another post may answer.
 */
export function otherPost(text: string, q: VerifyInput): string | undefined {
  const phrasesOf = q.personPhrases;
  if (phrasesOf === undefined) return undefined;
  const { asked, byName } = askedOf(q, phrasesOf);
  if (asked.length === 0) return undefined;
  const isAsked = (n: NamedPerson) => asked.some((a) => a.entry === n.entry);
  const said = phrasesOf(text);
  if (said.some((n) => isAsked(n) && !n.byName)) return undefined;
  const others = said.filter((n) => !n.byName);
  // "Houlin Zhao as Secretary-General, Malcolm Johnson as Deputy, and François Rancy (BR)": a roll of
  // several posts names the one asked by its holder, whom the question did not name. One other post
  // beside the holder's name ("Johnson beat Lee in 2006 for TSB Director") is that post's story.
  const rollCall = others.length > 1 && said.some((n) => isAsked(n) && n.byName && !byName.has(n.entry.id));
  return rollCall ? undefined : others[0]?.phrase;
}

/** The posts a question names, and the ids of the people it names by their own names. */
export interface Asked {
  asked: readonly NamedPerson[];
  byName: ReadonlySet<string>;
}

/** {@link Asked}, once per question: every candidate is read against the same phrases. */
export function askedOf(q: VerifyInput, phrasesOf: (text: string) => readonly NamedPerson[]): Asked {
  let got = ASKED.get(q.u);
  if (got === undefined) {
    const phrases = phrasesOf(q.u.question);
    got = {
      asked: phrases.filter((n) => !n.byName),
      byName: new Set(phrases.filter((n) => n.byName).map((n) => n.entry.id)),
    };
    ASKED.set(q.u, got);
  }
  return got;
}

const ASKED = new WeakMap<Understanding, Asked>();
