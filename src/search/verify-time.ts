import { perObject } from './per-object.ts';
import { escapeRegExp, isCalendarWord, MONTH_NAMES, normalize, squash } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';

/*
 * Part of stage 3 of /ask, "verify": when a passage's fact holds against the conference's own time: a
 * date counted from the thing asked about, another year's race or event, what could have been, a post
 * held until the conference. See docs/answering.md.
 */

/**
 * "When did PP-14 open?" and "Date: 19 October 2014, the day before PP-14 opened": a date given as a
 * time before or after the thing asked about dates something else. Returns that thing when every
 * mention of it in the passage sits in such a phrase.
 */
export function datedRelative(text: string, q: VerifyInput, context = ''): string | undefined {
  // "PP-14 opened on 13 October, yes?" and "given on 13 October 2014, a week before the conference
  // opened": the date claimed is said of something else, counted from the thing claimed.
  // The sentence before counts: it may be the one that dates what this one goes on about.
  if (q.u.yesNo) return claimedDateRelative(`${context} ${text}`, q);
  if (q.u.kind !== 'when' && !/^(?:date|day|year|month)s?$/.test(q.u.typeWord ?? '')) return undefined;
  const asked = (name: string) =>
    q.u.names.includes(squash(name)) || (q.implied?.has(squash(name)) === true && q.u.aboutConference);
  let relative: string | undefined;
  for (const m of text.matchAll(RELATIVE_TIME)) if (asked(m[1] ?? '')) relative ??= m[1];
  if (relative === undefined) return undefined;
  const said = new Set(q.u.tokens.map((t) => squash(t.text)));
  // "The Busan ICT Ministerial Meeting …, the day before PP-14 opened": a longer name that holds one of
  // the conference's names ("Busan") is another thing's, unless the question names that thing.
  const elsewhere = text
    .replace(RELATIVE_TIME, ' ')
    .replace(CAPITALISED_RUN, (name) =>
      name.split(/\s+/).some((w) => !q.implied?.has(squash(w)) && said.has(squash(w))) ? name : ' ',
    );
  // A year ("2014") is one of the conference's names, but only as a date here.
  return elsewhere.split(/[^\p{L}\p{N}-]+/u).some((w) => LETTER.test(w) && asked(w)) ? undefined : relative;
}

// Module constants, not literals in the functions: tsx (esbuild) turns a literal with a \p{…} escape outside
// brackets into a `new RegExp(…)` evaluated on every call.
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)+/gu;
const LETTER = /\p{L}/u;

/** A fact-check's claimed day and month, when the passage gives them a time before or after something. */
function claimedDateRelative(text: string, q: VerifyInput): string | undefined {
  const month = q.u.names.find((n) => isCalendarWord(n));
  const day = q.u.numbers.find((n) => /^\d{1,2}$/.test(n));
  if (month === undefined || day === undefined) return undefined;
  const dated = new RegExp(
    String.raw`\b${day}\s+${month}(?:\s+\d{4})?,?\s+(?:[\p{L}\p{N}]+\s+){0,2}(?:days?|weeks?|months?)\s+(?:before|after|ahead\s+of)\s+(?:the\s+)?([\p{L}\p{N}-]+)`,
    'iu',
  );
  return dated.exec(text)?.[1];
}

/** "the day before PP-14", "two weeks after the opening": a time counted from another thing. */
const RELATIVE_TIME =
  /\b(?:day|days|week|weeks|month|months|eve|night)\s+(?:before|after|ahead\s+of|of)\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}-]*)/giu;

/**
 * "Johnson was elected TSB Director in Busan, yeah?" and "Chaesub Lee lost the 2006 election for TSB
 * Director to Malcolm Johnson": a fact-check set at the conference is not borne out by a sentence set
 * in another year only, which names neither the conference nor its year. Returns that year.
 */
