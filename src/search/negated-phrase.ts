/*
 * Part of stage 1 of /ask, "understand": what a line says it does not mean ("who chaired the whole
 * conference (not a committee)?"), which verify sets aside. See docs/answering.md.
 */

/**
 * "Who chaired the whole conference (not a committee)?", "…, not the committee one", "(not the ITU
 * Secretary-General)": the words of what the line says it does not mean, lower-cased, up to the bracket
 * or the clause's end. Empty when it says none.
 */
export function negatedWords(line: string): string[] {
  const phrase = NEGATED_PHRASE.exec(line)?.[1] ?? '';
  return phrase
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');
}

/**
 * The kind of thing the line says it does not mean: the head of its negated phrase ("committee" of "not
 * the committee one", "general" of "not the ITU Secretary-General"). Undefined when it says none.
 */
export function negatedKind(line: string): string | undefined {
  return negatedWords(line).findLast((w) => !/^ones?$/.test(w));
}

// A module constant (see CAPITALISED_RUN in verify-place.ts).
const NEGATED_PHRASE = /(?:\(\s*|[,;–—]\s*)not\s+(?:a|an|the|any)\s+([\p{L}][^()\n,;:?!.]*)/iu;
