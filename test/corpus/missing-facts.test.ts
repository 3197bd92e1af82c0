import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { formatProblem, loadCorpus } from '../../src/corpus/load.ts';
import type { Corpus, Sentence } from '../../src/corpus/types.ts';

/**
 * The fact groups the December 2026 audit (section 5) found missing from the PP-14 entries. Each test
 * checks that the bundled corpus states the fact in the entry a user would look in, and cites the source
 * the fact sheet gives for it. Row "3.5" (Resolutions 25, 144 and 162) lives with the resolution entries.
 */

let corpus: Corpus;

before(async () => {
  const result = await loadCorpus(DEFAULT_CORPUS_DIR);
  assert.ok(result.corpus, `the bundled corpus must load:\n${result.problems.map(formatProblem).join('\n')}`);
  corpus = result.corpus;
});

/** Every cited statement of an entry: summary sentences, field values and body sentences. */
function statements(entryId: string): Sentence[] {
  const entry = corpus.byId.get(entryId);
  assert.ok(entry, `entry ${entryId} exists`);
  return [
    ...entry.summary,
    ...entry.fields.map((f) => ({ text: `${f.label}: ${f.value}`, citations: f.citations })),
    ...entry.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences)),
  ];
}

/** Asserts that `entryId` has a statement matching `pattern` that cites `source`. */
function assertStated(entryId: string, pattern: RegExp, source: string): void {
  const all = statements(entryId);
  const matching = all.filter((s) => pattern.test(s.text));
  assert.ok(
    matching.length > 0,
    `${entryId} states nothing matching ${pattern}; its statements:\n${all.map((s) => s.text).join('\n')}`,
  );
  assert.ok(
    matching.some((s) => s.citations.includes(source)),
    `${entryId}: the statement matching ${pattern} cites ${matching.map((s) => s.citations.join(', ')).join(' | ')}, not ${source}`,
  );
  assert.ok(corpus.byId.get(source)?.kind === 'source', `${source} is a source entry`);
}

