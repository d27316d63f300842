// The third-party packages inside the built bundles (main and renderer), as the build listed them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Written beside each bundle by scripts/third-party-licenses.ts. */
export const THIRD_PARTY_FILE = 'third-party-licenses.json';

const ListSchema = z.array(
  z.object({ name: z.string().min(1).max(214), version: z.string().max(64), license: z.string().max(200) }),
);
export type ThirdPartyList = z.infer<typeof ListSchema>;

/** Merges the lists in `dirs` (by package name); a missing or malformed file (an unbuilt run) adds nothing. */
export function readThirdPartyList(dirs: readonly string[], fileName: string): ThirdPartyList {
  const byName = new Map<string, ThirdPartyList[number]>();
  for (const dir of dirs) {
    try {
      const parsed = ListSchema.safeParse(JSON.parse(readFileSync(path.join(dir, fileName), 'utf8')));
      if (!parsed.success) continue;
      for (const { name, version, license } of parsed.data) byName.set(name, { name, version, license });
    } catch {
      // Not built (the dev server), or unreadable: About lists what it can.
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
