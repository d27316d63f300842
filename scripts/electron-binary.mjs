// Finds the Electron binary without requiring the `electron` package (requiring it starts a download,
// which throws where the network is closed), and fetches it the way the package's own installer does.
// Shared by `npm start`, `npm run dev`, `npm test` and the Electron suite.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const electronDir = path.resolve(import.meta.dirname, '../node_modules/electron');

/** The binary's path, or null with the reason it is missing. */
export function findElectronBinary() {
  const relative = existsSync(path.join(electronDir, 'path.txt'))
    ? readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim()
    : process.platform === 'win32'
      ? 'electron.exe'
      : process.platform === 'darwin'
        ? 'Electron.app/Contents/MacOS/Electron'
        : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, relative) : path.join(electronDir, 'dist', relative);
  if (existsSync(candidate)) return { binary: candidate, reason: null };
  return {
    binary: null,
    reason: override
      ? `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but ${candidate} does not exist`
      : `the Electron runtime has not been downloaded into ${path.join(electronDir, 'dist')}`,
  };
}

/** Where @electron/get keeps its downloads (its `env-paths` default, or electron_config_cache). */
export function electronCacheFolder(env = process.env, platform = process.platform, home = os.homedir()) {
  if (env.electron_config_cache) return env.electron_config_cache;
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'electron', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'electron');
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'electron');
}

/** One sentence: why the download failed (the innermost cause, not fetch's "fetch failed") and what to do. */
export function downloadFailure(error, version, env = process.env, cacheFolder = electronCacheFolder(env)) {
  const chain = [];
  for (let e = error; e instanceof Error && chain.length < 10; e = e.cause) chain.push(e);
  const code = chain.map((e) => e.code).find((c) => typeof c === 'string') ?? '';
  const message = chain.at(-1)?.message ?? String(error);
  const detail = message.includes(code) ? message : `${code} ${message}`;
  const proxy = env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY ?? env.http_proxy;
  const unreachable =
    /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|UND_ERR/;
  const why = /CERT|SSL|TLS|certificate/i.test(detail)
    ? `a TLS error (${detail}): a proxy or antivirus that inspects HTTPS needs its certificate in NODE_EXTRA_CA_CERTS`
    : /\b407\b/.test(detail)
      ? `the proxy asked for credentials (${detail})`
      : proxy && env.ELECTRON_GET_USE_PROXY && unreachable.test(detail)
        ? `the proxy ${proxy} could not be reached (${detail})`
        : proxy && !env.ELECTRON_GET_USE_PROXY
          ? `the download went around the proxy ${proxy} (ELECTRON_GET_USE_PROXY=1 sends it through) and failed (${detail})`
          : /ENOTFOUND|EAI_AGAIN/.test(detail)
            ? `there is no network (${detail})`
            : unreachable.test(detail)
              ? `the download server could not be reached (${detail})`
              : detail;
  const mirror = env.ELECTRON_MIRROR ? `ELECTRON_MIRROR (now ${env.ELECTRON_MIRROR})` : 'ELECTRON_MIRROR';
  return `Sayonara SIM cannot start because the Electron ${version} runtime could not be downloaded — ${why} — so set ${mirror} to a mirror you can reach (downloads are kept in ${cacheFolder}), or install Electron ${version.split('.')[0]} yourself and set ELECTRON_OVERRIDE_DIST_PATH to the folder that holds its executable, then try again.`;
}

/**
 * The binary, downloading it on first use as `electron/install.js` would (since Electron 42 nothing
 * downloads it on `npm install`). The download runs here, not in install.js, so its real error
 * (proxy, TLS, no network) can be told; install.js then unpacks it from the cache.
 */
export async function fetchElectronBinary() {
  const found = findElectronBinary();
  if (found.binary) return found;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    return {
      binary: null,
      reason: `Sayonara SIM cannot start because ${found.reason}: point it at an Electron 45 folder, or unset it.`,
    };
  }
  const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  console.log(`Downloading the Electron ${version} runtime (first launch only)…`);
  try {
    const { downloadArtifact } = await import('@electron/get');
    await downloadArtifact({
      version,
      artifactName: 'electron',
      platform: process.platform,
      arch: process.arch,
      cacheRoot: process.env.electron_config_cache,
      checksums: JSON.parse(readFileSync(path.join(electronDir, 'checksums.json'), 'utf8')),
    });
  } catch (error) {
    return { binary: null, reason: downloadFailure(error, version) };
  }
  const unpack = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8' });
  const after = findElectronBinary();
  if (after.binary) return after;
  const detail = (unpack.stderr || unpack.error?.message || '').trim().split('\n')[0];
  return {
    binary: null,
    reason: `Sayonara SIM cannot start because the downloaded Electron ${version} runtime could not be unpacked into ${path.join(electronDir, 'dist')} (${detail || after.reason}): delete that folder and try again.`,
  };
}
