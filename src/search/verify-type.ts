import { countedIn } from './counts-thing.ts';
import { findTextRefs, textKindOf } from './identifiers.ts';
import { perObject } from './per-object.ts';
import { hasCount, namesByCapitals, statesMoney, statesQuantity } from './question.ts';
import { nameWords, normalize, squash, terms } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify.ts';
import { howProblem } from './verify-how.ts';
import {
  asksBuilding,
  asksCountry,
  countryAnswerText,
  namesCity,
  namesPlace,
  namesVenue,
  whoAsksCountry,
} from './verify-place.ts';
import { newNumberIn, RANK_TYPE, ranksAsked, seriesNumber } from './verify-rank.ts';
import { heldPost, namesPersonNew, namesSomeoneNew } from './verify-someone.ts';
import { namesThingNew } from './verify-thing-name.ts';

/*
 * Part of stage 3 of /ask, "verify": whether a passage holds the kind of answer asked for (a date for
 * "when", a count of the thing for "how many", another country for "which country", a quoted title for
 * "the title of", a numbered text other than the ones the question sets aside). See docs/answering.md.
 */

/** Why a passage is the wrong kind of answer for the question, if it is. */
export function typeProblem(text: string, q: VerifyInput): string | undefined {
  const typeWord = q.u.typeWord;
  // "Which countries ...": the answer names a country the question does not.
  // Who tells it ("according to the Korea Herald") is no answer either.
  const countryWord = asksCountry(q) ? typeWord : whoAsksCountry(q.u);
  if (countryWord && !q.namesCountry(countryAnswerText(text, q), q.u.countriesNamed))
    return `names no other country, and the question asks which ${countryWord}`;
  // "The names of ...", "what was the name of ...": the answer names someone the question does not.
  if (typeWord && /^names?$/.test(typeWord) && !namesSomeoneNew(text, q) && !namesThingNew(text, q))
    return `names nobody the question does not, and it asks for a ${typeWord}`;
  // "What was the name of the chair of X": a person's name, which a country in the sentence is not.
  if (asksPersonsName(q) && !namesPersonNew(text, q))
    return `names no one the question does not, and it asks the name of the ${nameOwner(q)}`;
  // "Which PP-14 text formally picked Dubai": a text named by its number, which a fact is not.
  if (
    q.u.kind === 'which' &&
    typeWord &&
    /^(?:texts?|documents?|instruments?)$/.test(typeWord) &&
    findTextRefs(text).length === 0
  )
    return `names no numbered text, and the question asks which ${typeWord}`;
  // "Which resolutions ...": the answer names a numbered text of that kind; a resolution is no decision.
  const kind = typeWord === undefined ? undefined : textKindOf(typeWord);
  if (kind !== undefined && !findTextRefs(text).some((r) => r.kind === kind))
    return `names no ${typeWord}, and the question asks which`;
  // "What was the opening day": a day, a date or a year is a date, whatever else the sentence has.
  if (
    typeWord &&
    DATE_TYPE.test(typeWord) &&
    !(/^(?:days?|dates?)$/.test(typeWord) ? statesDay : statesDate)(text)
  )
    return `gives no ${typeWord}, and the question asks which ${typeWord}`;
  // "What share of delegates were women": a share is a figure of a part ("2 in 10", "20%"), which a
  // count ("before about 2,500 delegates") or a number inside a name ("PP-18") is not.
  if (typeWord && FIGURE_TYPE.test(typeWord) && !SHARE.test(text))
    return `gives no share, and the question asks what ${typeWord}`;
  // "Which number plenipot was Busan": the answer gives a number the question does not ("keep their old
  // number" gives none).
  // "Which plenipot number was Busan": the number of a meeting of the series is its rank.
  const rank = (typeWord !== undefined && RANK_TYPE.test(typeWord)) || seriesNumber(q);
  if (typeWord === 'number' && !rank && !newNumberIn(text, q))
    return 'gives no number, and the question asks which';
  // "Which edition of the Plenipotentiary was Busan": a rank of the thing asked.
  if (rank && !ranksAsked(text, q))
    return `gives no rank of what the question asks, and it asks which ${typeWord ?? 'number'}`;
  // "Which Korean president spoke at the opening": a kind of person is answered by someone named, and a
  // post ("president", "minister") by someone holding it: a minister is no president.
  if (q.u.kind === 'which' && typeWord && PERSON_TYPE.test(typeWord)) {
    if (!namesSomeoneNew(text, q)) return `names nobody the question does not, and it asks which ${typeWord}`;
    const post = POST_TYPE.test(typeWord) ? q.weighted.concepts.find((c) => c.word === typeWord) : undefined;
    if (post && !terms(text).some((t) => post.alternatives.includes(t)))
      return `names no ${typeWord}, and the question asks which`;
  }
  if (asksBuilding(q) && !namesVenue(text)) return `names no venue, and the question asks which ${typeWord}`;
  // "In what capacity did Palestine take part": as what, which a sentence on another's part in it
  // ("so that it could take part in a possible vote") does not say.
  // (A "who" asks the person first: "Kye-Cheol Lee, chairman of the KCC" gives both.)
  if (q.u.kind !== 'who' && typeWord && CAPACITY_TYPE.test(typeWord) && !AS_WHAT.test(text))
    return `says as what no one took part, and the question asks in what ${typeWord}`;
  if (q.u.kind === 'which' && typeWord && /^(?:city|cities|town)$/.test(typeWord) && !namesCity(text, q))
    return `names no city the question does not, and it asks which ${typeWord}`;
  // "What budget was attached to the Busan Initiative?": an amount of money, which a description is not.
  if (typeWord && MONEY_TYPE.test(typeWord) && !statesMoney(text))
    return `gives no amount, and the question asks what ${typeWord}`;
  // "In which round was Chaesub Lee elected": a round by its rank ("the fourth round", "after four rounds"),
  // which "the first Korean elected" is not.
  if (q.u.kind === 'which' && typeWord && /^(?:rounds?|ballots?)$/.test(typeWord) && !ROUND_RANK.test(text))
    return `gives no ${typeWord}, and the question asks which`;
  // "What value was the contributory unit set at": an amount or a rate, which "Decision 5 (Rev. Busan,
  // 2014)" and "a net loss of more than 10 contributory units", a count, are not.
  if (typeWord && QUANTITY_TYPE.test(typeWord) && !statesMoney(text) && !SHARE.test(text))
    return `gives no amount, and the question asks what ${typeWord}`;
  const how = howProblem(text, q);
  if (how) return how;
  switch (q.u.kind) {
    case 'who':
      // "Who ran against Zhao?": "the only candidate", "no rival candidate" answer it with no one.
      if (!namesSomeoneNew(text, q) && !(ASKS_RIVAL.test(q.u.question) && NO_RIVAL.test(text)))
        return 'names nobody the question does not, and it asks who';
      // "Who was Korea's Minister of Science, ICT and Future Planning?": a post only a person holds,
      // which the ministry ("MSIP hosted PP-14") is not.
      return heldPost(text, q);
    case 'when':
      // "What time did the closing ceremony start": a time of day, which a date is not.
      if (/\b(?:what|which)\s+time\b/i.test(q.u.question) && !TIME_OF_DAY.test(text))
        return 'gives no time of day, and the question asks what time';
      if (!statesDate(text)) return 'gives no date, and the question asks when';
      // "On what exact date …", "which day": a year alone is no day.
      return /\b(?:date|day)\b/i.test(q.u.question) && !statesDay(text)
        ? 'gives no day, and the question asks for one'
        : undefined;
    case 'where':
      return namesPlace(text, q) ? undefined : 'names no place, and the question asks where';
    case 'how-many': {
      if (!statesQuantity(text)) return 'gives no number, and the question asks how many';
      // "How many votes did you need to win": the threshold, which the winner's count is not.
      if (THRESHOLD.test(q.u.question) && !THRESHOLD.test(text))
        return 'gives no number needed, and the question asks the threshold';
      // "How many resolutions were new": a number must count them ("19 new resolutions"), not
      // something else in the sentence ("the three Sectors").
      const counted = q.weighted.concepts.find((c) => c.word === q.u.counted);
      const heads = counted?.alternatives.filter((t) => !counted.inPhraseOnly?.includes(t));
      return heads === undefined || countedIn(text, heads, q.u)
        ? undefined
        : `counts no ${q.u.counted}, and the question asks how many`;
    }
    case 'how-much':
      return statesMoney(text) || hasCount(text) || /%|per ?cent/i.test(text)
        ? undefined
        : 'gives no amount, and the question asks how much';
    default:
      return undefined;
  }
}

