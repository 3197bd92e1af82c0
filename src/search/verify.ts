import { isEnglishWord } from './dictionary.ts';
import { ABOUTNESS } from './named-text.ts';
import { labelTerms, ownTextOf, saysOwnPart, termsOf } from './passage-words.ts';
import { perObject } from './per-object.ts';
import {
  isFunctionWord,
  isLight,
  isQuality,
  isThing,
  mainVerbNamedDoer,
  mainVerbOf,
  posOf,
  possessedOf,
  purposeOf,
  textAsked,
  valueQualifiersOf,
} from './question-words.ts';
import { givesFirst, inReasonSection, significanceOf } from './reasons.ts';
import type { PassageHit } from './search-types.ts';
import { normalize, squash, terms } from './text.ts';
import {
  type Accounting,
  accountedOtherwise,
  claimBefore,
  matched,
  named,
  namesKind,
  qualifiedBySaid,
  saysChoice,
  takes,
} from './verify-accounting.ts';
import { actionRequired } from './verify-action.ts';
import { passageProblem } from './verify-checks.ts';
import { asksDoer } from './verify-place.ts';
import { namedOnlyInSourceName, saidOnlyInPublisher, saidOnlyInSourceName } from './verify-source-name.ts';
import { asksPerson } from './verify-type.ts';
import {
  DEFAULT_VERIFY_OPTIONS,
  type Verdict,
  type VerifyInput,
  type VerifyOptions,
} from './verify-types.ts';

/*
 * Stage 3 of /ask, "verify": a passage answers only when it accounts for the question. Every name and
 * number the question gives is in the passage or in its entry's names; the passage matches the
 * question's specific words and most of the rest; and it holds the kind of thing asked for. What fails
 * is declined: a cited answer about the wrong thing is worse than "I don't know". See docs/answering.md.
 */

// The contract lives in verify-types.ts; the stage's callers import it from here.
export { DEFAULT_VERIFY_OPTIONS, type Verdict, type VerifyInput, type VerifyOptions };

