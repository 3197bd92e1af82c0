import { normalize, processTerm } from './text.ts';

/*
 * Part of stage 3 of /ask, "verify": whether a sentence's number counts the thing a "how many" question
 * counts ("19 new resolutions"), and not something else beside it ("four rounds of voting"). See
 * docs/answering.md.
 */

/** Words between a number and the thing it counts ("19 new resolutions", "2,505 delegates from"). */
const COUNT_REACH = 3;

/** True when a number in the text counts one of `terms` within a few words after it. */
export function countsThing(text: string, alternatives: readonly string[]): boolean {
  // Split at spaces, so the "14" of "PP-14" or the "191" of "Resolution 191" is no count.
  const raw = normalize(text).split(/\s+/);
  const words = raw.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  // "175 Member States, Sector Members and observers": a comma (or a closing bracket) ends what the
  // number counts.
  const reach = (i: number) => {
    let end = i + 1;
    // "Four rounds of voting": what the number counts ends before "of"; the voting is not counted.
    while (
      end < Math.min(words.length, i + 1 + COUNT_REACH) &&
      !/[,;:)]$/.test(raw[end - 1] ?? '') &&
      !(end > i + 1 && words[end] === 'of')
    )
      end++;
    return words.slice(i + 1, end);
  };
  const isNumber = (w: string | undefined) =>
    w !== undefined && (/^\d[\d,.]*$/.test(w) || NUMBER_WORDS.test(w));
  // "2 in 10 participants", "one out of five": a share, not a count.
  const inRatio = (i: number) =>
    (words[i + 1] === 'in' && isNumber(words[i + 2])) ||
    (words[i - 1] === 'in' && isNumber(words[i - 2])) ||
    (words[i - 1] === 'of' && words[i - 2] === 'out' && isNumber(words[i - 3]));
  const isCounted = (w: string | undefined) => {
    const term = w === undefined ? undefined : processTerm(w);
    return term !== undefined && alternatives.includes(term);
  };
  // "put the number of countries represented at 175 or more": the count follows what it counts.
  const numberOf = words.some(
    (w, i) =>
      w === 'number' &&
      words[i + 1] === 'of' &&
      isCounted(words[i + 2]) &&
      words
        .slice(i + 3, i + 7)
        .some((n, k) => isNumber(n) && /^(?:at|is|was|of|to|reached)$/.test(words[i + 2 + k] ?? '')),
  );
  return (
    numberOf ||
    words.some(
      (w, i) =>
        isNumber(w) &&
        !inRatio(i) &&
        // "The 2010 text of Resolution 101": a year dates what follows it; it counts nothing.
        !/^(?:19|20)\d\d$/.test(w) &&
        !/^(?:resolutions?|decisions?|documents?|res|doc|no)$/.test(words[i - 1] ?? '') &&
        // "(CHF 3,975) in developed countries": an amount of money counts no countries.
        !/^(?:chf|usd|eur|gbp|krw|us\$|\$|€|£)$/.test(words[i - 1] ?? raw[i - 1] ?? '') &&
        reach(i).some(isCounted),
    )
  );
}

/** Numbers in words, which count as well as digits do ("four rounds", "two of the five posts"). */
const NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?|both|all)$/;
