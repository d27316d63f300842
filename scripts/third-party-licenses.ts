// A Vite/Rollup plugin: lists the third-party packages a bundle really contains (from its module graph),
// each with its version, licence and licence text, as third-party-licenses.json beside the bundle.
// About shows the list; the texts ship with the app, as their licences ask.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { THIRD_PARTY_FILE } from '../electron/main/third-party';

export interface ThirdPartyPackage {
  name: string;
  version: string;
  license: string;
  text: string;
}

/** node_modules/<name>/ (or node_modules/@scope/<name>/) nearest the module: the package it belongs to. */
function packageDirOf(id: string): string | null {
  const normalised = id.replace(/\\/g, '/').replace(/^\0/, '').split('?')[0] ?? '';
  const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(normalised);
  return match?.[1] ?? null;
}

function readPackage(dir: string): ThirdPartyPackage | null {
  const manifest = path.join(dir, 'package.json');
  if (!existsSync(manifest)) return null;
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
    name?: string;
    version?: string;
    license?: unknown;
  };
  if (!pkg.name) return null;
  const licenceFile = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  return {
    name: pkg.name,
    version: pkg.version ?? '',
    license: typeof pkg.license === 'string' ? pkg.license : 'see licence text',
    text: licenceFile ? readFileSync(path.join(dir, licenceFile), 'utf8') : '',
  };
}

export function thirdPartyLicenses(): Plugin {
  return {
    name: 'sayonara-third-party-licenses',
    apply: 'build',
    generateBundle() {
      const found = new Map<string, ThirdPartyPackage>();
      for (const id of this.getModuleIds()) {
        const dir = packageDirOf(id);
        if (dir === null || found.has(dir)) continue;
        const pkg = readPackage(dir);
        if (pkg) found.set(dir, pkg);
      }
      const list = [...new Map([...found.values()].map((pkg) => [pkg.name, pkg])).values()].sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      this.emitFile({ type: 'asset', fileName: THIRD_PARTY_FILE, source: JSON.stringify(list, null, 2) });
    },
  };
}
