// What the workflow checks on the packaged app, checked here: the fuse read-back (the real
// @electron/fuses CLI on a stand-in binary flipped as electron-builder flips it), and the workflow itself,
// parsed: the packaged app launched on each system, all fuses read back, the macOS signature verified,
// the deb's AppArmor profile parsed, the AppImage's sandbox behaviour, and never --no-sandbox.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { configuredFuses, fuseProblems, parseFuseRead } from '../../../scripts/check-fuses.mjs';
import { flipAsElectronBuilder, withStandIn } from './fuse-stand-in';

const root = path.resolve(import.meta.dirname, '../../..');
const fusesCli = createRequire(import.meta.url).resolve('@electron/fuses/dist/bin.js');

/** `npx @electron/fuses read --app <binary>`, as the workflow runs it. */
function readFuses(binary: string, color = false): string {
  const result = spawnSync(process.execPath, [fusesCli, 'read', '--app', binary], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: color ? '1' : '0' },
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe('reading the fuses back', () => {
  it('passes a binary flipped as electron-builder.yml says, checking all seven fuses', async () => {
    const config = await getConfig(root, null, null);
    await withStandIn(async (binary) => {
      await flipAsElectronBuilder(binary, config);
      const expected = configuredFuses();
      expect(expected.size).toBe(7);
      expect(fuseProblems(expected, parseFuseRead(readFuses(binary)))).toEqual([]);
      expect(fuseProblems(expected, parseFuseRead(readFuses(binary, true)))).toEqual([]);
    });
  });

  it('names every fuse of a binary the build never flipped, and a fuse the output lacks', async () => {
    await withStandIn(async (binary) => {
      const problems = fuseProblems(configuredFuses(), parseFuseRead(readFuses(binary)));
      expect(problems).toEqual([
        'RunAsNode is Enabled, not Disabled',
        'EnableNodeOptionsEnvironmentVariable is Enabled, not Disabled',
        'EnableNodeCliInspectArguments is Enabled, not Disabled',
        'OnlyLoadAppFromAsar is Disabled, not Enabled',
        'EnableEmbeddedAsarIntegrityValidation is Disabled, not Enabled',
        'EnableCookieEncryption is Disabled, not Enabled',
        'GrantFileProtocolExtraPrivileges is Enabled, not Disabled',
      ]);
      expect(
        fuseProblems(configuredFuses(), parseFuseRead('Fuse Version: v1\n  RunAsNode is Disabled\n')),
      ).toHaveLength(6);
    });
  });

  it('the command-line check fails with the fuses named, and passes a flipped binary', async () => {
    const config = await getConfig(root, null, null);
    await withStandIn(async (binary) => {
      // The workflow's `> fuses.txt`, then the check on that file.
      const output = path.join(path.dirname(binary), 'fuses.txt');
      const check = (text: string) => {
        writeFileSync(output, text);
        return spawnSync(process.execPath, [path.join(root, 'scripts/check-fuses.mjs'), output, 'the app'], {
          encoding: 'utf8',
        });
      };
      const untouched = check(readFuses(binary));
      expect(untouched.status).toBe(1);
      expect(untouched.stderr).toContain('RunAsNode is Enabled, not Disabled');
      await flipAsElectronBuilder(binary, config);
      const flipped = check(readFuses(binary));
      expect(flipped.status, flipped.stderr).toBe(0);
      expect(flipped.stdout).toContain('all 7 fuses as configured');
    });
  });
});

interface Step {
  name?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Workflow {
  jobs: Record<
    string,
    { steps: Step[]; strategy?: { matrix?: { os?: string[] } }; env?: Record<string, string> }
  >;
}

describe('the CI workflow', () => {
  const workflow = load(readFileSync(path.join(root, '.github/workflows/ci.yml'), 'utf8')) as Workflow;
  const job = workflow.jobs['real-app'];
  const steps = job?.steps ?? [];
  const indexOf = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step.run ?? ''));
  const stepWith = (pattern: RegExp) => steps[indexOf(pattern)];

  it('runs the real app on Linux, Windows and macOS', () => {
    expect(job?.strategy?.matrix?.os).toEqual(['ubuntu-24.04', 'windows-latest', 'macos-latest']);
  });

  it('packages the app as a user gets it: the unpacked app, and on Linux the deb and the AppImage', () => {
    const packaging = stepWith(/electron-builder/)?.run ?? '';
    expect(packaging).toContain('npx electron-builder --dir --publish never');
    expect(packaging).toContain('npx electron-builder --linux deb AppImage --publish never');
  });

  it('reads all fuses back from every built binary with the fuses CLI, checked against the configuration', () => {
    const read = stepWith(/@electron\/fuses read/)?.run ?? '';
    expect(read).toContain('npx @electron/fuses read --app "$app" > fuses.txt');
    expect(read).toContain('node scripts/check-fuses.mjs fuses.txt "$app"');
    for (const binary of [
      'linux*-unpacked/sayonara-sim',
      'win*-unpacked/"Sayonara SIM.exe"',
      'mac*/"Sayonara SIM.app"',
    ])
      expect(read).toContain(binary);
    expect(indexOf(/@electron\/fuses read/)).toBeGreaterThan(indexOf(/electron-builder/));
  });

  it('launches the packaged app (the installed deb on Linux) after packaging, with the packaged-app suite', () => {
    const suite = stepWith(/SAYONARA_PACKAGED_APP=/)?.run ?? '';
    expect(suite).toContain('SAYONARA_PACKAGED_APP="/opt/Sayonara SIM/sayonara-sim"');
    expect(suite).toContain('release/win-unpacked/Sayonara SIM.exe');
    expect(suite).toContain('release/mac-arm64/Sayonara SIM.app/Contents/MacOS/Sayonara SIM');
    expect(suite).toContain('packaged.spec.ts');
    expect(existsSync(path.join(root, 'tests/electron/packaged.spec.ts'))).toBe(true);
    expect(indexOf(/SAYONARA_PACKAGED_APP=/)).toBeGreaterThan(
      indexOf(/apt-get install -y \.\/release\/\*\.deb/),
    );
  });

  it('verifies the macOS signature after the fuses, on macOS', () => {
    const verify = stepWith(/codesign --verify/);
    expect(verify?.if).toBe("runner.os == 'macOS'");
    expect(verify?.run).toContain('codesign --verify --deep --strict');
    expect(indexOf(/codesign --verify/)).toBeGreaterThan(indexOf(/electron-builder/));
  });

  it('parses the deb’s AppArmor profile as its install script does, and checks it is loaded', () => {
    const deb = stepWith(/apparmor_parser --skip-kernel-load/);
    expect(deb?.if).toBe("runner.os == 'Linux'");
    expect(deb?.run).toContain('"/opt/Sayonara SIM/resources/apparmor-profile"');
    expect(deb?.run).toContain('aa-status');
  });

  it('checks the AppImage says why without a profile and starts sandboxed with the README’s', () => {
    expect(stepWith(/--appimage-extract-and-run/)?.run).toContain("grep -F 'cannot start its sandbox'");
    const withProfile = stepWith(/APPIMAGE_PROFILE_COMMANDS/)?.run ?? '';
    expect(withProfile).toContain("! grep -F 'cannot start its sandbox'");
  });

  it('never switches the sandbox off, and signs nothing with a certificate it does not have', () => {
    for (const step of steps) expect(step.run ?? '').not.toMatch(/--no-sandbox|ELECTRON_DISABLE_SANDBOX/);
    expect(job?.env?.['CSC_IDENTITY_AUTO_DISCOVERY']).toBe('false');
  });
});
