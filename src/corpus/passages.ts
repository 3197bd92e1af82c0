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
      text: string,
      context: string,
      citations: string[],
      isSummary: boolean,
      section?: string,
      isField = false,
    ) => {
      out.push({
        id: `${entry.id}#${n++}`,
        entryId: entry.id,
        text,
        context,
        citations: citations.length > 0 ? citations : entry.kind === 'source' ? [entry.id] : [],
        isSummary,
        isField,
        ...(section !== undefined ? { section } : {}),
      });
    };
    entry.summary.forEach((s, i) => {
      push(s.text, i > 0 ? (entry.summary[i - 1]?.text ?? '') : '', s.citations, true);
    });
    for (const f of entry.fields) push(`${f.label}: ${f.value}`, '', f.citations, false, undefined, true);
    for (const section of entry.sections) {
      for (const paragraph of section.paragraphs) {
        paragraph.sentences.forEach((s, i) => {
          push(
            s.text,
            i > 0 ? (paragraph.sentences[i - 1]?.text ?? '') : '',
            s.citations,
            false,
            section.heading,
          );
        });
      }
    }
  }
  return out;
}