/** Checks whether a passage accounts for the question. */
export function verify(hit: PassageHit, q: VerifyInput, o: VerifyOptions = DEFAULT_VERIFY_OPTIONS): Verdict {
  const { passage, entry } = hit;
  // "Published: 10 November 2014" answers when a source was published, never when something happened.
  if (passage.metadata && !hit.queryTerms.some((t) => labelTerms(passage.text).includes(t)))
    return {
      ok: false,
      reason: "gives a source's details, which the question does not ask for",
      missing: [],
      missingNames: [],
    };
  const { words: ownWords, names: ownNames, squashed: ownSquashed } = ownTextOf(passage, entry);
  // "According to the OTI dispatch": a source the question names is accounted for by the citation; only
  // its name, never the question's other words ("who wrote the final dispatch" is not about its text).
  const cited = q.sourceWords?.(passage.citations);
  // An entry whose authored questions the user's question matches answers in those questions' words too.
  const asked = q.askedEntries?.has(entry.id) ? questionTermsOf(entry) : undefined;
  const cand: Accounting = { q, hit, ownWords, ownNames, ownSquashed, cited, asked };
  const missingNames: string[] = [];
  const searched = q.searchText === undefined ? undefined : squash(q.searchText);
  for (const name of q.u.names) {
    if (searched !== undefined && !searched.includes(name)) continue;
    const concept = q.weighted.concepts.find((c) => squash(c.word) === name);
    // An acronym's long form counts only in full: "radio" alone is not the Radio Regulations Board.
    const long = q.longForm?.(name);
    const alternatives =
      concept === undefined
        ? []
        : concept.alternatives.filter((a) => long === undefined || !long.includes(a));
    if (
      named(cand, name) ||
      (long !== undefined && long.length > 0 && long.every((t) => matched(cand, [t])))
    ) {
      // "(korea.net)" names who tells it, not Korea's delegation.
      if (namedOnlyInSourceName(cand, name)) missingNames.push(name);
      continue;
    }
    if (namesKind(cand, name)) continue;
    // A fact-check claims its names of the sentence: an entry's authored question ("did Ban Ki-moon attend
    // the opening?") says what the entry is about, not that this sentence bears the claim out.
    if (q.u.yesNo ? alternatives.some((t) => hit.queryTerms.includes(t)) : matched(cand, alternatives))
      continue;
    // "US" where the passage says "United States": the corpus's own synonyms for the name.
    if ((q.synonyms?.get(name) ?? []).some((syn) => named(cand, squash(syn)))) continue;
    missingNames.push(name);
  }
  // "Week 2" is "the second week" once the corpus's phrases have read it: a number they replaced is not asked.
  const searchedWords = searchedWordsOf(q);
  for (const n of q.u.numbers) {
    if (searchedWords !== undefined && /^\d+$/.test(n) && !searchedWords.has(n)) continue;
    // "The 2010 plenipot" is "PP-10": the corpus's synonyms for a number too.
    if (
      named(cand, n) ||
      named(cand, squash(n)) ||
      (q.synonyms?.get(n) ?? []).some((syn) => named(cand, squash(syn)))
    )
      continue;
    if (!missingNames.includes(n)) missingNames.push(n);
  }

  // "The 18th or 19th": one of the alternatives is enough. Numbers offered as choices ("2 weeks or 3")
  // are the claim: one must be said by the sentence itself, not only by its entry's name ("No. 2").
  for (const group of q.u.alternatives) {
    if (group.every((g) => /^\d+$/.test(g)) && !saysChoice(cand, group)) {
      for (const g of group) if (!missingNames.includes(g)) missingNames.push(g);
      continue;
    }
    if (group.some((g) => !missingNames.includes(g))) {
      for (const g of group) {
        const at = missingNames.indexOf(g);
        if (at >= 0) missingNames.splice(at, 1);
      }
    }
  }
  // The alternatives the passage does not take ("Seoul" of "Busan or Seoul") are not asked of it.
  const declined = new Set(q.u.alternatives.filter((group) => group.some((g) => takes(cand, g))).flat());
  const missing = [...missingNames];
  /** Things of the question the passage does not name, beyond names, numbers and the counted thing. */
  const loose: string[] = [];
  /** Every weighed word the passage does not account for: what --explain shows of a near miss. */
  const unmatched: string[] = [];
  let total = 0;
  let covered = 0;
  for (const c of q.weighted.concepts) {
    // "Which city": the answer names a city; it need not say "city". A field labelled with it ("Venue:
    // BEXCO" for "which venue") is that answer, and counts as matching it.
    // "Which hotels did the delegates stay in", "what was the official slogan": a kind the corpus never
    // speaks of is no answer's kind to take for granted; the passage must account for it as for any other word.
    const kind = q.u.answerWords ? q.u.answerWords.includes(c.word) : c.word === q.u.typeWord;
    if (kind && (c.known || c.word !== q.u.typeWord || !/^(?:which|what)$/.test(q.u.kind))) {
      if (passage.isField && c.alternatives.some((a) => labelTerms(passage.text).includes(a))) {
        const weight = isThing(q.u, c.word) ? c.weight : c.weight * ACTION_WEIGHT;
        total += weight;
        covered += weight;
      }
      continue;
    }
    if (
      (declined.has(squash(c.word)) || q.u.setting?.includes(squash(c.word))) &&
      !matched(cand, c.alternatives)
    )
      continue;
    if (isFunctionWord(q.u, c.word)) continue;
    // "Which resolution concerns the IoT": what a text is about, which "the resolution on X" says.
    if (ABOUTNESS.test(c.word) && textAsked(q.u) && !matched(cand, c.alternatives)) continue;
    // A fact-check's purpose ("amended the constitution to bring the internet in") says why the claimed
    // act was done; whether it was done is the claim.
    if (q.u.yesNo && purposeOf(q.u).has(c.word) && !matched(cand, c.alternatives)) continue;
    // "Why was Lee's election a big deal": a first ("the first Korean elected") is the reason asked,
    // without the asker's words for mattering.
    if (
      q.u.kind === 'why' &&
      significanceOf(q.u).has(c.word) &&
      !matched(cand, c.alternatives) &&
      (givesFirst(passage.text) || inReasonSection(passage, q.u.question))
    )
      continue;
    // A dictionary quality the corpus never uses ("awesome, who chaired") is tone, not a proper one ("african
    // countries"); so is a word the model reads as a stop word that the corpus never uses ("Korea's side").
    if (!c.known && ((isQuality(q.u, c.word) && isEnglishWord(c.word)) || isLight(q.u, c.word))) continue;
    // "Broadband in rural areas": a noun the corpus never uses, after a quality the passage says
    // ("90% of the rural population"), is the asker's word for the thing the quality already picks.
    if (!c.known && qualifiedBySaid(cand, c.word)) continue;
    // So is how an action went ("finally decided", "formally close"), unless a fact-check claims it or
    // the adverb is all that tells the thing asked for from another ("which text formally chose").
    if (
      !q.u.yesNo &&
      q.u.kind !== 'which' &&
      posOf(q.u).get(c.word) === 'ADV' &&
      !matched(cand, c.alternatives)
    )
      continue;
    // So is an action the corpus never words that is not the one asked about ("… lol, blanking"); the
    // question's own action still counts ("which disappearance kicked it off").
    if (!c.known && !q.u.yesNo && posOf(q.u).get(c.word) === 'VERB' && c.word !== mainVerbOf(q.u)) continue;
    // How a question words an action varies more than the things it names: actions count half.
    const weight = isThing(q.u, c.word) ? c.weight : c.weight * ACTION_WEIGHT;
    total += weight;
    const matchedHere = matched(cand, c.alternatives);
    // A word the passage says only in the name of a source it cites ("access" in "Access Now") is no
    // loose wording of the thing: the passage is about something else, and is no near answer either.
    if (
      matchedHere &&
      (saidOnlyInSourceName(cand, c.word, c.alternatives) ||
        saidOnlyInPublisher(cand, c.word, c.alternatives))
    )
      return failing(missing, [...missingNames, c.word])(
        `says ${c.word} only in the name of a source it cites`,
      );
    if (matchedHere || accountedOtherwise(cand, c.word)) {
      covered += weight;
      continue;
    }
    unmatched.push(c.word);
    const name = squash(c.word);
    if (missing.includes(name) || missing.includes(c.word)) continue;
    if (c.known && c.weight < o.commonWeight) continue;
    // A fact-check claims the whole sentence: its action must hold; its things as any question's.
    if (q.u.yesNo && !isThing(q.u, c.word)) {
      // Its emphasis ("the first Korean ever", "several rivals") is how the claim is said, not what.
      if (isLight(q.u, c.word)) continue;
      // Its action must hold; a quality it gives ("a formal definition") is one thing worded otherwise.
      if (isQuality(q.u, c.word)) loose.push(c.word);
      else missing.push(c.word);
      continue;
    }
    // "What rural broadband target": the qualities that pick the value out must be said.
    if (valueQualifiersOf(q.u).has(c.word)) {
      missing.push(c.word);
      continue;
    }
    // Things must be accounted for; how the question words the action ("brought", "dropping") may
    // differ, unless the action itself is what the question turns on (verify-action.ts).
    if (!isThing(q.u, c.word)) {
      if (actionRequired(c, q, o)) missing.push(c.word);
      continue;
    }
    // What "how many" counts must be what the passage counts; of the other things, one may be worded
    // otherwise ("on the Korean side", "the jet").
    // So must what the question asks of someone named ("Malcolm Johnson's rivals"): a sentence about
    // Johnson that says nothing of his rivals is about someone else.
    if (c.word === q.u.counted || possessedOf(q.u).has(c.word)) missing.push(c.word);
    else loose.push(c.word);
  }
  if (loose.length > o.maxLooseThings) missing.push(...loose);
  // "Who wrote the dispatch?": a rare action said only in the sentence before ("… was written at the
  // start of the final week") leaves this sentence's names, when none is a person, doing something else.
  const action =
    asksDoer(q) && !mainVerbNamedDoer(q.u)
      ? q.weighted.concepts.find((c) => c.word === mainVerbOf(q.u))
      : undefined;
  if (action?.known && action.weight >= o.rareActionWeight && !missing.includes(action.word)) {
    const own = termsOf(passage);
    if (!action.alternatives.some((a) => own.has(a)) && !q.namesPerson(passage.text))
      missing.push(action.word);
  }
  const share = total === 0 ? 0 : covered / total;
  const fail = failing(missing, missingNames);
  // "Who got elected to the RRB in 2014?" and "ITU and Busan city signed the Busan Initiative on 27
  // October 2014", after the sentence on the RRB election: whoever a sentence names answers "who" only
  // when the sentence itself says something the question asks beyond the conference.
  // A source's summary goes on from sentence to sentence about other things: "ANACOM's note also
  // reports changes in contribution classes" says nothing of the financial plan the sentence before it
  // gives, whatever the question asks.
  if (
    passage.context !== '' &&
    (q.u.kind === 'who' || asksPerson(q) || entry.kind === 'source') &&
    !saysOwnPart(passage, q)
  )
    return fail('only the sentence before it matches the question');
  if (missingNames.length > 0) return fail(`does not name ${missingNames.join(', ')}`);
  if (missing.length > 0) return fail(`does not say ${missing.join(', ')}`);
  const before = q.u.yesNo && passage.context !== '' ? claimBefore(cand) : undefined;
  if (before) return fail(`says ${before} only in the sentence before it`);
  // A thing left unsaid is forgiven only when the passage matches the rest of the question closely.
  // "Why" and "how" are worded in the asker's terms more than "who" or "when": the names and things
  // still must match, but less of the wording need.
  const explanatory = q.u.kind === 'why' || q.u.kind === 'how';
  const needed = explanatory ? o.explanatoryShare : loose.length > 0 ? o.looseMinShare : o.minShare;
  if (share < needed)
    return fail(`matches ${pct(share)} of the question, under ${pct(needed)} (not: ${unmatched.join(', ')})`);
  const problem = passageProblem(hit, q, cited);
  if (problem) return fail(problem);
  return { ok: true, reason: `accounts for the question (${pct(share)})`, missing, missingNames };
}

/**
 * verify's failed verdicts with these lists. A function made here is unnamed, so tsx (esbuild's keepNames)
 * does not name it with Object.defineProperty in every call of verify, as it did `const fail = (…) =>`.
 */
function failing(missing: string[], missingNames: string[]): (reason: string) => Verdict {
  return (reason) => ({ ok: false, reason, missing, missingNames });
}

/** The words of the question as searched, once per question: every candidate asks for them. */
const searchedWordsOf = perObject((q: VerifyInput): ReadonlySet<string> | undefined =>
  q.searchText === undefined ? undefined : new Set(normalize(q.searchText).split(/[^\p{L}\p{N}]+/u)),
);

/** An entry's authored questions' terms, once per entry, not per candidate (a third of verify's own CPU). */
const questionTermsOf = perObject(
  (e: PassageHit['entry']): ReadonlySet<string> => new Set(e.questions.flatMap((t) => terms(t))),
);

/** Weight of a question word the model reads as an action or a quality, against a thing's. */
const ACTION_WEIGHT = 0.5;

const pct = (x: number): string => `${Math.round(x * 100)}%`;
