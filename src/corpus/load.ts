import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ConfbotError } from '../errors.ts';
import { crossCheck } from './cross-check.ts';
import { type ParsedEntry, parseEntry, parseYaml, reportIssues } from './parse-entry.ts';
import { buildPassages } from './passages.ts';
import { CONFERENCE_SCHEMA } from './schema.ts';
import type { ConferenceInfo, Corpus, CorpusProblem, EntryKind } from './types.ts';
import { readVocabulary } from './vocabulary-file.ts';

/** Name of the file that describes the conference a corpus folder covers. */
export const CONFERENCE_FILE = 'corpus.yml';

/** The result of reading a corpus: the corpus when it is valid, and every problem found either way. */
export interface LoadResult {
  corpus?: Corpus;
  problems: CorpusProblem[];
}

/** An entry file of a corpus folder as read from disk: its path and its bytes. */
export interface EntryFile {
  path: string;
  bytes: Buffer;
}

/**
 * Reads every entry file of a corpus folder ({@link listMarkdown}), so that a caller that needs their
 * bytes for something else as well (`corpus build` hashes them into the snapshot key) reads each file
 * once and hands the same bytes to {@link loadCorpus}. Read synchronously: ten thousand small files
 * read one by one through the thread pool cost several times as long, and loading blocks on
 * parsing them anyway (a running bot reloads in a worker).
 */
export async function readEntryFiles(dir: string): Promise<EntryFile[]> {
  return (await listMarkdown(dir)).map(readEntryFile);
}

function readEntryFile(path: string): EntryFile {
  return { path, bytes: readFileSync(path) };
}

/**
 * Reads and validates every entry of a corpus folder. Never throws for content problems: it collects
 * them all, so an editor can fix a whole batch in one pass. `files`, when given, are the folder's
 * entry files as {@link readEntryFiles} read them, so they are not read again.
 */
export async function loadCorpus(dir: string, files?: readonly EntryFile[]): Promise<LoadResult> {
  const problems: CorpusProblem[] = [];
  let paths: string[] = [];
  try {
    if (!files) paths = await listMarkdown(dir);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'folder not found' : String(err);
    return { problems: [{ file: dir, line: 0, message: `cannot read the corpus: ${reason}` }] };
  }
  const read = files ?? paths.map(readEntryFile);
  const conference = await readConference(dir, problems);
  const vocabulary = await readVocabulary(dir, problems);
  const parsed: ParsedEntry[] = [];
  const invalid = new Map<string, EntryKind | undefined>();
  for (const { path, bytes } of read) {
    const rel = relative(dir, path).split(sep).join('/');
    const entry = parseEntry(rel, bytes.toString('utf8'), problems, (id, kind) => invalid.set(id, kind));
    if (entry) parsed.push(entry);
  }
  if (read.length === 0)
    problems.push({ file: dir, line: 0, message: 'the corpus has no entries (*.md files)' });
  crossCheck(parsed, problems, invalid);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  if (problems.length > 0 || !conference || !vocabulary) return { problems };
  const entries = parsed.map((p) => p.entry);
  return {
    corpus: {
      dir,
      conference,
      vocabulary,
      entries,
      byId: new Map(entries.map((e) => [e.id, e])),
      passages: buildPassages(entries),
    },
    problems,
  };
}

/** Loads a corpus or throws a `corpus-invalid` error listing its problems, for start-up. */
export async function loadCorpusOrThrow(dir: string, files?: readonly EntryFile[]): Promise<Corpus> {
  const { corpus, problems } = await loadCorpus(dir, files);
  if (corpus) return corpus;
  throw new ConfbotError(
    'corpus-invalid',
    `the corpus in ${dir} has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`,
  );
}

/** Formats a problem the way editors and CI logs link to it. */
export function formatProblem(p: CorpusProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

async function readConference(dir: string, problems: CorpusProblem[]): Promise<ConferenceInfo | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, CONFERENCE_FILE), 'utf8');
  } catch {
    problems.push({
      file: CONFERENCE_FILE,
      line: 0,
      message: 'missing: it names the conference (name, short_name, description)',
    });
    return undefined;
  }
  const located = parseYaml(CONFERENCE_FILE, text, 1, problems);
  if (!located) return undefined;
  const parsed = CONFERENCE_SCHEMA.safeParse(located.data);
  if (!parsed.success) {
    reportIssues(CONFERENCE_FILE, located, parsed.error.issues, problems);
    return undefined;
  }
  const { name, short_name: shortName, description, start, end } = parsed.data;
  return { name, shortName, description, ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/** The entry files of a corpus folder (Markdown, READMEs excepted), sorted, at any depth. */
export async function listMarkdown(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const dirent of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, dirent.name);
    if (dirent.isDirectory()) out.push(...(await listMarkdown(path)));
    else if (dirent.isFile() && dirent.name.endsWith('.md') && dirent.name.toLowerCase() !== 'readme.md')
      out.push(path);
  }
  return out.sort();
}
