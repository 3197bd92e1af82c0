import type { Platform, PlatformContext, PlatformFactory } from '../platform.ts';
import type { SlackAdapter } from './slack-app.ts';

/**
 * Slack as a {@link Platform}, when `SLACK_BOT_TOKEN` and its secret or app token are set. In HTTP mode
 * (no app token) Bolt's own server also serves `/healthz` and `/readyz`.
 */
export const slackPlatform: PlatformFactory = (config) => {
  const slack = config.platforms.slack ? config.slack : undefined;
  if (!slack) return undefined;
  const httpMode = !slack.appToken;
  let adapter: SlackAdapter | undefined;
  const platform: Platform = {
    name: 'slack',
    servesHealth: httpMode,
    foreground: false,
    async start(context: PlatformContext) {
      // Loaded here, not at the top: Bolt costs start-up time a bot without Slack never needs.
      const { startSlack } = await import('./slack-app.ts');
      adapter = await startSlack({
        config: slack,
        ctx: context.contexts,
        logger: context.logger,
        inflight: context.inflight,
        ...(context.intake ? { intake: context.intake } : {}),
        ...(context.limiter ? { limiter: context.limiter } : {}),
        ...(context.team ? { team: context.team } : {}),
        ...(httpMode ? { routes: context.routes } : {}),
      });
    },
    stop: async () => adapter?.stop(),
    ready: () => adapter?.isConnected() ?? false,
  };
  return platform;
};
