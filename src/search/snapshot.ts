import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFERENCE_FILE, formatProblem, listMarkdown, loadCorpusOrThrow } from '../corpus/load.ts';
import { buildPassages } from '../corpus/passages.ts';
import type { ConferenceInfo, Corpus, CorpusProblem, Entry } from '../corpus/types.ts';
import { readVocabulary, VOCABULARY_FILE } from '../corpus/vocabulary-file.ts';
import { type CorpusStamps, stampFiles, stampsMatch } from './corpus-stamps.ts';
import { SearchIndex } from './search-index.ts';
import type { SearchIndexOptions, SearchIndexState } from './search-types.ts';

/**
 * Version of the snapshot format. A snapshot of another version is ignored and the index rebuilt.
 * Changes to the code that builds indexes need no bump: they change the key (see {@link snapshotKey}).
 */
export const SNAPSHOT_VERSION = 2;

/** Where a corpus folder's snapshot lives, inside it (git-ignored), so it travels with the corpus. */
export const SNAPSHOT_FILE = join('.confbot', 'snapshot.json');

/** A corpus read and indexed, and how: from a snapshot, or built because there was none fit to use. */
export interface OpenedCorpus {
  corpus: Corpus;
  index: SearchIndex;
  source: 'snapshot' | 'built';
  /**
   * The snapshot key of the corpus as opened (see {@link snapshotKey}): it changes whenever the corpus,
   * the options or the indexing code do, so it serves as the corpus version (an answer cache's key).
   */
  key: string;
  /** Why the snapshot was not used, when it was not: missing, stale, other version, unreadable. */
  reason?: string;
}

/**
 * A snapshot file is two lines: this header, then the {@link SnapshotPayload} as JSON. The header is
 * checked before the payload is parsed, and the payload's checksum catches a file damaged on disk.
 */
interface SnapshotHeader {
  format: 'confbot-snapshot';
  version: number;
  key: string;
  /** SHA-256 of the payload line. */
  sha256: string;
  /**
   * The corpus files as they were stamped before their contents went into {@link key}. When every
   * file still has its stamp, the key holds without reading the files again (see {@link openCorpus}).
   */
  stamps?: CorpusStamps;
}

/**
 * What a snapshot restores: the corpus's entries as loaded, and the index state built from them. The
 * passages are not stored: they are cut from the entries again on restore (cheap), so each sentence's
 * text is held once, by its entry, and shared by its passage and the next one's context, instead of
 * three times over as three parsed JSON strings. The vocabulary is read again from `vocabulary.yml`
 * (its patterns are not JSON; the key covers the file, so it is the one the index was built with).
 */
interface SnapshotPayload {
  corpus: { conference: ConferenceInfo; entries: Entry[] };
  index: SearchIndexState;
}

/** Options of {@link openCorpus} and {@link buildSnapshot}. */
export interface SnapshotOptions {
  /** Search tuning; part of the key, since the index depends on it. */
  search?: Partial<SearchIndexOptions>;
  /** Snapshot file; default {@link SNAPSHOT_FILE} inside the corpus folder. */
  file?: string;
  /** Write the snapshot when there was none or it was stale, so the next start is fast (best effort). */
  save?: boolean;
}

/**
 * Loads a corpus and its index, from the snapshot when its key matches the corpus as it is now, and
 * otherwise by reading and indexing the corpus (without writing a snapshot: `confbot corpus build` does).
 * A snapshot that is stale, of another version or unreadable is never used, so it cannot give answers
 * the corpus does not.
 */
