/*
 * Part of stage 1 of /ask, "understand": whether the asker put a question mark after a clause. See
 * docs/answering.md.
 */

/**
 * True when `clause` is written in `line` followed by a question mark, with nothing but non-word
 * characters between ("… in 2014?", "… 2014 ??", "… 2014 :)?"): what the pattern
 * `<clause, escaped>\W*\?` finds, without compiling a pattern for every clause of every question
 * (2.5% of all `/ask` CPU did that). Word characters are `\w`'s: ASCII letters, digits and "_".
 */
export function askedWithMark(line: string, clause: string): boolean {
  // A clause rewritten from chat ("% of ppl online target" read as "percentage of …") is found by how
  // it ends, which is where its question mark stands.
  if (!line.includes(clause)) {
    const tail = /\S+$/.exec(clause.trimEnd())?.[0];
    return tail !== undefined && tail !== clause && askedWithMark(line, tail);
  }
  // Every place the clause is written, overlapping ones too, as the pattern tries each position (an
  // empty clause is "written" at every position, the end included).
  for (let at = line.indexOf(clause); at >= 0 && at <= line.length; at = nextAt(line, clause, at)) {
    for (let i = at + clause.length; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === QUESTION_MARK) return true;
      if (isWordUnit(c)) break;
    }
  }
  return false;
}

/** Where the clause is next written after `at`, or -1 (`indexOf` of "" past the end gives the end again). */
function nextAt(line: string, clause: string, at: number): number {
  return at >= line.length ? -1 : line.indexOf(clause, at + 1);
}

const QUESTION_MARK = 0x3f;

/** `\w` without the `u` flag: A-Z, a-z, 0-9 and "_". */
function isWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}
