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
  let asked = ASKED_POSTS.get(q.u);
  if (asked === undefined) {
    asked = phrasesOf(q.u.question).filter((n) => !n.byName);
    ASKED_POSTS.set(q.u, asked);
  }
  if (asked.length === 0) return undefined;
  const isAsked = (n: NamedPerson) => asked.some((a) => a.entry === n.entry);
  const said = phrasesOf(text);
  if (said.some((n) => isAsked(n) && !n.byName)) return undefined;
  const others = said.filter((n) => !n.byName);
  // "Houlin Zhao as Secretary-General, Malcolm Johnson as Deputy, and François Rancy (BR)": a roll of
  // several posts names the one asked by its holder, whom the question did not name. One other post
  // beside the holder's name ("Johnson beat Lee in 2006 for TSB Director") is that post's story.
  const rollCall =
    others.length > 1 && said.some((n) => isAsked(n) && n.byName && !namedByName(q).has(n.entry.id));
  return rollCall ? undefined : others[0]?.phrase;
}

/** The posts a question names, once per question: every candidate is read against the same ones. */
const ASKED_POSTS = new WeakMap<Understanding, readonly NamedPerson[]>();

/** The ids of the people a question names by their own names, once per question. */
function namedByName(q: VerifyInput): ReadonlySet<string> {
  let got = BY_NAME.get(q.u);
  if (got === undefined) {
    got = new Set((q.personPhrases?.(q.u.question) ?? []).filter((n) => n.byName).map((n) => n.entry.id));
    BY_NAME.set(q.u, got);
  }
  return got;
}

const BY_NAME = new WeakMap<Understanding, ReadonlySet<string>>();
