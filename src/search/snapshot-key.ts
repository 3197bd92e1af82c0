import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFERENCE_FILE, type EntryFile, listMarkdown } from '../corpus/load.ts';
import { VOCABULARY_FILE } from '../corpus/vocabulary-file.ts';
import type { SearchIndexOptions } from './search-types.ts';
import { recordedKey, recordKey, stampFiles } from './snapshot-stamp.ts';

/*
 * The key a snapshot is checked against: what decides the index it holds (the format, the code that
 * builds indexes, the search options and the corpus's files), hashed. Split from snapshot.ts, which
 * reads and writes snapshots with it.
 */

/**
 * Version of the snapshot format. A snapshot of another version is ignored and the index rebuilt.
 * Changes to the code that builds indexes need no bump: they change the key (see {@link snapshotKey}).
 */
export const SNAPSHOT_VERSION = 4;

/**
 * The key a snapshot must carry to be used: a SHA-256 of the format version, the code that builds
 * indexes (its source files and the versions of minisearch and the stemmer), the search options, and
 * every corpus file's path and content. With `stampFile`, the key recorded there is used instead while
 * none of those files has changed since, by their metadata (src/search/snapshot-stamp.ts), and a key
 * computed from content is recorded there. `entryFiles`, when given, are the corpus's entry files as
 * `readEntryFiles` read them: their bytes are hashed instead of being read again.
 */
export async function snapshotKey(
  dir: string,
  search: Partial<SearchIndexOptions> = {},
  stampFile?: string,
  entryFiles?: readonly EntryFile[],
): Promise<string> {
  const entries = entryFiles?.map((f) => f.path) ?? (await listMarkdown(dir));
  const files = [join(dir, CONFERENCE_FILE), join(dir, VOCABULARY_FILE), ...entries];
  const context = `confbot-snapshot ${SNAPSHOT_VERSION}\0${JSON.stringify(search)}`;
  const stamp = stampFile ? stampFiles(codeAndCorpus(files), context) : undefined;
  if (stampFile && stamp) {
    const known = await recordedKey(stampFile, stamp);
    if (known) return known;
  }
  const hash = createHash('sha256');
  hash.update(`confbot-snapshot ${SNAPSHOT_VERSION}\0${codeFingerprint()}\0${JSON.stringify(search)}\0`);
  // Entry files already read (by `corpus build`, which parses the same bytes) are not read again. The
  // others are read synchronously: ten thousand small files through the thread pool took about ten
  // times as long (1.1 s against 0.12 s at 100k), and a start waits for the key either way.
  const contents = entryFiles
    ? [...files.slice(0, 2).map(readOrEmpty), ...entryFiles.map((f) => f.bytes)]
    : files.map(readOrEmpty);
  files.forEach((f, i) => {
    hash.update(`${relative(dir, f).split(sep).join('/')}\0`);
    hash.update(contents[i] as Buffer);
    hash.update('\0');
  });
  const key = hash.digest('hex');
  if (stampFile && stamp) await recordKey(stampFile, stamp, key);
  return key;
}

/** What {@link codeFiles} lists. */
interface CodeFiles {
  /** Our corpus and search source files. */
  sources: string[];
  /** The libraries, each with its version and, when found, its package.json. */
  packages: { name: string; version: string; file?: string }[];
}

let code: CodeFiles | undefined;
let fingerprint: string | undefined;

/**
 * The files that decide how a corpus is parsed and indexed: our corpus and search code, and the
 * package.json of five libraries, with those libraries' versions. Listed, not read.
 */
function codeFiles(): CodeFiles {
  if (code) return code;
  const here = dirname(fileURLToPath(import.meta.url));
  // Compiled code (dist/src/...) keys snapshots by the TypeScript sources, as tsx does, so a snapshot
  // built by either is used by the other; without the sources, by the compiled files themselves.
  const source = here.replace(/([\\/])dist[\\/](src[\\/])/, '$1$2');
  const base = sourceFiles(source).length > 0 ? source : here;
  const sources = [join(base, '..', 'corpus'), base].flatMap((folder) =>
    sourceFiles(folder).map((name) => join(folder, name)),
  );
  // yaml and zod shape the parsed entries a snapshot stores, as minisearch, stemmer and wink-lemmatizer
  // shape the index terms.
  const packages = ['minisearch', 'stemmer', 'wink-lemmatizer', 'yaml', 'zod'].map((name) => {
    const found = packageJson(name);
    return found ? { name, ...found } : { name, version: 'unknown' };
  });
  code = { sources, packages };
  return code;
}

/** Every file a snapshot key depends on: {@link codeFiles}' and the corpus's. */
function codeAndCorpus(corpusFiles: readonly string[]): string[] {
  const { sources, packages } = codeFiles();
  return [...sources, ...packages.flatMap((p) => (p.file ? [p.file] : [])), ...corpusFiles];
}

/** A hash of what decides how a corpus is parsed and indexed: the content of {@link codeFiles}. */
function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  const { sources, packages } = codeFiles();
  for (const file of sources) hash.update(`${basename(file)}\0`).update(readFileSync(file));
  for (const { name, version } of packages) hash.update(`${name} ${version}\0`);
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

/** A package's package.json and installed version, found by walking up from its entry point. */
function packageJson(name: string): { file: string; version: string } | undefined {
  try {
    let folder = dirname(createRequire(import.meta.url).resolve(name));
    for (let i = 0; i < 6; i++) {
      const file = join(folder, 'package.json');
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return { file, version: pkg.version ?? 'unknown' };
      } catch {
        // No package.json at this level: keep walking up.
      }
      folder = dirname(folder);
    }
  } catch {
    // Not resolvable from here: the key then only changes with the other inputs.
  }
  return undefined;
}

/** A file's bytes, or none when it cannot be read (a missing vocabulary.yml still makes a key). */
function readOrEmpty(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    return Buffer.alloc(0);
  }
}