export async function openCorpus(dir: string, options: SnapshotOptions = {}): Promise<OpenedCorpus> {
  const file = options.file ?? join(dir, SNAPSHOT_FILE);
  // Stamped before anything is read, so that a file changed while this runs has a newer stamp.
  const stamps = await stampCorpus(dir, options.search);
  let key = '';
  let reason: string;
  try {
    // Read as bytes: the checksum is taken over the payload's bytes as written, and the payload is
    // decoded once, only when the header says it is the one wanted.
    const bytes = await readFile(file);
    const newline = bytes.indexOf(0x0a);
    const header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Partial<SnapshotHeader>;
    const payload = bytes.subarray(newline + 1);
    // Every corpus file as it was when the snapshot's key was taken: the key holds without reading
    // them all again (reading and hashing ten thousand files is a quarter of a large corpus's start).
    key = stampsMatch(header.stamps, stamps) ? (header.key ?? '') : await snapshotKey(dir, options.search);
    if (header.format !== 'confbot-snapshot' || header.version !== SNAPSHOT_VERSION)
      reason = `snapshot version ${String(header.version)}, expected ${SNAPSHOT_VERSION}`;
    else if (header.key !== key) reason = 'snapshot is stale (the corpus, options or code changed)';
    else if (createHash('sha256').update(payload).digest('hex') !== header.sha256)
      reason = 'snapshot unreadable: checksum mismatch';
    else {
      const parsed = JSON.parse(payload.toString('utf8')) as SnapshotPayload;
      const { corpus, index } = await restore(dir, parsed, options.search);
      return { corpus, index, source: 'snapshot', key };
    }
  } catch (err) {
    reason =
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no snapshot'
        : `snapshot unreadable: ${(err as Error).message}`;
  }
  if (key === '') key = await snapshotKey(dir, options.search);
  const corpus = await loadCorpusOrThrow(dir);
  const index = new SearchIndex(corpus, options.search);
  // The first run writes the snapshot the next one starts from; a folder it cannot write to (a
  // read-only image) only means the next start builds again.
  if (options.save) await writeSnapshot(file, key, corpus, index, stamps).catch(() => undefined);
  return { corpus, index, source: 'built', key, reason };
}

/** Writes a corpus's snapshot atomically (a reader never sees half a file); returns what it wrote. */
async function writeSnapshot(
  file: string,
  key: string,
  corpus: Corpus,
  index: SearchIndex,
  stamps: CorpusStamps,
): Promise<string> {
  const payload: SnapshotPayload = {
    corpus: { conference: corpus.conference, entries: corpus.entries },
    index: index.toState(),
  };
  const body = JSON.stringify(payload);
  const header: SnapshotHeader = {
    format: 'confbot-snapshot',
    version: SNAPSHOT_VERSION,
    key,
    sha256: createHash('sha256').update(body).digest('hex'),
    stamps,
  };
  const text = `${JSON.stringify(header)}\n${body}`;
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
  return text;
}

/**
 * Reads and indexes a corpus and writes its snapshot (atomically: a reader never sees half a file).
 * Throws a `corpus-invalid` error for an invalid corpus, as start-up does.
 */
export async function buildSnapshot(dir: string, options: SnapshotOptions = {}): Promise<BuiltSnapshot> {
  const file = options.file ?? join(dir, SNAPSHOT_FILE);
  const stamps = await stampCorpus(dir, options.search);
  const key = await snapshotKey(dir, options.search);
  let started = performance.now();
  const corpus = await loadCorpusOrThrow(dir);
  const loadMs = performance.now() - started;
  started = performance.now();
  const index = new SearchIndex(corpus, options.search);
  const indexMs = performance.now() - started;
  started = performance.now();
  const text = await writeSnapshot(file, key, corpus, index, stamps);
  return {
    file,
    key,
    entries: corpus.entries.length,
    passages: corpus.passages.length,
    bytes: text.length,
    loadMs,
    indexMs,
    writeMs: performance.now() - started,
  };
}

/** What {@link buildSnapshot} wrote, and how long reading, indexing and writing took. */
export interface BuiltSnapshot {
  file: string;
  key: string;
  entries: number;
  passages: number;
  bytes: number;
  loadMs: number;
  indexMs: number;
  writeMs: number;
}

/**
 * The key a snapshot must carry to be used: a SHA-256 of the format version, the code that builds
 * indexes (its source files and the versions of minisearch and the stemmer), the search options, and
 * every corpus file's path and content.
 */
export async function snapshotKey(dir: string, search: Partial<SearchIndexOptions> = {}): Promise<string> {
  const hash = createHash('sha256');
  hash.update(codeKey(search));
  const files = await corpusFiles(dir);
  const contents = await Promise.all(files.map((f) => readFile(f).catch(() => Buffer.alloc(0))));
  files.forEach((f, i) => {
    hash.update(`${relative(dir, f).split(sep).join('/')}\0`);
    hash.update(contents[i] as Buffer);
    hash.update('\0');
  });
  return hash.digest('hex');
}

