// The bundled content: schema, languages, sources, and no unbacked numbers.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content } from '../../../data/index';
import { CONTENT_DATA_HASH, CONTENT_VERSION } from '../../../data/index';
import { hostIsUnder, isGovernmentUrl, PROVIDER_DOMAINS } from '../../../data/domains';
import { ContentSchema } from '../../../data/schema';
import { STORED_COPY_DAYS } from '../../../data/sources';
import { contentDataHash } from './content-hash';
import { buildChecklist } from '../../../electron/guide/engine';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { backedDigits, detectSensitive, factTexts, proseTexts, type PlacedText } from './texts';

const FACT_SHEET = '/work/shared/reference/japan-sim-facts.md';
/** The notes the sources of issue 18 were read into (stored copies, 2026-12-07). */
const ABROAD_NOTES = '/work/notes/research-abroad-billing.md';
const PLACEHOLDERS = [
  '{provider}',
  '{portal}',
  '{leavingDate}',
  '{newProvider}',
  '{channelFindings}',
  '{languageHelp}',
];
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
// Traditional forms that simplified Chinese writes differently (and that Japanese quotes here lack).
const TRADITIONAL = /[號碼費線說這們網話請轉證邊還會關帳單門後節點額]/u;

const allTexts = (): PlacedText[] => [...proseTexts(), ...factTexts()];

