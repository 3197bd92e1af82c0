import type { Answer } from '../answer.ts';
import { type DispatchOptions, type Outcome, type Requester, slowDown } from '../commands/dispatch.ts';
import type { CommandContext } from '../commands/types.ts';
import { newErrorId } from '../errors.ts';
import type { Logger } from '../log.ts';

/** What {@link answerRemembered} needs: the parts of {@link DispatchOptions} a remembered answer uses. */
export interface RememberedOptions {
  ctx: CommandContext;
  logger: Logger;
  requester: Requester;
  limiter?: DispatchOptions['limiter'];
  requestLogLevel: 'info' | 'debug';
  onOutcome?: DispatchOptions['onOutcome'];
}

/**
 * Hands out an answer the memo already holds for `line`, through the same steps `dispatch` takes for
 * any line: the rate limits first (over them, the same polite refusal), then one request line logged
 * with the request id and who asked (the same fields, in the same order), then the outcome hook. The
 * memo has already capped, cleaned and parsed the line as dispatch does (`AnswerMemo.recall`); what is
 * skipped is that second reading, the command and a child logger per request. Under a load of repeated
 * slash commands that was most of what the gate cost. `test/adapters/remembered.test.ts` holds the two
 * paths to the same output.
 */
export async function answerRemembered(
  remembered: Answer,
  line: string,
  { ctx, logger, requester, limiter, requestLogLevel, onOutcome }: RememberedOptions,
): Promise<Answer> {
  const started = performance.now();
  const requestId = requester.requestId ?? newErrorId();
  let answer = remembered;
  let outcome: Outcome = remembered.ok ? 'answered' : 'not-found';
  if (limiter) {
    const verdict = await limiter.take(requester);
    if (!verdict.allowed) {
      answer = slowDown(verdict);
      outcome = 'rate-limited';
    }
  }
  const known = answer.command === 'help' || ctx.commands.some((c) => c.name === answer.command);
  const bindings = {
    requestId,
    platform: requester.platform,
    user: requester.user,
    channel: requester.channel,
  };
  logger[requestLogLevel]('request', {
    ...bindings,
    command: known ? answer.command : 'unknown',
    outcome,
    ms: Math.round((performance.now() - started) * 10) / 10,
    line,
  });
  if (onOutcome) {
    try {
      await onOutcome({ line, answer, outcome, requester });
    } catch (err) {
      logger.error('recording the outcome failed', {
        ...bindings,
        errorId: newErrorId(),
        error: String(err),
      });
    }
  }
  return answer;
}