/** What a snapshot key covers besides the corpus files: the format, the indexing code and the options. */
function codeKey(search: Partial<SearchIndexOptions>): string {
  return `confbot-snapshot ${SNAPSHOT_VERSION}\0${codeFingerprint()}\0${JSON.stringify(search)}\0`;
}

/** The files a corpus is read from, hence those its snapshot key covers. */
async function corpusFiles(dir: string): Promise<string[]> {
  return [join(dir, CONFERENCE_FILE), join(dir, VOCABULARY_FILE), ...(await listMarkdown(dir))];
}

/** Stamps of a corpus's files, with the hash of what else its key covers. */
async function stampCorpus(dir: string, search: Partial<SearchIndexOptions> = {}): Promise<CorpusStamps> {
  return stampFiles(dir, await corpusFiles(dir), createHash('sha256').update(codeKey(search)).digest('hex'));
}

/**
 * A corpus from its entries as a snapshot or a reload worker passes them: passages cut again from the
 * entries (sharing their strings) and the vocabulary read from the folder. Throws when the vocabulary
 * file no longer reads, so the caller falls back to loading the corpus, which reports why.
 */
export async function corpusFromEntries(
  dir: string,
  conference: ConferenceInfo,
  entries: Entry[],
): Promise<Corpus> {
  const problems: CorpusProblem[] = [];
  const vocabulary = await readVocabulary(dir, problems);
  if (!vocabulary)
    throw new Error(`${VOCABULARY_FILE} does not read: ${problems.map(formatProblem).join('; ')}`);
  return {
    dir,
    conference,
    vocabulary,
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    passages: buildPassages(entries),
  };
}

async function restore(
  dir: string,
  snapshot: SnapshotPayload,
  search: Partial<SearchIndexOptions> | undefined,
): Promise<{ corpus: Corpus; index: SearchIndex }> {
  const corpus = await corpusFromEntries(dir, snapshot.corpus.conference, snapshot.corpus.entries);
  return { corpus, index: new SearchIndex(corpus, search, snapshot.index) };
}

let fingerprint: string | undefined;

/** A hash of what decides how a corpus is parsed and indexed: our corpus and search code, and four libraries. */
function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  // Compiled code (dist/src/...) keys snapshots by the TypeScript sources, as tsx does, so a snapshot
  // built by either is used by the other; without the sources, by the compiled files themselves.
  const source = here.replace(/([\\/])dist[\\/](src[\\/])/, '$1$2');
  const base = sourceFiles(source).length > 0 ? source : here;
  for (const folder of [join(base, '..', 'corpus'), base]) {
    for (const name of sourceFiles(folder)) hash.update(`${name}\0`).update(readFileSync(join(folder, name)));
  }
  // yaml and zod shape the parsed entries a snapshot stores, as minisearch, stemmer and wink-lemmatizer
  // shape the index terms.
  for (const name of ['minisearch', 'stemmer', 'wink-lemmatizer', 'yaml', 'zod'])
    hash.update(`${name} ${packageVersion(name)}\0`);
  fingerprint = hash.digest('hex');
  return fingerprint;
}

/** The TypeScript (or else JavaScript) files of a folder, sorted; none when it does not exist. */
function sourceFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const ts = names.filter((n) => n.endsWith('.ts'));
  return (ts.length > 0 ? ts : names.filter((n) => n.endsWith('.js'))).sort();
}

/** The installed version of a package, found by walking up from its entry point to its package.json. */
function packageVersion(name: string): string {
  try {
    let folder = dirname(createRequire(import.meta.url).resolve(name));
    for (let i = 0; i < 6; i++) {
      try {
        const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (pkg.name === name) return pkg.version ?? 'unknown';
      } catch {
        // No package.json at this level: keep walking up.
      }
      folder = dirname(folder);
    }
  } catch {
    // Not resolvable from here: the key then only changes with the other inputs.
  }
  return 'unknown';
}
