import { userError } from '../errors.ts';

/** Longest message accepted, in characters. A question longer than this is almost certainly a paste. */
export const MAX_INPUT_CHARS = 1000;

/**
 * How many times the cap raw platform text may be before any processing: Slack and Discord markup
 * (`<@U123|name>`, `<https://...|label>`) and spaces shrink when cleaned, so the exact cap applies to
 * the cleaned text, and this one, to refuse a flood before a regular expression reads it.
 */
export const RAW_INPUT_ALLOWANCE = 4;

/** Name of the umbrella command that prefixes any other (`/confbot resolution 174`). */
export const UMBRELLA_COMMAND = 'confbot';

/** A line of user input, split into the command it names and the argument text. */
export interface ParsedLine {
  /** Command name without the slash, lower-case. */
  name: string;
  args: string;
  /** True when the user typed no command and the text is taken as a question. */
  implicit: boolean;
  /**
   * True when the command is a line's first word without its slash ("resolution 174"): the line may be
   * a question that starts with that word ("Resolution 185 is the IoT one, right?").
   */
  bare?: boolean;
}

/**
 * Every Unicode format character (general category Cf: zero-width spaces and joiners, bidi marks and
 * overrides, the soft hyphen, the Arabic letter mark, tag characters ...). The whole category, not a
 * list: a list always misses one (U+061C and U+00AD once reached replies).
 */
const FORMAT_CHARS = /\p{Cf}/gu;
/** Control characters (Cc): terminal escapes, NUL, line breaks; each becomes a space. */
const CONTROL_CHARS = /\p{Cc}/gu;

/** Removes every format character (Unicode category Cf) from a text. */
export function stripFormatChars(text: string): string {
  return text.replace(FORMAT_CHARS, '');
}

/** The user error for a message over the input cap; the same wording at every entry point. */
export function inputTooLong(length: number, max: number = MAX_INPUT_CHARS) {
  return userError(
    'input-too-long',
    `That message is ${length.toLocaleString('en')} characters long; please keep it under ${max.toLocaleString('en')}.`,
  );
}

/**
 * Cleans raw user text: control characters become spaces and format characters go, so pasted terminal
 * escapes or bidi tricks cannot reach replies or logs. Throws a user error when nothing is left or the
 * text is longer than `max` characters.
 */
export function cleanInput(raw: string, max: number = MAX_INPUT_CHARS): string {
  const text = stripFormatChars(raw).replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') {
    throw userError('empty-input', 'Type a command or a question, for example /resolution 174 or /help.');
  }
  if (text.length > max) throw inputTooLong(text.length, max);
  return text;
}

/**
 * First words that start a question even when a command has the same name (`/who`): "who was
 * elected Secretary-General?" typed without a slash is a question for `/ask`, not `/who was ...`.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'who',
  'what',
  'when',
  'where',
  'which',
  'why',
  'how',
]);

/**
 * Splits a cleaned line into command and argument. `/name args` names a command; so does a first word
 * that is exactly a command name (`resolution 174`, as typed after `@confbot`) and not one of
 * {@link QUESTION_WORDS}; anything else is a
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
  if (commandNames.includes(first) && !QUESTION_WORDS.has(first))
    return { name: first, args: (word?.[2] ?? '').trim(), implicit: false, bare: true };
  return { name: defaultCommand, args: text, implicit: true };
}