/** Type words that ask as what someone acted: "in what capacity". */
const CAPACITY_TYPE = /^capacit(?:y|ies)$/;

/** A role said: "as a special observer", "Status: observer". */
const AS_WHAT = /\bas\s+(?:an?\s+|the\s+|its\s+)?\p{L}|^[^:]{0,40}\b(?:status|role|capacity)\b[^:]{0,40}:/iu;

/** Type words that ask for a person ("which president", "which official"): general English roles. */
const PERSON_TYPE =
  /^(?:president|prez|minister|official|candidate|chair|chairman|chairwoman|chairperson|director|speaker|delegate|mayor|ambassador|envoy|representative|person|guy|man|woman|people|men|women)s?$/;

/** The noun whose name "the name of the <noun>" asks, if the question says so. */
const nameOwnerOf = perObject((u: Understanding): string | undefined => {
  const words = u.tokens.filter((t) => t.isWord);
  const at = words.findIndex((t) => /^names?$/i.test(t.text));
  if (at < 0 || normalize(words[at + 1]?.text ?? '') !== 'of') return undefined;
  const owner = words.slice(at + 2).find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return owner === undefined ? undefined : normalize(owner.text);
});

/** {@link nameOwnerOf} of the question, read once per question: every candidate asks it. */
function nameOwner(q: VerifyInput): string | undefined {
  return nameOwnerOf(q.u);
}

