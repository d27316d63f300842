// Ubuntu 24.04 and later let only programs with an AppArmor profile allowing `userns` create the user
// namespaces Chromium's sandbox needs; any other Electron aborts before app code runs
// (electron/electron#42510). `npm start` and `npm run dev` warn before launching such a binary; they
// never turn the sandbox off.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const APPARMOR_DIR = '/etc/apparmor.d';

function readOrNull(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** What decides whether `binary` can start its sandbox on this system. */
export function probeSandbox(binary) {
  const helper = (() => {
    try {
      return statSync(path.join(path.dirname(binary), 'chrome-sandbox'));
    } catch {
      return null;
    }
  })();
  let profiles = [];
  try {
    profiles = readdirSync(APPARMOR_DIR, { withFileTypes: true }).filter((entry) => entry.isFile());
  } catch {
    // No AppArmor: nothing restricts user namespaces through it.
  }
  return {
    restricted: readOrNull('/proc/sys/kernel/apparmor_restrict_unprivileged_userns')?.trim() === '1',
    setuidHelper: helper !== null && helper.uid === 0 && (helper.mode & 0o4000) !== 0,
    profiled: profiles.some((entry) => readOrNull(path.join(APPARMOR_DIR, entry.name))?.includes(binary)),
  };
}

/** A warning in one sentence when the sandbox will not start, else null. */
export function sandboxWarning(binary, probe) {
  if (!probe.restricted || probe.setuidHelper || probe.profiled) return null;
  const helper = path.join(path.dirname(binary), 'chrome-sandbox');
  return `Warning: this system restricts unprivileged user namespaces (Ubuntu 24.04 and later) and ${binary} has no AppArmor profile, so Chromium's sandbox will probably abort the app before it opens — add the profile shown in README.md ("Linux: the Chromium sandbox") or run "sudo chown root:root '${helper}' && sudo chmod 4755 '${helper}'"; the sandbox is never turned off for you.`;
}
