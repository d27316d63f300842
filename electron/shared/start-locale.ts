// The language the window will most likely open in (the saved one, else the system's), handed from main
// to the preload as a command-line switch (webPreferences.additionalArguments) and from the preload to
// the page as `window.sayonara.startLocale`: the page fetches that language's texts and fonts while it
// asks for the settings, instead of after. Only a hint: the settings decide, and a wrong guess is dropped.
import { LANGUAGE_CODES, type Code } from './languages';

const SWITCH = '--sayonara-start-locale=';

export const startLocaleArgument = (locale: Code): string => `${SWITCH}${locale}`;

/** The hint in a renderer's argv, when it names a language the app ships; else null. */
export function startLocaleFrom(argv: readonly string[]): Code | null {
  const value = argv.find((arg) => arg.startsWith(SWITCH))?.slice(SWITCH.length);
  return asLocale(value);
}

/** `value` when it is one of the app's language codes, else null (the page checks what it is handed). */
export function asLocale(value: unknown): Code | null {
  return (LANGUAGE_CODES as readonly unknown[]).includes(value) ? (value as Code) : null;
}
