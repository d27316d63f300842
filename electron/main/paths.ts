import path from 'node:path';

/** The data folder: SAYONARA_DATA_DIR when set (tests, portable use), else Electron's userData. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userData: string): string {
  const override = env['SAYONARA_DATA_DIR']?.trim();
  return path.resolve(override ? override : userData);
}

/** An unpackaged run (npm run dev, npm start) keeps its data beside, never in, an installed copy's. */
export function developmentUserData(userData: string): string {
  return `${userData} (development)`;
}

/** electron-vite's dev server, honoured only in an unpackaged run: an installed app loads its own files
 * and trusts no other origin, whatever the environment says. */
export function rendererDevUrl(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  return isPackaged ? undefined : env['ELECTRON_RENDERER_URL'] || undefined;
}
