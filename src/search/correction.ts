import type { AskOptions } from './answer-question.ts';
import { groupCorrection } from './correction-group.ts';
import {
  CURRENCY,
  claimCheckInput,
  claimsOf,
  datePartsOf,
  isClaimedNumber,
  knownThings,
  MAX_CORRECTION_CANDIDATES,
  MIN_KNOWN_THINGS,
  namesCountryTyped,
  namesOtherThan,
  nounAfter,
  numberWordsOf,
  ordinalValue,
  statesAmount,
  withoutDatePart,
  withoutRanks,
} from './correction-parts.ts';
import { countsNone, countsThing } from './counts-thing.ts';
import { isEnglishWord } from './dictionary.ts';
import type { NlpToken } from './nlp.ts';
import { hasCount, namesByCapitals, readQuestion } from './question.ts';
import { mainVerbOf } from './question-words.ts';
import { type RankedPassage, rankPassages } from './rank-passages.ts';
import type { SearchIndex } from './search-index.ts';
import { escapeRegExp, isCalendarWord, normalize, squash, terms } from './text.ts';
import type { Understanding } from './understand.ts';
import { verify } from './verify.ts';
import { notAfter } from './verify-reference.ts';
import { statesDate } from './verify-type.ts';

/*
 * Part of stage 4 of /ask, "compose": the correction of a fact-check the corpus contradicts ("Zhao got
 * 166 votes?" → "No." and his 152). See docs/answering.md.
 */

/** Words that scale the number before them: "1.8 million" is one amount, and "180k" (read "180 k"). */
const SCALE = /thousand|million|billion|trillion|hundred|k|m|bn/;

/** True when a number claimed is a margin: "by 2 votes", "2 votes over the threshold", "3 more than". */
function marginAt(text: string, claim: string): boolean {
  const n = escapeRegExp(claim);
  return new RegExp(
    String.raw`\bby\s+(?:only\s+|just\s+)?${n}\b|\b${n}\s+(?:\p{L}+\s+)?(?:over|above|more\s+than|ahead\s+of|clear\s+of)\b`,
    'iu',
  ).test(text);
}

/** True when a claimed name stands after "in" or "at": a place ("was in Abu Dhabi"), not a person. */
function placedIn(asked: string, claim: string): boolean {
  const written = claim.split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`\\b(?:in|at)\\s+${written}(?![\\p{L}\\p{N}])`, 'iu').test(asked);
}

/** A designation claimed: letters and a number ("MH17", "WRC-15"). */
const DESIGNATION = /^(\p{L}+)-?(\d+)$/u;

/**
 * The passage that settles a fact-check against its claim, if one does. Each name, number or word the
 * corpus lacks is tried as the claim: without it, the question must still name its subject, and a
 * passage must account for the rest, not say the claim, and give another value of the claim's kind (a
 * count for a number, a country or a name for a name). "Zhao got 166 votes?" finds Zhao's 152 votes;
 * "did the US oppose X?" has no subject left without "US", so it is never answered "No". Numbers that
 * identify a text ("Res 25") are not claims.
 */
