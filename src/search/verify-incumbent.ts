import type { Entry } from '../corpus/types.ts';
import { perObject } from './per-object.ts';
import { datedDays, squash } from './text.ts';
import type { Understanding } from './understand.ts';
import { askedOf } from './verify-post.ts';
import type { VerifyInput } from './verify-types.ts';

/*
 * Part of stage 3 of /ask, "verify": who held a post during the conference is not whoever the conference
 * elected to it. The corpus says when someone took office (a person entry's "Took office" field), so
 * the data, not a list of people, says who held what when. See docs/answering.md.
 */

/**
 * "Who was ITU SG during PP-14?", "who was SG at the time of the conference": a passage that answers with
 * the person the post names in the corpus (the one elected to it), whose entry says they took office
 * after the conference's last day or were elected to the post there for the first time, does not name
 * who held the post then. Returns that person.
 */
export function tookOfficeAfter(text: string, entry: Entry, q: VerifyInput): string | undefined {
  const end = q.conferenceDays?.end;
  const phrasesOf = q.personPhrases;
  if (end === undefined || phrasesOf === undefined || !asksHolderDuring(q)) return undefined;
  const asked = postsAsked(q, phrasesOf);
  if (asked.size === 0) return undefined;
  const answering = [
    ...(entry.kind === 'person' ? [entry] : []),
    ...phrasesOf(text)
      .filter((n) => n.byName)
      .map((n) => n.entry),
  ];
  const late = answering.find((p) => asked.has(p) && ((tookOffice(p) ?? '') > end || newlyElected(p)));
  return late?.title;
}

/**
 * The people the posts a question names belong to, once per question: as verify-post.ts reads them, or,
 * when the line names none, as the corpus's phrases do ("the ITU boss" is "ITU Secretary-General").
 */
function postsAsked(
  q: VerifyInput,
  phrasesOf: NonNullable<VerifyInput['personPhrases']>,
): ReadonlySet<Entry> {
  let asked = POSTS_ASKED.get(q);
  if (asked === undefined) {
    const named = new Set(askedOf(q, phrasesOf).asked.map((n) => n.entry));
    if (named.size === 0 && q.searchText !== undefined)
      for (const n of phrasesOf(q.searchText)) if (!n.byName) named.add(n.entry);
    asked = named;
    POSTS_ASKED.set(q, asked);
  }
  return asked;
}

const POSTS_ASKED = new WeakMap<VerifyInput, ReadonlySet<Entry>>();

/**
 * True when a person's entry says they were elected at the conference, and not re-elected: whoever held
 * the post during it, the corpus does not say it was they ("Directors elected at PP-14: … Chaesub Lee
 * for the TSB" does not answer who was TSB Director during PP-14).
 */
const newlyElected = perObject((person: Entry): boolean => {
  // The first sentence says what the person is to the corpus; later ones may tell of others.
  const first = person.summary[0]?.text ?? '';
  return ELECTED.test(first) && !RE_ELECTED.test(first);
});

/** Words that tell of winning an election. General English. */
const ELECTED = /\b(?:elected|won)\b/i;

/** Words that tell of winning a post again, which the winner held before. General English. */
const RE_ELECTED = /\bre-?elected\b|\bsecond term\b/i;

/**
 * "Who was <post> during <the conference>": "who", and the conference's own time ("during", "at the time
 * of", "throughout" before one of its names) with no action before it ("who was elected SG during
 * PP-14" asks the election).
 */
export function asksHolderDuring(q: VerifyInput): boolean {
  const at = duringAt(q.u);
  return at !== undefined && q.implied?.has(at.name) === true;
}

/** Where a question places itself in a named time with no action before it, once per question. */
const duringAt = perObject((u: Understanding): { name: string } | undefined => {
  if (u.kind !== 'who') return undefined;
  const m = DURING.exec(u.question);
  if (m === null) return undefined;
  const before = u.question.slice(0, m.index).toLowerCase();
  if (u.tokens.some((t) => t.pos === 'VERB' && before.includes(t.text.toLowerCase()))) return undefined;
  return { name: squash(m[1] ?? m[2] ?? '') };
});

/**
 * The conference's own time: "during PP-14", "at the time of the conference", "when PP-14 opened" (its
 * opening or close is within it). General English.
 */
const DURING =
  /\b(?:(?:during|throughout|at\s+the\s+time\s+of)\s+(?:the\s+)?([\p{L}\p{N}-]+)|when\s+(?:the\s+)?([\p{L}\p{N}-]+)\s+(?:opened|started|began|closed|ended|was\s+(?:on|held|under\s+way|going\s+on)|took\s+place|met))/iu;

/** The day a person took office, from the entry's "Took office" field ("1 January 2015"): ISO, or none. */
const tookOffice = perObject((person: Entry): string | undefined => {
  const value = person.fields.find((f) => TOOK_OFFICE.test(f.label))?.value;
  return value === undefined ? undefined : datedDays(value)[0]?.iso;
});

/** The label of the field that says when someone took office. */
const TOOK_OFFICE = /^took\s+office$/i;
