// Every text the app can show, gathered for the language tests: the main side's English ids (each
// `L('…')` call in electron/ and data/, found in the source, since many run only on some paths) with their
// catalogs, and the renderer's keys with theirs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { CATALOGS } from '../../../data/text';
import { LANGUAGE_CODES, type Code } from '../../../electron/shared/languages';
import { ENGLISH, type MessageKey } from '../../../renderer/src/i18n/english';
import { dictionaryFor } from '../../fixtures/dictionaries';

const ROOT = path.join(import.meta.dirname, '../../..');
export const TRANSLATED = LANGUAGE_CODES.filter((code): code is Exclude<Code, 'en'> => code !== 'en');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

export interface TextCall {
  where: string;
  /** The English id, or null when the argument is not a plain string (which the tests forbid). */
  en: string | null;
}

/** Every `L(...)` call in the main side's source. */
export function mainTextCalls(): TextCall[] {
  const calls: TextCall[] = [];
  for (const file of [...sourceFiles('electron'), ...sourceFiles('data')]) {
    const source = ts.createSourceFile(
      file,
      readFileSync(path.join(ROOT, file), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'L') {
        const [arg] = node.arguments;
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        calls.push({
          where: `${file}:${line}`,
          en: arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : null,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}

export const mainCatalog = (code: Exclude<Code, 'en'>): Readonly<Record<string, string>> => CATALOGS[code];

export const UI_KEYS = Object.keys(ENGLISH) as MessageKey[];
export const uiCatalog = (code: Exclude<Code, 'en'>): Record<string, string> =>
  JSON.parse(readFileSync(path.join(ROOT, `renderer/src/i18n/locales/${code}.json`), 'utf8')) as Record<
    string,
    string
  >;
export { dictionaryFor };

/** The {placeholders} of a text, sorted: a translation must keep exactly the English's. */
export const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