export function aboutAnotherYear(text: string, q: VerifyInput): string | undefined {
  // "Who were Malcolm Johnson's opponents for deputy SG?": a race, like a fact-check, is the
  // conference's own unless the question dates it; "beat Chaesub Lee in the 2006 election" is another.
  // "Which study group had Lee chaired before his election" asks about the years before: no such race.
  const race =
    RACE.test(q.u.question) &&
    !/\b(?:before|after|prior|previous|previously|earlier|since|former|formerly)\b/i.test(q.u.question);
  if (!(q.u.yesNo || race) || (!q.u.aboutConference && !race) || q.implied === undefined) return undefined;
  const own = conferenceYears(q.implied);
  // A year of the question's own ("the 2006 race") is what it asks about.
  if (own.length === 0 || q.u.numbers.some((n) => /^\d{4}$/.test(n) && !own.includes(n))) return undefined;
  const years = text.match(/\b(?:19|20)\d{2}\b/g) ?? [];
  if (years.length === 0 || years.some((y) => own.includes(y))) return undefined;
  const implied = q.implied;
  const words = text.split(/[^\p{L}\p{N}-]+/u);
  // "PP-18 … was the 20th Plenipotentiary Conference": another meeting of the series is named, and the
  // series' own words ("Plenipotentiary") then say nothing of this one.
  const series = [...implied].map((n) => SERIES_NAME.exec(n)).find((m) => m !== null);
  const other = series
    ? words.find((w) => {
        const m = SERIES_NAME_DASHED.exec(squash(w));
        return m !== null && m[1] === series[1] && m[2] !== series[2];
      })
    : undefined;
  if (other && !words.some((w) => /\d/.test(w) && implied.has(squash(w)))) return other;
  // The organisation's name ("ITU's TSB Director from 1999 to 2006") does not place a sentence at the
  // conference; the conference's own names do.
  if (words.some((w) => LETTER.test(w) && implied.has(squash(w)) && q.organisation?.has(squash(w)) !== true))
    return undefined;
  return years[0];
}

/** Words of a race, or of those in it ("Johnson's opponents for deputy SG"): general English. */
const RACE =
  /\b(?:race|election|vote|ballot|contest|runoff|opponent|rival|challenger|competitor|candidate)s?\b/i;

// Module constants (see CAPITALISED_RUN): "PP18" as squashed, "PP-18" as written.
const SERIES_NAME = /^(\p{L}+)(\d{2})$/u;
const SERIES_NAME_DASHED = /^(\p{L}+)-?(\d{2})$/u;

/**
 * "OTT ended up under ITU's remit, right?" and "… which proposed wording could have brought under ITU's
 * remit": what could have happened does not bear out a fact-check that it did. True when the passage
 * speaks of what could, would or might have been and the question does not.
 */
export function onlyHypothetical(text: string, q: VerifyInput): boolean {
  if (!q.u.yesNo) return false;
  const hypothetical = /\b(?:could|would|might|may)\s+(?:not\s+)?have\b/i;
  return hypothetical.test(text) && !/\b(?:could|would|might|may)\b/i.test(q.u.question);
}

/**
 * "Whats the deputy sg's name from 2014" and "Houlin Zhao served as ITU Deputy Secretary-General from 2007
 * to 2014": a passage that dates a post only by a term ending in the conference's year says who held it
 * until the conference, not who holds it from the conference on, unless the question asks about before
 * ("before", "former", "previous"). Returns the term.
 */
export function heldUntilConference(text: string, q: VerifyInput): string | undefined {
  if (q.u.kind !== 'who' && !/^names?$/.test(q.u.typeWord ?? '')) return undefined;
  if (EARLIER.test(q.u.question)) return undefined;
  const year = [...(q.implied ?? [])].find((n) => /^\d{4}$/.test(n));
  if (year === undefined) return undefined;
  const term = termEndingIn(year).exec(text)?.[0];
  if (term === undefined) return undefined;
  // The conference named apart from the term ("elected at PP-14", "in 2014") dates the passage to it;
  // the organisation's name ("ITU") does not.
  const rest = text.replace(term, ' ').split(/[^\p{L}\p{N}-]+/u);
  return rest.some((w) => /\d/.test(w) && q.implied?.has(squash(w)) === true) ? undefined : term;
}

/** A span of years ending in `year` ("from 2007 to 2014", "2007-2014"), compiled once per year. */
function termEndingIn(year: string): RegExp {
  let re = TERMS_ENDING.get(year);
  if (re === undefined) {
    re = new RegExp(String.raw`\b(?:19|20)\d{2}\s*(?:-|–|to|until)\s*${year}\b`);
    TERMS_ENDING.set(year, re);
  }
  return re;
}

const TERMS_ENDING = new Map<string, RegExp>();

/** Words that ask about before the conference: "who was deputy before", "the former SG". */
const EARLIER =
  /\b(?:before|former|formerly|previous|previously|earlier|prior|until|predecessor|ex-|used to)\b/i;

/**
 * "What fee did the Busan conference set?" and "Fees under the trial: Set in 2010: …": the question's
 * action, dated by the passage to another year, is another time's. Returns that year when the question
 * asks what the conference did and gives no year of its own.
 */
