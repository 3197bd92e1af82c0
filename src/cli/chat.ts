import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../answer.ts';
import { ConversationMemory } from '../commands/conversation-memory.ts';
import { type DispatchOptions, dispatch } from '../commands/dispatch.ts';
import type { CommandContext } from '../commands/types.ts';
import type { Logger } from '../log.ts';
import { renderText } from '../render/text.ts';
import { MORE_COMMAND, renderTextCompact } from '../render/text-compact.ts';
import { explainLine } from './explain-line.ts';

/** Lines that end the chat. */
const QUIT = new Set(['/quit', '/exit', 'quit', 'exit']);

/** Streams and services of the terminal chat; the defaults are the process's own. */
export interface ChatOptions {
  ctx: CommandContext;
  logger: Logger;
  input?: Readable;
  output?: Writable;
  /** Shows a greeting, a prompt and colours; on by default when output is a terminal. */
  interactive?: boolean;
  /** Told how each line ended (the team loop records declined questions). */
  onOutcome?: DispatchOptions['onOutcome'];
}

/**
 * The local terminal chat: reads lines (typed or piped), answers each in order with a compact card, and
 * keeps going after any bad input. `/more` shows the whole of the last answer. Resolves when input ends
 * or the user types /quit.
 */
export async function runChat({
  ctx,
  logger,
  input = process.stdin,
  output = process.stdout,
  interactive,
  onOutcome,
}: ChatOptions): Promise<void> {
  const tty = interactive ?? Boolean((output as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output, terminal: tty, prompt: '> ' });
  const write = (text: string) => output.write(`${text}\n`);
  if (tty) {
    const { conference } = ctx.corpus;
    write(
      `confbot: ${conference.name} (${conference.shortName}). Type /help for commands, or ask a question. ${MORE_COMMAND} expands the last answer, /explain <question> shows how it is read; /quit to leave.`,
    );
    rl.prompt();
  }
  let last: Answer | undefined;
  const memory = new ConversationMemory();
  for await (const line of rl) {
    const typed = line.trim().toLowerCase();
    if (QUIT.has(typed)) break;
    if (/^\/explain\b/.test(typed)) {
      // How /ask reads a question, stage by stage (docs/answering.md); the question is not recorded.
      write(line.trim() === '/explain' ? 'Usage: /explain <question>' : explainLine(line, ctx));
    } else if (typed === MORE_COMMAND) {
      write(last ? renderText(last, { color: tty }) : 'Nothing to expand yet: ask something first.');
    } else {
      // The terminal session is one conversation: "and the TSB one?" follows the question before it.
      last = await dispatch(line, {
        ctx,
        logger,
        requester: { platform: 'terminal', conversation: 'session' },
        memory,
        ...(onOutcome ? { onOutcome } : {}),
      });
      write(renderTextCompact(last, { color: tty }));
    }
    if (tty) {
      write('');
      rl.prompt();
    } else write('');
  }
  rl.close();
}
