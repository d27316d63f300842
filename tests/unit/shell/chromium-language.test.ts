// The language kept for Chromium's next start (electron/main/chromium-language.ts): read back as written,
// damaged files ignored, and quick changes left in the file in the order they were made.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyChromiumLanguage,
  LANGUAGE_FILE,
  languageKeeper,
  readSavedLanguage,
} from '../../../electron/main/chromium-language';
import { tempDir } from '../helpers';

const made: string[] = [];
const folder = async () => {
  const dir = await tempDir();
  made.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the language kept for the next start', () => {
  it('is read back as written, and a missing or damaged file is none', async () => {
    const dir = await folder();
    expect(readSavedLanguage(dir)).toBeNull();
    for (const text of ['not json', '{"locale":"xx"}', '{"locale":"ja","more":1}', '["ja"]']) {
      await writeFile(path.join(dir, LANGUAGE_FILE), text);
      expect(readSavedLanguage(dir)).toBeNull();
    }
    await writeFile(path.join(dir, LANGUAGE_FILE), '{"locale":"pt-BR"}');
    expect(readSavedLanguage(dir)).toBe('pt-BR');
  });

  it('quick changes end with the last one chosen in the file', async () => {
    const dir = await folder();
    const errors: unknown[] = [];
    const keep = languageKeeper(dir, null, (error) => errors.push(error));
    for (const locale of ['ja', 'en', 'zh-CN', 'ko', 'vi'] as const) keep(locale);
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(path.join(dir, LANGUAGE_FILE), 'utf8'))).toEqual({ locale: 'vi' }),
    );
    keep(null);
    await vi.waitFor(() => expect(readSavedLanguage(dir)).toBeNull());
    expect(errors).toEqual([]);
  });

  it('sets Chromium’s --lang (English as en-US) unless one was given', () => {
    const appended: [string, string | undefined][] = [];
    const commandLine = (given: string[]) => ({
      hasSwitch: (name: string) => given.includes(name),
      appendSwitch: (name: string, value?: string) => void appended.push([name, value]),
    });
    applyChromiumLanguage(commandLine([]), 'zh-TW');
    applyChromiumLanguage(commandLine([]), 'en');
    applyChromiumLanguage(commandLine([]), null);
    applyChromiumLanguage(commandLine(['lang']), 'ja');
    expect(appended).toEqual([
      ['lang', 'zh-TW'],
      ['lang', 'en-US'],
    ]);
  });
});
