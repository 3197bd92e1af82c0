import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { formatProblem, loadCorpus } from '../../src/corpus/load.ts';
import { corpusWith, MINI_CORPUS } from '../helpers.ts';

/** Loads the mini corpus with edits and returns its problems as `file:line: message` lines. */
async function problemsWith(edits: Parameters<typeof corpusWith>[0]): Promise<string[]> {
  const { dir, cleanup } = await corpusWith(edits);
  try {
    const result = await loadCorpus(dir);
    assert.equal(result.corpus, undefined, 'an invalid corpus must not load');
    return result.problems.map(formatProblem);
  } finally {
    await cleanup();
  }
}

function assertProblem(problems: string[], pattern: RegExp): void {
  assert.ok(
    problems.some((p) => pattern.test(p)),
    `expected a problem matching ${pattern}, got:\n${problems.join('\n')}`,
  );
}

describe('loadCorpus', () => {
  it('loads the bundled corpus without a single problem', async () => {
    const { corpus, problems } = await loadCorpus(DEFAULT_CORPUS_DIR);
    assert.deepEqual(problems.map(formatProblem), []);
    assert.ok(corpus && corpus.entries.length > 30);
  });

  it('loads a valid corpus into entries, passages and conference info', async () => {
    const { corpus, problems } = await loadCorpus(MINI_CORPUS);
    assert.deepEqual(problems, []);
    assert.ok(corpus);
    assert.equal(corpus.conference.shortName, 'EA-30');
    const res = corpus.byId.get('resolution-7');
    assert.equal(res?.number, 7);
    assert.equal(res?.status, 'revised');
    assert.equal(res?.sections[0]?.heading, 'What changed');
    assert.ok(corpus.passages.some((p) => p.entryId === 'resolution-7' && p.isSummary));
  });

  it('strips citation markers from text and keeps them per sentence', async () => {
    const { corpus } = await loadCorpus(MINI_CORPUS);
    const item = corpus?.byId.get('resolution-7')?.sections[0]?.paragraphs[1];
    assert.deepEqual(
      item?.sentences.map((s) => [s.text, s.citations]),
      [
        ['Norway proposed the repair clause.', ['example-news']],
        ['It was adopted without a vote.', ['example-news']],
      ],
    );
  });

  it('gives each passage the sentence before it as context', async () => {
    const { corpus } = await loadCorpus(MINI_CORPUS);
    const second = corpus?.passages.find((p) => p.text === 'It was adopted without a vote.');
    assert.equal(second?.context, 'Norway proposed the repair clause.');
  });

  it('reports malformed YAML with the file and the line of the error', async () => {
    const problems = await problemsWith({
      'outcomes/cable-tax.md': (old) => old.replace('aliases: [landing tax]', 'aliases: [landing tax'),
    });
    assertProblem(problems, /^outcomes\/cable-tax\.md:\d+: malformed YAML/);
    assert.ok(
      !problems.some((p) => /"cable-tax" does not exist/.test(p)),
      'links to a broken file are not reported too',
    );
  });

  it('reports a missing required field at the front matter', async () => {
    const problems = await problemsWith({
      'outcomes/cable-tax.md': (old) => old.replace(/^title: .*\n/m, ''),
    });
    assertProblem(problems, /^outcomes\/cable-tax\.md:\d+: missing required field "title"/);
  });

  it('reports an unknown field on its own line, so typos are caught', async () => {
    const problems = await problemsWith({
      'texts/decision-2.md': (old) => old.replace('status: new', 'status: new\nstatsu: new'),
    });
    assert.ok(problems.includes('texts/decision-2.md:6: unknown field "statsu"'), problems.join('\n'));
  });

  it('reports an invalid kind and an invalid status value', async () => {
    const kind = await problemsWith({
      'texts/decision-2.md': (old) => old.replace('kind: decision', 'kind: decree'),
    });
    assertProblem(kind, /texts\/decision-2\.md:3: field "kind"/);
    const status = await problemsWith({
      'outcomes/cable-tax.md': (old) => old.replace('status: withdrawn', 'status: maybe'),
    });
    assertProblem(status, /outcomes\/cable-tax\.md:4: field "status"/);
  });

  it('reports duplicate ids and names both files', async () => {
    const problems = await problemsWith({
      'outcomes/copy.md': (await import('node:fs')).readFileSync(
        `${MINI_CORPUS}/outcomes/cable-tax.md`,
        'utf8',
      ),
    });
    assertProblem(problems, /duplicate id "cable-tax" \(also in outcomes\/cable-tax\.md\)/);
  });

  it('reports an id that does not match its file name', async () => {
    const problems = await problemsWith({
      'outcomes/cable-tax.md': (old) =>
        old.replace('id: cable-tax', 'id: cable-levy').replace('related: [resolution-7]', 'related: []'),
      'texts/resolution-7.md': (old) => old.replace('related: [cable-tax]', 'related: [cable-levy]'),
    });
    assertProblem(
      problems,
      /outcomes\/cable-tax\.md:2: id "cable-levy" must match the file name "cable-tax\.md"/,
    );
  });

  it('reports duplicate resolution numbers', async () => {
    const problems = await problemsWith({
      'texts/resolution-8.md': (await import('node:fs'))
        .readFileSync(`${MINI_CORPUS}/texts/resolution-7.md`, 'utf8')
        .replace('id: resolution-7', 'id: resolution-8'),
    });
    assertProblem(problems, /texts\/resolution-8\.md:\d+: duplicate resolution 7/);
  });

  it('reports links to entries that do not exist', async () => {
    const problems = await problemsWith({
      'texts/resolution-7.md': (old) =>
        old.replace('related: [cable-tax]', 'related: [cable-tax, no-such-entry]'),
    });
    assertProblem(problems, /texts\/resolution-7\.md:\d+: related entry "no-such-entry" does not exist/);
  });

  it('reports a paragraph without a source', async () => {
    const problems = await problemsWith({
      'texts/decision-2.md': (old) => `${old}\nDecision 2 was popular.\n`,
    });
    assertProblem(problems, /^texts\/decision-2\.md:12: this paragraph has no source/);
  });

  it('reports a summary or field value without a source', async () => {
    const summary = await problemsWith({
      'texts/decision-2.md': (old) => old.replace(' [@example-report]"', '"'),
    });
    assertProblem(summary, /texts\/decision-2\.md:\d+: summary has no source/);
    const field = await problemsWith({
      'facts.md': (old) =>
        old.replace('The news story counted 1,000. [@example-news]', 'The news story counted 1,000.'),
    });
    assertProblem(field, /facts\.md:\d+: field "Attendance" has no source/);
  });

  it('reports citations of sources that are missing, unlisted or not sources', async () => {
    const missing = await problemsWith({
      'texts/decision-2.md': (old) =>
        old.replace('sources: [example-report]', 'sources: [example-report, ghost]'),
    });
    assertProblem(missing, /source "ghost" does not exist/);
    const unlisted = await problemsWith({
      'texts/decision-2.md': (old) => old.replace('units. [@example-report]', 'units. [@example-news]'),
    });
    assertProblem(unlisted, /cites \[@example-news\] but "example-news" is not listed in sources/);
    const notSource = await problemsWith({
      'texts/decision-2.md': (old) =>
        old
          .replace('sources: [example-report]', 'sources: [example-report, cable-tax]')
          .replace('units. [@example-report]', 'units. [@example-report; @cable-tax]'),
    });
    assertProblem(notSource, /"cable-tax" is a outcome, not a source/);
  });

  it('reports an entry with no source at all', async () => {
    const problems = await problemsWith({
      'texts/decision-2.md': (old) => old.replace('sources: [example-report]', 'sources: []'),
    });
    assertProblem(problems, /texts\/decision-2\.md:8: field "sources" must list at least one source/);
  });

  it('reports a listed source that is never cited, and a source no entry uses', async () => {
    const listed = await problemsWith({
      'texts/decision-2.md': (old) =>
        old.replace('sources: [example-report]', 'sources: [example-report, example-news]'),
    });
    assertProblem(listed, /source "example-news" is listed but never cited/);
    const orphan = await problemsWith({
      'sources/unused.md':
        '---\nid: unused\nkind: source\ntitle: Unused\npublisher: Nobody\nurl: https://example.org/u\n---\nNothing.\n',
    });
    assertProblem(orphan, /^sources\/unused\.md:2: source "unused" is not cited by any entry/);
  });

  it('reports malformed citation markers', async () => {
    const problems = await problemsWith({
      'texts/decision-2.md': (old) => old.replace('units. [@example-report]', 'units. [@Example Report]'),
    });
    assertProblem(problems, /malformed citation \[@Example Report\]/);
  });

  it('reports files without front matter or with an unclosed one', async () => {
    const none = await problemsWith({ 'texts/decision-2.md': 'Just text.\n' });
    assertProblem(none, /^texts\/decision-2\.md:1: the file must start with a "---" line/);
    const open = await problemsWith({ 'texts/decision-2.md': '---\nid: decision-2\n' });
    assertProblem(open, /^texts\/decision-2\.md:1: the front matter is not closed/);
  });

  it('reports bad source URLs and dates', async () => {
    const problems = await problemsWith({
      'sources/example-news.md': (old) =>
        old
          .replace('https://example.org/news', 'ftp://example.org/news')
          .replace('publisher: Example News', 'publisher: Example News\ndate: 30 April'),
    });
    assertProblem(problems, /field "url" must be an http\(s\) URL/);
    assertProblem(problems, /field "date" must be a date/);
  });

  it("reads the conference's first and last day from corpus.yml, and reports one that is not a date", async () => {
    const { dir, cleanup } = await corpusWith({
      'corpus.yml': (old) => `${old}start: "2014-10-20"\nend: "2014-11-07"\n`,
    });
    try {
      const { corpus } = await loadCorpus(dir);
      assert.equal(corpus?.conference.start, '2014-10-20');
      assert.equal(corpus?.conference.end, '2014-11-07');
    } finally {
      await cleanup();
    }
    const problems = await problemsWith({ 'corpus.yml': (old) => `${old}end: 7 November\n` });
    assertProblem(problems, /^corpus\.yml:\d+: field "end" must be a date/);
  });

  it('reports a missing corpus.yml, an empty folder and a missing folder', async () => {
    assertProblem(await problemsWith({ 'corpus.yml': null }), /^corpus\.yml:0: missing/);
    const empty = await corpusWith({});
    const { rm } = await import('node:fs/promises');
    for (const d of ['texts', 'outcomes', 'sources']) await rm(`${empty.dir}/${d}`, { recursive: true });
    await rm(`${empty.dir}/facts.md`);
    assertProblem((await loadCorpus(empty.dir)).problems.map(formatProblem), /the corpus has no entries/);
    await empty.cleanup();
    assertProblem(
      (await loadCorpus('/no/such/folder')).problems.map(formatProblem),
      /cannot read the corpus: folder not found/,
    );
  });
});

describe('uncertain statements', () => {
  it('marks a [?] sentence uncertain and strips the marker', async () => {
    const { corpus } = await loadCorpus(MINI_CORPUS);
    const sentence = corpus?.byId
      .get('facts')
      ?.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))
      .find((s) => s.text.startsWith('The assembly was reportedly'));
    assert.equal(sentence?.uncertain, true);
    assert.equal(sentence?.text, 'The assembly was reportedly the largest in its history.');
    assert.deepEqual(sentence?.citations, ['example-news']);
  });

  it('rejects a [?] statement that reads as settled fact', async () => {
    const problems = await problemsWith({
      'facts.md': (old) =>
        old.replace('The assembly was reportedly the largest', 'The assembly was the largest'),
    });
    assertProblem(
      problems,
      /^facts\.md:\d+: "The assembly was the largest in its history\." is marked \[\?\] but reads as fact/,
    );
  });

  it('reports an opposite in vocabulary.yml without its fact, by file and line', async () => {
    const problems = await problemsWith({
      'vocabulary.yml': 'opposites:\n  - {claim: split vote, fact: unanimously}\n  - {claim: lost}\n',
    });
    assertProblem(problems, /^vocabulary\.yml:\d+: .*fact/);
  });
});
