// The installers' configuration as electron-builder itself loads and applies it: its own loader and
// schema, its own fuse step run on a stand-in binary, and the icons the build generates.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { DebugLogger } from 'builder-util';
import { type Configuration, type FuseOptionsV1, PlatformPackager } from 'app-builder-lib';
import { NsisTarget } from 'app-builder-lib/out/targets/nsis/NsisTarget';
import { buildExecArgs } from 'app-builder-lib/out/targets/LinuxTargetHelper';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GENERATED_DIR, buildIcons } from '../../../scripts/build-icons.mjs';
import { LANGUAGE_CODES, LANGUAGES } from '../../../electron/shared/languages';
import { APP_ID } from '../../../electron/main/app-id';
import { flipAsElectronBuilder, withStandIn } from './fuse-stand-in';

const root = path.resolve(import.meta.dirname, '../../..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  author?: unknown;
  homepage?: unknown;
  engines?: { node?: string };
  productName: string;
};
let config: Configuration;
// A fuse's state in the wire is an ASCII digit.
const ENABLE = '1'.charCodeAt(0);
const DISABLE = '0'.charCodeAt(0);

beforeAll(async () => {
  config = await getConfig(root, null, null);
});

describe('electron-builder configuration', () => {
  test('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  test('flips the fuses that keep the packaged app from being run as something else', async () => {
    await withStandIn(async (binary) => {
      await flipAsElectronBuilder(binary, config);
      const wire = await getCurrentFuseWire(binary);
      expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
      expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
      expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
      expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE);
      expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
    });
  });

  test('signs the macOS app again, ad hoc, right after the fuses break its signature', async () => {
    const packager = PlatformPackager.prototype as unknown as {
      generateFuseConfig(fuses: FuseOptionsV1): Promise<{ resetAdHocDarwinSignature?: boolean }>;
    };
    expect((await packager.generateFuseConfig(config.electronFuses ?? {})).resetAdHocDarwinSignature).toBe(
      true,
    );
  });

  test('one Windows installer per architecture, and the app id the shell gives Windows', () => {
    const nsis = Object.assign(Object.create(NsisTarget.prototype) as NsisTarget, { options: config.nsis });
    expect(nsis.shouldBuildUniversalInstaller).toBe(false);
    expect(config.appId).toBe(APP_ID);
  });

  test('the AppImage’s desktop entry does not switch the sandbox off (electron-builder’s default does)', () => {
    const args = (config.appImage as { executableArgs?: string[] | null }).executableArgs;
    expect(args).toEqual([]);
    // What AppImageTarget puts after `Exec=AppRun` in the desktop entry.
    expect(buildExecArgs(args ?? ['--no-sandbox'])).toBe('');
  });

  test('names a homepage, which the deb needs outside a GitHub clone', () => {
    expect(new URL(String(packageJson.homepage)).protocol).toBe('https:');
  });

  test('names every artifact by product, version, system and architecture', () => {
    expect(config.artifactName).toBe('${productName}-${version}-${os}-${arch}.${ext}');
    for (const platform of [config.mac, config.win]) {
      const targets = platform?.target as { target: string; arch: string[] }[];
      expect(targets.flatMap((t) => t.arch).sort()).toEqual(['arm64', 'x64']);
    }
    expect(packageJson.author).toBeTruthy();
  });

  test('ships each font once, with its OFL licence', () => {
    const resources = (config.extraResources ?? []) as { from: string; to: string; filter?: string[] }[];
    // The screens' web fonts live in the renderer bundle (asar) only, never again as resources.
    expect(resources.some((r) => /woff2|@fontsource\/[^/]+$/.test(r.from))).toBe(false);
    const licences = resources.filter((r) => r.to.startsWith('licenses/'));
    // One family per script the shipped languages use (electron/shared/languages.ts).
    const families = new Set(LANGUAGE_CODES.map((code) => LANGUAGES[code].fontFamily)).add('Noto Sans SC');
    expect(licences).toHaveLength(families.size);
    for (const { from } of licences) {
      expect(readFileSync(path.join(root, from), 'utf8')).toContain('SIL Open Font License');
    }
    // The report's TTFs (subset at export): the two weights it prints, each package with its licence.
    const reportFonts = resources.filter((r) => r.to.startsWith('fonts/@expo-google-fonts/'));
    expect(reportFonts.map((r) => r.to).sort()).toEqual(
      [...families]
        .map((family) => `fonts/@expo-google-fonts/${family.toLowerCase().replace(/ /g, '-')}`)
        .sort(),
    );
    for (const { from, filter } of reportFonts) {
      expect(filter).toEqual(['400Regular/*.ttf', '700Bold/*.ttf', 'LICENSE*']);
      expect(readFileSync(path.join(root, from, 'LICENSE_FONT'), 'utf8')).toContain('SIL Open Font License');
    }
  });

  test('the deb’s AppArmor profile lets the installed binary, and only it, create user namespaces', () => {
    const profileFile = (config.deb as { appArmorProfile: string }).appArmorProfile;
    const profile = readFileSync(path.join(root, profileFile), 'utf8');
    // The deb installs to /opt/<productName>/<executableName>.
    const installed = `/opt/${packageJson.productName}/${config.linux?.executableName}`;
    expect(profile).toContain(`"${installed}"`);
    expect(profile).toMatch(/^\s*userns,$/m);
    expect(profile).not.toMatch(/\$\{/); // no electron-builder macro left to expand
  });

  test('engines ask for the Node the toolchain needs', () => {
    expect(packageJson.engines?.node).toBe('>=22.12');
  });
});

