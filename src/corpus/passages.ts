import type { Entry, Passage } from './types.ts';

/**
 * Cuts entries into sentence passages for `/ask`. Each passage keeps the sentence before it as context,
 * a window of two, so "Resolution 130 ... . It now refers to privacy." can still be found by "130 privacy".
 * Source entries are included: what a source covers is a fair answer to "who reported X".
 */
export function buildPassages(entries: readonly Entry[]): Passage[] {
  const out: Passage[] = [];
  for (const entry of entries) {
    let n = 0;
    const push = (
      p: Omit<Passage, 'id' | 'entryId' | 'isSummary' | 'isField' | 'uncertain'> & Partial<Passage>,
    ) => {
      out.push({
        id: `${entry.id}#${n++}`,
        entryId: entry.id,
        isSummary: false,
        isField: false,
        uncertain: false,
        ...p,
        citations: p.citations.length > 0 ? p.citations : entry.kind === 'source' ? [entry.id] : [],
      });
    };
    entry.summary.forEach((s, i) => {
      const context = entry.summary[i - 1]?.text ?? '';
      push({
        text: s.text,
        context,
        citations: s.citations,
        isSummary: true,
        uncertain: s.uncertain === true,
        ...(s.singleSource ? { singleSource: true } : {}),
      });
    });
    for (const f of entry.fields) {
      push({
        text: `${f.label}: ${f.value}`,
        context: '',
        citations: f.citations,
        isField: true,
        uncertain: f.uncertain === true,
        ...(f.singleSource ? { singleSource: true } : {}),
      });
    }
    for (const section of entry.sections) {
      for (const paragraph of section.paragraphs) {
        paragraph.sentences.forEach((s, i) => {
          push({
            text: s.text,
            context: paragraph.sentences[i - 1]?.text ?? '',
            citations: s.citations,
            uncertain: s.uncertain === true,
            ...(s.singleSource ? { singleSource: true } : {}),
            ...(section.heading !== undefined ? { section: section.heading } : {}),
          });
        });
      }
    }
    // "When was OTI's final dispatch published?": a source's date is in its front matter, not its text.
    // Last, so the passages of its text keep their numbers.
    if (entry.kind === 'source' && entry.date !== undefined) {
      const by = entry.publisher ? `, by ${entry.publisher}` : '';
      push({
        text: `Published: ${spelledDate(entry.date)}${by}.`,
        context: '',
        citations: [entry.id],
        isField: true,
        metadata: true,
      });
    }
  }
  return out;
}

/** A front-matter date as the corpus writes dates: "2014-11-10" is "10 November 2014", "2014-10" "October 2014". */
export function spelledDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  if (month === undefined || Number.isNaN(month)) return String(year);
  const at = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return at.toLocaleDateString('en-GB', day === undefined ? options : { ...options, day: 'numeric' });
}
