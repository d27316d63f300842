// Every UI text, merged from the core dictionaries and the features' own message files.
// A feature's file exports `{ en, 'zh-CN', ja }`, each with the same keys (checked by `FeatureMessages`).
import type { Locale } from '../../../electron/guide/types';
import { en } from './en';
import { ja } from './ja';
import { zhCN } from './zh-CN';

/** A feature's texts: English defines the keys, the other languages must match them exactly. */
export type FeatureMessages<K extends string> = Record<Locale, Record<K, string>>;

const FEATURES = [] as const;

type Feature = (typeof FEATURES)[number];
type FeatureKeys = [Feature] extends [never] ? never : Feature extends FeatureMessages<infer K> ? K : never;
export type MessageKey = keyof typeof en | FeatureKeys;

function merge(locale: Locale, core: Record<string, string>): Record<MessageKey, string> {
  return Object.assign({}, core, ...FEATURES.map((feature: FeatureMessages<string>) => feature[locale]));
}

export const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = {
  en: merge('en', en),
  'zh-CN': merge('zh-CN', zhCN),
  ja: merge('ja', ja),
};
