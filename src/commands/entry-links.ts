import type { Citation, RelatedEntry } from '../answer.ts';
import type { Corpus, Entry } from '../corpus/types.ts';

/** The command that opens an entry, so every reply can link onwards. */
export function commandFor(entry: Entry): string {
  switch (entry.kind) {
    case 'resolution':
      return `/resolution ${entry.number}`;
    case 'decision':
      return `/resolution decision ${entry.number}`;
    case 'outcome':
      return `/outcome ${entry.id}`;
    case 'source':
      return `/sources ${entry.id}`;
    case 'facts':
      return '/facts';
    default:
      return `/topic ${entry.id}`;
  }
}

/** The short name of an entry: `Resolution 174`, `Decision 5`, or its title. */
export function labelFor(entry: Entry): string {
  if (entry.kind === 'resolution') return `Resolution ${entry.number}`;
  if (entry.kind === 'decision') return `Decision ${entry.number}`;
  return entry.title;
}

/** Turns source ids into citations, in the order given, without repeats or unknown ids. */
export function citationsFor(corpus: Corpus, sourceIds: Iterable<string>): Citation[] {
  const out: Citation[] = [];
  for (const id of new Set(sourceIds)) {
    const s = corpus.byId.get(id);
    if (s?.kind !== 'source') continue;
    out.push({
      id: s.id,
      title: s.title,
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.date ? { date: s.date } : {}),
      ...(s.url ? { url: s.url } : {}),
    });
  }
  return out;
}

/** The entries an entry links to, as commands. */
export function relatedFor(corpus: Corpus, ids: Iterable<string>, exclude?: string): RelatedEntry[] {
  const out: RelatedEntry[] = [];
  for (const id of new Set(ids)) {
    const e = corpus.byId.get(id);
    if (!e || id === exclude) continue;
    out.push({
      id: e.id,
      // Without a verified title, `title` is already the text's display name (symbol or "Resolution N").
      title:
        (e.kind === 'resolution' || e.kind === 'decision') && !e.titleUnverified
          ? `${labelFor(e)}: ${e.title}`
          : e.title,
      command: commandFor(e),
    });
  }
  return out;
}
