import { findTextRefs } from './identifiers.ts';
import { negatedKind } from './negated-phrase.ts';
import { perObject } from './per-object.ts';
import { escapeRegExp, processTerm, squash, terms } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';

/*
 * Part of stage 3 of /ask, "verify": what a question sets aside ("other than Decision 5", "apart from
 * Nigeria") is no answer to it. See docs/answering.md.
 */

/** Words that set a named thing aside: "the other decisions besides Decision 5". */
export const SETS_ASIDE = /\b(?:other|others|besides|except|excluding|apart from|aside from)\b/i;

/**
 * "Which decisions other than Decision 5 …": a passage that names no numbered text but the ones the
 * question sets aside says nothing of the others. Returns the text it names, if that is all.
 */
export function excludedOnly(text: string, q: VerifyInput): string | undefined {
  if (!SETS_ASIDE.test(q.u.question)) return undefined;
  // "Besides Brazil, who proposed revisions to Resolution 130?": what a phrase sets aside is only what
  // it names; "Decision 5 is one - what are the other four?": with no such phrase, what is set aside may
  // be said before the question.
  const phrase = SET_ASIDE_NAMES.exec(q.u.question)?.[1];
  const asked = findTextRefs(phrase ?? q.u.line);
  if (asked.length === 0) return setAsideNamed(text, q);
  const key = (r: { kind: string; number: number }) => `${r.kind} ${r.number}`;
  const set = new Set(asked.map(key));
  const said = findTextRefs(text);
  return said.some((r) => !set.has(key(r))) ? undefined : [...set].join(', ');
}

/** "Apart from Nigeria", "other than Zhao": the words a question sets aside, up to the clause's end. */
const SET_ASIDE_NAMES =
  /\b(?:other\s+than|besides|except(?:\s+for)?|excluding|apart\s+from|aside\s+from)\s+([^,;:?!.]+)/i;

/**
 * "Who won the other GEM-TECH categories apart from Nigeria?" and "Nigeria's ministry won Category 7": a
 * passage naming a country or a person the question sets aside, and no other country or person, says
 * nothing of the others. Returns the name set aside.
 */
function setAsideNamed(text: string, q: VerifyInput): string | undefined {
  const aside = SET_ASIDE_NAMES.exec(q.u.question)?.[1];
  if (aside === undefined) return undefined;
  const countries = new Set([...q.u.countriesNamed].filter((c) => squash(aside).includes(squash(c))));
  const names = [...q.u.names, ...countries].filter((n) => squash(aside).includes(squash(n)));
  const said = names.find((n) => squash(text).includes(squash(n)));
  if (said === undefined) return undefined;
  const rest = text.replace(new RegExp(`\\b${escapeRegExp(said)}\\S*`, 'giu'), ' ');
  return q.namesPerson(rest) || q.namesCountry(text, countries) ? undefined : said;
}

/**
 * "Who chaired the whole conference (not a committee)?" and "The chairman of Committee 4 …": a passage
 * that says the kind of thing the line says it does not mean is about that. Returns the kind.
 */
export function namesNegatedKind(text: string, q: VerifyInput): string | undefined {
  const negated = negatedOf(q.u);
  return negated !== undefined && terms(text).includes(negated.stem) ? negated.kind : undefined;
}

/** The kind the line says it does not mean, and its term, once per question (verify reads every candidate). */
const negatedOf = perObject((u: Understanding): { kind: string; stem: string } | undefined => {
  const kind = negatedKind(u.line);
  const stem = kind === undefined ? undefined : processTerm(kind);
  return kind === undefined || stem === undefined ? undefined : { kind, stem };
});

/**
 * "What's the population of Busan?" and "people under 25 made up 42.5% of the world's population": the
 * question asks an attribute of a name the corpus implies everywhere, and the passage gives that
 * attribute of something else. Returns the other owner.
 */
export function attributeOfOther(text: string, q: VerifyInput): string | undefined {
  const asked = ownedAttributeOf(q.u);
  if (asked === undefined || q.implied?.has(squash(asked.owner)) !== true) return undefined;
  // "the world's population", "the population of Africa", "the rural population".
  const other = asked.ofOther.exec(text);
  const named = other?.[1] ?? other?.[2] ?? other?.[3];
  return named !== undefined && squash(named) !== squash(asked.owner) ? named : undefined;
}

/** The attribute a question asks of an owner, with the pattern of that attribute of another, once per question. */
const ownedAttributeOf = perObject((u: Understanding): { owner: string; ofOther: RegExp } | undefined => {
  const m = OWNED_ATTRIBUTE.exec(u.question);
  const attribute = m?.[1]?.toLowerCase();
  const owner = m?.[2];
  if (attribute === undefined || owner === undefined) return undefined;
  const a = escapeRegExp(attribute);
  const ofOther = new RegExp(
    String.raw`\b([\p{L}-]+)['’]s\s+${a}\b|\b${a}\s+of\s+(?:the\s+)?([\p{L}-]+)|\b(?!(?:the|a|an|its|their|our|this|that)\b)([\p{L}-]+)\s+${a}\b`,
    'iu',
  );
  return { owner, ofOther };
});

/** "what's the population of Busan", "what is the size of the city of Busan": an attribute and its owner. */
const OWNED_ATTRIBUTE =
  /\b(?:what|how\s+(?:big|large|many))(?:'s|\s+(?:is|was|are|were))?\s+(?:the\s+)?([\p{L}-]+)\s+of\s+(?:the\s+city\s+of\s+)?([\p{L}-]+)\s*\??$/iu;
