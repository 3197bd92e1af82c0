import { perObject } from './per-object.ts';
import { normalize, squash } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';
import { withoutAsked } from './verify-someone.ts';

/*
 * Part of stage 3 of /ask, "verify": whether a passage gives a thing a name the question does not, for
 * "what name …" and "the name of the building …" (a person's name is verify-someone.ts's). See
 * docs/answering.md.
 */

/**
 * True when a text gives a thing a name the question does not: a compound of capitalised parts
 * ("the Ebola-Info-Sharing app") for "what name did ITU give the Ebola app". A title ("Secretary-General")
 * is such a compound too, so only a question asking for a name reads it.
 */
export function namesThingNew(text: string, q: VerifyInput): boolean {
  const rest = withoutAsked(text, q);
  if (COMPOUND_NAME.test(rest)) return true;
  // "What's the name of the building …" and "… discussed the Varembé building": a capitalised word the
  // question does not give, right before the thing whose name is asked, names it.
  const thing = namedThingOf(q.u);
  if (thing === undefined) return false;
  for (const m of text.matchAll(CAPITALISED_BEFORE)) {
    const name = squash(m[1] ?? '');
    if (normalize(m[2] ?? '') !== thing || q.implied?.has(name) === true) continue;
    if (!q.u.tokens.some((t) => squash(t.text) === name)) return true;
  }
  return false;
}

/** "the name of the building": the thing whose name a question asks, once per question. */
const namedThingOf = perObject((u: Understanding): string | undefined => {
  const at = u.tokens.findIndex(
    (t, i) => /^names?$/.test(normalize(t.text)) && normalize(u.tokens[i + 1]?.text ?? '') === 'of',
  );
  if (at < 0) return undefined;
  const thing = u.tokens
    .slice(at + 2, at + 4)
    .find((t) => t.pos === 'NOUN' && !/^(?:the|a|an)$/i.test(t.text));
  return thing === undefined ? undefined : normalize(thing.text);
});

/** A capitalised word and the lower-case word after it: "the Varembé building". */
const CAPITALISED_BEFORE = /(?<=\s)(\p{Lu}[\p{L}-]+)\s+(\p{Ll}+)/gu;

// A module constant, not a literal in the function: tsx (esbuild) turns a literal with a \p{…} escape
// outside brackets into a `new RegExp(…)` evaluated on every call.
const COMPOUND_NAME = /\b\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)+\b/u;
