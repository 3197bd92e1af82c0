import { userError } from '../errors.ts';

/** Longest message accepted, in characters. A question longer than this is almost certainly a paste. */
export const MAX_INPUT_CHARS = 1000;

/** Name of the umbrella command that prefixes any other (`/confbot resolution 174`). */
export const UMBRELLA_COMMAND = 'confbot';

/** A line of user input, split into the command it names and the argument text. */
export interface ParsedLine {
  /** Command name without the slash, lower-case. */
  name: string;
  args: string;
  /** True when the user typed no command and the text is taken as a question. */
  implicit: boolean;
}

/**
 * Cleans raw user text: control and invisible formatting characters become spaces or go, so pasted
 * terminal escapes or bidi tricks cannot reach replies or logs. Throws a user error when nothing is left
 * or the text is too long.
 */
export function cleanInput(raw: string): string {
  const text = raw
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') {
    throw userError('empty-input', 'Type a command or a question, for example /resolution 174 or /help.');
  }
  if (text.length > MAX_INPUT_CHARS) {
    throw userError(
      'input-too-long',
      `That message is ${text.length.toLocaleString('en')} characters long; please keep it under ${MAX_INPUT_CHARS.toLocaleString('en')}.`,
    );
  }
  return text;
}

/**
 * Splits a cleaned line into command and argument. `/name args` names a command; so does a first word
 * that is exactly a command name (`resolution 174`, as typed after `@confbot`); anything else is a
 * question for `defaultCommand`. A leading `@confbot` is dropped.
 */
export function parseLine(text: string, commandNames: readonly string[], defaultCommand = 'ask'): ParsedLine {
  // "@confbot who was elected?" as typed in the terminal chat, or pasted from a thread: the mention
  // addresses the bot and is not part of the question.
  const mention = new RegExp(`^@${UMBRELLA_COMMAND}\\b[\\s:,]*([\\s\\S]*)$`, 'i').exec(text);
  if (mention) return parseLine((mention[1] ?? '').trim() || '/help', commandNames, defaultCommand);
  const slash = /^\/(\S*)\s*([\s\S]*)$/.exec(text);
  if (slash) {
    const name = (slash[1] ?? '').toLowerCase();
    const args = (slash[2] ?? '').trim();
    if (name === UMBRELLA_COMMAND)
      return args === ''
        ? { name: 'help', args: '', implicit: false }
        : parseLine(args, commandNames, defaultCommand);
    return { name, args, implicit: false };
  }
  const word = /^(\S+?):?(?:\s+([\s\S]*))?$/.exec(text);
  const first = (word?.[1] ?? '').toLowerCase();
  if (first === UMBRELLA_COMMAND)
    return parseLine((word?.[2] ?? '').trim() || '/help', commandNames, defaultCommand);
  if (commandNames.includes(first)) return { name: first, args: (word?.[2] ?? '').trim(), implicit: false };
  return { name: defaultCommand, args: text, implicit: true };
}
