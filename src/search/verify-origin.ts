import { perObject } from './per-object.ts';
import { normalize } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';

/*
 * Part of stage 3 of /ask, "verify": "what country is Touré from" asks the country a person is of. A
 * sentence that names the person and, elsewhere, a country they dealt with ("Touré signed a memorandum
 * with Korea") does not say it. See docs/answering.md.
 */

/** "What country is X from", "where is X from", "X's nationality", "what country does X come from". */
const ASKS_ORIGIN =
  /\b(?:(?:what|which)\s+(?:country|nationality)\b[^?]*\b(?:from|come\s+from|represent\w*)\b|where\s+(?:is|was|does|did)\b[^?]*\b(?:from|come\s+from)\s*\??$|nationality)/i;

/** Whether the question asks where someone it names is from, once per question. */
const asksOrigin = perObject(
  (u: Understanding): boolean => u.names.length > 0 && ASKS_ORIGIN.test(u.question),
);

/**
 * "Chaesub Lee is Turkish, right?", "Lee is from Turkey?": a fact-check that claims where someone is
 * from, by a nationality or a country after the copula. Once per question.
 */
function claimsOrigin(q: VerifyInput): boolean {
  let got = CLAIMS_ORIGIN.get(q.u);
  if (got === undefined) {
    const m = q.u.yesNo && q.u.names.length > 0 ? CLAIMED_ORIGIN.exec(q.u.question) : null;
    // The copula's subject is someone the corpus knows by that name ("Lee is"); "was Palestine there"
    // and "the resolution was from Liberia" give no one's origin.
    const person = m?.[1] !== undefined && (q.personPhrases?.(m[1]) ?? []).some((n) => n.byName);
    const claimed = person ? m?.[2] : undefined;
    got =
      claimed !== undefined &&
      (q.countriesOf?.(normalize(claimed)) !== undefined ||
        q.u.countriesNamed.has(normalize(claimed)) ||
        q.namesCountry(claimed));
    CLAIMS_ORIGIN.set(q.u, got);
  }
  return got;
}

const CLAIMS_ORIGIN = new WeakMap<Understanding, boolean>();

/** "Lee is Turkish", "Lee was from Turkey", "Lee's from the UK": a name, and the origin a copula gives it. */
const CLAIMED_ORIGIN = /([\p{L}-]+)\s*(?:\s(?:is|was)|'s|’s)\s+(?:from\s+)?(?:the\s+)?([\p{L}-]+)/iu;

/** How far after or before a person's name their country may be written. */
const WINDOW = 40;

/** A country right after a name: "of Burkina Faso", "(China)", ", of Korea", "from the UK". */
const OF_AFTER = /^\s*(?:\(|,\s*(?:of|from)\s+|\s+(?:of|from)\s+)((?:the\s+)?[\p{Lu}][\p{L}'’. -]{1,30})/u;

/** A country or nationality right before a name: "Korea's Chaesub Lee", "the Korean Chaesub Lee". */
const OWNER_BEFORE = /([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * True when the question asks where a person it names is from and the passage names no country right by
 * that person's name ("Hamadoun Touré signed a memorandum of understanding with Korea" does not say Touré
 * is Korean; "Brahima Sanou of Burkina Faso" says where Sanou is from).
 */
export function originUnsaid(text: string, q: VerifyInput): boolean {
  if (!asksOrigin(q.u) && !claimsOrigin(q)) return false;
  const folded = normalize(text);
  let seen = false;
  for (const name of q.u.names) {
    if (name.length < 3) continue;
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      seen = true;
      // The original's case, which country names are read in; folding keeps positions near enough.
      const after = text.slice(at + name.length, at + name.length + WINDOW);
      const before = text.slice(Math.max(0, at - WINDOW), at);
      // "Sanou of Burkina Faso", "Zhao (China)", "Lee, of Korea"; "Korea's Chaesub Lee", "Korean Lee".
      const ofAfter = OF_AFTER.exec(after)?.[1];
      const owner = OWNER_BEFORE.exec(before)?.[1];
      if ((ofAfter && q.namesCountry(ofAfter)) || (owner && q.namesCountry(owner))) return false;
    }
  }
  return seen;
}