export function findCorrection(
  u: Understanding,
  asked: string,
  index: SearchIndex,
  o: AskOptions,
  refs: string[],
  refEntries: string[],
): RankedPassage | undefined {
  const { claims, people } = claimsOf(u, asked, index, refs);
  // "Did China table amendments?": the actor is what is asked about, and a sentence without China says
  // nothing against it. Only a claim about the subject (its number, place, kind) can be corrected.
  // "It was the 18th plenipot": a pronoun is the subject, the conference talked about, never the claim.
  const words = u.tokens.filter((t) => t.isWord);
  const pronounSubject = words[0]?.pos === 'PRON' && words[1]?.pos === 'AUX';
  const subject = pronounSubject ? undefined : u.tokens.find((t) => t.isWord && !t.light && t.pos !== 'AUX');
  // A rank the question claims ("the first round", "20th"), as the English model reads it.
  const ordinal = (claim: string) =>
    u.tokens.some((t) => t.entity === 'ORDINAL' && normalize(t.text) === claim);
  // The corpus's own things ("the flight tracking resolution sent it to WRC-19?") are a subject too.
  const aboutCorpusThings = knownThings(u, index) >= MIN_KNOWN_THINGS;
  // "Liberia tabled the Ebola resolution?": a country doing something to the corpus's own things is
  // the claim, as the text's doer; a person or thing the sentence is about is not ("Zhao got 166 votes?").
  const countryClaimed = (claim: string) => aboutCorpusThings && namesCountryTyped(claim, index);
  // The action such a country is claimed to have done, in the corpus's words too ("tabled": "proposed"),
  // weighed only when a country is so claimed.
  let action: readonly string[] | undefined;
  const doneAlike = (said: string) => {
    const verb = mainVerbOf(u);
    action ??= verb === undefined ? [] : (index.weigh(verb).concepts[0]?.alternatives ?? []);
    return terms(said).some((t) => action?.includes(t) === true);
  };
  for (const claim of claims) {
    // "Houlin Zhao is Korean?": the subject of a line with no verb but its copula, said in full, is what
    // the claim is about ("Choi Yang-hee chaired PP-14?" claims its doer, whom another corrects).
    const doerClaimed =
      subject !== undefined &&
      (squash(subject.text) === squash(claim) ||
        (mainVerbOf(u) === undefined &&
          people.some((r) => r.text === claim && r.parts[0] === squash(subject.text))));
    if (doerClaimed && !countryClaimed(claim)) continue;
    const isNumber = isClaimedNumber(u, claim);
    // "Won by only 2 votes over the threshold": a margin, which no count in a sentence states.
    if (isNumber && marginAt(asked, claim)) continue;
    // "CHF 1.8 million": the amount is one claim, its scale word with it.
    // A name typed with a hyphen ("Yang-hee") is read with spaces around it.
    const written = claim
      .split(/\s+|(?=-)|(?<=-)/)
      .map(escapeRegExp)
      .join('\\s*');
    const said = new RegExp(
      `(?<![\\p{L}\\p{N}])${written}(?:\\s*(${SCALE.source}))?(?:\\s+${CURRENCY.source})?(?![\\p{L}\\p{N}])`,
      'iu',
    );
    const scale = isNumber ? asked.match(said)?.[1]?.toLowerCase() : undefined;
    // The thing a claimed number counts: the noun a few words after it ("25 new resolutions").
    // A rank said in words ("the first round") is corrected by another rank, counted or not.
    // A scale alone ("a million dollars") counts no thing: it is an amount.
    const counts = isNumber && (/^\d/.test(claim) || numberWordsOf(u).includes(claim));
    const at = counts ? u.tokens.findIndex((t) => t.text.toLowerCase() === claim) : -1;
    const countedWord = at < 0 ? undefined : u.tokens.slice(at + 1, at + 4).find((t) => t.pos === 'NOUN');
    const counted =
      countedWord === undefined ? undefined : index.weigh(countedWord.text).concepts[0]?.alternatives;
    // What a claimed rank ranks: the noun after it ("20th Plenipotentiary Conference").
    const rankedWord = ordinal(claim)
      ? u.tokens
          .slice(u.tokens.findIndex((t) => normalize(t.text) === claim) + 1)
          .slice(0, 3)
          .find((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
      : undefined;
    const ranked = rankedWord ? index.weigh(rankedWord.text).concepts[0]?.alternatives : undefined;
    const run = people.find((r) => r.text === claim);
    // Someone's name none of whose words the corpus uses may spell one it has otherwise ("Seo Byeong-su").
    if (run?.parts.every((p) => !index.knows(p)) && !placedIn(asked, claim)) continue;
    const date = run ? undefined : datePartsOf(u, claim);
    const parts = run?.parts ?? date ?? [claim];
    // "Lee won in the first round with 120 votes?": a count is corrected whatever the rank claimed with
    // it, since a passage that gives the count need not give the round.
    const rest = {
      ...u,
      names: u.names.filter((n) => !parts.includes(n)),
      numbers: u.numbers.filter(
        (n) => n !== claim && !parts.includes(n) && n !== scale && (ordinal(claim) || !ordinal(n)),
      ),
    };
    // A day or a month names no subject: "approve my PTO for friday" is about nothing of the corpus.
    if (
      !rest.names.some((n) => !isCalendarWord(n)) &&
      refs.length === 0 &&
      !u.aboutConference &&
      !aboutCorpusThings
    )
      continue;
    const claimIsCountry = namesCountryTyped(claim, index);
    // "Malcolm Johnson is French?": a nationality is answered by the country the corpus gives.
    const nationality = claimIsCountry ? undefined : index.countries.countriesOfNationality(claim);
    const claimIsNationality = nationality !== undefined;
    // "Lee beat a French candidate?": the noun a nationality qualifies goes with it; "beat Ahmet Erdinç
    // Çavuşoğlu of Turkey" has no "candidate" to match, and needs none.
    const qualified = claimIsNationality ? nounAfter(u, claim) : undefined;
    const claimless = asked.replace(
      new RegExp(qualified ? `${said.source}\\s+${escapeRegExp(qualified)}` : said.source, 'giu'),
      ' ',
    );
    // A date's other part goes with it: "on Nov 7" claims the day and the month together.
    const dateless = date ? withoutDatePart(claimless, date, claim) : claimless;
    // "Lee won in the first round with 120 votes?": the count is corrected whatever the rank claimed
    // with it, so the rank and what it ranks ("first round") are no part of what a correction must say.
    const text = isNumber && !ordinal(claim) ? withoutRanks(dateless, u) : dateless;
    // "Study Group 17": a number after a name's word numbers that thing; its like is another number there.
    // "OTI says 25 new resolutions": a source's acronym before the number quotes it; it numbers nothing.
    const labelWord = isNumber
      ? asked.match(new RegExp(`(\\p{Lu}\\p{L}+)\\s+${escapeRegExp(claim)}(?![\\p{L}\\p{N}])`, 'u'))?.[1]
      : undefined;
    const label = labelWord && !date && isEnglishWord(labelWord.toLowerCase()) ? labelWord : undefined;
    const shape = readQuestion(text, o.phrases ?? index.corpus.vocabulary?.phrases, index.countries);
    const weighted = index.weigh(shape.searchText);
    const q = claimCheckInput(rest, weighted, index);
    const sameKind = (said: string) => {
      const otherName = namesOtherThan(said, new Set(), index);
      // "MH17": a designation is corrected by another of its series ("MH370"), not another name.
      const [, letters, digits] = DESIGNATION.exec(claim) ?? [];
      if (letters && digits)
        return new RegExp(String.raw`\b${escapeRegExp(letters)}[\s-]?(?!${digits}\b)\d+\b`, 'iu').test(said);
      if (label) return new RegExp(`\\b${escapeRegExp(label)}\\s+\\d`, 'u').test(said);
      // "Concluding on 14 November?": a month or a day is corrected only by another date.
      if (isCalendarWord(claim) || date) return statesDate(said);
      // "The 20th plenipot?", "settled in the first round?": another rank, in figures or words.
      // The other rank must rank the same thing: "its 150th anniversary" is no rank of a conference.
      if (ordinal(claim)) {
        const tokens = index.nlp.read(said).tokens;
        const names = (t: NlpToken | undefined) =>
          ranked?.some((a) => terms(t?.text ?? '').includes(a)) === true;
        // "The first Secretary-General from China", "the first Chinese one": a rank within a group is no
        // rank of the series. "And its 19th": a rank whose noun the sentence said before it.
        const ranksSame = (i: number) => {
          if (ranked === undefined) return true;
          const at = tokens.slice(i + 1, i + 4).findIndex(names);
          if (at < 0)
            return (
              /^its$/i.test(tokens[i - 1]?.text ?? '') &&
              !tokens[i + 1]?.isWord &&
              tokens.slice(0, i).some(names)
            );
          const between = tokens.slice(i + 1, i + 1 + at);
          const after = tokens
            .slice(i + 2 + at, i + 5 + at)
            .map((t) => t.text)
            .join(' ');
          return (
            !between.some((t) => index.countries.countriesOfNationality(t.text) !== undefined) &&
            !/^(?:-\s*\S+\s+)?from\b/i.test(after)
          );
        };
        // "In the 4th round?" is borne out by "the fourth round": the same rank, written otherwise.
        const claimed = ordinalValue(claim);
        const other = (t: NlpToken) =>
          normalize(t.text) !== claim &&
          (claimed === undefined || ordinalValue(normalize(t.text)) !== claimed);
        return tokens.some((t, i) => t.entity === 'ORDINAL' && other(t) && ranksSame(i));
      }
      // "25 new resolutions": another count of resolutions, not of countries.
      // "He had two rivals?": "no rival candidate" counts none of them.
      if (isNumber)
        return (
          (hasCount(said) && (counted === undefined || countsThing(said, counted))) ||
          (counted !== undefined && countsNone(said, counted))
        );
      // Another country than the question's own ("did Germany back India's proposal?" is not corrected
      // by India's).
      // When the country is the claimed doer ("Liberia tabled it?"), the other must do the same:
      // "New Zealand raised concerns" does not correct "Germany backed it".
      if (claimIsCountry)
        return (
          index.countries.namesCountry(said, new Set([claim, ...u.countriesNamed])) &&
          (!doerClaimed || doneAlike(said))
        );
      // "Zhao is Korean?" is not corrected by "Lee was the first Korean …": another country than the claim's.
      if (claimIsNationality)
        return index.countries.namesCountry(
          said,
          new Set([claim, ...(nationality ?? [])].map((n) => n.toLowerCase())),
        );
      // "Chaired by Choi Yang-hee?": someone else. "Held in Abu Dhabi?": a place, which another place
      // corrects as a single name does.
      if (run && !placedIn(asked, claim))
        return index.namesPerson(said) && namesByCapitals(said.replace(/^\S+\s/, ''));
      return index.countries.namesCountry(said) || otherName;
    };
    // "The next plenipot after Busan went to Dubai?": a sentence sharing only the action ("Most Internet
    // issues went to the WG-PL") is about something else; a correction says one of the claim's things.
    const things = u.tokens
      .filter(
        (t) =>
          t.isWord &&
          !t.light &&
          (t.pos === 'NOUN' || t.pos === 'PROPN') &&
          !parts.includes(squash(t.text)) &&
          squash(t.text) !== squash(claim) &&
          t.text !== qualified,
      )
      .map((t) => ({
        implied: index.impliedNames.has(squash(t.text)),
        alternatives: index.weigh(t.text).concepts[0]?.alternatives ?? [squash(t.text)],
      }));
    // The conference itself ("Busan", "the plenipot") is said by any of its names ("PP-14").
    const saysAThing = (said: string) => {
      if (things.length === 0) return true;
      const own = new Set(terms(said));
      const namesConference = said.split(/[^\p{L}\p{N}-]+/u).some((w) => index.impliedNames.has(squash(w)));
      return things.some((t) => (t.implied && namesConference) || t.alternatives.some((a) => own.has(a)));
    };
    const hit = rankPassages(index, { shape, weighted, mentioned: index.mentions(text) }, o)
      .slice(0, MAX_CORRECTION_CANDIDATES)
      .find(
        (h) =>
          verify(h, q, o).ok &&
          // "The plenipot after Busan went to Dubai?": only what came after Busan can say otherwise.
          notAfter(h.passage.text, { ...q, implied: index.impliedNames }) === undefined &&
          saysAThing(h.passage.text) &&
          !h.passage.uncertain &&
          // A number is said as itself, not inside another: "1.8" is not said by "180,000".
          !(isNumber
            ? said.test(h.passage.text) || statesAmount(h.passage.text, `${claim}${scale ?? ''}`)
            : squash(h.passage.text).includes(squash(claim))) &&
          // "Zhao won in the second round?": only a sentence about Zhao can contradict a claim about him;
          // his entry's sentence about another person's round says nothing of his.
          rest.names.filter((n) => index.namesPerson(n)).every((n) => squash(h.passage.text).includes(n)) &&
          // "Res 185 is the IPv6 one": only the text it names can say what it is.
          (refEntries.length === 0 || refEntries.includes(h.entry.id)) &&
          sameKind(h.passage.text),
      );
    if (hit) return hit;
  }
  return groupCorrection(u, asked, index, o, claims, subject?.text);
}
