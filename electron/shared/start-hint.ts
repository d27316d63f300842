// What the window will most likely open on — the saved language (else the system's) and the case the
// app reopens — handed from main to the preload as command-line switches (webPreferences.
// additionalArguments) and from the preload to the page as `window.sayonara.start`. The page fetches
// that language's texts and fonts, and that case, while it asks for the settings instead of after.
// Only hints: the settings decide, and a wrong one is dropped.
import { LANGUAGE_CODES, type Code } from './languages';

export interface StartHint {
  locale: Code | null;
  caseId: string | null;
}

const LOCALE = '--sayonara-start-locale=';
const CASE = '--sayonara-start-case=';
/** A case id as the store makes them (UUIDs): anything else is not passed on. */
const CASE_ID = /^[A-Za-z0-9-]{1,64}$/;

/** `value` when it is one of the app's language codes, else null (the page checks what it is handed). */
export function asLocale(value: unknown): Code | null {
  return (LANGUAGE_CODES as readonly unknown[]).includes(value) ? (value as Code) : null;
}

/** `value` when it reads as a case id, else null. */
export function asCaseId(value: unknown): string | null {
  return typeof value === 'string' && CASE_ID.test(value) ? value : null;
}

/** The switches main adds to the window's renderer. */
export function startArguments(hint: { locale: Code; caseId: string | null }): string[] {
  const caseId = asCaseId(hint.caseId);
  return [`${LOCALE}${hint.locale}`, ...(caseId ? [`${CASE}${caseId}`] : [])];
}

/** The reads the preload asks main for as soon as it runs, before the page's scripts have even loaded,
 * so main answers while they load: the app's facts, the settings and the case main hinted, by channel.
 * Reads only: the page takes each answer once, at its start (renderer/src/app/boot.ts), before anything
 * it does can change them. */
export function callsAhead(hint: StartHint): [channel: string, request: unknown][] {
  return [
    ['app.info', {}],
    ['settings.get', {}],
    ...(hint.caseId ? [['cases.get', { caseId: hint.caseId }] as [string, unknown]] : []),
  ];
}

/** The hints in a renderer's argv, each checked (null when absent or not what the app makes). */
export function startHintFrom(argv: readonly string[]): StartHint {
  const value = (prefix: string) => argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
  return { locale: asLocale(value(LOCALE)), caseId: asCaseId(value(CASE)) };
}

/** The built page the window opens on: its language's (scripts/language-pages.ts makes one for each
 * language but English, whose page is index.html), which fetches that language's texts and fonts with
 * the app's scripts. */
export const startPage = (locale: Code): string => (locale === 'en' ? 'index.html' : `index.${locale}.html`);
