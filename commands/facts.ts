import { makeAnswer } from '../src/answer.ts';
import { entryAnswer } from '../src/commands/entry-answer.ts';
import { citationsFor } from '../src/commands/entry-links.ts';
import { labelledStatement } from '../src/commands/status-labels.ts';
import { defineCommand } from '../src/commands/types.ts';
import { queryConcepts, terms } from '../src/search/text.ts';

/** `/facts [aspect]`: the conference at a glance, or the facts about one aspect (`/facts dates`). */
export default defineCommand<{ aspect: string }>({
  name: 'facts',
  description: 'The conference at a glance: dates, venue, attendance, counts, elections, disagreements',
  usage: '/facts [aspect]   (dates, venue, attendance, ...)',
  examples: ['/facts', '/facts attendance'],
  option: { name: 'aspect', description: 'Optional: dates, venue, attendance, ...', required: false },
  parse: (raw) => ({ aspect: raw.trim() }),
  run({ aspect }, ctx) {
    const entry = ctx.corpus.entries.find((e) => e.kind === 'facts');
    const conference = ctx.corpus.conference;
    if (!entry) {
      return makeAnswer({
        ok: false,
        command: 'facts',
        title: `${conference.shortName} at a glance`,
        body: [`${conference.description} The corpus has no facts entry yet.`],
      });
    }
    const answer = entryAnswer(entry, ctx, { command: 'facts', title: entry.title });
    if (aspect === '') return answer;
    // An aspect narrows the fields to those whose label or value shares a word (or synonym) with it.
    const wanted = new Set(
      queryConcepts(aspect, ctx.corpus.vocabulary?.synonyms).flatMap((c) => c.alternatives),
    );
    const fields = entry.fields.filter((f) => terms(`${f.label} ${f.value}`).some((t) => wanted.has(t)));
    if (fields.length === 0) {
      return makeAnswer({
        ok: false,
        command: 'facts',
        title: `No fact about "${aspect}"`,
        body: [
          `The facts entry has nothing on "${aspect}". Its topics: ${entry.fields.map((f) => f.label).join(', ')}.`,
        ],
        suggestions: ['/facts', `/ask ${aspect}`],
      });
    }
    return makeAnswer({
      ok: true,
      command: 'facts',
      title: `${entry.title}: ${aspect}`,
      fields: fields.map((f) => ({
        label: f.label,
        value: labelledStatement({ ...f, text: f.value }, ctx.corpus),
      })),
      citations: citationsFor(
        ctx.corpus,
        fields.flatMap((f) => f.citations),
      ),
      suggestions: ['/facts'],
    });
  },
});
