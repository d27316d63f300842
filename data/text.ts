// A compact way to write a text in the three languages, always in the order zh-CN, en, ja.
import type { LocalizedTextData } from './schema';

export const L = (zh: string, en: string, ja: string): LocalizedTextData => ({ 'zh-CN': zh, en, ja });
