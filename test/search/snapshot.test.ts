import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dispatch } from '../../src/commands/dispatch.ts';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { listMarkdown, loadCorpusOrThrow } from '../../src/corpus/load.ts';
import { silentLogger } from '../../src/log.ts';
import { createContext } from '../../src/registry/registry.ts';
import { SearchIndex } from '../../src/search/search-index.ts';
import { buildSnapshot, openCorpus, SNAPSHOT_FILE, SNAPSHOT_VERSION } from '../../src/search/snapshot.ts';
import { corpusWith, ROOT } from '../helpers.ts';

const LINES = [
  '/resolution 7',
  '/outcome landing tax',
  '/ask who proposed the repair clause',
  '/ask how many delegates attended',
  '/search cable',
  '/ask what about spectrum on mars',
];

/** Every answer of {@link LINES} as text, for comparing two ways of opening a corpus. */
async function answers(
  opened: { corpus: Parameters<typeof createContext>[0]; index: SearchIndex },
  lines: readonly string[] = LINES,
) {
  const ctx = createContext(opened.corpus, { index: opened.index });
  const out: unknown[] = [];
  for (const line of lines) out.push(await dispatch(line, { ctx, logger: silentLogger }));
  return JSON.stringify(out);
}

describe('index snapshots', () => {
  it('are used when they match the corpus, and answer exactly as a fresh index does', async () => {
    const { dir, cleanup } = await corpusWith({});
    try {
      const built = await buildSnapshot(dir);
      assert.equal(built.file, join(dir, SNAPSHOT_FILE));
      const opened = await openCorpus(dir);
      assert.equal(opened.source, 'snapshot');
      const corpus = await loadCorpusOrThrow(dir);
      assert.equal(await answers(opened), await answers({ corpus, index: new SearchIndex(corpus) }));
    } finally {
      await cleanup();
    }
  });

  it('of the bundled corpus answer every dev question as the corpus read from its files does', async () => {
    // The bundled corpus has a vocabulary (synonyms, phrases), which a snapshot must restore too.
    const dir = await mkdtemp(join(tmpdir(), 'confbot-snapshot-'));
    try {
      await cp(DEFAULT_CORPUS_DIR, dir, { recursive: true });
      await rm(join(dir, '.confbot'), { recursive: true, force: true });
      await buildSnapshot(dir);
      const opened = await openCorpus(dir);
      assert.equal(opened.source, 'snapshot');
      const corpus = await loadCorpusOrThrow(dir);
      const lines = (await readFile(join(ROOT, 'test', 'fixtures', 'dev-questions.jsonl'), 'utf8'))
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { line: string }).line);
      assert.ok(lines.length > 20);
      assert.deepEqual(opened.corpus.vocabulary, corpus.vocabulary);
      assert.equal(
        await answers(opened, lines),
        await answers({ corpus, index: new SearchIndex(corpus) }, lines),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('are rebuilt when missing', async () => {
    const { dir, cleanup } = await corpusWith({});
    try {
      const opened = await openCorpus(dir);
      assert.equal(opened.source, 'built');
      assert.equal(opened.reason, 'no snapshot');
    } finally {
      await cleanup();
    }
  });

  it('are ignored when the corpus changed since, so answers come from the corpus as it is', async () => {
    const { dir, cleanup } = await corpusWith({});
    try {
      await buildSnapshot(dir);
      const file = join(dir, 'outcomes', 'cable-tax.md');
      await writeFile(
        file,
        (await readFile(file, 'utf8')).replaceAll('Several delegations', 'Forty delegations'),
      );
      const opened = await openCorpus(dir);
      assert.equal(opened.source, 'built');
      assert.match(opened.reason ?? '', /stale/);
      assert.match(await answers(opened), /Forty delegations/);
    } finally {
      await cleanup();
    }
  });

  it("are used by the files' stamps when every file keeps its size and time, and ignored when one changes even to the same size", async () => {
    const { dir, cleanup } = await corpusWith({});
    try {
      // Files last written an hour ago: their stamps are trusted (a file written in the last seconds is not).
      const files = [join(dir, 'corpus.yml'), join(dir, 'vocabulary.yml'), ...(await listMarkdown(dir))];
      const hourAgo = new Date(Date.now() - 3_600_000);
      for (const f of files) await utimes(f, hourAgo, hourAgo).catch(() => undefined);
      await buildSnapshot(dir);
      const fresh = await openCorpus(dir);
      assert.equal(fresh.source, 'snapshot');
      const file = join(dir, 'outcomes', 'cable-tax.md');
      const before = await readFile(file, 'utf8');
      const after = before.replaceAll('Several delegations', 'Seventy delegations');
      assert.equal(after.length, before.length);
      await writeFile(file, after);
      const opened = await openCorpus(dir);
      assert.equal(opened.source, 'built');
      assert.match(opened.reason ?? '', /stale/);
      assert.notEqual(opened.key, fresh.key);
      assert.match(await answers(opened), /Seventy delegations/);
    } finally {
      await cleanup();
    }
  });

  it('are ignored when the search options differ from those they were built with', async () => {
    const { dir, cleanup } = await corpusWith({});
    try {
      await buildSnapshot(dir);
      const opened = await openCorpus(dir, { search: { fuzzy: 0.3 } });
      assert.equal(opened.source, 'built');
    } finally {
      await cleanup();
    }
  });

  it('are ignored when of another format version', async () => {
    const { dir, cleanup } = await corpusWith({});
    try {
      const { file } = await buildSnapshot(dir);
      const [header, payload] = (await readFile(file, 'utf8')).split('\n') as [string, string];
      const other = { ...JSON.parse(header), version: SNAPSHOT_VERSION + 1 };
      await writeFile(file, `${JSON.stringify(other)}\n${payload}`);
      const opened = await openCorpus(dir);
      assert.equal(opened.source, 'built');
      assert.match(opened.reason ?? '', /version/);
    } finally {
      await cleanup();
    }
  });

  it('are ignored when corrupt: cut short, garbage, or a changed byte anywhere in the payload', async () => {
    const { dir, cleanup } = await corpusWith({});
    try {
      const { file } = await buildSnapshot(dir);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.slice(0, text.length / 2));
      const cut = await openCorpus(dir);
      assert.equal(cut.source, 'built');
      assert.match(cut.reason ?? '', /unreadable/);
      await writeFile(file, 'not a snapshot');
      assert.equal((await openCorpus(dir)).source, 'built');
      // A flipped figure would still parse: the checksum is what stops it giving a wrong answer.
      await writeFile(file, text.replace('About 900 delegates', 'About 100 delegates'));
      const broken = await openCorpus(dir);
      assert.equal(broken.source, 'built');
      assert.match(broken.reason ?? '', /checksum/);
      const corpus = await loadCorpusOrThrow(dir);
      assert.equal(await answers(broken), await answers({ corpus, index: new SearchIndex(corpus) }));
    } finally {
      await cleanup();
    }
  });
});
