import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { parseBody } from './body.ts';
import { readCitedText } from './citations.ts';
import { splitFrontMatter } from './front-matter.ts';
import { FRONT_MATTER_SCHEMAS, KIND_SCHEMA } from './schema.ts';
import type { CorpusProblem, Entry, EntryField, EntryKind, Section, Sentence } from './types.ts';

/** An entry read from one file, with the lines where its citable parts are, for later checks. */
export interface ParsedEntry {
  entry: Entry;
  /** Line of each front matter key, so cross-entry checks can point at the right line. */
  keyLines: Map<string, number>;
  /** Line of each `statuses` item's `source`, in order, for the cross-entry check of those ids. */
  statusLines: number[];
}

/** Parses YAML and locates zod issues in it; shared by entries and `corpus.yml`. */
export interface LocatedYaml {
  data: unknown;
  /** 1-based file line of the node at a path, or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses YAML text that starts at `firstLine` of `file`, reporting syntax errors with their line.
 * Returns undefined when the YAML cannot be read at all.
 */
export function parseYaml(
  file: string,
  yaml: string,
  firstLine: number,
  problems: CorpusProblem[],
): LocatedYaml | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  for (const err of doc.errors) {
    problems.push({
      file,
      line: toLine(err.pos[0]),
      message: `malformed YAML: ${firstSentence(err.message)}`,
    });
  }
  if (doc.errors.length > 0) return undefined;
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (err) {
    // Parsing succeeded but building values did not: an alias (`*name`, or a stray `**`) with no anchor.
    problems.push({
      file,
      line: firstLine,
      message: `malformed YAML: ${firstSentence(err instanceof Error ? err.message : String(err))}`,
    });
    return undefined;
  }
  return {
    data,
    lineOf(path) {
      for (let n = path.length; n > 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return toLine(node.range[0]);
        if (n === path.length) {
          // A missing or unknown key: point at the key itself when it is there.
          const parent = doc.getIn(path.slice(0, n - 1) as unknown[], true);
          const pair =
            parent && typeof parent === 'object' && 'items' in parent
              ? (parent.items as { key?: { value?: unknown; range?: number[] } }[]).find(
                  (p) => p.key?.value === path[n - 1],
                )
              : undefined;
          if (pair?.key?.range?.[0] !== undefined) return toLine(pair.key.range[0]);
        }
      }
      return firstLine;
    },
  };
}

/** Reports zod issues as problems located in the YAML. */
export function reportIssues(
  file: string,
  located: LocatedYaml,
  issues: readonly z.core.$ZodIssue[],
  problems: CorpusProblem[],
): void {
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file,
          line: located.lineOf([...issue.path, key]),
          message: `unknown field "${key}"`,
        });
      }
      continue;
    }
    const where = issue.path.length > 0 ? `field "${issue.path.join('.')}"` : 'front matter';
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    problems.push({
      file,
      line: located.lineOf(issue.path),
      message: missing ? `missing required ${where}` : `${where} ${issue.message}`,
    });
  }
}

/**
 * Parses one entry file. Problems local to the file (YAML, fields, uncited text, malformed citations) are
 * pushed to `problems`; checks that need the whole corpus happen in the loader.
 */
