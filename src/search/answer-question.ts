import type { Entry } from '../corpus/types.ts';
import type { AskOptions, Declined, Explanation, Found, QuestionResult } from './answer-types.ts';
import { answerWithoutReason } from './answer-why.ts';
import { bestPassage, ENOUGH_VERIFIED } from './best-passage.ts';
import { looksLikeCode } from './code-line.ts';
import { answerEach } from './compound.ts';
import { findCorrection } from './correction.ts';
import { defined, summaryOf } from './entry-answers.ts';
import { fullNameAnswer } from './full-name.ts';
import { findTextRefs } from './identifiers.ts';
import { identityCorrection } from './identity-claim.ts';
import { joinedAsCorpus, spellDesignations } from './joined-words.ts';
import { namedEntryOf, namedTextAnswer } from './named-text.ts';
import { noiseGate } from './noise-gate.ts';
import { findOpposite } from './opposites.ts';
import { companionOf } from './passage-companion.ts';
import { personPhrases } from './persons-named.ts';
import { deniesClaim, isNegated } from './polarity.ts';
import { earlierPostCorrection, postCorrection } from './post-claim.ts';
import { readQuestion } from './question.ts';
import { isQuestionWord } from './question-kind.ts';
import { DEFAULT_ANSWER_OPTIONS, rankPassages } from './rank-passages.ts';
import { givesWhy } from './reasons.ts';
import type { SearchIndex } from './search-index.ts';
import { sourcesNamed } from './source-names.ts';
import { sourceNamesOf, sourceWordsOf } from './source-words.ts';
import { normalize, spellMonths } from './text.ts';
import { timeCorrection } from './time-claim.ts';
import { understand } from './understand.ts';
import { DEFAULT_VERIFY_OPTIONS, type VerifyInput, verify } from './verify.ts';
import { statedOtherwise } from './worded-otherwise.ts';

// The contract lives in answer-types.ts; callers import it from here.
export type { AskOptions, Declined, Explanation, Found, QuestionResult };

/** How many ranked passages verification looks at before declining. */
const MAX_VERIFIED_CANDIDATES = 40;

/** Entries matching less than this share of an unanswerable question are not worth suggesting. */
const MIN_SUGGESTION_COVERAGE = 0.6;

/**
 * Finds the best supported answer to a free question, in stages (docs/answering.md): understand the
 * line, retrieve passages, verify that a passage accounts for the question, and hand the composer the
 * passages with what it must say first. A question no passage accounts for is declined.
 */
export function answerQuestion(
  question: string,
  index: SearchIndex,
  options: Partial<AskOptions> = {},
): QuestionResult {
  return explainQuestion(question, index, options, false).result;
}

/**
 * Answers a question and keeps each stage's output, so a user or an editor can see why. A line that asks
 * two questions and finds no answer read as one is answered a question at a time (compound.ts).
 */
export function explainQuestion(
  line: string,
  index: SearchIndex,
  options: Partial<AskOptions> = {},
  exhaustive = true,
): Explanation {
  const whole = explainOne(line, index, options, exhaustive);
  if (whole.result.found) return whole;
  const each = answerEach(line, (q) => explainOne(q, index, options, false).result);
  return each ? { ...whole, result: each } : whole;
}

