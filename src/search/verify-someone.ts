import { wordsOf } from './candidate-text.ts';
import { perObject } from './per-object.ts';
import { namesByCapitals } from './question.ts';
import { mainVerbOf } from './question-words.ts';
import { normalize, processTerm, squash, terms } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';
import { withoutOwnCountries } from './verify-place.ts';
import { askedTermsOf, demonymOf, withoutAttribution } from './verify-subject.ts';

/*
 * Part of stage 3 of /ask, "verify": whether a passage names someone the question does not, for "who"
 * and "which person": what the question names is blanked out first, and so are the names listed beside
 * it. See docs/answering.md.
 */

/**
 * True when a text names someone the question does not: one of the corpus's people, a country, or a
 * name in capitals. What the question itself names is blanked out first, so a
 * sentence about the Secretary-General and the Member States does not say who was elected
 * Secretary-General by the Member States.
 */
export function namesSomeoneNew(text: string, q: VerifyInput): boolean {
  // "Who won the Deputy Secretary-General post?" and "ITU called the Deputy Secretary-General post the most
  // fiercely contested": who tells or judges is not who did it, unless the question asks who said so.
  const told = asksTeller(q.u) ? text : withoutAttribution(text).replace(CALLER, ' ');
  // "Who launched the Ebola app?" and "ITU launched …": the organisation, every passage's background,
  // is who did the very act asked.
  if (organisationDid(told, q)) return true;
  // "Who was Malcolm Johnson's rival?": "Johnson of the United Kingdom" names his country, no one else.
  const asked = withoutSiblings(withoutAsked(withoutOwnCountries(told, q, false), q));
  // "Who runs the radio bureau now?": who holds a post is someone named, not a post ("PP-14 elected ITU's
  // Secretary-General … and the three Directors"), though the corpus names its people by their posts too.
  const rest = asksHolder(q.u) ? asked.replace(POST_TITLE, ' ') : asked;
  if (q.namesPerson(rest) || q.namesCountry(rest, q.u.countriesNamed) || TITLED_NAME.test(rest)) return true;
  // A numbered thing ("Circular Letter 47", "Document 98") is a text, not someone; a counted class ("the
  // 48 Member States") is how many were chosen, not who. Nor is a post ("the Deputy Secretary-General",
  // "the three Directors") or the conference's own names ("ITU's"): "PP-14 elected ITU's Secretary-General
  // and the three Directors" names no one.
  // "Who got elected to the RRB", "who sits on it": people or Member States are elected and sit, whom the
  // corpus names as such; a sentence of bodies in capitals ("the BR, TSB and BDT Directors on 24
  // October") elected no one named.
  if (MEMBERSHIP.test(mainVerbOf(q.u) ?? '')) return false;
  const unnamed = rest
    .replace(NUMBERED_THING, ' ')
    .replace(COUNTED_CLASS, ' ')
    .replace(POST_TITLE, ' ')
    .replace(CAPITALISED_WORD, (w) => (q.implied?.has(squash(w)) ? ' ' : w));
  return namesByCapitals(unnamed);
}

/** Verbs of being elected to a body, or of sitting on it: general English. */
const MEMBERSHIP = /^(?:(?:re-?)?elect(?:ed|s)?|sits?|sat|sitting|serve[sd]?|serving)$/;

/** True when the organisation's name ("ITU") is the subject of the question's own verb in the text. */
function organisationDid(text: string, q: VerifyInput): boolean {
  const verb = mainVerbOf(q.u);
  const action = verb === undefined ? undefined : q.weighted.concepts.find((c) => c.word === verb);
  if (!action || !q.organisation) return false;
  for (const m of text.matchAll(SUBJECT_AND_VERB)) {
    const term = processTerm((m[2] ?? '').toLowerCase());
    if (q.organisation.has(squash(m[1] ?? '')) && term !== undefined && action.alternatives.includes(term))
      return true;
  }
  return false;
}

