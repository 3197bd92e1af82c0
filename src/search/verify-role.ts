import { escapeRegExp, normalize, processTerm, squash, tokenize } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';
import { TITLED_NAME } from './verify-someone.ts';
import { askedTermsOf, demonymOf } from './verify-subject.ts';

/*
 * Part of stage 3 of /ask, "verify": who does what in a passage, against the question. A role named
 * without its holder ("its chair said") answers no "who", and a person the question has acted upon
 * ("lost … to Chaesub Lee") is not the one a passage has acting. See docs/answering.md.
 */

/**
 * "Who chaired Committee 5?", and a passage that says what "its chair said" or what is in "the
 * chairman's final report": it names the role, not who held it. Where the passage says the question's
 * action as a role (the verb's word after a determiner: "its chair", "the Committee chair", "the
 * chairman"), the holder must be named: right after it ("Chairman: Wonki Min"), as the subject of a
 * copula ("Wonki Min … was the chairman"), or with a title ("Dr. Hoballah"). The verb itself
 * ("Germany chaired", "Brazil sought to add") names its doer as the sentence's subject, which the other
 * "who" checks read. `asksAgent`: the question asks who acted ("who", or "which country").
 */
export function roleUnnamed(
  text: string,
  q: VerifyInput,
  asksAgent = q.u.kind === 'who',
): string | undefined {
  if (!asksAgent) return undefined;
  for (const role of rolePatternsOf(q)) {
    for (const m of text.matchAll(role)) {
      const before = text.slice(0, m.index);
      if (!ROLE_BEFORE.test(before)) continue;
      const after = text.slice((m.index ?? 0) + m[0].length);
      // "The chairman of Committee 4 … Dr. Hoballah" holds another thing's role.
      const of = after.match(ROLE_OF)?.[1];
      if (of && !tokenize(of).some((w) => askedTermsOf(q).has(processTerm(w) ?? w)))
        return `${m[0]} of ${of}`;
      if (NAME_AFTER.test(after)) return undefined;
      if (TITLED_NAME.test(text)) return undefined;
      // "Wonki Min of the Republic of Korea was the chairman": the sentence's subject holds the role.
      const holder = before.match(HOLDER_BEFORE)?.[1];
      // "US Ambassador Pamela Hamamoto made a statement": a name beside the question's own ("US") is new.
      const words = holder === undefined ? [] : tokenize(holder);
      if (
        words.length > 0 &&
        !words.some((w) => LEADING_WORDS.has(w)) &&
        words.some((w) => !q.u.names.includes(squash(w)))
      )
        return undefined;
      return m[0];
    }
  }
  return undefined;
}

/** A determiner or possessive before a role, perhaps with what it is the role of: "its", "the Committee". */
const ROLE_BEFORE = /\b(?:the|its|his|her|their|a|an)\s+(?:\p{Lu}[\p{L}-]*\s+(?:\d+\s+)?)?$/iu;

/** Capitalised words that start a sentence and name no one ("The chair", "Its chairman"). */
const LEADING_WORDS = new Set(['the', 'its', 'his', 'her', 'their', 'a', 'an', 'this', 'that']);

/**
 * The sentence's subject, a name, then a copula before the role ("Wonki Min … was the"), or a verb that
 * makes the role its own act ("Pamela Hamamoto made a statement").
 */
const HOLDER_BEFORE =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\b.*\b(?:was|is|were|became|served as|as|made|gave|delivered|issued)\s+(?:the|its|a|an)\s+$/u;

/** A name right after the role: "Chairman: Wonki Min", "chair, Germany,", "chairman Wonki Min". */
const NAME_AFTER = /^(?:\s*[:,]\s*|\s+)(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*/u;

/** What a role is of: "chairman of Committee 4", "chair of the Editorial Committee". */
const ROLE_OF = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\d+|\s+\p{Lu}[\p{L}-]*)*)/u;

/** The role patterns of a question, made once per question (verification reads every passage). */
const ROLE_PATTERNS = new WeakMap<Understanding, RegExp[]>();

/**
 * The words of the action "who" asks about, as a role or a verb: from the question's verbs ("chaired":
 * "chair", "chairman", "chairs"), or with none, from the role it names ("who was the WG-PL chairman").
 */
function rolePatternsOf(q: VerifyInput): RegExp[] {
  let patterns = ROLE_PATTERNS.get(q.u);
  if (!patterns) {
    const stems = (pos: string) =>
      q.u.tokens
        .filter((t) => t.pos === pos && !t.light && !q.u.names.includes(squash(t.text)))
        .map((t) => processTerm(normalize(t.text))?.replace(PERSON_ENDING, ''))
        .filter((s): s is string => s !== undefined && s.length >= 3 && LETTERS_ONLY.test(s));
    const verbs = stems('VERB');
    patterns = (verbs.length > 0 ? verbs : stems('NOUN')).map(
      (stem) => new RegExp(`\\b${stem}(?:man|woman|person|s)?\\b`, 'giu'),
    );
    ROLE_PATTERNS.set(q.u, patterns);
  }
  return patterns;
}

