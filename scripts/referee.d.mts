export function pinnedVersion(): string;
export function refereeVersion(env?: NodeJS.ProcessEnv): string;
export function refereeCache(env?: NodeJS.ProcessEnv): string;
export function refereeBinary(version?: string, env?: NodeJS.ProcessEnv): string;
export function ensureReferee(version?: string, env?: NodeJS.ProcessEnv): Promise<string>;
