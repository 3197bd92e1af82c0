import { mainVerbNamedDoer, mainVerbOf } from './question-words.ts';
import type { WeightedQuery } from './search-types.ts';
import { normalize } from './text.ts';
import type { Understanding } from './understand.ts';
import { asksDoer, asksTextDoer } from './verify-place.ts';
import type { VerifyInput, VerifyOptions } from './verify-types.ts';

/*
 * Part of stage 3 of /ask, "verify": when the action a question words must itself be said. How a question
 * words an action ("brought", "dropping") may differ from the passage, unless the question turns on it.
 * See docs/answering.md.
 */

/**
 * True when the passage must say the question's action `c` (or one of its alternatives): "who" or "which
 * country" asks who did a rare one ("who will succeed Zhao"), so a passage about the person that says
 * nothing of it does not say who did it; "which PP-14 text formally picked Dubai" asks the text that did
 * the act; "when was Houlin Zhao born" asks the time of an event the corpus never speaks of.
 */
export function actionRequired(
  c: WeightedQuery['concepts'][number],
  q: VerifyInput,
  o: VerifyOptions,
): boolean {
  const main = c.word === mainVerbOf(q.u);
  if (!main) return false;
  if (
    (asksDoer(q) || q.u.kind === 'who') &&
    c.known &&
    c.weight >= o.rareActionWeight &&
    (!mainVerbNamedDoer(q.u) || q.u.kind === 'who')
  )
    return true;
  if (asksTextDoer(q) && c.known) return true;
  // Not a verb that leads to another ("supposed to become public").
  return !c.known && (q.u.kind === 'when' || q.u.kind === 'where') && !leadsToVerb(q.u, c.word);
}

/** True when the question's `verb` is followed by "to" and the verb it leads to ("supposed to become"). */
function leadsToVerb(u: Understanding, verb: string): boolean {
  const at = u.tokens.findIndex((t) => normalize(t.text) === verb);
  return at >= 0 && normalize(u.tokens[at + 1]?.text ?? '') === 'to';
}
