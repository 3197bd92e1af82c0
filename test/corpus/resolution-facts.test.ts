import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { loadCorpusOrThrow } from '../../src/corpus/load.ts';
import type { Corpus, Entry, Sentence } from '../../src/corpus/types.ts';

/**
 * The fact groups of the PP-14 fact sheet whose home is a resolution entry and that the December 2026
 * audit found missing (its section 5: sheet 3.5 and the 6 November voting episode). Each test loads the
 * bundled corpus with the real loader and checks that the statement sits in the right entry, backed by
 * the right source, so a later edit cannot drop or re-home it unnoticed.
 *
 * The sheet gives two transcripts for these facts: the sixth meeting of Committee 6 (studylib 12941719,
 * for Resolutions 25 and 144) and the seventeenth plenary of 6 November (studylib 12941689, for Poland's
 * request). The constants below name the source entries each statement must cite.
 */
const COMMITTEE_6_SOURCE = 'studylib-committee-6-meeting-6';
const PLENARY_6_NOVEMBER_SOURCE = 'studylib-plenary-meeting-17';

/** Every cited sentence of an entry: summary, field values (as one sentence each) and body. */
function statementsOf(entry: Entry): Sentence[] {
  return [
    ...entry.summary,
    ...entry.fields.map((f) => ({ text: `${f.label}: ${f.value}`, citations: f.citations })),
    ...entry.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences)),
  ];
}

/**
 * Asserts that entry `id` has a statement matching every pattern, and that this statement cites
 * `source`. Returns the statement, so a test can check more about it.
 */
function assertStatement(corpus: Corpus, id: string, patterns: RegExp[], source: string): Sentence {
  const entry = corpus.byId.get(id);
  assert.ok(entry, `the corpus has no entry ${id}`);
  const found = statementsOf(entry).find((s) => patterns.every((p) => p.test(s.text)));
  assert.ok(
    found,
    `${id} has no statement matching ${patterns.join(' and ')}; it says:\n${statementsOf(entry)
      .map((s) => `  ${s.text}`)
      .join('\n')}`,
  );
  assert.ok(
    found.citations.includes(source),
    `"${found.text}" in ${id} cites ${found.citations.join(', ')}, not ${source}`,
  );
  return found;
}

describe('PP-14 resolution facts added after the December 2026 audit', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = await loadCorpusOrThrow(DEFAULT_CORPUS_DIR);
  });

  it('Resolution 25: its revision (DT/15) was debated in Committee 6, in a Brazil-led group, and the UAE asked for a change', () => {
    assertStatement(corpus, 'resolution-25', [/Committee 6/, /DT\/15/], COMMITTEE_6_SOURCE);
    assertStatement(corpus, 'resolution-25', [/Brazil/], COMMITTEE_6_SOURCE);
    assertStatement(corpus, 'resolution-25', [/\bUAE\b/, /change/], COMMITTEE_6_SOURCE);
    assert.equal(corpus.byId.get('resolution-25')?.status, 'unknown', 'its final status was not verified');
  });

  it('Resolution 144: DT/14 was on the Committee 6 agenda of 28 October and was put back when the USA could not present it', () => {
    assertStatement(
      corpus,
      'resolution-144',
      [/DT\/14/, /28 October 2014/, /Committee 6/],
      COMMITTEE_6_SOURCE,
    );
    assertStatement(
      corpus,
      'resolution-144',
      [/United States/, /computer problems/, /put the item back/],
      COMMITTEE_6_SOURCE,
    );
    assert.equal(corpus.byId.get('resolution-144')?.status, 'unknown');
  });

  it('Resolution 162: discussed in Committee 6 in connection with the Varembé building and IMAC', () => {
    assertStatement(
      corpus,
      'resolution-162',
      [/Committee 6/, /Resolution 162/, /Varembé/, /IMAC/],
      'studylib-committee-6-meeting-10',
    );
    assert.equal(corpus.byId.get('resolution-162')?.status, 'unknown');
  });

  it("Resolutions 99 and 125: on 6 November Poland asked that the Committee 5 report be noted first, to take part in a 'possible vote'", () => {
    for (const id of ['resolution-99', 'resolution-125']) {
      assertStatement(
        corpus,
        id,
        [/Poland/, /6 November 2014/, /Committee 5/, /99 and 125/, /possible vote/],
        PLENARY_6_NOVEMBER_SOURCE,
      );
    }
  });

  it('Resolution 99: Palestine was invited as a special observer under Resolution 99 (Rev. Guadalajara, 2010)', () => {
    const said = assertStatement(
      corpus,
      'resolution-99',
      [/Palestine/, /special observer/, /Resolution 99 \(Rev\. Guadalajara, 2010\)/],
      'itu-media-briefing',
    );
    assert.notEqual(said.uncertain, true, 'the sheet marks this fact verified');
  });

  it('Resolutions 99 and 125: the European Commission said the Palestine text was settled without split voting', () => {
    for (const id of ['resolution-99', 'resolution-125']) {
      assertStatement(
        corpus,
        id,
        [/European Commission/, /Palestine/, /without split voting/],
        'eu-commission-pp14-blog',
      );
    }
  });
});