export function actionOfAnotherYear(text: string, q: VerifyInput): string | undefined {
  if (!q.u.aboutConference || q.implied === undefined) return undefined;
  const own = conferenceYears(q.implied);
  if (own.length === 0 || q.u.numbers.some((n) => /^\d{4}$/.test(n))) return undefined;
  // Most passages date nothing but the conference: skip the question's pattern, the costlier test.
  if (!(text.match(YEAR) ?? []).some((y) => !own.includes(y))) return undefined;
  const year = actionDated(q.u)?.exec(text)?.[1];
  return year !== undefined && !own.includes(year) ? year : undefined;
}

/** The question's actions dated in a sentence ("set in 2010"), as a pattern, once per question. */
const actionDated = perObject((u: Understanding): RegExp | undefined => {
  const forms = new Set(
    u.tokens
      .filter((t) => t.pos === 'VERB' && !t.light)
      .flatMap((t) => [normalize(t.text), normalize(t.lemma)])
      .filter((w) => w.length >= 3),
  );
  if (forms.size === 0) return undefined;
  return new RegExp(
    String.raw`\b(?:${[...forms].map(escapeRegExp).join('|')})\s+(?:in|at|during)\s+(?:[\p{L}-]+\s+){0,2}?((?:19|20)\d\d)\b`,
    'iu',
  );
});

/** The years among the conference's own names ("2014"). */
function conferenceYears(implied: ReadonlySet<string>): string[] {
  return [...implied].filter((n) => /^\d{4}$/.test(n));
}

/**
 * "What did the academia fee become after Busan?" and "Fees under the trial: Set in 2010": a question
 * about after the conference is not answered by a sentence whose every year is before it. Returns the
 * latest such year.
 */
export function onlyBefore(text: string, q: VerifyInput): string | undefined {
  if (q.implied === undefined || !asksAfterConference(q.u.question, q.implied)) return undefined;
  const [own] = conferenceYears(q.implied);
  const years = (text.match(YEAR) ?? []).map(Number);
  if (own === undefined || years.length === 0 || years.some((y) => y >= Number(own))) return undefined;
  return String(Math.max(...years));
}

/**
 * "After Busan", "after the conference" (any of the conference's own names, from the corpus), "now": a
 * time after the conference itself.
 */
export function asksAfterConference(question: string, implied: ReadonlySet<string>): boolean {
  if (NOW.test(question)) return true;
  for (const m of question.matchAll(AFTER_NAME)) if (implied.has(squash(m[1] ?? ''))) return true;
  return false;
}

/** "Now", "today", "these days": the present, after the conference. General English. */
const NOW = /\b(?:now|today|currently|these\s+days|at\s+present)\b/i;

/** "after Busan", "after the conference": the word after "after" (and "the"), to look up. */
export const AFTER_NAME = /\bafter\s+(?:the\s+)?([\p{L}\p{N}-]+)/giu;

/** A year as a sentence dates something by it: "2014", "1998". */
export const YEAR = /\b(?:19|20)\d\d\b/g;

/** A month and its year, as the corpus and spelt-out questions write them ("October 2014"). */
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH_NAMES.join('|')})\s+((?:19|20)\d\d)\b`, 'gi');

/** The months and years a question gives ("in October 2014"), once per question. */
const monthYearsOf = perObject((u: Understanding): string[] =>
  [...u.question.matchAll(MONTH_YEAR)].map((m) => `${m[1]?.toLowerCase()} ${m[2]}`),
);

/**
 * "Who was the Korean minister hosting the conference in October 2014?" and "… signed the host country
 * agreement in October 2013": the question dates what it asks to a month, and the passage dates all it
 * tells to other years (`title`: its entry's, for a sentence that gives none). Returns the passage's
 * first date.
 */
export function datedOtherwise(text: string, q: VerifyInput, title = ''): string | undefined {
  const asked = monthYearsOf(q.u);
  if (asked.length === 0) return undefined;
  const years = new Set(asked.map((d) => d.split(' ')[1]));
  // A sentence that gives no year is as dated as its entry's title ("… activities in Korea, 2013").
  const dated = YEAR_IN.test(text) ? text : title;
  const said = [...dated.matchAll(MONTH_YEAR)].map((m) => `${m[1]?.toLowerCase()} ${m[2]}`);
  if (said.some((d) => asked.includes(d))) return undefined;
  // "October 2014" asked and "20 October to 7 November 2014": the year alone, said, is the same time.
  const yearsSaid = dated.match(YEAR) ?? [];
  if (yearsSaid.length === 0 || yearsSaid.some((y) => years.has(y))) return undefined;
  return said[0] ?? yearsSaid[0];
}

/** A year anywhere in a text. */
const YEAR_IN = /\b(?:19|20)\d\d\b/;
