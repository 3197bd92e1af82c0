import { textKindOf, withoutTextRefs } from './identifiers.ts';
import { ABOUTNESS } from './named-text.ts';
import { perObject } from './per-object.ts';
import { STOP_WORDS } from './stop-words.ts';
import { escapeRegExp, normalize, squash } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';
import { withoutAttribution } from './verify-subject.ts';

/*
 * Part of stage 3 of /ask, "verify": the answers "which country" and "where" take. See
 * docs/answering.md.
 */

/** Type words that ask for a country ("which countries", "what nations", "which member states"). */
const COUNTRY_TYPE = /^(?:countr(?:y|ies)|nations?|states?|governments?|delegations?)$/;

/** "Which countries", and "which (5) Member States": the type word, or the noun it runs into. */
export function asksCountry(q: VerifyInput): boolean {
  const typeWord = q.u.typeWord;
  if (!typeWord) return false;
  if (COUNTRY_TYPE.test(typeWord)) return true;
  const at = q.u.tokens.findIndex((t) => normalize(t.text) === typeWord);
  const next = q.u.tokens[at + 1];
  return (
    at >= 0 && (next?.pos === 'NOUN' || next?.pos === 'PROPN') && COUNTRY_TYPE.test(normalize(next.text))
  );
}

/**
 * "Who are the 48 Council Member States?", "who were the countries that …": "who" asking which countries
 * by the noun after its copula. Returns that noun.
 */
export const whoAsksCountry = perObject((u: Understanding): string | undefined => {
  if (u.kind !== 'who') return undefined;
  const m = WHO_ARE_THE.exec(u.question);
  const noun = m?.[1];
  return noun !== undefined && COUNTRY_TYPE.test(normalize(noun)) ? noun : undefined;
});

/** "who are the (48) (council member) states": the last noun of what the copula names, before a verb or the end. */
const WHO_ARE_THE =
  /^\s*who\s+(?:are|were|is|was)\s+(?:the|all\s+the|those)\s+(?:\d+\s+)?(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)(?=\s+(?:that|which|who|elected|chosen|picked|on|in|at|from|of)\b|\s*$)/iu;

/** True when the question asks who acted: "who", or "which country" ("which country chaired X"). */
export function asksAgent(q: VerifyInput): boolean {
  return q.u.kind === 'who' || (q.u.kind === 'which' && asksCountry(q));
}

/**
 * The text without the countries it gives for someone the question names ("Malcolm Johnson of the United
 * Kingdom", "Johnson (United Kingdom)"): "which countries voted against Johnson" is not answered by his,
 * nor "who was Johnson's rival". `afterVerb`: only names an action is done to count ("voted against
 * Malcolm Johnson"), since "which country is Johnson from" asks his.
 */
export function withoutOwnCountries(text: string, q: VerifyInput, afterVerb = true): string {
  const verb = afterVerb ? q.u.tokens.findIndex((t) => t.pos === 'VERB' && !t.light) : -1;
  const named = q.u.tokens.filter(
    // A name typed in lower case ("against zhao") is tagged a common noun: the question's names say it is one.
    (t, i) =>
      (!afterVerb || (verb >= 0 && i > verb)) &&
      (t.pos === 'PROPN' || t.pos === 'NOUN') &&
      q.u.names.includes(squash(t.text)),
  );
  return named.reduce(
    (out, t) =>
      out.replace(
        new RegExp(
          // As the passage writes it: "zhao" typed for "Zhao". A country's name may hold "of" ("Chaesub Lee of
          // the Republic of Korea"): all of it is his, not "Korea" left over as someone else.
          `(${escapeRegExp(new RegExp(escapeRegExp(t.text), 'i').exec(out)?.[0] ?? t.text)})\\s+(?:(?:[^\\s.;,]+\\s+){0,6}?(?:of|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}-]*)*|\\([^)]*\\))`,
          'gu',
        ),
        '$1',
      ),
    text,
  );
}

