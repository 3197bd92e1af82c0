/**
 * A fixed list of names found in text exactly as they are written, as whole words: what the pattern
 * `(?<!\p{L})(?:name1|name2|…)(?!\p{L})` (flags `gu`, names longest first) finds with `matchAll`, the
 * same matches in the same order, without the regular expression. Several hundred alternatives in one
 * pattern are tried one after another at every position of the text: for the country names, that was
 * 13% of the slowest `/ask` lines' CPU (`namesCountry` on every candidate sentence).
 */
export class LiteralNames {
  /** Names by their first UTF-16 unit, longest first: at a position, the first that fits is the match. */
  private readonly byFirst = new Map<number, string[]>();
  /** For each ASCII unit, 1 when some name begins with it. */
  private readonly asciiFirst = new Uint8Array(0x80);

  constructor(names: Iterable<string>) {
    // Longest first, as the pattern's alternatives: at one position the longest name that fits wins.
    const sorted = [...new Set(names)].filter((n) => n !== '').sort((a, b) => b.length - a.length);
    for (const name of sorted) {
      const first = name.charCodeAt(0);
      if (first < 0x80) this.asciiFirst[first] = 1;
      const list = this.byFirst.get(first);
      if (list) list.push(name);
      else this.byFirst.set(first, [name]);
    }
  }

  /**
   * The names a text holds as whole words (no letter right before or after), left to right, each
   * found where the previous one ended, as `matchAll` finds them.
   */
  *matches(text: string): Generator<string> {
    const end = text.length;
    let i = 0;
    while (i < end) {
      const unit = text.charCodeAt(i);
      // Most characters of a sentence begin no name: an ASCII one is ruled out by a table lookup.
      const candidates = unit < 0x80 && !this.asciiFirst[unit] ? undefined : this.byFirst.get(unit);
      const found = candidates && !letterBefore(text, i) ? fitting(text, i, candidates) : undefined;
      if (found === undefined) i++;
      else {
        yield found;
        i += found.length;
      }
    }
  }
}

/** The first of `candidates` written at `at` in `text` and not followed by a letter. */
function fitting(text: string, at: number, candidates: readonly string[]): string | undefined {
  for (const name of candidates)
    if (text.startsWith(name, at) && !letterAt(text, at + name.length)) return name;
  return undefined;
}

const LETTER = /^\p{L}$/u;

/** True when the code point starting at `i` is a letter. */
function letterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return isAsciiLetter(unit);
  const point = text.codePointAt(i) as number;
  return LETTER.test(String.fromCodePoint(point));
}

/** True when the code point ending right before `i` is a letter (a surrogate pair read as one). */
function letterBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const unit = text.charCodeAt(i - 1);
  if (unit < 0x80) return isAsciiLetter(unit);
  if (unit >= 0xdc00 && unit <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(i - 2, i));
  }
  return LETTER.test(String.fromCharCode(unit));
}

function isAsciiLetter(unit: number): boolean {
  return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}
