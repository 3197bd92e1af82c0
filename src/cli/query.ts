import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { dispatch } from '../commands/dispatch.ts';
import type { CommandContext } from '../commands/types.ts';
import type { Logger } from '../log.ts';
import { toJson } from '../render/json.ts';
import { renderText } from '../render/text.ts';
import { explainLine } from './explain-line.ts';

/** Separates answers in batch text mode, so a reader or a script can tell them apart. */
export const TEXT_SEPARATOR = '-----';

/** Options of `confbot query`. */
export interface QueryOptions {
  ctx: CommandContext;
  logger: Logger;
  json: boolean;
  /** Print how /ask read and answered each line (docs/answering.md) before the answer. */
  explain?: boolean;
  /** The line to answer; when undefined, every line of `input` is answered in order. */
  line?: string;
  input?: Readable;
  output?: Writable;
}

/**
 * `confbot query [--json] [LINE]`: answers one line, or each line of standard input in order. With
 * `--json`, each answer is one JSON object on one line (the contract in docs/cli.md).
 */
export async function runQuery({
  ctx,
  logger,
  json,
  explain = false,
  line,
  input = process.stdin,
  output = process.stdout,
}: QueryOptions): Promise<void> {
  const emit = async (text: string, first: boolean) => {
    if (explain) output.write(`${explainLine(text, ctx)}\n`);
    const answer = await dispatch(text, { ctx, logger, requester: { platform: 'cli' } });
    const out = json
      ? JSON.stringify(toJson(answer))
      : `${first ? '' : `${TEXT_SEPARATOR}\n`}${renderText(answer)}`;
    output.write(`${out}\n`);
  };
  if (line !== undefined) {
    await emit(line, true);
    return;
  }
  let first = true;
  for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    await emit(text, first);
    first = false;
  }
}