/**
 * The text without names that start with a country's and go on ("the Korea Herald", "China Daily"): a
 * newspaper or a body named after a country is not that country.
 */
function withoutLongerNames(text: string, q: VerifyInput): string {
  return text.replace(CAPITALISED_RUN, (run) => {
    const words = run.split(/\s+/);
    const last = words[words.length - 1] as string;
    const start = words.slice(0, -1).join(' ');
    return q.namesCountry(start) && !q.namesCountry(last) && !q.namesCountry(run.replace(start, ''))
      ? ' '
      : run;
  });
}

// Module constant, not a literal in the function: tsx (esbuild) turns a literal with a \p{…} escape outside
// brackets into a `new RegExp(…)` evaluated on every call.
const CAPITALISED_RUN = /\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)+/gu;

/**
 * True when a text can say where: it names a country, or something capitalised beyond its first word
 * that is not a numbered text ("Resolution 130"), a numbered meeting ("PP-14"), a quoted title or a name
 * the question already gives.
 */
export function namesPlace(text: string, q: VerifyInput): boolean {
  if (q.namesCountry(text)) return true;
  // "Someone said X, where's that from": the claim's teller ("according to OTI") is where it is from.
  if (ASKS_TELLER.test(q.u.question) && withoutAttribution(text) !== text) return true;
  const names = placedNames(text);
  // A designation with a number ("PP-14", "WRC-15", "Resolution 130") names a meeting or a text, not
  // where something was.
  // "With a report from the BR Director": a person or a post, which the corpus's people pattern knows,
  // is not a place.
  return names.some(
    (n) =>
      !/\d/.test(n) &&
      withoutTextRefs(n).trim() === n &&
      n.split(/\s+/).some((w) => !q.u.names.includes(squash(w))) &&
      !q.namesPerson(n),
  );
}

/** "Where's that from", "where is this quote from": a claim's origin asked. General English. */
const ASKS_TELLER = /\bwhere(?:['’]s|\s+(?:is|was|does|did))\s+(?:that|this)\b.*\bfrom\b/i;

/**
 * "Which city will host the plenipot after Busan": a city, said where it is, that the question does not
 * name; a country ("the UAE announced") is no city, and "in Busan" repeats the question.
 */
export function namesCity(text: string, q: VerifyInput): boolean {
  return placedNames(text).some(
    (n) =>
      !/\d/.test(n) &&
      !q.namesCountry(n) &&
      !q.namesPerson(n) &&
      n.split(/\s+/).some((w) => !q.u.names.includes(squash(w)) && !q.implied?.has(squash(w))),
  );
}

/**
 * The capitalised names a text places something at: "in Busan", "at BEXCO", "Venue: BEXCO" (a body, "the
 * Broadband Commission's work", is capitalised too, but not placed). A quoted title ("Broadband for
 * Sustainable Development" was the theme) is capitalised as titles are, and its first word as any first
 * word is, unless it labels a field. The whole name, so that "Dubai World Trade Centre" is new where the
 * question says "Dubai", and "in Council Decision 560" keeps its number.
 */
function placedNames(text: string): string[] {
  // "According to CWG-Internet reports": who tells it is not where it was.
  const unquoted = withoutAttribution(text)
    .replace(/^[^\s:]+\s/, '')
    .replace(/"[^"]*"|“[^”]*”/g, ' ');
  return [...unquoted.matchAll(PLACED_NAME)].map((m) => m[1] as string);
}

/** A capitalised name after a word that places something: "in", "at", "near", "venue:". */
const PLACED_NAME =
  /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Vv]enue:?|[Tt]o|[Ff]rom)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}-]+(?:\s+(?:\p{Lu}[\p{L}\p{N}-]*|\d+))*)/gu;

/**
 * What a passage says that could answer "which country": without who tells it ("according to the Korea
 * Herald"), the countries it gives for someone the question names, and names that merely start with a
 * country's ("China Daily").
 */
