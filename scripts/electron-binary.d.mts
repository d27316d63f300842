interface Found {
  binary: string | null;
  reason: string | null;
}
export function findElectronBinary(): Found;
export function fetchElectronBinary(): Promise<Found>;
export function electronCacheFolder(
  env?: NodeJS.ProcessEnv,
  platform?: NodeJS.Platform,
  home?: string,
): string;
export function downloadFailure(
  error: unknown,
  version: string,
  env?: NodeJS.ProcessEnv,
  cacheFolder?: string,
): string;
