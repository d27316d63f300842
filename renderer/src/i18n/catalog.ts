// Every UI text, merged from the core dictionaries and the features' own message files.
// A feature's file exports `{ en, 'zh-CN', ja }`, each with the same keys (checked by `FeatureMessages`).
import type { Locale } from '../../../electron/guide/types';
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
import { messages as shell } from '../app/messages';
import { en } from './en';
import { ja } from './ja';
import { zhCN } from './zh-CN';

/** A feature's texts: English defines the keys, the other languages must match them exactly. */
export type FeatureMessages<K extends string> = Record<Locale, Record<K, string>>;

const FEATURES = [
  cases,
  checklist,
  documents,
  help,
  interview,
  phrases,
  ui,
  proof,
  backup,
  plan,
  shell,
] as const;

type Feature = (typeof FEATURES)[number];
// A generic, so the condition distributes over the union of features (a plain alias would not).
type KeysOf<F> = F extends { en: infer E } ? keyof E : never;
type FeatureKeys = KeysOf<Feature>;
export type MessageKey = keyof typeof en | FeatureKeys;

function merge(locale: Locale, core: Record<string, string>): Record<MessageKey, string> {
  return Object.assign({}, core, ...FEATURES.map((feature: FeatureMessages<string>) => feature[locale]));
}

export const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = {
  en: merge('en', en),
  'zh-CN': merge('zh-CN', zhCN),
  ja: merge('ja', ja),
};