export function parseEntry(
  file: string,
  source: string,
  problems: CorpusProblem[],
  /**
   * Receives the id (and kind, when readable) of an entry that exists but is invalid, so links to it are
   * not reported as well. When the front matter cannot be read, the file name stands for the id.
   */
  onInvalid: (id: string, kind?: EntryKind) => void = () => {},
): ParsedEntry | undefined {
  const stem = file.replace(/^.*\//, '').replace(/\.md$/, '');
  const split = splitFrontMatter(source);
  if ('error' in split) {
    problems.push({ file, line: split.line, message: split.error });
    onInvalid(stem);
    return undefined;
  }
  const located = parseYaml(file, split.yaml, split.yamlLine, problems);
  if (!located) {
    onInvalid(stem);
    return undefined;
  }
  if (located.data === null || typeof located.data !== 'object' || Array.isArray(located.data)) {
    problems.push({ file, line: split.yamlLine, message: 'front matter must be a YAML mapping of fields' });
    return undefined;
  }
  const kind = KIND_SCHEMA.safeParse(located.data);
  if (!kind.success) {
    reportIssues(file, located, kind.error.issues, problems);
    return undefined;
  }
  const parsed = FRONT_MATTER_SCHEMAS[kind.data.kind].safeParse(located.data);
  if (!parsed.success) {
    reportIssues(file, located, parsed.error.issues, problems);
    const rawId = (located.data as { id?: unknown }).id;
    if (typeof rawId === 'string') onInvalid(rawId, kind.data.kind);
    return undefined;
  }
  const fm = parsed.data as Record<string, unknown> & { id: string; kind: EntryKind; title?: string };
  const keyLines = new Map<string, number>();
  for (const key of Object.keys(fm)) keyLines.set(key, located.lineOf([key]));
  // Each question's own line ("questions.0", ...), so the questions checks point at the question.
  ((fm.questions as unknown[] | undefined) ?? []).forEach((_, i) => {
    keyLines.set(`questions.${i}`, located.lineOf(['questions', i]));
  });

  const cites = fm.kind !== 'source';
  const readCited = (raw: string, line: number, what: string): Sentence[] => {
    const { sentences, malformed, unhedged, onlyMisused } = readCitedText(raw);
    for (const m of malformed) {
      problems.push({ file, line, message: `malformed citation ${m}: write [@source-id] or [@a; @b]` });
    }
    for (const u of unhedged) {
      problems.push({
        file,
        line,
        message: `"${u.slice(0, 60)}" is marked [?] but reads as fact: say "reportedly", "not verified", "probably" or similar`,
      });
    }
    for (const m of onlyMisused) {
      problems.push({
        file,
        line,
        message: `"${m.text.slice(0, 60)}" is marked [only] but cites ${
          m.citations.length === 0 ? 'no source' : `${m.citations.length} sources`
        }: [only] means one source alone reports it, so cite exactly that one`,
      });
    }
    if (cites && sentences.some((s) => s.citations.length === 0)) {
      problems.push({
        file,
        line,
        message: `${what} has no source: end it with a citation such as [@source-id]`,
      });
    }
    return sentences;
  };

  const fieldsIn = (fm.fields as { label: string; value: string }[] | undefined) ?? [];
  const fields: EntryField[] = fieldsIn.map((f, i) => {
    const line = located.lineOf(['fields', i, 'value']);
    const sentences = readCited(f.value, line, `field "${f.label}"`);
    const citations = [...new Set(sentences.flatMap((s) => s.citations))];
    const marked = sentences.filter((s) => s.singleSource).length;
    // A field shows one label for its whole value, so [only] must cover all of it, from one source.
    if (marked > 0 && (marked < sentences.length || citations.length !== 1)) {
      problems.push({
        file,
        line,
        message: `field "${f.label}" is partly marked [only]: mark every sentence of it, citing one source, or none`,
      });
    }
    return {
      label: f.label,
      value: sentences.map((s) => s.text).join(' '),
      citations,
      line,
      ...(sentences.some((s) => s.uncertain) ? { uncertain: true } : {}),
      ...(marked > 0 && marked === sentences.length ? { singleSource: true } : {}),
    };
  });

  const sections: Section[] = parseBody(split.body, split.bodyLine).map((raw) => ({
    ...(raw.heading !== undefined ? { heading: raw.heading } : {}),
    paragraphs: raw.blocks.map((block) => ({
      line: block.line,
      sentences: readCited(block.text, block.line, 'this paragraph'),
    })),
  }));

  const entry: Entry = {
    id: fm.id,
    kind: fm.kind,
    title: fm.title ?? displayName(fm),
    ...(fm.title === undefined ? { titleUnverified: true } : {}),
    aliases: (fm.aliases as string[] | undefined) ?? [],
    questions: (fm.questions as string[] | undefined) ?? [],
    summary:
      typeof fm.summary === 'string' ? readCited(fm.summary, keyLines.get('summary') ?? 1, 'summary') : [],
    fields,
    related: (fm.related as string[] | undefined) ?? [],
    sources: (fm.sources as string[] | undefined) ?? [],
    sections,
    file,
    lines: Object.fromEntries(keyLines),
  };
  for (const key of [
    'number',
    'status',
    'symbol',
    'publisher',
    'url',
    'date',
    'author',
    'short',
    'statuses',
  ] as const) {
    if (fm[key] !== undefined) Object.assign(entry, { [key]: fm[key] });
  }
  const statusLines = ((fm.statuses as unknown[] | undefined) ?? []).map((_, i) =>
    located.lineOf(['statuses', i, 'source']),
  );
  return { entry, keyLines, statusLines };
}

/**
 * The name a resolution or decision goes by when its official title is not verified: its symbol, else
 * "Resolution N" / "Decision N". Only these kinds may leave the title out (the schema requires it of others).
 */
function displayName(fm: { kind: EntryKind; symbol?: unknown; number?: unknown }): string {
  if (typeof fm.symbol === 'string') return fm.symbol;
  return `${fm.kind === 'decision' ? 'Decision' : 'Resolution'} ${String(fm.number)}`;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