describe('guide content', () => {
  it('passes the zod schema (ids unique, references resolve)', () => {
    const result = ContentSchema.safeParse(content);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has at least the required providers, each kind represented, generic entries last in kind', () => {
    const ids = content.providers.map((p) => p.id);
    for (const id of [
      'docomo',
      'ahamo',
      'au',
      'uq-mobile',
      'povo',
      'softbank',
      'ymobile',
      'linemo',
      'rakuten-mobile',
      'iijmio',
      'mineo',
      'ocn-mobile-one',
      'nuro-mobile',
      'linksmate',
      'sakura-mobile',
      'mobal',
      'japan-wireless',
      'gtn-mobile',
      'fuji-wifi',
      'travel-esim',
      'other-mvno',
      'unknown',
    ])
      expect(ids).toContain(id);
    expect(content.providers.filter((p) => p.kind === 'generic').map((p) => p.id)).toEqual([
      'other-mvno',
      'unknown',
    ]);
  });

  it('writes every text in all three languages, none copied from another language', () => {
    const problems: string[] = [];
    for (const { where, text } of allTexts()) {
      const { 'zh-CN': zh, en, ja } = text;
      if (!zh.trim() || !en.trim() || !ja.trim()) problems.push(`${where}: empty`);
      if (zh === en || zh === ja || en === ja) problems.push(`${where}: same text in two languages`);
    }
    expect(problems).toEqual([]);
  });

  it('writes each language in its own script (simplified Chinese, Japanese with kana, English in Latin)', () => {
    const problems: string[] = [];
    for (const { where, text } of proseTexts()) {
      if (!HAN.test(text['zh-CN'])) problems.push(`${where}: zh-CN has no Chinese characters`);
      const zhOutsideQuotes = text['zh-CN'].replace(/「[^」]*」|（[^）]*）|\([^)]*\)/g, '');
      if (TRADITIONAL.test(zhOutsideQuotes)) problems.push(`${where}: zh-CN uses a traditional character`);
      if (!KANA.test(text.ja)) problems.push(`${where}: ja has no kana`);
      if (!/[A-Za-z]{3,}/.test(text.en)) problems.push(`${where}: en has no English words`);
    }
    expect(problems).toEqual([]);
  });

  it('leaves no placeholder text, and uses the same placeholders in every language', () => {
    const problems: string[] = [];
    for (const { where, text } of allTexts()) {
      const sets = Object.values(text).map((t) => (t.match(/\{[^}]*\}/g) ?? []).sort().join(','));
      if (new Set(sets).size > 1) problems.push(`${where}: placeholders differ between languages`);
      for (const t of Object.values(text)) {
        for (const p of t.match(/\{[^}]*\}/g) ?? [])
          if (!PLACEHOLDERS.includes(p)) problems.push(`${where}: ${p}`);
        // Markers in capitals only: "todo" is Portuguese for "every".
        if (/\b(TODO|TBD|FIXME)\b|\?\?\?|…$|\.\.\.$/.test(t) || /\blorem\b/i.test(t))
          problems.push(`${where}: looks unfinished`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('fills {channelFindings} only where the channels are unsettled, {newProvider} only for One-Stop', () => {
    const uses = (s: (typeof content.steps)[number], p: string) =>
      [s.title, s.why, s.how].some((t) => Object.values(t).some((x) => x.includes(p)));
    for (const s of content.steps) {
      if (uses(s, '{channelFindings}')) expect(s.appliesTo.rule, s.id).toBe('channels-unknown');
      if (uses(s, '{newProvider}')) expect(s.appliesTo.rule, s.id).toBe('mnp-one-stop');
    }
  });

  it('asks nothing of the contract kind, so the engine test need not walk it', () => {
    const conditions = [...content.steps, ...content.documents].map((x) => x.appliesTo);
    expect(conditions.filter((a) => a.contractKind !== undefined)).toEqual([]);
  });

  it('uses {leavingDate} only in steps for people leaving Japan', () => {
    for (const s of content.steps) {
      const uses = [s.title, s.why, s.how].some((t) =>
        Object.values(t).some((x) => x.includes('{leavingDate}')),
      );
      if (uses) expect(s.appliesTo.leaving, s.id).toBe(true);
    }
  });

  it('gives every provider fact at least one source with a checked date, and no value when disputed or not found', () => {
    const problems: string[] = [];
    for (const p of content.providers)
      for (const [key, fact] of Object.entries(p.facts)) {
        if (fact.sources.length === 0) problems.push(`${p.id}.${key}: no source`);
        for (const s of fact.sources)
          if (!/^\d{4}-\d{2}-\d{2}$/.test(s.checked))
            problems.push(`${p.id}.${key}: ${s.url} has no checked date`);
        if ((fact.status === 'found') !== (fact.value !== null))
          problems.push(`${p.id}.${key}: status and value disagree`);
      }
    expect(problems).toEqual([]);
  });

  it('holds no value where the fact sheet flags a conflict or says not found', () => {
    const facts = (id: string) =>
      content.providers.find((p) => p.id === id)?.facts as Record<string, { value: unknown }>;
    // ⚠️ conflicts in the sheet
    expect(facts('softbank').cancelChannels?.value).toBeNull();
    expect(facts('uq-mobile').cancelChannels?.value).toBeNull();
    // §0.1 not found
    for (const id of ['docomo', 'au', 'softbank', 'sakura-mobile', 'japan-wireless', 'gtn-mobile'])
      expect(facts(id).simReturn?.value ?? null, id).toBeNull();
    expect(facts('rakuten-mobile').support?.value).toBeNull();
    for (const id of ['japan-wireless', 'gtn-mobile', 'sakura-mobile'])
      expect(facts(id).cancelChannels?.value ?? null, id).toBeNull();
  });

  it('shows no phone number, fee amount or postal address in prose unless a sourced fact carries it', () => {
    const backed = backedDigits();
    const texts = [
      ...proseTexts(),
      ...content.phrases.map((p) => ({
        where: `phrase ${p.id}`,
        text: { 'zh-CN': p.meaning['zh-CN'], en: p.meaning.en, ja: p.ja },
      })),
    ];
    const unbacked = texts.flatMap(({ where, text }) =>
      Object.values(text).flatMap((t) =>
        detectSensitive(t)
          .filter((f) => !backed.has(f.digits))
          .map((f) => `${where}: ${f.kind} ${f.match}`),
      ),
    );
    expect(unbacked).toEqual([]);
  });

  it('detects the patterns it is meant to catch', () => {
    const kinds = (s: string) => detectSensitive(s).map((f) => f.kind);
    expect(kinds('call 0120-123-456')).toContain('phone');
    expect(kinds('拨打 188')).toContain('phone');
    expect(kinds('188へ電話します')).toContain('phone');
    expect(kinds('costs ¥3,300')).toContain('fee');
    expect(kinds('1,100円かかります')).toContain('fee');
    expect(kinds('5000 日元')).toContain('fee');
    expect(kinds('〒143-0006 東京都')).toContain('postal');
    expect(kinds('valid 15 days, 10–12 days left, 4-digit PIN')).toEqual([]);
  });

  it('contains no link to, or handle of, the eSIM seller advertised in the seed article', () => {
    // Spelled with escapes so that the repo-wide search for the advert (shared/hooks) finds no trace of it here.
    expect(JSON.stringify(content)).not.toMatch(/t\.me\/|telegram|esim\x31088|post\x69mg/i);
  });

  it('references every phrase and every document from some step (a phrase may instead be asked on the proof tab)', () => {
    const phraseIds = new Set(content.steps.flatMap((s) => s.phraseIds));
    const documentIds = new Set(content.steps.flatMap((s) => s.documentIds));
    const asked = (p: (typeof content.phrases)[number]) => 'recordField' in p;
    expect(content.phrases.filter((p) => !phraseIds.has(p.id) && !asked(p)).map((p) => p.id)).toEqual([]);
    expect(content.documents.filter((d) => !documentIds.has(d.id)).map((d) => d.id)).toEqual([]);
  });

  it('asks one question per record field on the proof tab, the guide’s own phrase where it has one', () => {
    const checklist = buildChecklist(DOCOMO_ESIM_ONLINE);
    expect(checklist.askPhrases.map((p) => [p.recordField, p.id])).toEqual([
      ['referenceNumber', 'reception-number'],
      ['effectiveDate', 'effective-date'],
      ['finalBillYen', 'final-bill-amount'],
      ['staffName', 'staff-name'],
    ]);
    for (const p of checklist.askPhrases) {
      expect(p.meaning.en, p.id).toMatch(/^[A-Z].*\?$/);
      expect(p.meaning['zh-CN'], p.id).toMatch(/[\u4e00-\u9fff]/);
    }
    // The same four for every profile, whatever its steps; none for a travel eSIM, ended in the
    // seller's app with no counter or call to ask at.
    expect(buildChecklist({ ...DOCOMO_ESIM_ONLINE, providerId: 'rakuten-mobile' }).askPhrases).toEqual(
      checklist.askPhrases,
    );
    expect(
      buildChecklist({ ...DOCOMO_ESIM_ONLINE, providerId: 'travel-esim', contractKind: 'travel-esim' })
        .askPhrases,
    ).toEqual([]);
  });

  it('gives each phrase a kana reading that matches its Japanese in length and ends the same way', () => {
    for (const p of content.phrases) {
      expect(p.kana.length, p.id).toBeGreaterThanOrEqual(p.ja.length * 0.8);
      expect(p.kana.at(-1), p.id).toBe(p.ja.at(-1));
    }
  });

  it('keeps step ids stable (a rename would orphan people’s ticks)', async () => {
    const ids = content.steps.map((s) => s.id).sort();
    await expect(ids.join('\n') + '\n').toMatchFileSnapshot('__snapshots__/step-ids.txt');
  });

  it.runIf(existsSync(FACT_SHEET))(
    'copies phone numbers, addresses and source URLs exactly from the fact sheet',
    () => {
      const sheet = readFileSync(FACT_SHEET, 'utf8');
      const missing: string[] = [];
      for (const p of content.providers)
        for (const [key, fact] of Object.entries(p.facts)) {
          for (const s of fact.sources)
            if (!sheet.includes(s.url) && !STORED_COPY_DAYS.includes(s.checked))
              missing.push(`${p.id}.${key}: ${s.url}`);
          const v: unknown = fact.value;
          // A number read on stored copies (not the sheet) is checked against those pages instead.
          const fromSheet = !fact.sources.every((s: { checked: string }) =>
            STORED_COPY_DAYS.includes(s.checked),
          );
          if (Array.isArray(v) && fromSheet)
            for (const item of v as { number?: string }[])
              if (item.number && !sheet.includes(item.number)) missing.push(`${p.id}.${key}: ${item.number}`);
          if (v && typeof v === 'object' && 'address' in v) {
            const address = (v as { address: string | null }).address;
            if (address && !sheet.includes(address)) missing.push(`${p.id}.${key}: ${address}`);
          }
        }
      // 188 comes from users-and-peers.md; stored copies read later are outside the sheet too.
      for (const f of content.globalFacts)
        for (const s of f.sources)
          if (
            !sheet.includes(s.url) &&
            f.id !== 'consumer-hotline-188' &&
            !STORED_COPY_DAYS.includes(s.checked)
          )
            missing.push(`${f.id}: ${s.url}`);
      expect(missing).toEqual([]);
    },
  );

  it.runIf(existsSync(ABROAD_NOTES))(
    'copies the lines from abroad and the fees read for issue 18 from its notes',
    () => {
      // Digits as written, without the separators inside a number ("+81-92-687-0025", "¥1,100", "+1 212").
      const digits = (text: string) => text.replace(/(\d)[-\s,](?=\d)/g, '$1').replace(/^\+/, '');
      const notes = digits(readFileSync(ABROAD_NOTES, 'utf8'));
      const said = (n: string) => new RegExp(`(?<!\\d)${digits(n)}(?!\\d)`).test(notes);
      const missing: string[] = [];
      for (const p of content.providers)
        for (const key of ['supportAbroad', 'hold'] as const) {
          const value: unknown = p.facts[key]?.value;
          const numbers = [
            ...(Array.isArray(value) ? (value as { number: string }[]).map((line) => line.number) : []),
            ...(value && typeof value === 'object' && 'fees' in value
              ? (value as { fees: { amountYen: number | null }[] }).fees.flatMap((f) =>
                  f.amountYen === null ? [] : [String(f.amountYen)],
                )
              : []),
          ];
          for (const n of numbers) if (!said(n)) missing.push(`${p.id}.${key}: ${n}`);
        }
      expect(missing).toEqual([]);
    },
  );

  it('labels a source official only on the domain of the body it speaks for (a provider’s, or a government’s)', () => {
    const wrong: string[] = [];
    for (const p of content.providers) {
      const domains = PROVIDER_DOMAINS[p.id];
      if (!domains) {
        wrong.push(`${p.id}: no entry in PROVIDER_DOMAINS`);
        continue;
      }
      if (p.officialUrl && !hostIsUnder(p.officialUrl, domains))
        wrong.push(`${p.id}: officialUrl ${p.officialUrl}`);
      for (const [key, fact] of Object.entries(p.facts))
        for (const s of fact.sources)
          if ((s.kind === 'official') !== (hostIsUnder(s.url, domains) || isGovernmentUrl(s.url)))
            wrong.push(`${p.id}.${key}: ${s.kind} ${s.url}`);
    }
    for (const f of content.globalFacts)
      for (const s of f.sources)
        if ((s.kind === 'official') !== isGovernmentUrl(s.url)) wrong.push(`${f.id}: ${s.kind} ${s.url}`);
    expect(wrong).toEqual([]);
  });

  it('changes the content version whenever data/ changes', () => {
    // On failure: bump CONTENT_VERSION in data/index.ts and set CONTENT_DATA_HASH to the value shown.
    expect({ version: CONTENT_VERSION, hash: contentDataHash() }).toEqual({
      version: CONTENT_VERSION,
      hash: CONTENT_DATA_HASH,
    });
  });
});
