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
  }
  return out;
}
