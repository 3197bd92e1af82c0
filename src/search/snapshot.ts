import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatProblem, loadCorpusOrThrow, readEntryFiles } from '../corpus/load.ts';
import { buildPassages } from '../corpus/passages.ts';
import type { ConferenceInfo, Corpus, CorpusProblem, Entry } from '../corpus/types.ts';
import { readVocabulary, VOCABULARY_FILE } from '../corpus/vocabulary-file.ts';
import { type VocabularyJson, vocabularyFromJson, vocabularyToJson } from '../corpus/vocabulary-json.ts';
import { SearchIndex } from './search-index.ts';
import type { SearchIndexOptions, SearchIndexState } from './search-types.ts';
import { SNAPSHOT_VERSION, snapshotKey } from './snapshot-key.ts';

export { SNAPSHOT_VERSION, snapshotKey } from './snapshot-key.ts';

/** Where a corpus folder's snapshot lives, inside it (git-ignored), so it travels with the corpus. */
export const SNAPSHOT_FILE = join('.confbot', 'snapshot.json');

/** The byte that ends a snapshot's header and its corpus line. */
const NEWLINE = 0x0a;

/** Beside the snapshot: the key last computed and the stamp of the files it was computed from. */
export const KEY_STAMP_FILE = 'key-stamp.json';

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
 * A snapshot file is three lines: this header, then the {@link SnapshotPayload}'s corpus and its index,
 * each as JSON (the payload). The header is checked before the payload is parsed, and the payload's
 * checksum catches a file damaged on disk. The index has a line of its own so that an index restored
 * lazily (`lazyIndex`) is not even parsed by a command that never searches.
 */
interface SnapshotHeader {
  format: 'confbot-snapshot';
  version: number;
  key: string;
  /** SHA-256 of the payload: both lines after the header, and the newline between them. */
  sha256: string;
}

/**
 * What a snapshot restores: the corpus's entries as loaded, and the index state built from them. The
 * passages are not stored: they are cut from the entries again on restore (cheap), so each sentence's
 * text is held once, by its entry, and shared by its passage and the next one's context, instead of
 * three times over as three parsed JSON strings. The vocabulary is stored parsed (its patterns as
 * source and flags), so a start needs no YAML parser; the key covers `vocabulary.yml`, so it is the
 * file as it is now.
 */
interface SnapshotPayload {
  /** `vocabulary`: the parsed vocabulary.yml, so a start needs no YAML parser (absent: read the file). */
  corpus: { conference: ConferenceInfo; entries: Entry[]; vocabulary?: VocabularyJson };
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
  /**
   * From a snapshot, restore the index when `index` is first read rather than at once: a one-shot
   * command that never searches (`confbot query "/resolution 174"`) then skips it. Should the restore
   * fail then, the index is built from the corpus instead, as an eager open would.
   */
  lazyIndex?: boolean;
}

/**
 * Loads a corpus and its index, from the snapshot when its key matches the corpus as it is now, and
 * otherwise by reading and indexing the corpus (without writing a snapshot: `confbot corpus build` does).
 * A snapshot that is stale, of another version or unreadable is never used, so it cannot give answers
 * the corpus does not.
 */
export async function openCorpus(dir: string, options: SnapshotOptions = {}): Promise<OpenedCorpus> {
  const file = options.file ?? join(dir, SNAPSHOT_FILE);
  const key = await snapshotKey(dir, options.search, join(dirname(file), KEY_STAMP_FILE));
  let reason: string;
  try {
    // Read as bytes: the checksum is of the payload's UTF-8, which the file holds as it is (hashing the
    // decoded text would encode 40 MB again), and each line is decoded on its own, so the index line a
    // lazy restore keeps does not keep the whole file's text alive with it. A newline byte is never
    // inside a UTF-8 character, nor inside JSON.
    const bytes = await readFile(file);
    const newline = bytes.indexOf(NEWLINE);
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Partial<SnapshotHeader>;
    if (header.format !== 'confbot-snapshot' || header.version !== SNAPSHOT_VERSION)
      reason = `snapshot version ${String(header.version)}, expected ${SNAPSHOT_VERSION}`;
    else if (header.key !== key) reason = 'snapshot is stale (the corpus, options or code changed)';
    else if (
      createHash('sha256')
        .update(bytes.subarray(newline + 1))
        .digest('hex') !== header.sha256
    )
      reason = 'snapshot unreadable: checksum mismatch';
    else {
      const cut = bytes.indexOf(NEWLINE, newline + 1);
      if (cut < 0) throw new Error('no index line');
      const saved = JSON.parse(bytes.toString('utf8', newline + 1, cut)) as SnapshotPayload['corpus'];
      const indexLine = bytes.toString('utf8', cut + 1);
      const { corpus, restoreIndex } = await restore(dir, saved, () => JSON.parse(indexLine), options.search);
      if (!options.lazyIndex) return { corpus, index: restoreIndex(), source: 'snapshot', key };
      let index: SearchIndex | undefined;
      return {
        corpus,
        get index() {
          index ??= restoreOrBuild(restoreIndex, corpus, options.search);
          return index;
        },
        source: 'snapshot',
        key,
      };
    }
  } catch (err) {
    reason =
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no snapshot'
        : `snapshot unreadable: ${(err as Error).message}`;
  }
  const corpus = await loadCorpusOrThrow(dir);
  const index = new SearchIndex(corpus, options.search);
  // The first run writes the snapshot the next one starts from; a folder it cannot write to (a
  // read-only image) only means the next start builds again.
  if (options.save) await writeSnapshot(file, key, corpus, index).catch(() => undefined);
  return { corpus, index, source: 'built', key, reason };
}

