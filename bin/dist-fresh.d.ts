/** Whether the compiled dist/ may run in place of the TypeScript sources (see dist-fresh.js). */
export function distIsFresh(root: string): boolean;
