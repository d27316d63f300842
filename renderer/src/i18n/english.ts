// Every UI text. English is written beside the code that shows it (the features' `messages.ts` and
// ./en.ts) and defines the keys; every other language is one catalog, ./locales/<code>.json (loaded by
// ./catalog.ts only when that language is chosen, so the startup bundle carries English alone).
import { messages as cases } from '../features/cases/messages';
import { messages as checklist } from '../features/checklist/messages';
import { messages as documents } from '../features/documents/messages';
import { messages as help } from '../features/help/messages';
import { messages as interview } from '../features/interview/messages';
import { messages as phrases } from '../features/phrases/messages';
import { messages as ui } from '../ui/messages';
import { messages as proof } from '../features/records/messages';
import { messages as backup } from '../features/backup/messages';
import { messages as plan } from '../features/plan/messages';
import { messages as services } from '../features/services/messages';
import { messages as bills } from '../features/bills/messages';
import { messages as shell } from '../app/messages';
import { messages as complaint } from '../features/complaint/messages';
import { messages as authority } from '../features/authority/messages';
import { en as core } from './en';

export const ENGLISH = {
  ...core,
  ...cases,
  ...checklist,
  ...documents,
  ...help,
  ...interview,
  ...phrases,
  ...ui,
  ...proof,
  ...backup,
  ...plan,
  ...services,
  ...bills,
  ...shell,
  ...complaint,
  ...authority,
};

export type MessageKey = keyof typeof ENGLISH;
export type Dictionary = Record<MessageKey, string>;
export type Catalog = Partial<Record<MessageKey, string>>;

/** English, overlaid by the chain's catalogs in order: a text a language lacks comes from its fallback. */
export const dictionaryOf = (catalogs: readonly Catalog[]): Dictionary =>
  Object.assign({}, ENGLISH, ...catalogs);
