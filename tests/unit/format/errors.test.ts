// Every error the main process can send reads in the user's language: its code and params are worded by
// the renderer, and no English detail from main leaks into a Chinese or Japanese sentence.
import { mkdir, open, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { LOCALES, type Locale } from '../../../electron/guide/types';
import { ERROR_CODES, type AppErrorBody } from '../../../electron/ipc/result';
import { readArchive } from '../../../electron/proof/archive';
import { attachmentFiles } from '../../../electron/proof/attachment-store';
import { errorText } from '../../../renderer/src/app/error-text';
import { translator } from '../../../renderer/src/i18n';
import { dictionaryFor } from '../../fixtures/dictionaries';
import { fakePng, refusal, removeTempDirs, tempDir } from '../proof/helpers';

afterEach(removeTempDirs);

/** Latin words a Chinese, Japanese or Korean sentence may hold: file types, units, the app's name. */
const ALLOWED_LATIN = /\b(PNG|JPEG|HEIC|PDF|eml|txt|SIM|PIN|Sayonara)\b|MB\b/g;

/** The text with the params' own values (a file name) and the allowed words taken out. */
function ownWords(text: string, params: AppErrorBody['params']): string {
  let rest = text;
  for (const value of Object.values(params ?? {})) rest = rest.split(String(value)).join('');
  return rest.replace(ALLOWED_LATIN, '');
}

/** What each language's sentence must hold (its own script) and must not (English words). */
const SCRIPT: Record<Locale, { own: RegExp; foreign: RegExp }> = {
  'zh-CN': { own: /\p{Script=Han}/u, foreign: /[A-Za-z]{2,}/ },
  'zh-TW': { own: /\p{Script=Han}/u, foreign: /[A-Za-z]{2,}/ },
  ja: { own: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, foreign: /[A-Za-z]{2,}/ },
  ko: { own: /\p{Script=Hangul}/u, foreign: /[A-Za-z]{2,}/ },
  // Vietnamese is written in Latin letters: its own are the tone-marked ones; English shows as
  // common English words.
  vi: { own: /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/iu, foreign: /\b(the|and|is|was|file|backup|not)\b/i },
  ne: { own: /\p{Script=Devanagari}/u, foreign: /[A-Za-z]{2,}/ },
  // Indonesian and Portuguese are written in Latin letters: their own are their commonest words (and
  // Portuguese's accents); English shows as common English words.
  id: {
    own: /\b(tidak|yang|dan|ini|di|ke|dari|untuk|dengan)\b/i,
    foreign: /\b(the|and|is|was|backup|not)\b/i,
  },
  'pt-BR': {
    own: /[ãõçáéíóúâêô]|\b(não|de|do|da|um|uma|para|com)\b/iu,
    // "backup" is Brazilian Portuguese too (the glossary's word).
    foreign: /\b(the|and|is|was|file|not)\b/i,
  },
  en: {
    own: /[A-Za-z]/,
    foreign: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u,
  },
};

function expectWorded(error: Pick<AppErrorBody, 'code' | 'params' | 'message'>) {
  for (const locale of LOCALES) {
    const text = errorText(translator(dictionaryFor(locale)), locale, error);
    expect(text, `${error.code} in ${locale}`).not.toMatch(/\{\w+\}/);
    if (error.message) expect(text).not.toContain(error.message);
    const own = ownWords(text, error.params);
    expect(own, `${error.code} in ${locale}: ${text}`).toMatch(SCRIPT[locale].own);
    expect(own, `${error.code} in ${locale}: ${text}`).not.toMatch(SCRIPT[locale].foreign);
  }
}

/** Params as main sends them: a file's name and limit, or a restore's needed and free megabytes. */
const SAMPLE_PARAMS = { name: 'big-screenshot.png', limitMb: 50, neededMb: 1200, availableMb: 800 };

describe('error wording', () => {
  test.each(ERROR_CODES.map((code) => [code]))('%s reads in every shipped language', (code) => {
    expectWorded({ code, message: '', params: SAMPLE_PARAMS });
  });

  test('numbers in params are written the reader’s way', () => {
    const error = { code: 'file_too_large', params: { name: 'a.png', limitMb: 1234.5 } } as const;
    expect(errorText(translator(dictionaryFor('en')), 'en', error)).toContain('1,234.5 MB');
    expect(errorText(translator(dictionaryFor('ja')), 'ja', error)).toContain('1,234.5 MB');
  });
});

describe('errors the main process really raises carry the params their wording needs', () => {
  test('attachment refusals: too large, empty, wrong type, disguised, a link, a folder, missing', async () => {
    const root = await tempDir();
    const outside = path.join(root, 'outside');
    await mkdir(outside);
    const files = attachmentFiles(path.join(root, 'data'), 1024 * 1024);
    const at = (name: string) => path.join(outside, name);
    await writeFile(at('big-screenshot.png'), fakePng('x', 2 * 1024 * 1024));
    await writeFile(at('empty.png'), '');
    await writeFile(at('setup.exe'), 'MZ');
    await writeFile(at('fake.png'), 'not a png');
    await symlink(at('big-screenshot.png'), at('link.png'));
    await mkdir(at('folder.pdf'));
    const cases: [string, AppErrorBody['code']][] = [
      ['big-screenshot.png', 'file_too_large'],
      ['empty.png', 'file_empty'],
      ['setup.exe', 'file_unsupported_type'],
      ['fake.png', 'file_unsupported_type'],
      ['link.png', 'file_unsafe_path'],
      ['folder.pdf', 'file_unreadable'],
      ['missing.pdf', 'file_unreadable'],
    ];
    for (const [name, code] of cases) {
      const error = await refusal(files.importPath(at(name)));
      expect(error.code, name).toBe(code);
      expect(error.params?.name).toBe(name);
      expectWorded(error);
      for (const locale of LOCALES)
        expect(errorText(translator(dictionaryFor(locale)), locale, error)).toContain(name);
    }
    const big = await refusal(files.importPath(at('big-screenshot.png')));
    expect(errorText(translator(dictionaryFor('ja')), 'ja', big)).toBe(
      '「big-screenshot.png」はアプリで保存できる上限の 1 MB を超えているため、添付しませんでした。',
    );
  });

  test('a damaged backup is worded without the zip library’s English', async () => {
    const file = path.join(await tempDir(), 'damaged.sayonara');
    await writeFile(file, 'this is not a zip file at all');
    const handle = await open(file, 'r');
    const error = await refusal(readArchive(handle, { stageDir: null }).finally(() => handle.close()));
    expect(error.code).toBe('backup_invalid');
    expect(error.message).toMatch(/[a-z]{4,}/);
    expectWorded(error);
    expect(errorText(translator(dictionaryFor('zh-CN')), 'zh-CN', error)).toBe(
      '这个备份文件已损坏，或者不是 さよならSIM 的备份，所以没有使用。没有做任何更改。',
    );
  });
});
