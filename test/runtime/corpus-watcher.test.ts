import assert from 'node:assert/strict';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadCorpusOrThrow } from '../../src/corpus/load.ts';
import { silentLogger } from '../../src/log.ts';
import { createContext } from '../../src/registry/registry.ts';
import { ContextHolder } from '../../src/runtime/context-holder.ts';
import { type CorpusWatcher, type ReloadResult, watchCorpus } from '../../src/runtime/corpus-watcher.ts';
import { corpusWith } from '../helpers.ts';

/** Waits until `test` holds, checking every 20 ms, or fails after `ms`. */
async function until(test: () => boolean, what: string, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('watchCorpus', () => {
  let corpus: { dir: string; cleanup: () => Promise<void> };
  let watcher: CorpusWatcher;
  const reloads: ReloadResult[] = [];

  before(async () => {
    corpus = await corpusWith({});
    const holder = new ContextHolder(createContext(await loadCorpusOrThrow(corpus.dir)));
    watcher = watchCorpus({
      dir: corpus.dir,
      holder,
      logger: silentLogger,
      debounceMs: 50,
      onReload: (r) => reloads.push(r),
    });
  });

  after(async () => {
    watcher.close();
    await corpus.cleanup();
  });

  /** Replaces a file the way editors and git do: write a new file beside it, rename it over. */
  async function replace(file: string, edit: (old: string) => string): Promise<void> {
    const path = join(corpus.dir, file);
    const temp = `${path}.tmp-${Date.now()}`;
    await writeFile(temp, edit(await readFile(path, 'utf8')));
    await rename(temp, path);
  }

  it('reloads every time a file is replaced by a rename, not only the first', async () => {
    await replace('facts.md', (old) => `${old}\n`);
    await until(() => reloads.length === 1, 'the first reload');
    await replace('facts.md', (old) => `${old}\n`);
    await until(() => reloads.length === 2, 'the second reload');
    await replace('facts.md', (old) => `${old}\n`);
    await until(() => reloads.length === 3, 'the third reload');
    assert.ok(reloads.every((r) => r.status === 'reloaded'));
  });

  it('ignores files that are not the corpus, such as a snapshot being written', async () => {
    const before = reloads.length;
    await mkdir(join(corpus.dir, '.confbot'), { recursive: true });
    await writeFile(join(corpus.dir, '.confbot', 'snapshot.json'), '{}');
    await writeFile(join(corpus.dir, 'facts.md.swp'), 'editor swap file');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(reloads.length, before);
  });

  it('watches a folder created after it started', async () => {
    const before = reloads.length;
    await mkdir(join(corpus.dir, 'extra'));
    await until(() => reloads.length === before + 1, 'the reload for the new folder');
    const source = await readFile(join(corpus.dir, 'texts', 'resolution-7.md'), 'utf8');
    await writeFile(join(corpus.dir, 'extra', 'note.md'), source.replace(/^id: .*$/m, 'id: extra-note'));
    await until(() => reloads.length === before + 2, 'the reload for a file in the new folder');
  });
});
