// Chromium draws the date and time fields (<input type=date>, <input type=time>) in its own UI locale:
// mm/dd/yyyy and a 12-hour clock on an English system, whatever language the page is in. That locale
// follows the `--lang` switch, which Chromium reads once, before the app is ready — long before the store
// is open. So the saved language is also kept in one small file in the data folder, read at start to set
// the switch and written whenever the store's saved language is known to differ (at each start, at each
// change). The store decides; the file is only what the next start can read early. With no language
// saved there is no switch, and Chromium follows the system as before.
import { readFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { LANGUAGE_CODES, type Code } from '../shared/languages';

export const LANGUAGE_FILE = 'language.json';

const LanguageFileSchema = z.object({ locale: z.enum(LANGUAGE_CODES) }).strict();

/** The language saved for the next start, or null when none is (or the file cannot be used). */
export function readSavedLanguage(dataDir: string): Code | null {
  try {
    const parsed = LanguageFileSchema.safeParse(
      JSON.parse(readFileSync(path.join(dataDir, LANGUAGE_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data.locale : null;
  } catch {
    // Absent, unreadable or not JSON: no language, the system's then.
    return null;
  }
}

/** Keeps the saved language for the next start (whole or not at all), or forgets it when none is saved. */
export async function saveLanguage(dataDir: string, locale: Code | null): Promise<void> {
  const file = path.join(dataDir, LANGUAGE_FILE);
  if (locale === null) {
    await unlink(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    return;
  }
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(LanguageFileSchema.parse({ locale }))}\n`);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Keeps the store's saved language for the next start, when it differs from the one kept: one write
 * at a time, in the order asked, so the last language chosen is the one left in the file. */
export function languageKeeper(
  dataDir: string,
  kept: Code | null,
  onError: (error: unknown) => void,
): (saved: Code | null) => void {
  let last = kept;
  let writes = Promise.resolve();
  return (saved) => {
    if (saved === last) return;
    last = saved;
    writes = writes.then(() => saveLanguage(dataDir, saved)).catch(onError);
  };
}

/** Chromium's name for the app's language: the same code (zh-CN, pt-BR, ja…), English as en-US. */
export const chromiumLocale = (locale: Code): string => (locale === 'en' ? 'en-US' : locale);

/** Before the app is ready: Chromium's UI locale in the saved language. A `--lang` given on the command
 * line is left to decide; with no saved language, nothing is added. */
export function applyChromiumLanguage(
  commandLine: { hasSwitch(name: string): boolean; appendSwitch(name: string, value?: string): void },
  saved: Code | null,
): void {
  if (saved === null || commandLine.hasSwitch('lang')) return;
  commandLine.appendSwitch('lang', chromiumLocale(saved));
}
