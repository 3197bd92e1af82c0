import { makeAnswer } from '../src/answer.ts';
import { citationsFor, commandFor, labelFor, relatedFor } from '../src/commands/entry-links.ts';
import {
  labelledStatement,
  outcomeStatusSources,
  outcomeStatusText,
  TITLE_NOT_VERIFIED_LABEL,
} from '../src/commands/status-labels.ts';
import { defineCommand } from '../src/commands/types.ts';
import { userError } from '../src/errors.ts';
import { answerQuestion } from '../src/search/answer-question.ts';
import { resolveFollowUp, subjectOf } from '../src/search/follow-up.ts';
import { highlight } from '../src/search/snippet.ts';

/** The cache lives and dies with its context, which is rebuilt on every reload: one version suffices. */
const CORPUS_VERSION = 1;

/** Longest question echoed back in a title. */
const TITLE_MAX_CHARS = 140;

/** `/ask <question>`: the best supported answer from the corpus, with its source, or "not in the corpus". */
export default defineCommand<{ question: string }>({
  name: 'ask',
  description: 'Answer a free question from the corpus, with its source',
  usage: '/ask <question>',
  examples: ['/ask what happened to OTT services?', '/ask who was elected Secretary-General?'],
  option: {
    name: 'question',
    description: 'Your question, e.g. what happened to OTT services?',
    required: true,
  },
  parse(raw) {
    const question = raw.trim();
    if (question === '') {
      throw userError(
        'missing-argument',
        'What would you like to know? Try /ask what happened to OTT services?',
      );
    }
    return { question };
  },
  complete(partial, ctx) {
    // The question as typed first, then questions about the entries its words point to.
    const typed = partial.trim();
    const about =
      typed.length >= 3
        ? ctx.index
            .searchEntries(typed, { loose: true })
            .filter((h) => h.entry.kind !== 'source')
            .map((h) => `What about ${h.entry.title}?`)
        : [];
    return [...new Set([typed, ...about])].filter((v) => v !== '').map((v) => ({ name: v, value: v }));
  },
  run({ question: typed }, ctx) {
    // In a thread or a DM, "and the TSB one?" is read against the question before it.
    const question = resolveFollowUp(typed, ctx.conversation?.previous);
    // The same question of the same corpus gets the same answer: answered once, then from the cache
    // (a follow-up is cached under the question it stands for).
    const result = ctx.answers
      ? ctx.answers.getOrCompute(question, CORPUS_VERSION, () =>
          answerQuestion(question, ctx.index, ctx.answer),
        )
      : answerQuestion(question, ctx.index, ctx.answer);
    if (result.found) ctx.conversation?.remember({ question, subject: subjectOf(result.entry) });
    const title = question.length > TITLE_MAX_CHARS ? `${question.slice(0, TITLE_MAX_CHARS - 1)}…` : question;
    const short = ctx.corpus.conference.shortName;
    if (!result.found) {
      if (result.smallTalk) {
        return makeAnswer({
          ok: false,
          command: 'ask',
          title,
          body: [
            result.smallTalk === 'thanks'
              ? `You're welcome. Ask me anything about ${short}: /help lists what I can answer.`
              : result.smallTalk === 'farewell'
                ? `Bye for now. Ask me about ${short} any time: /help lists what I can answer.`
                : result.smallTalk === 'opinion'
                  ? `I have no opinion of my own: I say what the ${short} corpus records and name its sources. Try /search with a few key words, or ask what a source said.`
                  : `Hello! I answer questions about ${short} from a cited corpus. Try /ask who was elected Secretary-General?`,
          ],
          suggestions: ['/help'],
        });
      }
      const near = result.nearest;
      const partial = result.partial;
      // The corpus has the subject but not what was asked: say so first, and never present it as the answer.
      const body = partial
        ? [
            partial.passage.passage.uncertain
              ? `The ${short} corpus has no verified answer to that. What it has, unverified: ${labelledStatement(partial.passage.passage, ctx.corpus)}`
              : `The ${short} corpus does not say that (${partial.missing.join(', ')}). What it has: ${labelledStatement(partial.passage.passage, ctx.corpus)}`,
            `More in ${labelFor(partial.passage.entry)}: ${commandFor(partial.passage.entry)}`,
          ]
        : [
            `I don't know: that is not in the ${short} corpus, and I only answer from it.${
              near.length > 0 ? ` Related entries: ${near.map(labelFor).join('; ')}.` : ''
            } Try /search with a few key words, or /help for what I can answer.`,
          ];
      return makeAnswer({
        ok: false,
        command: 'ask',
        title,
        body,
        citations: partial ? citationsFor(ctx.corpus, partial.passage.passage.citations) : [],
        suggestions: partial
          ? [commandFor(partial.passage.entry)]
          : near.length > 0
            ? near.map(commandFor)
            : ['/facts', '/help'],
      });
    }
    const { entry } = result;
    const facts = result.passages.map((p) => labelledStatement(p.passage, ctx.corpus)).join(' ');
    // Sources that disagree on what became of the thing asked are shown, asked about or not.
    const disputed =
      entry.status === 'disputed' ? `The sources disagree: ${outcomeStatusText(entry, ctx.corpus)}. ` : '';
    // A fact-check the corpus contradicts starts with "No": the reader acts on the first word.
    // A line asking two questions, one of which the corpus does not answer, says which one.
    const unanswered = result.unanswered ? ` The ${short} corpus does not say: "${result.unanswered}"` : '';
    const text = `${result.lead === 'no' ? 'No. ' : ''}${disputed}${facts}${unanswered}`;
    // The words that made these sentences the answer, marked so the reader sees why at a glance.
    const matched = new Set(result.passages.flatMap((p) => p.matchedTerms));
    return makeAnswer({
      ok: true,
      command: 'ask',
      title,
      answer: text,
      body: [highlight(text, matched), `More in ${labelFor(entry)}: ${commandFor(entry)}`],
      citations: citationsFor(ctx.corpus, [
        ...result.passages.flatMap((p) => p.passage.citations),
        ...outcomeStatusSources(entry),
      ]),
      ...(entry.titleUnverified ? { labels: [TITLE_NOT_VERIFIED_LABEL] } : {}),
      related: relatedFor(ctx.corpus, [entry.id, ...entry.related]).slice(0, 4),
    });
  },
});
