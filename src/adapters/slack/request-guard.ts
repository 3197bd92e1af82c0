import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type AnyMiddlewareArgs,
  type Logger as BoltLogger,
  type CustomRoute,
  HTTPModuleFunctions,
  HTTPReceiver,
  type Middleware,
} from '@slack/bolt';
import type { RecentIds } from '../recent-ids.ts';

/**
 * How far ahead of our clock a request's `X-Slack-Request-Timestamp` may be. Bolt refuses requests
 * older than five minutes but not ones from the future, and a signed request stamped an hour ahead
 * would stay replayable for that hour; clocks drift by seconds, not minutes.
 */
export const MAX_FUTURE_SKEW_S = 5 * 60;

/** What {@link guardedReceiver} needs: the options Bolt's own HTTP receiver would get. */
export interface GuardedReceiverOptions {
  signingSecret: string;
  endpoints: string;
  customRoutes: CustomRoute[];
  logger: BoltLogger;
  /** The clock in milliseconds, for tests. */
  now?: () => number;
}

/**
 * Bolt's HTTP receiver, with two checks before it sees a request to the events endpoint:
 * - a timestamp more than {@link MAX_FUTURE_SKEW_S} ahead is refused with 401, like a stale one;
 * - a signed body that is not an object (`payload=null`, `payload=7`, a JSON string) gets 400. Bolt
 *   would read a property of it, throw outside any handler and leave the request unanswered.
 * The body is read once here and handed on buffered, which Bolt's own reader accepts as it is; Bolt then
 * checks its signature, so a request is verified once (an HMAC and a constant-time compare each time).
 */
export function guardedReceiver({
  signingSecret,
  endpoints,
  customRoutes,
  logger,
  now = Date.now,
}: GuardedReceiverOptions): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret, endpoints, customRoutes, logger });
  const inner = receiver.requestListener;
  const refuse = (res: ServerResponse, status: number, why: string) => {
    logger.warn(`refused a request: ${why}`);
    HTTPModuleFunctions.buildNoBodyResponse(res, status);
  };
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== endpoints) return inner(req, res);
    const stamp = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(stamp) && stamp > now() / 1000 + MAX_FUTURE_SKEW_S) {
      req.resume();
      return refuse(res, 401, 'x-slack-request-timestamp is more than 5 minutes in the future');
    }
    void (async () => {
      let buffered: Awaited<ReturnType<typeof HTTPModuleFunctions.bufferIncomingMessage>>;
      try {
        buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, HTTPModuleFunctions.defaultBodyLimit);
      } catch {
        // Bolt answers an oversized or broken request itself (413, 401).
        return inner(req, res);
      }
      // A form whose keys hold no `payload` (a slash command) always parses to an object: not parsed here.
      if (isPlainForm(buffered)) return inner(buffered, res);
      let body: unknown;
      try {
        body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
      } catch {
        return inner(buffered, res);
      }
      if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
        // Bolt checks the signature (once: this guard only read the body) and takes it from here.
        return inner(buffered, res);
      }
      // Rare: a body Bolt would choke on. An unsigned one still gets Bolt's 401, a signed one 400.
      try {
        await HTTPModuleFunctions.parseAndVerifyHTTPRequest(
          { enabled: true, signingSecret, bodyLimit: HTTPModuleFunctions.defaultBodyLimit },
          buffered,
        );
      } catch {
        return inner(buffered, res);
      }
      return refuse(res, 400, 'the body is not an object');
    })().catch(() => {
      if (!res.headersSent) refuse(res, 400, 'the body could not be read');
    });
  };
  return receiver;
}

/**
 * A key of a form body that could decode to `payload`: one that spells it (in any case) or holds a
 * percent escape. Bolt parses the JSON in a form's `payload` field; any other form is an object.
 */
const PAYLOAD_KEY = /(?:^|&)[^=&]*(?:%|payload)/i;

/** True for a form body that cannot carry a `payload` field, so it parses to an object whatever it holds. */
function isPlainForm(req: IncomingMessage & { rawBody: Buffer }): boolean {
  return (
    req.headers['content-type'] === 'application/x-www-form-urlencoded' &&
    !PAYLOAD_KEY.test(req.rawBody.toString())
  );
}

/**
 * Bolt middleware that answers a replayed slash command or button click once. A signed request can be
 * sent again within Slack's five-minute window; three replays of one Share click once made three public
 * posts. A command is known by its `trigger_id` (one per invocation), a click by its `action_ts` and the
 * clicking user. The repeat is acknowledged, so its sender gets an empty 200, and nothing else happens.
 * Events are deduplicated by `event_id` in their own handlers.
 */
export function replayGuard(recent: RecentIds): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const key = replayKey(args.body);
    if (key !== undefined && recent.checkAndAdd(key)) {
      if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
      return;
    }
    await args.next();
  };
}

/** The identifier of a command or click, or undefined for anything else (or a body without one). */
export function replayKey(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const b = body as {
    command?: unknown;
    trigger_id?: unknown;
    type?: unknown;
    user?: { id?: unknown };
    actions?: { action_ts?: unknown }[];
  };
  if (typeof b.command === 'string' && typeof b.trigger_id === 'string' && b.trigger_id !== '')
    return `command:${b.trigger_id}`;
  if (b.type === 'block_actions') {
    const ts = b.actions?.[0]?.action_ts;
    const user = b.user?.id;
    if (typeof ts === 'string' && typeof user === 'string') return `click:${ts}:${user}`;
  }
  return undefined;
}
