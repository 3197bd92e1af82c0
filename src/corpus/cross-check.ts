import type { ParsedEntry } from './parse-entry.ts';
import type { CorpusProblem, Entry, EntryKind } from './types.ts';

/**
 * Checks that need the whole corpus: unique ids and numbers, file names, links and sources that
 * resolve, and every cited source listed (and every listed source cited).
 */
export function crossCheck(
  parsed: ParsedEntry[],
  problems: CorpusProblem[],
  /** Entries that exist but failed validation (already reported): links to them are not reported again. */
  invalid: ReadonlyMap<string, EntryKind | undefined> = new Map(),
): void {
  const byId = new Map<string, ParsedEntry>();
  const numbers = new Map<string, ParsedEntry>();
  for (const p of parsed) {
    const { entry } = p;
    const at = (key: string) => p.keyLines.get(key) ?? 1;
    const first = byId.get(entry.id);
    if (first) {
      problems.push({
        file: entry.file,
        line: at('id'),
        message: `duplicate id "${entry.id}" (also in ${first.entry.file})`,
      });
    } else byId.set(entry.id, p);

    const stem = entry.file.replace(/^.*\//, '').replace(/\.md$/, '');
    if (stem !== entry.id) {
      problems.push({
        file: entry.file,
        line: at('id'),
        message: `id "${entry.id}" must match the file name "${stem}.md"`,
      });
    }
    if (entry.number !== undefined) {
      const key = `${entry.kind} ${entry.number}`;
      const other = numbers.get(key);
      if (other) {
        problems.push({
          file: entry.file,
          line: at('number'),
          message: `duplicate ${key} (also in ${other.entry.file})`,
        });
      } else numbers.set(key, p);
    }
  }

  for (const p of parsed) {
    const { entry } = p;
    const at = (key: string) => p.keyLines.get(key) ?? 1;
    for (const rel of entry.related) {
      if (!byId.has(rel) && !invalid.has(rel))
        problems.push({
          file: entry.file,
          line: at('related'),
          message: `related entry "${rel}" does not exist`,
        });
      if (rel === entry.id)
        problems.push({
          file: entry.file,
          line: at('related'),
          message: 'an entry must not relate to itself',
        });
    }
    for (const src of entry.sources) {
      const target =
        byId.get(src)?.entry ?? (invalid.has(src) ? { kind: invalid.get(src) ?? 'source' } : undefined);
      if (!target)
        problems.push({ file: entry.file, line: at('sources'), message: `source "${src}" does not exist` });
      else if (target.kind !== 'source') {
        problems.push({
          file: entry.file,
          line: at('sources'),
          message: `"${src}" is a ${target.kind}, not a source`,
        });
      }
    }
    (entry.statuses ?? []).forEach((claim, i) => {
      const line = p.statusLines[i] ?? at('statuses');
      const target = byId.get(claim.source)?.entry;
      if (!target && !invalid.has(claim.source))
        problems.push({
          file: entry.file,
          line,
          message: `statuses: source "${claim.source}" does not exist`,
        });
      else if (target && target.kind !== 'source')
        problems.push({
          file: entry.file,
          line,
          message: `statuses: "${claim.source}" is a ${target.kind}, not a source`,
        });
      else if (!entry.sources.includes(claim.source))
        problems.push({
          file: entry.file,
          line,
          message: `statuses: source "${claim.source}" is not listed in sources`,
        });
    });
    const seen = new Set<string>();
    (entry.statuses ?? []).forEach((claim, i) => {
      if (seen.has(claim.source))
        problems.push({
          file: entry.file,
          line: p.statusLines[i] ?? at('statuses'),
          message: `statuses: source "${claim.source}" is listed twice`,
        });
      seen.add(claim.source);
    });
    const cited = citedIds(entry, at);
    for (const [id, line] of cited) {
      if (!entry.sources.includes(id)) {
        problems.push({
          file: entry.file,
          line,
          message: `cites [@${id}] but "${id}" is not listed in sources`,
        });
      }
    }
    // A source named in `statuses` is cited too: the status line names it and the reply cites it.
    const named = new Set((entry.statuses ?? []).map((s) => s.source));
    for (const src of entry.sources) {
      if (!cited.has(src) && !named.has(src))
        problems.push({
          file: entry.file,
          line: at('sources'),
          message: `source "${src}" is listed but never cited`,
        });
    }
  }

  const citedAnywhere = new Set(parsed.flatMap((p) => p.entry.sources));
  // An entry that failed validation may well cite the source: say nothing until it loads.
  if (invalid.size > 0) return;
  for (const p of parsed) {
    if (p.entry.kind === 'source' && !citedAnywhere.has(p.entry.id)) {
      problems.push({
        file: p.entry.file,
        line: p.keyLines.get('id') ?? 1,
        message: `source "${p.entry.id}" is not cited by any entry`,
      });
    }
  }
}

/** Every source id cited in an entry, with the first line it is cited on. */
function citedIds(entry: Entry, at: (key: string) => number): Map<string, number> {
  const out = new Map<string, number>();
  const add = (ids: string[], line: number) => {
    for (const id of ids) if (!out.has(id)) out.set(id, line);
  };
  for (const s of entry.summary) add(s.citations, at('summary'));
  for (const f of entry.fields) add(f.citations, at('fields'));
  for (const section of entry.sections) {
    for (const p of section.paragraphs) for (const s of p.sentences) add(s.citations, p.line);
  }
  return out;
}