/** A capitalised name and the word after it: "ITU launched". */
const SUBJECT_AND_VERB = /\b(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s+(\p{Ll}+)\b/gu;

/** True when the question asks who holds or gained a post ("who runs", "who won", "who became"). */
const asksHolder = perObject((u: Understanding): boolean =>
  u.tokens.some(
    (t, i) =>
      t.pos === 'VERB' &&
      HOLDING.test(t.lemma) &&
      // "who ran against Zhao" asks his rivals, whom "no rival candidate" answers.
      !/^(?:against|for)$/i.test(u.tokens[i + 1]?.text ?? ''),
  ),
);

/** Verbs of holding or gaining a post. General English. */
const HOLDING = /^(?:run|head|lead|hold|win|get|become|elect|choose|pick|appoint|succeed|replace)$/;

/** True when the question asks who told or judged something ("who said", "who called it a success"). */
const asksTeller = perObject((u: Understanding): boolean =>
  u.tokens.some((t) => t.pos === 'VERB' && TELLING.test(t.lemma)),
);

/** Verbs of telling or judging. General English. */
const TELLING =
  /^(?:say|tell|report|call|describe|write|claim|announce|warn|state|note|praise|criticise|criticize)$/;

/**
 * The teller at the start of a sentence that judges or names ("ITU called …", "Korea.net describes …"),
 * not "called for" (a request) or "so-called".
 */
const CALLER = /^[^,.;]*?(?<![-\w])(?:called|calls|described|describes)\b(?!\s+(?:for|on|upon)\b)/i;

// Module constants, not literals in the functions: tsx (esbuild) turns a literal with a \p{…} escape
// outside brackets into a `new RegExp(…)` evaluated on every call, here once per candidate.
const NUMBERED_THING = /\b\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+\d+/gu;
const COUNTED_CLASS = /\b\d[\d,]*\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
/** A post as a title: "Deputy Secretary-General", "Directors", "Chairman". General English. */
const POST_TITLE =
  /\b(?:Deputy\s+)?Secretary-General\b|\b(?:Deputy|Directors?|Chairman|Chairwoman|Chair|Minister|President|Ambassador|Mayor)\b(?!\s+\p{Lu})/gu;
/** A capitalised word, with its possessive: "ITU's". */
const CAPITALISED_WORD = /\b\p{Lu}[\p{L}\p{N}-]*(?:['’]s)?/gu;

/**
 * A list that holds a name the question gives ("the BR, the TSB and the BDT" for "who runs the TSB")
 * names its like, not who is asked for: the whole list goes.
 */
function withoutSiblings(rest: string): string {
  return rest.replace(SIBLING_LIST, (list) => (list.includes('·') ? ' ' : list));
}

/** "A, B and C", "the BR, the TSB and the BDT": names in a list, one of them perhaps blanked as asked. */
const SIBLING_LIST =
  /(?:(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}-]*|·)\s*,\s*)+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}-]*|·),?\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}-]*|·)/gu;

/**
 * True when a text names a person the question does not: one of the corpus's people, or a name after a
 * title ("Mr Wegner", "Dr. Hoballah"); a country or a body ("ITU-T study-group chairmen") is nobody's name.
 */
export function namesPersonNew(text: string, q: VerifyInput): boolean {
  const rest = withoutAsked(text, q);
  return q.namesPerson(rest) || TITLED_NAME.test(rest);
}

/** A name given with a title: "Mr Wegner", "Dr. Hoballah". */
export const TITLED_NAME = /\b(?:Mr|Ms|Mrs|Dr)\.?\s+\p{Lu}\p{Ll}/u;

/**
 * Per question: whether each word part is one the question asks (a question's candidates share most of
 * their words, and each word's term costs a stemmer call), the same for each word as written (its
 * possessive and its parts read once), and each text's result (a candidate's text is asked for by
 * more than one check). With the question's asked terms and names, read once.
 */
interface AskedWords {
  parts: Map<string, boolean>;
  words: Map<string, boolean>;
  texts: Map<string, string>;
  terms: ReadonlySet<string>;
  names: ReadonlySet<string>;
}

const ASKED_WORDS = new WeakMap<VerifyInput, AskedWords>();

/** The text with every word the question itself names blanked out (" · "). */
export function withoutAsked(text: string, q: VerifyInput): string {
  let known = ASKED_WORDS.get(q);
  if (!known) {
    known = {
      parts: new Map(),
      words: new Map(),
      texts: new Map(),
      terms: askedTermsOf(q),
      names: new Set(q.u.names),
    };
    ASKED_WORDS.set(q, known);
  }
  const done = known.texts.get(text);
  if (done !== undefined) return done;
  const words = known.words;
  // "Secretary-General" is asked when "secretary general" is: each part of a hyphenated word counts.
  // "ISOC reported that … chaired by Italy": the teller is no answer to "who chaired" (`wordsOf`).
  const parts = wordsOf(text);
  let rest = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const w = parts[i] as string;
    let blank = words.get(w);
    if (blank === undefined) {
      const bare = w.replace(/['’]s$/, '').replace(/[.'’]+$/, '');
      blank = isAsked(bare, q, known) || bare.split('-').every((p) => p === '' || isAsked(p, q, known));
      words.set(w, blank);
    }
    rest += (blank ? ' · ' : w) + (parts[i + 1] as string);
  }
  known.texts.set(text, rest);
  return rest;
}