/** Writes a corpus's snapshot atomically (a reader never sees half a file); returns what it wrote. */
async function writeSnapshot(file: string, key: string, corpus: Corpus, index: SearchIndex): Promise<string> {
  const payload: SnapshotPayload = {
    corpus: {
      conference: corpus.conference,
      entries: corpus.entries,
      ...(corpus.vocabulary ? { vocabulary: vocabularyToJson(corpus.vocabulary) } : {}),
    },
    index: index.toState(),
  };
  const body = `${JSON.stringify(payload.corpus)}\n${JSON.stringify(payload.index)}`;
  const header: SnapshotHeader = {
    format: 'confbot-snapshot',
    version: SNAPSHOT_VERSION,
    key,
    sha256: createHash('sha256').update(body).digest('hex'),
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
  // Each entry file read once, for the key and the corpus both: the same bytes are hashed and parsed.
  let started = performance.now();
  let cpu = cpuMs();
  const files = await readEntryFiles(dir);
  const readMs = performance.now() - started;
  const readCpuMs = cpuMs() - cpu;
  const key = await snapshotKey(dir, options.search, undefined, files);
  started = performance.now();
  cpu = cpuMs();
  const corpus = await loadCorpusOrThrow(dir, files);
  const loadMs = readMs + performance.now() - started;
  const loadCpuMs = readCpuMs + cpuMs() - cpu;
  started = performance.now();
  cpu = cpuMs();
  const index = new SearchIndex(corpus, options.search);
  const indexMs = performance.now() - started;
  const indexCpuMs = cpuMs() - cpu;
  started = performance.now();
  const text = await writeSnapshot(file, key, corpus, index);
  return {
    file,
    key,
    entries: corpus.entries.length,
    passages: corpus.passages.length,
    bytes: text.length,
    loadMs,
    indexMs,
    loadCpuMs,
    indexCpuMs,
    writeMs: performance.now() - started,
  };
}

/**
 * CPU time this process has used, in milliseconds, on all its threads (the garbage collector's helpers
 * and the file system's pool included): on a shared machine a steadier figure than wall time.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** What {@link buildSnapshot} wrote, and how long reading, indexing and writing took. */
export interface BuiltSnapshot {
  file: string;
  key: string;
  entries: number;
  passages: number;
  bytes: number;
  /** Reading the entry files and loading the corpus from them (not hashing them into the key). */
  loadMs: number;
  indexMs: number;
  /** CPU time of the same two steps ({@link cpuMs}). */
  loadCpuMs: number;
  indexCpuMs: number;
  writeMs: number;
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
  saved?: VocabularyJson,
): Promise<Corpus> {
  const problems: CorpusProblem[] = [];
  const vocabulary = saved ? vocabularyFromJson(saved) : await readVocabulary(dir, problems);
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
  saved: SnapshotPayload['corpus'],
  indexState: () => SearchIndexState,
  search: Partial<SearchIndexOptions> | undefined,
): Promise<{ corpus: Corpus; restoreIndex: () => SearchIndex }> {
  const corpus = await corpusFromEntries(dir, saved.conference, saved.entries, saved.vocabulary);
  return { corpus, restoreIndex: () => new SearchIndex(corpus, search, indexState()) };
}

/** A lazily restored index, or, should its saved state not restore, the index built again. */
function restoreOrBuild(
  restoreIndex: () => SearchIndex,
  corpus: Corpus,
  search: Partial<SearchIndexOptions> | undefined,
): SearchIndex {
  try {
    return restoreIndex();
  } catch {
    return new SearchIndex(corpus, search);
  }
}
