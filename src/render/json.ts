import type { Answer } from '../answer.ts';
import { renderText } from './text.ts';

/** The one-line JSON contract of `confbot query --json` (see docs/cli.md). */
export interface JsonAnswer {
  ok: boolean;
  command: string;
  title: string;
  /** Labels about the answer as a whole, e.g. "Official title not verified"; never part of `title`. */
  labels?: string[];
  text: string;
  answer?: string;
  citations: { title: string; url?: string; publisher?: string; date?: string }[];
  suggestions: string[];
}

/** Maps an answer to the CLI JSON contract; `text` is the whole reply as plain text. */
export function toJson(answer: Answer): JsonAnswer {
  return {
    ok: answer.ok,
    command: answer.command,
    title: answer.title,
    ...(answer.labels && answer.labels.length > 0 ? { labels: answer.labels } : {}),
    text: renderText(answer),
    ...(answer.answer !== undefined ? { answer: answer.answer.replace(/\*\*(.+?)\*\*/g, '$1') } : {}),
    citations: answer.citations.map((c) => ({
      title: c.title,
      ...(c.url ? { url: c.url } : {}),
      ...(c.publisher ? { publisher: c.publisher } : {}),
      ...(c.date ? { date: c.date } : {}),
    })),
    suggestions: answer.suggestions,
  };
}
