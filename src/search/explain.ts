import type { Explanation } from './answer-question.ts';

/** Most candidates listed by {@link formatExplanation}: enough to see why the winner won. */
const LISTED_CANDIDATES = 8;

/**
 * Each stage's output for one question, as plain text: what the line was read as, the words weighed,
 * the candidates with their scores and verdicts, and the result. For `confbot query --explain` and the
 * terminal chat's `/explain`.
 */
export function formatExplanation(x: Explanation): string {
  const u = x.understanding;
  const lines = [
    `understand: kind=${u.kind}${u.yesNo ? ' (yes/no)' : ''}${u.smallTalk ? ` small-talk=${u.smallTalk}` : ''}`,
    `  question: ${u.question || '(none)'}`,
    ...(u.asides.length > 0 ? [`  set aside: ${u.asides.join(' | ')}`] : []),
    `  names: ${u.names.join(', ') || '-'}   numbers: ${u.numbers.join(', ') || '-'}`,
    `  tokens: ${u.tokens.map((t) => `${t.text}/${t.pos}${t.light ? '*' : ''}`).join(' ')}   (* = light)`,
    `retrieve: ${
      x.weighted.concepts
        .map(
          (c) =>
            `${c.word}[${c.alternatives.join('|')}] w=${c.weight.toFixed(2)}${c.known ? '' : ' unknown'}`,
        )
        .join('; ') || '(no words)'
    }`,
    `verify: ${x.candidates.length} candidate(s)`,
    ...x.candidates
      .slice(0, LISTED_CANDIDATES)
      .map(
        ({ hit, verdict }, i) =>
          `  ${i + 1}. ${verdict.ok ? 'OK  ' : 'FAIL'} rank=${hit.rank.toFixed(2)} cover=${hit.coverage.toFixed(2)} ${
            hit.passage.id
          }: ${verdict.reason}\n       "${clip(hit.passage.text)}"`,
      ),
    x.result.found
      ? `compose: answer from ${x.result.passages.map((p) => p.passage.id).join(' + ')}${
          x.result.lead ? ` (lead: ${x.result.lead})` : ''
        }: ${x.result.reason}${x.result.unanswered ? ` (not answered: "${x.result.unanswered}")` : ''}`
      : `compose: decline: ${x.result.reason}${
          x.result.partial
            ? ` (partial: has ${x.result.partial.passage.passage.id}, lacks ${x.result.partial.missing.join(', ')})`
            : ''
        }`,
  ];
  return lines.join('\n');
}

function clip(text: string): string {
  return text.length > 110 ? `${text.slice(0, 109)}…` : text;
}
