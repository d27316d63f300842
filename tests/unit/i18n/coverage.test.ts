// A shipped language lacks no text: every guide, report, plan and menu text (English ids in data/locales)
// and every screen text (keys in renderer/src/i18n/locales) exists in every shipped language, keeps the
// English's {placeholders}, and no catalog holds texts nothing uses. Nothing falls back silently.
import { describe, expect, test } from 'vitest';
import { ENGLISH } from '../../../renderer/src/i18n/english';
import { mainCatalog, mainTextCalls, placeholders, TRANSLATED, UI_KEYS, uiCatalog } from './texts';

const calls = mainTextCalls();
const ids = new Set(calls.flatMap((call) => (call.en === null ? [] : [call.en])));

test('every main-side text is written as L("English"), so it can be looked up', () => {
  expect(calls.length).toBeGreaterThan(400);
  expect(calls.filter((call) => call.en === null && !call.where.startsWith('data/text.ts'))).toEqual([]);
});

describe.each(TRANSLATED)('%s', (code) => {
  test('has every guide, report and menu text, with the same placeholders', () => {
    const catalog = mainCatalog(code);
    const missing = [...ids].filter((en) => !catalog[en]?.trim());
    expect(missing, `${missing.length} texts missing in data/locales/${code}.json`).toEqual([]);
    const broken = [...ids].filter(
      (en) => placeholders(en).join() !== placeholders(catalog[en] ?? '').join(),
    );
    expect(broken).toEqual([]);
  });

  test('holds no guide text that nothing uses', () => {
    expect(Object.keys(mainCatalog(code)).filter((en) => !ids.has(en))).toEqual([]);
  });

  test('has every screen text, with the same placeholders, and nothing else', () => {
    const catalog = uiCatalog(code);
    const missing = UI_KEYS.filter((key) => !catalog[key]?.trim());
    expect(missing, `${missing.length} keys missing in renderer/src/i18n/locales/${code}.json`).toEqual([]);
    const broken = UI_KEYS.filter(
      (key) => placeholders(ENGLISH[key]).join() !== placeholders(catalog[key] ?? '').join(),
    );
    expect(broken).toEqual([]);
    expect(Object.keys(catalog).filter((key) => !(UI_KEYS as string[]).includes(key))).toEqual([]);
  });
});
