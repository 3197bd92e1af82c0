import type { AskOptions } from './answer-question.ts';
import {
  aboutAnotherMeeting,
  claimCheckInput,
  MAX_CORRECTION_CANDIDATES,
  namesOtherThan,
  withoutPhrase,
} from './correction-parts.ts';
import { readQuestion } from './question.ts';
import { type RankedPassage, rankPassages } from './rank-passages.ts';
import type { SearchIndex } from './search-index.ts';
import { escapeRegExp, squash } from './text.ts';
import type { Understanding } from './understand.ts';
import { verify } from './verify.ts';

/*
 * Part of stage 4 of /ask, "compose": a fact-check that claims two names together about the conference
 * itself, corrected together. See docs/answering.md.
 */

/**
 * "PP-14 was held at COEX in Seoul, right?": two names claimed together about the conference itself.
 * Without both, a passage must account for the rest, say neither name, and give another name of its own
 * ("BEXCO", "Busan").
 */
export function groupCorrection(
  u: Understanding,
  asked: string,
  index: SearchIndex,
  o: AskOptions,
  claims: readonly string[],
  subject: string | undefined,
): RankedPassage | undefined {
  const names = claims.filter(
    (c) => !u.numbers.includes(c) && (subject === undefined || squash(subject) !== squash(c)),
  );
  if (names.length < 2) return undefined;
  const rest = { ...u, names: u.names.filter((n) => !names.some((c) => squash(c).includes(n))) };
  // Only a claim about the conference itself (its venue, its city): with a subject of its own left
  // ("did Russia back Sierra Leone's text"), dropping two names leaves a different question.
  if (rest.names.length > 0 || !u.aboutConference) return undefined;
  const text = names.reduce((out, c) => withoutPhrase(out, escapeRegExp(c)), asked);
  const shape = readQuestion(text, o.phrases ?? index.corpus.vocabulary?.phrases, index.countries);
  const weighted = index.weigh(shape.searchText);
  const q = claimCheckInput(rest, weighted, index);
  const claimed = new Set(names.map(squash));
  const otherName = (said: string) => namesOtherThan(said, claimed, index);
  return rankPassages(index, { shape, weighted, mentioned: index.mentions(text) }, o)
    .slice(0, MAX_CORRECTION_CANDIDATES)
    .find(
      (h) =>
        verify(h, q, o).ok &&
        !h.passage.uncertain &&
        !names.some((c) => squash(h.passage.text).includes(squash(c))) &&
        !aboutAnotherMeeting(h.entry, index) &&
        otherName(h.passage.text),
    );
}
