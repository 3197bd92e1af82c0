/** Where Slack sends events, slash commands and interactivity payloads in HTTP mode. */
export const SLACK_EVENTS_PATH = '/slack/events';
