// A crash (or power loss) can leave a working file behind in the data folder (see WORKING_FILE); the next
// start removes them, so the folder holds only the user's data.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { ATTACHMENT_DIR } from '../proof/attachment-store';
import { WORKING_FILE } from '../proof/working-files';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (prefix: string, suffix = '') => new RegExp(`^${escape(prefix)}${UUID}${escape(suffix)}$`);

const IN_DATA_DIR = [pattern(WORKING_FILE.restore), pattern(WORKING_FILE.report, '.html')];
const IN_ATTACHMENTS = [pattern(WORKING_FILE.incoming)];

async function removeMatching(dir: string, patterns: RegExp[]): Promise<string[]> {
  const names = await fsp.readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => patterns.some((p) => p.test(name)));
  await Promise.all(stale.map((name) => fsp.rm(path.join(dir, name), { recursive: true, force: true })));
  return stale;
}

/** Removes working files a crash left behind; returns their names. Call before anything else runs. */
export async function removeLeftovers(dataDir: string): Promise<string[]> {
  return [
    ...(await removeMatching(dataDir, IN_DATA_DIR)),
    ...(await removeMatching(path.join(dataDir, ATTACHMENT_DIR), IN_ATTACHMENTS)),
  ];
}
