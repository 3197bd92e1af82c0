import type { StoreConfig } from '../config-store.ts';
import type { TeamLoop } from '../runtime/team-loop.ts';

/** What the adapters need for the team loop: feedback, admin commands, settings, passive lookups. */
export interface TeamOptions {
  loop: TeamLoop;
  /** True when replicas share the database (PostgreSQL): de-duplication and button lines go there too. */
  shared: boolean;
  config: StoreConfig;
}
