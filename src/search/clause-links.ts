import { findTextRefs } from './identifiers.ts';
import type { NlpToken } from './nlp.ts';
import { WH_WORDS } from './question-kind.ts';
import { normalize, squash } from './text.ts';

/*
 * Part of stage 1 of /ask, "understand": whether the clause chosen as the question asks about the clause
 * beside it, so that the two are read as one question. See docs/answering.md.
 */

/**
 * "Japan's Ebola pledge — what's that in US dollars?", "the 'secure information society' draft - which
 * delegation tabled it": a question that points back with a pronoun asks about the clause before it. So
 * do "… which ones?" and a bare question ("which years?", "when?") that names nothing of its own.
 */
export function pointsBack(tokens: readonly NlpToken[]): boolean {
  return (
    tokens.some((t) => t.pos === 'PRON' && !WH_WORDS.includes(normalize(t.text)) && t.light) ||
    (tokens.filter((t) => t.isWord && !t.light).length <= 1 &&
      !tokens.some((t) => t.pos === 'PROPN' || t.pos === 'NUM'))
  );
}

/**
 * "busan declaration - adopted which day exactly?": a question with no name and no thing of its own beyond
 * the kind of answer asks about the topic said before it. "resolution 133 idn - what text changed at
 * busan": the conference's own names (`implied`, squashed) are every question's background, so a question
 * naming only them asks about a thing the clause `before` names.
 */
export function namesNothing(
  tokens: readonly NlpToken[],
  implied: ReadonlySet<string>,
  before?: readonly NlpToken[],
): boolean {
  const own = (t: NlpToken) => implied.has(squash(t.text));
  const specific = (t: NlpToken) => (t.pos === 'PROPN' || t.pos === 'NUM') && !own(t);
  return (
    (!tokens.some((t) => t.pos === 'PROPN' || t.pos === 'NUM') &&
      tokens.filter((t) => t.pos === 'NOUN' && !t.light).length <= 1) ||
    (before?.some(specific) === true &&
      namesThing(before, own) &&
      !tokens.some(specific) &&
      tokens.filter((t) => t.pos === 'NOUN' && !t.light && !own(t)).length <= 1)
  );
}

/** A thing named: a name, or a numbered text ("resolution 133"); not a time ("filing in 10 min"). */
function namesThing(tokens: readonly NlpToken[], own: (t: NlpToken) => boolean): boolean {
  return (
    tokens.some((t) => t.pos === 'PROPN' && !own(t)) ||
    findTextRefs(tokens.map((t) => t.text).join(' ')).length > 0
  );
}