// Module constants, not literals in the functions: tsx (esbuild) turns a literal with a \p{…} escape outside
// brackets into a `new RegExp(…)` evaluated on every call.
const PERSON_ENDING = /(?<=\p{L}{3})(?:man|woman|person)$/u;
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * "Which candidates lost the race to Chaesub Lee?" and "Chaesub Lee lost the 2006 election to Malcolm
 * Johnson": the person the question puts after "to" or "by" is the one the passage has doing the action,
 * so the roles are the other way round. Returns that person.
 */
export function reversedRole(text: string, q: VerifyInput): string | undefined {
  const tokens = q.u.tokens;
  const verb = tokens.find((t) => t.pos === 'VERB' && !t.light);
  if (!verb) return undefined;
  const action = processTerm(normalize(verb.text));
  if (action === undefined) return undefined;
  const at = tokens.indexOf(verb);
  const object = tokens.findIndex((t, i) => i > at && /^(?:to|by)$/i.test(t.text));
  const name = tokens[object + 1];
  if (object < 0 || !name || !q.u.names.includes(squash(name.text))) return undefined;
  const said = tokenize(text);
  const where = said.findIndex((w) => squash(w) === squash(name.text));
  if (where < 0) return undefined;
  // The name, its other parts ("Chaesub Lee"), then the action within a few words.
  return said.slice(where + 1, where + 4).some((w) => processTerm(w) === action) ? name.text : undefined;
}

/**
 * "Who signed the 2012 memorandum on behalf of Korea?" and "Hamadoun Touré signed a memorandum … with
 * Korea": the passage has the country as the other party, so whoever it names signed for the other side.
 * Returns the party when the passage names it only after "with".
 */
export function counterpartOnly(text: string, q: VerifyInput): string | undefined {
  // "Which Korean official signed …": a person of a nationality asked acts for that side too.
  const national = q.u.kind === 'which' ? WHICH_NATIONAL.exec(q.u.question) : null;
  if (q.u.kind !== 'who' && national === null) return undefined;
  // "… with ITU on preparations for PP-14 on the Korean side": the side named is the party, before any
  // "for X" the line has.
  const asked = SIDE.exec(q.u.question) ?? ON_BEHALF.exec(q.u.question) ?? national;
  const party = asked?.[1] ?? asked?.[2];
  if (party === undefined) return undefined;
  // "For the Korean side": the party is the country of a nationality, written as the country ("with
  // Korea").
  const written = tokenize(text).filter((w) => demonymOf(squash(party), new Set([w])));
  const country = [...(q.countriesOf?.(party) ?? []), ...written];
  if (
    !q.u.names.includes(squash(party)) &&
    !q.u.countriesNamed.has(party.toLowerCase()) &&
    country.length === 0
  )
    return undefined;
  const name = [party, ...country].map(escapeRegExp).join('|');
  const asOther = new RegExp(String.raw`\bwith\s+(?:the\s+)?(?:${name})\b`, 'iu');
  const asOwn = new RegExp(
    String.raw`\b(?:${name})(?:'s|’s)|\b(?:of|for|from)\s+(?:the\s+)?(?:${name})\b`,
    'iu',
  );
  return asOther.test(text) && !asOwn.test(text) ? party : undefined;
}

/**
 * "On behalf of Korea", "representing Korea", "for the Korean side", "on the Korean side", "on Korea's
 * behalf": the party a question asks for.
 */
const ON_BEHALF =
  /\b(?:on\s+behalf\s+of|representing|for|on(?=\s+the\s+\p{L}+\s+side\b))\s+(?:the\s+)?(\p{L}+)(?:\s+side)?\b|\bon\s+(\p{L}+)\s*['’]s\s+behalf\b/iu;

/** "Which Korean official", "which Japanese minister": a person asked by nationality. General English. */
const WHICH_NATIONAL =
  /\bwhich\s+(\p{L}+)\s+(?:official|minister|delegate|person|guy|representative|signatory|officer|ambassador)\b/iu;

/** "On the Korean side", "for the Korean side", "on Korea's side": a side, wherever the line names it. */
const SIDE = /\b(?:on|for)\s+(?:the\s+(\p{L}+)|(\p{L}+)\s*['’]s)\s+side\b/iu;
