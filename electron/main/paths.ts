import path from 'node:path';

/** The data folder: SAYONARA_DATA_DIR when set (tests, portable use), else the folder the person chose on
 * the start-up page (`remembered`), else Electron's userData. */
export function resolveDataDir(
  env: NodeJS.ProcessEnv,
  userData: string,
  remembered: string | null = null,
): string {
  const override = env['SAYONARA_DATA_DIR']?.trim();
  return path.resolve(override || remembered || userData);
}

/** Set by the person or a test: a chosen folder then lasts only until that setting decides again. */
export function dataDirFromEnvironment(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env['SAYONARA_DATA_DIR']?.trim());
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