export function countryAnswerText(text: string, q: VerifyInput): string {
  return withoutLongerNames(withoutAttribution(withoutOwnCountries(text, q)), q);
}

/**
 * True when the question asks who did its action: "who", or "which country" right before the verb
 * ("which country chaired Committee 6"), not a country's thing ("which country's ministry received").
 */
export function asksDoer(q: VerifyInput): boolean {
  if (q.u.kind === 'who') return true;
  if (!asksAgent(q)) return false;
  const at = q.u.tokens.findIndex((t) => normalize(t.text) === q.u.typeWord);
  return at >= 0 && q.u.tokens[at + 1]?.pos === 'VERB';
}

/**
 * True when the question asks which text did its action to something ("which PP-14 text formally picked
 * Dubai"): a text asked by what it did, its verb right after the type word or after an adverb.
 */
export function asksTextDoer(q: VerifyInput): boolean {
  return textDoerAsked(q.u);
}

/** {@link asksTextDoer}, once per question: verify asks it of every candidate. */
const textDoerAsked = perObject((u: Understanding): boolean => {
  const type = u.typeWord;
  if (u.kind !== 'which' || type === undefined || !(TEXT_TYPE.test(type) || textKindOf(type) !== undefined))
    return false;
  const at = u.tokens.findIndex((t) => normalize(t.text) === type);
  const verbAt = u.tokens[at + 1]?.pos === 'ADV' ? at + 2 : at + 1;
  const verb = u.tokens[verbAt];
  // "Which resolutions were abrogated": an act done to the texts asked, in the passive, needs no object.
  const passive = u.tokens[at + 2];
  // "Which resolution was given its own group" says what it got, not an act: "give" has no topic.
  if (at >= 0 && verb?.pos === 'AUX' && BE_PAST.test(verb.text) && passive?.pos === 'VERB' && !passive.light)
    return !ABOUTNESS.test(normalize(passive.text)) && !STOP_WORDS.has(passive.lemma);
  // Only an act done to something ("picked Dubai"), not where a text stands ("appears first") nor a
  // participle saying which text ("the resolution revised at PP-14 concerns …").
  const after = u.tokens.slice(verbAt + 1);
  const object = after.find((t) => t.pos !== 'DET');
  // "Which resolution covers the IoT": what a text is about, which its summary says in its own words.
  return (
    at >= 0 &&
    verb?.pos === 'VERB' &&
    !verb.light &&
    !ABOUTNESS.test(normalize(verb.text)) &&
    object !== undefined &&
    (/^(?:NOUN|PROPN|NUM)$/.test(object.pos) || (object.pos === 'ADJ' && !object.light))
  );
});

/** "were", "was": the auxiliary of a passive that says what was done. */
const BE_PAST = /^(?:was|were)$/i;

/** Type words for a text of any kind. General English. */
const TEXT_TYPE = /^(?:texts?|documents?|instruments?)$/;

/** True when the question asks for a building ("what building in Busan hosted …", "which hall"). */
export function asksBuilding(q: VerifyInput): boolean {
  return q.u.typeWord !== undefined && BUILDING_TYPE.test(q.u.typeWord);
}

/**
 * True when a text names a venue ("BEXCO exhibition and convention centre", "held at"): the host ministry
 * answers "who hosted", not "what building hosted".
 */
export function namesVenue(text: string): boolean {
  return VENUE_WORD.test(text);
}

const BUILDING_TYPE = /^(?:buildings?|halls?|centres?|centers?|facilit(?:y|ies)|premises|venues?)$/;

/** Words a sentence naming a venue has. General English. */
// "Venue: BEXCO", "the venue, BEXCO" name one; "the Council set the venue and dates" names none.
const VENUE_WORD =
  /\bvenue\s*(?::|,|\s(?:is|was))\s*\p{Lu}|\b(?:centre|center|hall|building|exhibition|convention|auditorium|hotel|held at)\b/iu;
