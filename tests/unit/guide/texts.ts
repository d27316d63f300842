// Helpers shared by the guide tests: walking every text in the content, and the detector for
// phone numbers, yen amounts and postal addresses that must be backed by a sourced fact.
import { content } from '../../../data/index';
import type { LocalizedTextData } from '../../../data/schema';

export interface PlacedText {
  where: string;
  text: LocalizedTextData;
}

/** Prose written for the person: steps, documents, phrase contexts. */
export function proseTexts(): PlacedText[] {
  return [
    ...content.steps.flatMap((s) => [
      { where: `${s.id}.title`, text: s.title },
      { where: `${s.id}.why`, text: s.why },
      { where: `${s.id}.how`, text: s.how },
    ]),
    ...content.documents.flatMap((d) => [
      { where: `document ${d.id}.title`, text: d.title },
      { where: `document ${d.id}.why`, text: d.why },
    ]),
    ...content.phrases.map((p) => ({ where: `phrase ${p.id}.context`, text: p.context })),
  ];
}

/** Texts attached to sourced facts (values, notes, labels): the only place numbers may come from. */
export function factTexts(): PlacedText[] {
  const out: PlacedText[] = [];
  for (const p of content.providers) {
    for (const [key, fact] of Object.entries(p.facts)) {
      const where = `${p.id}.${key}`;
      if (fact.note) out.push({ where: `${where}.note`, text: fact.note });
      const v: unknown = fact.value;
      if (v && typeof v === 'object' && 'zh-CN' in v) out.push({ where, text: v as LocalizedTextData });
      if (Array.isArray(v))
        v.forEach((item: { label?: LocalizedTextData }, i) => {
          if (item.label) out.push({ where: `${where}[${i}].label`, text: item.label });
        });
      if (v && typeof v === 'object' && 'rule' in v) {
        const sim = v as unknown as { deadline: LocalizedTextData | null; penalty: LocalizedTextData | null };
        if (sim.deadline) out.push({ where: `${where}.deadline`, text: sim.deadline });
        if (sim.penalty) out.push({ where: `${where}.penalty`, text: sim.penalty });
      }
    }
  }
  for (const f of content.globalFacts) {
    out.push(
      { where: `global ${f.id}.label`, text: f.label },
      { where: `global ${f.id}.value`, text: f.value },
    );
  }
  return out;
}

const DETECTORS: { kind: string; pattern: RegExp }[] = [
  // 0120-959-472, 050-3786-5404, 0077-7-111, +81-3-…
  { kind: 'phone', pattern: /(?:\+81[-\s]?\d{1,4}|0\d{1,4})-\d{1,4}-\d{3,4}/g },
  { kind: 'phone', pattern: /\b0(?:120|570|800|077)\d{5,7}\b/g },
  // Three-digit service numbers (151, 157, 188) said next to a verb of calling.
  { kind: 'phone', pattern: /(?:call|dial|拨打|打|電話|へ|に)\s*(1\d{2})(?!\d)/gi },
  { kind: 'phone', pattern: /(?<![\d,.])(1\d{2})(?=\s*(?:へ|に電話|です|番|号))/g },
  // ¥1,100 · 1,100円 · 1,100 日元 · 1100 yen
  { kind: 'fee', pattern: /[¥￥]\s?\d[\d,]*/g },
  { kind: 'fee', pattern: /\d[\d,]*\s?(?:円|日元|yen|JPY)/gi },
  // 〒143-0006 · 143-0006
  { kind: 'postal', pattern: /〒\s?\d{3}-?\d{4}/g },
  { kind: 'postal', pattern: /(?<![\d-])\d{3}-\d{4}(?![\d-])/g },
];

export interface Finding {
  kind: string;
  match: string;
  digits: string;
}

export function detectSensitive(text: string): Finding[] {
  const found: Finding[] = [];
  for (const { kind, pattern } of DETECTORS) {
    for (const m of text.matchAll(pattern)) {
      const match = m[1] ?? m[0];
      found.push({ kind, match: m[0], digits: match.replace(/\D/g, '') });
    }
  }
  return found;
}

/** Every digit string that a sourced fact carries (numbers, amounts, addresses, in any text). */
export function backedDigits(): Set<string> {
  const digits = new Set<string>();
  const add = (s: string) => {
    for (const m of s.matchAll(/\d[\d,-]*/g)) digits.add(m[0].replace(/\D/g, ''));
  };
  for (const t of factTexts()) Object.values(t.text).forEach(add);
  for (const p of content.providers) {
    for (const fact of Object.values(p.facts)) {
      const v: unknown = fact.value;
      if (Array.isArray(v))
        for (const item of v as { number?: string; amountYen?: number | null }[]) {
          if (item.number) add(item.number);
          if (typeof item.amountYen === 'number') add(String(item.amountYen));
        }
      if (v && typeof v === 'object' && 'address' in v) {
        const address = (v as { address: string | null }).address;
        if (address) add(address);
      }
    }
  }
  return digits;
}

/** Numbers a person could act on, in an English text: money, phone numbers and addresses, clock
 * times, counts of days or months, days of the month, dates, data amounts. */
const NUMBER_PATTERNS: RegExp[] = [
  /[¥￥]\s?\d|\d[\d,]*\s?(yen|円)/i,
  /\b\d{1,2}:\d{2}\b/,
  /\b\d+(?:\s?[–-]\s?\d+)?(?:\s?\([^)]*\))?\s+(?:days?|weeks?|months?|years?|hours?)\b/i,
  /\b\d+-(?:day|month|year)\b/i,
  /\b\d{1,2}(?:st|nd|rd|th)\b|\bday \d{1,2}\b/i,
  /\b\d{4}-\d{2}(?:-\d{2})?\b/,
  /\b\d+\s?(?:MB|GB)\b/,
];
export const statesNumber = (text: string) =>
  NUMBER_PATTERNS.some((p) => p.test(text)) || detectSensitive(text).length > 0;