/** True when the question asks the name of a kind of person: "what was the name of the chair of X". */
export function asksPersonsName(q: VerifyInput): boolean {
  const typeWord = q.u.typeWord;
  const whose = typeWord && /^names?$/.test(typeWord) ? nameOwner(q) : undefined;
  return whose !== undefined && PERSON_TYPE.test(whose);
}

/** True when "which" asks for a kind of person ("which people", "which official"). */
export function asksPerson(q: VerifyInput): boolean {
  return q.u.kind === 'which' && q.u.typeWord !== undefined && PERSON_TYPE.test(q.u.typeWord);
}

/** Of those, posts a person holds, which the answer must say ("president"; not "official"). */
const POST_TYPE =
  /^(?:president|prez|minister|chair|chairman|chairwoman|chairperson|director|mayor|ambassador)s?$/;

/** A threshold: "needed", "required", "majority". General English. */
const THRESHOLD = /\b(?:need|needs|needed|required|require|requires|majority|threshold)\b/i;

/**
 * "Which orgs does Res 101 tell ITU to work with?" and Resolution 101's summary, "cooperation with
 * Internet bodies": a kind of named thing asked in the plural is answered by naming some, not by the kind
 * itself. True when the text, without the names the question and its entry already give, names none.
 */
export function namesNoneOfKind(text: string, q: VerifyInput, entryNames: readonly string[]): boolean {
  const typeWord = q.u.typeWord;
  if (q.u.kind !== 'which' || typeWord === undefined || !NAMED_KIND.test(typeWord)) return false;
  // Word by word: "Internet Protocol (IP)-based networks" says the entry's own "Internet Protocol-based
  // networks" and "IP networks"; the organisation and the conference are every passage's.
  const known = new Set([...entryNames, ...q.u.names].flatMap(nameWords));
  const rest = text.replace(/[\p{L}\p{N}]+/gu, (w) =>
    known.has(normalize(w)) || q.implied?.has(squash(w)) === true ? ' ' : w,
  );
  return !namesByCapitals(rest);
}

/** Plural kinds of named things, answered by their names: general English. */
const NAMED_KIND =
  /^(?:orgs|organi[sz]ations|bodies|groups|agencies|companies|institutions|entities|associations|bureaux)$/;

/** "Who ran against X", "who were X's rivals": a question about someone's opponents. General English. */
const ASKS_RIVAL =
  /\b(?:ran|run|running|stood|competed?)\s+against\b|\b(?:rivals?|opponents?|challengers?|competitors?)\b/i;

/** A text saying someone had no opponent: "the only candidate", "no rival candidate", "unopposed". */
const NO_RIVAL =
  /\b(?:only|sole|single|lone)\s+candidate\b|\bno\s+(?:other\s+)?(?:rival|opponent|challenger|competitor)s?\b|\bunopposed\b/i;

/** Type words whose answer is an amount of money: "what budget", "what fee". */
const MONEY_TYPE = /^(?:budgets?|costs?|fees?|prices?|funding|sums?|salar(?:y|ies))$/;

/** Type words whose answer is a quantity of some kind: "what value", "what amount". General English. */
const QUANTITY_TYPE = /^(?:values?|amounts?|quantit(?:y|ies)|levels?|sums?|totals?)$/;

/** A round or ballot by its rank or count: "the fourth round", "after four rounds", "round 2". General English. */
const ROUND_RANK =
  /\b(?:first|second|third|fourth|fifth|sixth|last|final|\d+(?:st|nd|rd|th))\s+(?:round|ballot)|\b(?:one|two|three|four|five|six|\d+)\s+(?:rounds|ballots)\b|\b(?:round|ballot)\s+(?:one|two|three|four|five|\d+)\b/i;

/** Type words whose answer is a figure: "what share", "what percentage". */
const FIGURE_TYPE = /^(?:share|percentage|proportion|fraction|ratio|percent)s?$/;

/**
 * True when a word asks for a share ("percentage", "share") and the text gives one ("60%", "2 in 10"):
 * the figure says it, though the text never uses the word.
 */
export function givesShare(word: string, text: string): boolean {
  return FIGURE_TYPE.test(word) && SHARE.test(text);
}

/** A share as figures give it: "60%", "2 in 10". */
const SHARE = /\d\s*(?:%|per\s*cent|percent)|\b\d+\s+in\s+\d+\b/i;

const DATE_TYPE = /^(?:days?|dates?|years?|months?)$/;

/** A time of day as English writes it: "10:30", "3 p.m.", "noon", "in the morning". */
const TIME_OF_DAY =
  /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?|o'clock)|\b(?:noon|midnight|morning|afternoon|evening)\b/i;

/** True when a text gives a date: a year, a month, or a weekday. */
export function statesDate(text: string): boolean {
  return /\b(?:1[89]|20)\d\d\b/.test(text) || statesDay(text);
}

/** True when a text gives a day: a day of a month, or a weekday. */
function statesDay(text: string): boolean {
  return /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:-\d{1,2})?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(
    text,
  );
}
