import type { Passage } from '../corpus/types.ts';
import { perObject } from './per-object.ts';
import { isQuestionWord } from './question-kind.ts';
import { normalize } from './text.ts';
import type { Understanding } from './understand.ts';
import type { VerifyInput } from './verify-types.ts';

/*
 * Part of stage 3 of /ask, "verify": a country the question makes the doer of its action is not
 * stood in for by another country the passage says did it. See docs/answering.md.
 */

/**
 * "How was Palestine able to take part in PP-14?" and "… Poland asked …, so that Poland could take part
 * in a possible vote": the question's subject is a country, and the passage's own sentence (and the one
 * before it) never names that country but names another: it tells what the other did. The asked country
 * may be the passage's entry's subject ("Resolution 99", on Palestine's status) without the sentence
 * being about it. Returns the country asked.
 */
export function actorNamedOtherwise(passage: Passage, q: VerifyInput): string | undefined {
  // A fact-check's country is its claim ("canada chaired it, right?"), which another country corrects.
  if (q.u.yesNo) return undefined;
  const subject = countrySubject(q.u);
  if (subject === undefined) return undefined;
  const own = `${passage.context} ${passage.text}`;
  const lower = own.toLowerCase();
  // "The US" is "the United States" in the corpus's own synonyms.
  const names = [subject, ...(q.synonyms?.get(subject) ?? [])].map((n) => n.toLowerCase());
  if (names.some((n) => lower.includes(n))) return undefined;
  return q.namesCountry(own, q.u.countriesNamed) ? subject : undefined;
}

/**
 * The country a question makes its subject: the first word after the question word and its auxiliary
 * ("How was Palestine able …", "Did India withdraw …", "what did Brazil propose"), lower-case. Not when
 * the question asks which country, whose answer is another. Once per question.
 */
const countrySubject = perObject((u: Understanding): string | undefined => {
  if (u.kind === 'which' || u.kind === 'who') return undefined;
  const words = u.tokens.filter((t) => t.isWord);
  let at = 0;
  if (isQuestionWord(normalize(words[at]?.text ?? ''))) at++;
  if (words[at]?.pos === 'AUX') at++;
  // Past an article ("did the UAE …").
  if (words[at]?.pos === 'DET') at++;
  const first = words[at];
  if (first === undefined || !/^(?:PROPN|NOUN)$/.test(first.pos)) return undefined;
  const name = first.text.toLowerCase();
  return u.countriesNamed.has(name) ? name : undefined;
});
