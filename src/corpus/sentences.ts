/**
 * Abbreviations after which a full stop does not end a sentence. Lower-case, without the final dot.
 * Single capital letters (initials, "U.S.") are handled separately.
 */
const ABBREVIATIONS = new Set([
  'res',
  'rev',
  'no',
  'nos',
  'doc',
  'docs',
  'art',
  'para',
  'vol',
  'ed',
  'eds',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'cf',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'incl',
  'fig',
  'gen',
  'amb',
  'u.s',
  'u.k',
  'u.n',
]);

/**
 * Splits prose into sentences. Unlike `Intl.Segmenter`, it knows that "Res. 174", "U.S. delegates" and
 * "e.g. the" do not end sentences, which matters because the corpus is full of such abbreviations.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const flat = text.replace(/\s+/g, ' ').trim();
  let start = 0;
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Swallow closing quotes and brackets, and any citation, [?] or [only] marker right after the stop.
    let end = i + 1;
    while (end < flat.length && /["'”’)\]]/.test(flat[end] as string)) end++;
    const marker = /^(?: ?\[(?:\?|only|@[^\]]*)\])+/.exec(flat.slice(end));
    if (marker) end += marker[0].length;
    if (end < flat.length && flat[end] !== ' ') continue; // "2.5", "ITU.int", "U.S."
    const next = flat.slice(end + 1);
    if (ch === '.' && !endsSentence(flat.slice(start, i), next)) continue;
    out.push(flat.slice(start, end).trim());
    start = end + 1;
  }
  const rest = flat.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out;
}

function endsSentence(before: string, next: string): boolean {
  if (next === '') return true;
  const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    // An initial ("J. Smith") or dotted acronym ("U.S."): a new sentence only if a sentence clearly starts.
    return /^(?:The|A|An|It|This|In|On|At|But|And|However)\b/.test(next);
  }
  // A sentence starts with a capital letter, a digit, a quote or a bracket.
  return /^["'“‘([A-Z0-9]/.test(next);
}
