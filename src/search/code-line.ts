/*
 * Part of stage 1 of /ask, "understand": a pasted line of code is no question, whatever corpus words or
 * numbers it holds ("fetch('/api/res/174')" names no resolution). See docs/answering.md.
 */

/** Marks of program text that prose does not use, each counted once. */
const CODE_SIGNALS: readonly RegExp[] = [
  /;\s*\S/, // statements one after another
  /[{}]/, // blocks and objects
  /\b[\p{L}_$][\w$]*\.[\p{L}_$][\w$]*\(/u, // a method call: "console.log("
  /(?:^|\s)(?:=>|===?|!==?|\+=|-=)(?:\s|$)|\s=\s/, // assignment and comparison
  /(?:^|\s)\/\/\s/, // a line comment
  /\b(?:const|let|var|function|def|return|import|SELECT|INSERT|DELETE|DROP)\s+[\p{L}_$*]/u, // keywords
];

/** How many different marks of program text make a line code rather than a question. */
export const MIN_CODE_SIGNALS = 2;

/** True when a line reads as pasted program text: two or more kinds of its marks. */
export function looksLikeCode(line: string): boolean {
  let found = 0;
  for (const signal of CODE_SIGNALS) if (signal.test(line) && ++found >= MIN_CODE_SIGNALS) return true;
  return false;
}
