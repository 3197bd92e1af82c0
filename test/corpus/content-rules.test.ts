import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { checkCorpus } from '../../src/corpus/check.ts';
import { checkContent, looksLikeQuestion, questionKey } from '../../src/corpus/content-rules.ts';
import { formatProblem, loadCorpusOrThrow } from '../../src/corpus/load.ts';
import { ROOT } from '../helpers.ts';

const RULES = join(ROOT, 'test', 'fixtures', 'corpus-rules');
const MARKED = join(ROOT, 'test', 'fixtures', 'marked-corpus');

/** The problems `corpus check` reports for a fixture corpus that breaks one rule. */
async function problemsOf(fixture: string, strict = false): Promise<string[]> {
  const { problems } = await checkCorpus({ dir: join(RULES, fixture), requireQuestions: strict });
  return problems.map(formatProblem);
}

function assertOnly(problems: string[], pattern: RegExp): void {
  assert.ok(
    problems.some((p) => pattern.test(p)),
    `expected a problem matching ${pattern}, got:\n${problems.join('\n')}`,
  );
}

describe('corpus check content rules', () => {
  it('passes a corpus that uses every marker rightly, even with questions required', async () => {
    assert.deepEqual(await checkCorpus({ dir: MARKED, requireQuestions: true }).then((r) => r.problems), []);
  });

  it('fails on a statement about the corpus itself, at its line', async () => {
    const problems = await problemsOf('meta-words');
    assert.deepEqual(problems.length, 1, problems.join('\n'));
    assertOnly(problems, /^outcomes\/cable-tax\.md:13: .*talks about the corpus \("this corpus"\)/);
  });

  it('fails on a hedge word in a statement not marked [?]', async () => {
    const problems = await problemsOf('hedge-without-mark');
    assert.equal(problems.length, 1, problems.join('\n'));
    assertOnly(problems, /^outcomes\/cable-tax\.md:13: .*hedges \("reportedly"\) without \[\?\]/);
  });

  it('accepts the same hedge once the statement is marked [?]', async () => {
    const corpus = await loadCorpusOrThrow(MARKED);
    const marked = corpus.byId.get('decision-4')?.sections[0]?.paragraphs[0]?.sentences[0];
    assert.match(marked?.text ?? '', /reportedly/);
    assert.equal(marked?.uncertain, true);
    assert.deepEqual(checkContent(corpus), []);
  });

  it('fails on a placeholder title, asking to leave the title out', async () => {
    const problems = await problemsOf('placeholder-title');
    assert.equal(problems.length, 1, problems.join('\n'));
    assertOnly(
      problems,
      /^texts\/resolution-9\.md:6: title "Resolution 9 \(title not verified\)" is a placeholder/,
    );
  });

  it('fails on [only] with more than one cited source', async () => {
    const problems = await problemsOf('only-two-sources');
    assert.equal(problems.length, 1, problems.join('\n'));
    assertOnly(problems, /^outcomes\/cable-tax\.md:13: .*is marked \[only\] but cites 2 sources/);
  });

  it('fails on a question that is not a question, at its own line', async () => {
    const problems = await problemsOf('question-not-a-question');
    assert.deepEqual(problems, [
      'outcomes/cable-tax.md:8: question "The cable landing tax." is not a question: end it with "?" or start it with a question word (what, who, how, tell me, ...)',
    ]);
  });

  it('fails on an empty question', async () => {
    assertOnly(
      await problemsOf('question-empty'),
      /^outcomes\/cable-tax\.md:8: field "questions\.1" must not be empty/,
    );
  });

  it('fails on the same question in two entries, whatever its case and spacing', async () => {
    const problems = await problemsOf('question-duplicate');
    assert.deepEqual(problems.length, 1, problems.join('\n'));
    assertOnly(
      problems,
      /^outcomes\/port-fee\.md:8: question "What {2}happened to the Cable Tax" is also at outcomes\/cable-tax\.md:7/,
    );
  });

  it('requires three questions per entry only when asked to (--strict)', async () => {
    assert.deepEqual(await problemsOf('questions-too-few'), []);
    const strict = await problemsOf('questions-too-few', true);
    assert.deepEqual(strict, [
      'outcomes/cable-tax.md:7: has 1 question(s): give at least 3 ways people ask for what it says ("questions:")',
    ]);
  });

  it('fails on status: disputed without statuses', async () => {
    assertOnly(
      await problemsOf('disputed-without-statuses'),
      /^outcomes\/cable-tax\.md:4: field "status" is disputed, so "statuses" must list what each source says/,
    );
  });

  it('fails on statuses without status: disputed', async () => {
    assertOnly(
      await problemsOf('statuses-without-disputed'),
      /^outcomes\/cable-tax\.md:6: field "statuses" is only allowed with status: disputed/,
    );
  });

  it('fails on a statuses source not listed in sources, at its line', async () => {
    assert.deepEqual(await problemsOf('statuses-source-not-listed'), [
      'outcomes/cable-tax.md:7: statuses: source "example-society" is not listed in sources',
    ]);
  });

  it('fails on statuses naming one source only', async () => {
    assertOnly(
      await problemsOf('statuses-one-source'),
      /^outcomes\/cable-tax\.md:6: field "statuses" must list at least two sources that disagree/,
    );
  });

  it('fails on a statuses status that is not an outcome status', async () => {
    assertOnly(
      await problemsOf('statuses-unknown-status'),
      /^outcomes\/cable-tax\.md:7: field "statuses\.1\.status" Invalid option/,
    );
  });

  // The bundled corpus holds to every rule, so none of the audit's findings comes back.
  it('finds no meta line, placeholder title, unmarked hedge or bad question in the bundled corpus', async () => {
    const problems = checkContent(await loadCorpusOrThrow(DEFAULT_CORPUS_DIR));
    assert.deepEqual(problems.map(formatProblem), []);
  });

  it('gives every bundled entry but sources at least three questions (corpus check --strict)', async () => {
    const problems = checkContent(await loadCorpusOrThrow(DEFAULT_CORPUS_DIR), { requireQuestions: true });
    assert.deepEqual(problems.map(formatProblem), []);
  });
});

describe('looksLikeQuestion', () => {
  it('takes a "?" or a question opener, in the asker\'s words', () => {
    for (const q of [
      "what's the deal with the ICT definition",
      'what’s the deal with the ICT definition',
      'who got the radio job',
      'tell me about Resolution 71',
      'Any news on the India proposal',
      'the India proposal?',
      'did the US sign the final acts',
    ])
      assert.equal(looksLikeQuestion(q), true, q);
  });

  it('refuses statements and bare names', () => {
    for (const q of ['The India proposal.', 'Resolution 71', 'Houlin Zhao was elected', 'whatever happened'])
      assert.equal(looksLikeQuestion(q), false, q);
  });
});

describe('questionKey', () => {
  it('ignores case, spacing, curly apostrophes and the final "?"', () => {
    assert.equal(questionKey("  What's   the  deal? "), questionKey('what’s the deal'));
    assert.notEqual(questionKey('what is the deal'), questionKey('what was the deal'));
  });
});