// Module functions of the question's AskedWords, not closures made in withoutAsked: tsx (esbuild's
// keepNames) names each named closure every time it is made.

/** Whether a word part is one the question asks, remembered per question. */
function isAsked(part: string, q: VerifyInput, known: AskedWords): boolean {
  let v = known.parts.get(part);
  if (v === undefined) {
    v = partAsked(part, q, known);
    known.parts.set(part, v);
  }
  return v;
}

function partAsked(part: string, q: VerifyInput, known: AskedWords): boolean {
  const askedTerms = known.terms;
  const { term, bare, capitals } = formsOf(part);
  // The conference's own names ("ITU", "PP-14") are no one's answer to "who".
  // "Korea" when the question says "the Korean side": the country of a nationality asked is asked.
  if ((term !== undefined && askedTerms.has(term)) || known.names.has(bare) || q.implied?.has(bare))
    return true;
  const bareOnly = new Set([bare]);
  for (const name of known.names) if (demonymOf(name, bareOnly)) return true;
  // "RRB" when the question says "Radio Regulations Board": its long form, asked word by word.
  const long = capitals ? q.longForm?.(bare) : undefined;
  return long !== undefined && long.length > 0 && long.every((t) => askedTerms.has(t));
}

/** A word part's index term, its squashed form, and whether it is in capitals. */
interface PartForms {
  term: string | undefined;
  bare: string;
  capitals: boolean;
}

/**
 * {@link PartForms}, remembered across questions (a Map cleared when full, as squash's): each question
 * asks them of every word of its candidates once, and normalizing, stemming and squashing them (three
 * lookups and a normalization a word) was 1.6% of the slowest lines' CPU.
 */
function formsOf(part: string): PartForms {
  let forms = PART_FORMS.get(part);
  if (forms === undefined) {
    forms = { term: processTerm(normalize(part)), bare: squash(part), capitals: ALL_CAPITALS.test(part) };
    if (PART_FORMS.size >= MAX_PART_FORMS) PART_FORMS.clear();
    PART_FORMS.set(part, forms);
  }
  return forms;
}

const MAX_PART_FORMS = 50_000;
const PART_FORMS = new Map<string, PartForms>();

/**
 * "Who was Korea's Minister of Science, ICT and Future Planning?": a post only a person holds, asked with
 * "who is/was" and no action of its own, is answered by a sentence that says the post ("Minister Choi
 * Yang-hee", "the host minister was …"), which the ministry ("MSIP hosted PP-14") does not. A country or
 * a body may chair a group; it is no one's minister.
 */
export function heldPost(text: string, q: VerifyInput): string | undefined {
  const post = postAsked(q.u);
  if (post === undefined) return undefined;
  // The corpus's words for it count ("rivals": "other candidates").
  const said = q.weighted.concepts.find((c) => c.word === post)?.alternatives ?? [processTerm(post)];
  const own = terms(text);
  return said.some((t) => t !== undefined && own.includes(t))
    ? undefined
    : `names no ${post}, and the question asks who was one`;
}

/** The post "who is/was" asks the holder of, once per question. */
const postAsked = perObject((u: Understanding): string | undefined => {
  if (!/^\s*who\s+(?:is|was|were|are)\b/i.test(u.question)) return undefined;
  if (u.tokens.some((t) => t.pos === 'VERB' && !t.light)) return undefined;
  return u.tokens.map((t) => normalize(t.text)).find((w) => PERSON_POST.test(w));
});

/**
 * Posts that only a person holds, and a person's part against another ("who was Johnson's main rival"):
 * a sentence that never says it names the person's colleagues, not the one asked. General English.
 */
const PERSON_POST =
  /^(?:president|prez|minister|mayor|ambassador|envoy|rival|opponent|challenger|competitor)s?$/;