function explainOne(
  line: string,
  index: SearchIndex,
  options: Partial<AskOptions>,
  exhaustive: boolean,
): Explanation {
  // "6 Nov" is how people type what the corpus writes "6 November"; "Chae-sub" what it writes "Chaesub".
  const question = joinedAsCorpus(spellMonths(line), index.corpus);
  // Object.assign, not a spread: in Node 20 an object literal that goes on after a spread ({ ...a, ...b })
  // makes a new shape for every object it makes, about 6 µs here against 0.3.
  const o = Object.assign({}, DEFAULT_ANSWER_OPTIONS, DEFAULT_VERIFY_OPTIONS, options);
  const vocabulary = index.corpus.vocabulary;
  const read = (line: string) =>
    understand(line, index.nlp, {
      knows: (w) => index.knows(w),
      isName: (w) => index.isName(w),
      countriesIn: (t) => index.countries.countriesIn(t),
      isNationality: (w) => index.countries.countriesOfNationality(w) !== undefined,
      implied: index.impliedNames,
    });
  const u = read(question);
  const refs = findTextRefs(question);
  // "pp14" and "Pp 14" are how people type the conference's short name.
  const short = index.corpus.conference.shortName;
  const asked = spellDesignations(
    u.question.replace(new RegExp(`\\b${short.replace(/[^A-Za-z0-9]+/g, '[\\s-]?')}\\b`, 'gi'), short),
    index.corpus,
  );
  const shape = readQuestion(asked, o.phrases ?? vocabulary?.phrases, index.countries);
  const weighted = index.weigh(shape.searchText);
  const done = (result: QuestionResult, candidates: Explanation['candidates'] = []): Explanation => ({
    understanding: u,
    weighted,
    candidates,
    result,
  });
  if (looksLikeCode(line))
    return done({ found: false, nearest: [], reason: 'reads as pasted code, not a question' });
  if (u.smallTalk) {
    return done({ found: false, nearest: [], reason: `small talk (${u.smallTalk})`, smallTalk: u.smallTalk });
  }

  // "Res 188 is the flight tracking one, right?": the topic names another text.
  // "Rancy won the TSB post, right?": the post is another person's.
  const identity =
    identityCorrection(u, asked, index) ??
    postCorrection(u, index) ??
    earlierPostCorrection(u, index) ??
    timeCorrection(u, asked, question, index);
  if (identity) return done(identity);
  // "What is Resolution 190 about?", "what is Resolution 200 called?": the named text's summary or title.
  const named = namedTextAnswer(u, weighted, asked, refs, index);
  // "What's Resolution 199 about?" of a text the corpus knows only as probably one of PP-14's: what it
  // has, offered as unverified, never stated as the answer.
  const [unsure] = named?.passages ?? [];
  if (unsure?.passage.uncertain === true)
    return done({
      found: false,
      nearest: [],
      reason: "the named text's summary is marked unverified",
      partial: { passage: unsure, missing: ['a verified statement'] },
    });
  if (named) return done(named);
  // "What does BDT stand for": its long form as the corpus spells it out, or no answer.
  const fullName = fullNameAnswer(asked, index);
  if (fullName) return done(fullName);
  // "What are the Final Acts?", "Who is Houlin Zhao?": a question that names an entry gets its summary.
  const definitionOf = defined(asked, index);
  if (definitionOf) return done(summaryOf(definitionOf, index, 'asks what a named entry is'));
  const gated = noiseGate(u, weighted, refs.length, index);
  if (gated) return done({ found: false, nearest: [], ...gated });

  const ranked = rankPassages(index, { shape, weighted, mentioned: index.mentions(asked) }, o);
  // Entries whose authored questions the question matches (retrieve, part 3): the editor says their
  // passages answer it, so those questions' words count for them in verification.
  const askedEntries = new Set(index.entriesAsked(asked));
  const input: VerifyInput = {
    u,
    askedEntries,
    entriesNamed: (phrase) => index.entriesNamed(phrase),
    personPhrases: (text) => personPhrases(text, index),
    entryNames: (ids) =>
      index.corpus.entries.filter((e) => ids.includes(e.id)).flatMap((e) => [e.title, ...e.aliases]),
    sourcesNamed: (phrase) => sourcesNamed(index.corpus, phrase),
    implied: index.impliedNames,
    organisation: index.organisationNames,
    otherMeetings: index.otherMeetings,
    conferenceDays: index.corpus.conference,
    weighted,
    searchText: shape.searchText,
    longForm: (word) => index.longForm(word),
    namesPerson: (t) => index.namesPerson(t),
    sourceWords: (ids) => sourceWordsOf(ids, index),
    sourceNames: (ids) => sourceNamesOf(ids, index),
    countriesOf: (w) => index.countries.countriesOfNationality(w),
    namesCountry: (t: string, except?: ReadonlySet<string>) => index.countries.namesCountry(t, except),
    ...(vocabulary ? { synonyms: vocabulary.synonyms } : {}),
  };
  // Verified in rank order; answering needs only the first few that pass, `--explain` every verdict.
  const candidates: Explanation['candidates'] = [];
  let passed = 0;
  for (const hit of ranked.slice(0, MAX_VERIFIED_CANDIDATES)) {
    const verdict = verify(hit, input, o);
    candidates.push({ hit, verdict });
    // "Why" is answered by a sentence that gives a reason: only those count toward enough.
    if (
      verdict.ok &&
      (u.kind !== 'why' || givesWhy(hit, u.question)) &&
      ++passed >= ENOUGH_VERIFIED &&
      !exhaustive
    )
      break;
  }
  const verified = candidates.filter((c) => c.verdict.ok).map((c) => c.hit);
  const decline = (reason: string, partial?: Declined['partial']) =>
    done(
      { found: false, nearest: nearestEntries(asked, index), reason, ...(partial ? { partial } : {}) },
      candidates,
    );

  if (verified.length === 0) {
    const namedEntry = namedEntryOf(refs, index);
    // A fact-check whose one claimed name or number the corpus gives otherwise: "No", with its value.
    // Or one whose claim the record contradicts in other words: "split vote" and "unanimously".
    // "who's the new TSB director? he's korean right?": a question word asks its own question, which a
    // correction of the claim beside it does not answer.
    // The record's own contradiction first: "Sanou lost his re-election?" is answered by his re-election,
    // not by another person whose sentence shares the claim's words ("only candidate" for "lost").
    const correction =
      u.yesNo && !isQuestionWord(normalize(u.tokens.find((t) => t.isWord)?.text ?? ''))
        ? (findOpposite(u, asked, index, o, read) ??
          findCorrection(
            u,
            asked,
            index,
            o,
            refs.map((r) => String(r.number)),
            namedEntry ? [namedEntry.id] : [],
          ))
        : undefined;
    if (correction) {
      return done(
        {
          found: true,
          passages: [correction],
          entry: correction.entry,
          reason: 'contradicts the claim',
          lead: 'no',
        },
        candidates,
      );
    }
    const otherwise = statedOtherwise(u, candidates, input, index, o);
    if (otherwise) {
      // "Did it get heavily rewritten?" and "… did not amend …": a denial of the action is a "No".
      const denied =
        !isNegated(u.tokens) && deniesClaim(otherwise.passage.text, otherwise.matchedTerms, index.nlp);
      return done(
        {
          found: true,
          passages: [otherwise],
          entry: otherwise.entry,
          reason: 'states the claim in other words',
          ...(denied ? ({ lead: 'no' } as const) : {}),
        },
        candidates,
      );
    }
    const near = candidates.find(
      (c) => c.verdict.missingNames.length === 0 && c.verdict.missing.length > 0 && c.hit.coverage >= 0.5,
    );
    return decline(
      candidates[0]
        ? `no passage accounts for the question (best: ${candidates[0].verdict.reason})`
        : 'no passage matches',
      near ? { passage: near.hit, missing: near.verdict.missing } : undefined,
    );
  }
  const { first, best } = bestPassage(verified, u, weighted, index.impliedNames);
  if (!best) {
    const why = answerWithoutReason({
      first,
      verified,
      candidates,
      u,
      weighted,
      index,
      asked,
      minCoverage: o.minCoverage,
    });
    return why.found ? done(why, candidates) : decline(why.reason, why.partial);
  }
  // A statement the corpus itself marks unverified is never the answer: it is offered as what there is.
  if (best.passage.uncertain) {
    return decline('the only passage that accounts for it is marked unverified', {
      passage: best,
      missing: ['a verified statement'],
    });
  }
  const reason = candidates.find((c) => c.hit === best)?.verdict.reason ?? '';
  // "Was India's proposal adopted?" and "… was not adopted": the answer to a fact-check is "No".
  const denied =
    u.yesNo && !isNegated(u.tokens) && deniesClaim(best.passage.text, best.matchedTerms, index.nlp);
  const no = denied ? ({ lead: 'no' } as const) : {};
  // The sentence that goes with the answer: the next one of its entry, the entry's summary after a
  // field, or another source's figures for the same thing (passage-companion.ts).
  const companion = companionOf(best, { verified, ranked, weighted, index, o });
  const passages = companion ? [best, companion] : [best];
  return done({ found: true, passages, entry: best.entry, reason, ...no }, candidates);
}

/** Entries sharing the question's known words, for "did you mean" when there is no answer. */
function nearestEntries(question: string, index: SearchIndex): Entry[] {
  // Suggest only entries that share a fair part of the question: "new" in "best pizza in new york"
  // matches many entries and says nothing.
  return index
    .searchEntries(question)
    .filter((h) => h.entry.kind !== 'source' && h.coverage >= MIN_SUGGESTION_COVERAGE)
    .slice(0, 3)
    .map((h) => h.entry);
}
