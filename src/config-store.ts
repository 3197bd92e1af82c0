/* The storage settings' types and defaults; their keys are in the one schema of src/config.ts. */

/** Where confbot keeps its state. */
export type DatabaseLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** Storage, privacy and team-loop settings (`DATABASE_URL`, `RECORD_QUESTIONS`, ...). */
export interface StoreConfig {
  database: DatabaseLocation;
  /** Keep the text of declined and rated questions (`RECORD_QUESTIONS`); counts are kept regardless. */
  recordQuestions: boolean;
  /** Questions and votes older than this many days are purged (`RETENTION_DAYS`). */
  retentionDays: number;
  /** Store channel and user ids as keyed hashes (`HASH_IDS`), not as they are. */
  hashIds: boolean;
  /** Slack user ids allowed to run admin commands besides workspace admins and owners (`SLACK_ADMINS`). */
  slackAdmins: string[];
  /** Ask Discord for the privileged MessageContent intent, needed by passive lookups (`DISCORD_MESSAGE_CONTENT`). */
  discordMessageContent: boolean;
}

/** The embedded database when `DATABASE_URL` is not set, relative to the working folder. */
export const DEFAULT_DATABASE_PATH = 'data/confbot.db';
/** Days questions and votes are kept when `RETENTION_DAYS` is not set. */
export const DEFAULT_RETENTION_DAYS = 90;