describe('generated icons', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'sayonara-icons-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  /** Width and height from a PNG's IHDR chunk. */
  const pngSize = (png: Buffer) => {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  };

  test('every system’s icon comes from the one source image, at every size it asks for', () => {
    buildIcons(out);
    for (const name of ['icon.ico', 'document.ico']) {
      const ico = readFileSync(path.join(out, name));
      expect(ico.readUInt16LE(2)).toBe(1);
      const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
        const entry = 6 + 16 * i;
        const png = ico.subarray(
          ico.readUInt32LE(entry + 12),
          ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
        );
        const [width, height] = pngSize(png);
        expect(ico[entry] || 256).toBe(width);
        expect(height).toBe(width);
        return width;
      });
      expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    }
    for (const name of ['icon.icns', 'document.icns']) {
      const icns = readFileSync(path.join(out, name));
      expect(icns.toString('ascii', 0, 4)).toBe('icns');
      expect(icns.readUInt32BE(4)).toBe(icns.length);
      const types: Record<string, number> = {};
      for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
        types[icns.toString('ascii', at, at + 4)] =
          pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)))[0] ?? 0;
      }
      expect(types).toMatchObject({ ic07: 128, ic08: 256, ic09: 512, ic10: 1024, icp4: 16 });
    }
    for (const size of [16, 256, 512]) {
      expect(pngSize(readFileSync(path.join(out, 'icons', `${size}x${size}.png`)))).toEqual([size, size]);
    }
  });

  test('the configuration points at the generated files, the .sayonara association included', () => {
    expect(config.mac?.icon).toBe('build/generated/icon.icns');
    expect(config.win?.icon).toBe('build/generated/icon.ico');
    expect(config.linux?.icon).toBe('build/generated/icons');
    expect(path.join(root, 'build', 'generated')).toBe(GENERATED_DIR);
    const [association] = [config.fileAssociations].flat();
    expect(association).toMatchObject({ ext: 'sayonara', mimeType: 'application/x-sayonara-backup' });
    // electron-builder adds .icns (macOS) or .ico (Windows) and looks in buildResources (build/).
    expect(config.directories?.buildResources).toBe('build');
    expect(association?.icon).toBe('generated/document');
    for (const ext of ['icns', 'ico']) expect(existsSync(path.join(out, `document.${ext}`))).toBe(true);
  });
});
