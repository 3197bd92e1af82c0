import type { VerifyInput } from './verify-types.ts';

/*
 * Part of stage 3 of /ask, "verify": a question about any of a kind is not answered by a sentence about one
 * of them. See docs/answering.md.
 */

/**
 * "Did they actually vote on any resolution at PP-14?" and "The European Commission said the Palestine
 * text was settled without split voting": a yes/no question about any of a kind is
 * answered by a sentence that speaks of them all ("every outcome …", "no formal vote … on any issue"),
 * not by one about a single one of them.
 */
export function oneForAny(text: string, q: VerifyInput): boolean {
  return q.u.yesNo && ANY_OF_KIND.test(q.u.question) && !SPEAKS_OF_ALL.test(text);
}

/**
 * "any resolution", "any of the texts": a question over any of a kind. Not "every" or "all", which a
 * total answers ("every vote": "166 of 166"). General English.
 */
const ANY_OF_KIND = /\bany\s+(?:of\s+)?(?:the\s+)?[\p{L}-]+/iu;

/** Words that speak of all of a kind, or of none. General English. */
const SPEAKS_OF_ALL = /\b(?:any|every|all|each|no|none|nothing|never|unanimous(?:ly)?|consensus)\b/i;