describe('PP-14 corpus: the fact groups the audit found missing', () => {
  it("states Poland's 6 November request to note the Committee 5 report before a possible vote", () => {
    assertStated(
      'ukraine-palestine-texts',
      /6 November 2014, Poland asked .*Resolutions 99 and 125.*possible vote/,
      'studylib-plenary-meeting-17',
    );
    assertStated('facts', /Poland asked/, 'studylib-plenary-meeting-17');
  });

  it("states Ukraine's proposal (Document 84/Rev.2) and the chairman's thanks to Ukraine and Russia", () => {
    assertStated(
      'ukraine-palestine-texts',
      /5 November 2014.*Document 84\/Rev\.2/,
      'studylib-plenary-meeting-17',
    );
    assertStated('ukraine-palestine-texts', /thanked Ukraine and Russia/, 'studylib-plenary-meeting-17');
  });

  it('states that the EU saw the Ukraine and Palestine texts settled without split voting', () => {
    assertStated(
      'ukraine-palestine-texts',
      /Ukraine and Palestine were settled without split voting/,
      'eu-commission-pp14-blog',
    );
  });

  it('states that Palestine was invited as a special observer under Resolution 99', () => {
    assertStated(
      'ukraine-palestine-texts',
      /Palestine was invited .*special observer under Resolution 99 \(Rev\. Guadalajara, 2010\)/,
      'itu-media-briefing',
    );
    assertStated('facts', /Palestine was invited .*special observer/, 'itu-media-briefing');
  });

  it('names the chairman of Committee 4 (Editorial) as "Dr. Hoballah"', () => {
    assertStated(
      'facts',
      /Committee 4, the Editorial Committee, .*"Dr\. Hoballah"/,
      'studylib-plenary-meeting-15',
    );
  });

  it('gives the registration VIPs: 94 ministers, 26 deputy ministers and 42 ambassadors', () => {
    assertStated('facts', /94 ministers, 26 deputy ministers and 42 ambassadors/, 'itu-media-briefing');
  });

  it('compares PP-14 with PP-10: 2,378 participants, 131 ministerial-level guests from 174 nations, 50 ambassadors', () => {
    assertStated(
      'facts',
      /PP-10 in Guadalajara, had 2,378 participants, with 131 ministerial-level guests from 174 nations and 50 ambassadors/,
      'busanhaps-guide',
    );
  });

  it("states CITEL's 46 Inter-American Proposals, agreed in Buenos Aires in September 2014", () => {
    assertStated(
      'facts',
      /46 Inter-American Proposals within CITEL, .*Buenos Aires in September 2014/,
      'state-dept-inter-american-proposals',
    );
    assertStated(
      'timeline',
      /September 2014.*46 Inter-American Proposals/,
      'state-dept-inter-american-proposals',
    );
  });

  it('dates the Circular Letters 47 (21 October 2011) and 67 (13 December 2011)', () => {
    assertStated('timeline', /21 October 2011.*Circular Letter 47/, 'itu-pp14-about');
    assertStated('timeline', /13 December 2011, Circular Letter 67/, 'itu-pp14-about');
    assertStated(
      'facts',
      /Circular Letter 47 of 21 October 2011.*Circular Letter 67 of 13 December 2011/,
      'itu-pp14-about',
    );
  });

  it('states the headquarters working group and the Committee 6 ad hoc group on the Varembé building', () => {
    assertStated(
      'facts',
      /working group to study long-term options for ITU's headquarters/,
      'anacom-conclusions',
    );
    assertStated(
      'facts',
      /ad hoc group of Committee 6 discussed the Varembé building/,
      'studylib-committee-6-meeting-10',
    );
  });

  it("states Document PP-14/90: the ITU-T study-group chairmen's objections to the working definition of ICT", () => {
    assertStated('ict-definition', /Document 90.*not mature/, 'docsbay-pp14-document-90');
    assertStated(
      'ict-definition',
      /content, services, software, applications and the security of networks and data/,
      'docsbay-pp14-document-90',
    );
  });

  it('names the ICT-definition group chair Roxanne McElvane and co-convener Vladimir Minkin', () => {
    assertStated(
      'ict-definition',
      /Roxanne McElvane of the United States chaired .*Vladimir Minkin of Russia was its co-convener/,
      'itu-ict-definition-group',
    );
    assertStated('ict-definition', /McElvane/, 'slideplayer-ict-definition-conveners');
  });

  it("states that the Guardian's Samantha Dickinson listed the ICT-definition debate among the main issues", () => {
    assertStated(
      'ict-definition',
      /Guardian.*Samantha Dickinson.*define ICT among the main issues/,
      'guardian-dickinson-analysis',
    );
  });

  it("states the civil-society letter of 8 October 2014 and ITU's webcasting plan", () => {
    assertStated('document-access', /8 October 2014 to ask for more openness/, 'apc-civil-society-letter');
    assertStated(
      'document-access',
      /webcast the PP-14 plenary, the Working Group of the Plenary, Committee 5 and Committee 6/,
      'multichannel-pp14-open',
    );
  });

  it("states Access Now's view that document access and opening processes were significant gains", () => {
    assertStated(
      'document-access',
      /Access Now counted access to documents and the opening of ITU processes among the significant gains/,
      'access-now-outcomes',
    );
  });

  it('states the follow-up: a document access policy adopted by the Council in 2016', () => {
    assertStated(
      'document-access',
      /Council adopted an information and document access policy at its 2016 session/,
      'itu-pp18-documents',
    );
  });

  it("states academia's first 12 members (14 January 2011) and the trial fees", () => {
    assertStated(
      'academia',
      /first 12 academic institutions joined ITU as academia members on 14 January 2011/,
      'waseda-itu-academia',
    );
    assertStated(
      'academia',
      /developed country paid 1\/16 of a contributory unit, or CHF 3,975/,
      'itu-blog-academia-2010',
    );
    assertStated(
      'academia',
      /developing country paid 1\/32 of a contributory unit, or CHF 1,987\.5/,
      'itu-blog-academia-2010',
    );
  });

  it("states OTI's first dispatch: the US delegation, ITU's Internet role since 2010, and taking part through delegations", () => {
    assertStated(
      'facts',
      /US delegation .*State Dept, the FCC and NTIA, plus members from the private sector/,
      'oti-dispatch-1',
    );
    assertStated(
      'internet-governance',
      /more involved in Internet issues since the Guadalajara conference of 2010/,
      'oti-dispatch-1',
    );
    assertStated(
      'transparency',
      /joining a national delegation was the only real way to take part/,
      'oti-dispatch-1',
    );
  });

  it("states OTI's second dispatch: ITU works by consensus, and the final week was for settling text and adoption", () => {
    assertStated('facts', /ITU works by consensus/, 'oti-dispatch-2');
    assertStated(
      'facts',
      /final week of PP-14 was set aside for settling the text still open and for formal adoption/,
      'oti-dispatch-2',
    );
  });

  it("states the New America playbook's points: the agenda, the multistakeholder model and the week's SG election", () => {
    assertStated(
      'internet-governance',
      /cybersecurity, interconnection and net neutrality/,
      'new-america-playbook',
    );
    assertStated('internet-governance', /could affect the multistakeholder model/, 'new-america-playbook');
    assertStated(
      'internet-governance',
      /new Secretary-General had been elected that week/,
      'new-america-playbook',
    );
  });
});
