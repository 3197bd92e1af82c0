import type { CommandContext } from '../../commands/types.ts';
import { explainQuestion } from '../../search/answer-question.ts';
import { formatExplanation } from '../../search/explain.ts';

/** How /ask reads a line: `@confbot`, `/ask` and the bare question all explain the question itself. */
export function explainLine(line: string, ctx: CommandContext): string {
  const question = line
    .trim()
    .replace(/^@\S+\s*/, '')
    .replace(/^\/(?:ask|explain)\b\s*/i, '');
  if (/^\//.test(question)) return `explain: "${line}" is a command, not a question for /ask`;
  return formatExplanation(explainQuestion(question, ctx.index, ctx.answer));
}
