import { type SlackAdapter, startSlack } from '../../src/adapters/slack/slack-app.ts';
import { silentLogger } from '../../src/log.ts';
import { contextFor } from '../helpers.ts';
import { FakeSlack } from './fake-slack.ts';

/** The signing secret the HTTP tests sign their requests with. */
export const TEST_SIGNING_SECRET = 'test-signing-secret';

/** The real Bolt app in HTTP mode on 127.0.0.1, talking to a fake Slack: what the HTTP tests drive. */
export interface SlackOverHttp {
  fake: FakeSlack;
  slack: SlackAdapter;
  /** The app's events endpoint. */
  url: string;
  stop(): Promise<void>;
}

/** Starts a fake Slack and the bot against it, on the bundled corpus. */
export async function startSlackOverHttp(): Promise<SlackOverHttp> {
  const fake = await new FakeSlack().start();
  const slack = await startSlack({
    config: {
      botToken: 'xoxb-test',
      signingSecret: TEST_SIGNING_SECRET,
      apiUrl: fake.apiUrl,
      port: 0,
      host: '127.0.0.1',
    },
    ctx: await contextFor(),
    logger: silentLogger,
  });
  return {
    fake,
    slack,
    url: `http://127.0.0.1:${slack.port}/slack/events`,
    async stop() {
      await slack.stop();
      await fake.stop();
    },
  };
}
