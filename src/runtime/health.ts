import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.ts';

/**
 * Liveness: answers 200 while the process runs and its event loop turns, and 503 once a platform has
 * failed for good (a revoked token): a supervisor then sees the failure even before the process exits.
 */
export const HEALTH_PATH = '/healthz';
/** Readiness: 200 when the corpus is loaded and every configured platform is connected, else 503. */
export const READY_PATH = '/readyz';

/** What readiness is made of: one named check per dependency (corpus, slack, discord, ...). */
export type ReadinessChecks = () => Record<string, boolean>;

/** An HTTP route in the shape Bolt's `customRoutes` takes, so the same handlers serve either server. */
export interface HealthRoute {
  path: string;
  method: string[];
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

/** Why the process can no longer serve, or undefined while it can. */
export type FatalReason = () => string | undefined;

/** The `/healthz` and `/readyz` routes over a set of readiness checks and, optionally, a fatal state. */
export function healthRoutes(checks: ReadinessChecks, fatal: FatalReason = () => undefined): HealthRoute[] {
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  return [
    {
      path: HEALTH_PATH,
      method: ['GET', 'HEAD'],
      handler: (_req, res) => {
        const reason = fatal();
        if (reason === undefined) send(res, 200, { status: 'ok' });
        else send(res, 503, { status: 'failed', reason });
      },
    },
    {
      path: READY_PATH,
      method: ['GET', 'HEAD'],
      handler: (_req, res) => {
        const result = checks();
        const ready = Object.values(result).every(Boolean);
        send(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks: result });
      },
    },
  ];
}

/** A started health server. */
export interface HealthServer {
  /** The port actually bound (useful when asked for 0). */
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the health routes on their own small HTTP server, for the modes where Bolt does not own the
 * port (Socket Mode, Discord only). Anything else gets 404.
 */
export async function startHealthServer({
  port,
  host,
  routes,
  logger,
}: {
  port: number;
  host: string;
  routes: HealthRoute[];
  logger: Logger;
}): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = routes.find((r) => r.path === path && r.method.includes(req.method ?? 'GET'));
    if (route) return route.handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  logger.info('health server started', { port: bound, paths: [HEALTH_PATH, READY_PATH] });
  return {
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
