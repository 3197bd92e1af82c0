import { Worker } from 'node:worker_threads';

/** One answer to a fired request: HTTP status, body, and time from send to the full answer. */
export interface LoadResult {
  status: number;
  text: string;
  ms: number;
}

/**
 * The client runs on its own thread, as Slack's senders run on their own machines: signing, sending and
 * timing 1,000 requests must not steal the event loop of the bot under test, or the ack times would
 * measure the load generator. Plain JavaScript, so the worker needs no TypeScript loader.
 */
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const { request, Agent } = require('node:http');
const { createHmac } = require('node:crypto');
const { port, path, secret, bodies } = workerData;
const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
function post(body) {
  const ts = Math.floor(Date.now() / 1000);
  const signature = 'v0=' + createHmac('sha256', secret).update('v0:' + ts + ':' + body).digest('hex');
  const started = performance.now();
  return new Promise((resolve) => {
    const r = request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': Buffer.byteLength(body),
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signature,
    } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
    });
    r.on('error', (e) => resolve({ status: 0, text: String(e), ms: performance.now() - started }));
    r.end(body);
  });
}
Promise.all(bodies.map(post)).then((results) => { agent.destroy(); parentPort.postMessage(results); });
`;

/** Sends every body at once as a signed Slack request to `path` on 127.0.0.1:`port`; answers in order. */
export function fireSignedRequests({
  port,
  secret,
  bodies,
  path = '/slack/events',
}: {
  port: number;
  secret: string;
  bodies: string[];
  path?: string;
}): Promise<LoadResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT, { eval: true, workerData: { port, path, secret, bodies } });
    worker.once('message', (results: LoadResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
