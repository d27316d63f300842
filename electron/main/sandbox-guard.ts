// Chromium's sandbox keeps the window's pages away from the rest of the computer, and this app holds
// passport and residence-card numbers: it never runs without it. An AppImage's launcher (electron-builder's
// AppRun) adds --no-sandbox where it finds user namespaces restricted (Ubuntu 24.04 and later, where only
// programs with an AppArmor profile may use them). Started so, the app starts itself again without that
// switch and only waits for that copy: with a profile the copy runs sandboxed; without one Chromium aborts
// it before any window, and then this process tells the person what to do, in a dialog and the terminal.
import type { spawn as spawnType } from 'node:child_process';

export const NO_SANDBOX = '--no-sandbox';
/** Marks the copy, so that a copy handed --no-sandbox again never starts yet another. */
export const SANDBOXED_COPY_ENV = 'SAYONARA_SANDBOXED_COPY';
/** What Chromium prints as it aborts for want of a sandbox (setuid helper unusable, namespaces denied). */
const SANDBOX_ABORT =
  /SUID sandbox helper|setuid_sandbox_host|No usable sandbox|Failed to move to new namespace|zygote_host_impl_linux/;

/** What the README ("Linux: the Chromium sandbox") gives an AppImage user to paste into a terminal. */
export const APPIMAGE_PROFILE_COMMANDS = `sudo tee /etc/apparmor.d/sayonara-sim-appimage >/dev/null <<'PROFILE'
abi <abi/4.0>,
include <tunables/global>
profile sayonara-sim-appimage /tmp/.mount_*/sayonara-sim flags=(unconfined) {
  userns,
}
PROFILE
sudo apparmor_parser -r /etc/apparmor.d/sayonara-sim-appimage`;

export interface CopyOutcome {
  code: number | null;
  /** The copy ended because Chromium could not start its sandbox. */
  sandboxFailed: boolean;
}

export interface SupervisorDeps {
  spawn: typeof spawnType;
  execPath: string;
  /** process.argv of this process: the executable first. */
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** Where the copy's error output is passed on (and where the explanation is printed). */
  stderr: { write(chunk: string | Uint8Array): unknown };
  /** The explanation in the user's language: printed, then shown until the person quits. */
  explanation: { title: string; message: string; detail: string };
  /** Shows the explanation; resolves with the button chosen. */
  ask(): Promise<'copy' | 'quit'>;
  copyText(text: string): void;
  exit(code: number): void;
}

/** Runs this app again, without --no-sandbox, and resolves when that copy has ended. */
export function runSandboxedCopy(
  deps: Pick<SupervisorDeps, 'spawn' | 'execPath' | 'argv' | 'env' | 'stderr'>,
) {
  return new Promise<CopyOutcome>((resolve) => {
    const child = deps.spawn(
      deps.execPath,
      deps.argv.slice(1).filter((arg) => arg !== NO_SANDBOX),
      { env: { ...deps.env, [SANDBOXED_COPY_ENV]: '1' }, stdio: ['inherit', 'inherit', 'pipe'] },
    );
    let tail = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      deps.stderr.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-16_384);
    });
    child.on('error', (error) => {
      deps.stderr.write(`Sayonara SIM could not start itself again: ${error.message}\n`);
      resolve({ code: null, sandboxFailed: false });
    });
    child.on('close', (code) => resolve({ code, sandboxFailed: code !== 0 && SANDBOX_ABORT.test(tail) }));
  });
}

/** The whole supervision: the sandboxed copy's exit code becomes this one's, or the person is told why not. */
export async function superviseSandboxedCopy(deps: SupervisorDeps): Promise<void> {
  // A copy that was handed --no-sandbox again: something outside keeps adding it; never loop.
  const outcome = deps.env[SANDBOXED_COPY_ENV]
    ? { code: 1, sandboxFailed: true }
    : await runSandboxedCopy(deps);
  if (!outcome.sandboxFailed) {
    deps.exit(outcome.code ?? 1);
    return;
  }
  const { title, message, detail } = deps.explanation;
  deps.stderr.write(`\n${title}\n\n${message}\n\n${detail}\n\n`);
  // "Copy" keeps the dialog (and so the clipboard's owner, on X11) until the person quits.
  while ((await deps.ask()) === 'copy') deps.copyText(APPIMAGE_PROFILE_COMMANDS);
  deps.exit(1);
}
