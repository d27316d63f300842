import path from 'node:path';

/** The data folder: SAYONARA_DATA_DIR when set (tests, portable use), else Electron's userData. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userData: string): string {
  const override = env['SAYONARA_DATA_DIR']?.trim();
  return path.resolve(override ? override : userData);
}
