// The interview's offers follow where the person is and what the carrier's sources allow: keeping the
// line while away for someone leaving or gone, only ways that work from abroad, someone sent only
// where a proxy is allowed; an answer no longer offered is asked again; "already left" reaches the profile.
import { describe, expect, it } from 'vitest';
import { listProviders } from '../../../electron/guide/engine';
import { skippedAnswers } from '../../../electron/guide/relevance';
import {
  completeProfile,
  emptyDraft,
  offeredChoices,
  questionTitleKey,
  withOfferedAnswers,
  type Draft,
} from '../../../renderer/src/features/interview/questions';
import { ENGLISH } from '../../../renderer/src/i18n/english';
import ja from '../../../renderer/src/i18n/locales/ja.json' with { type: 'json' };

const provider = (id: string) => listProviders().find((p) => p.id === id);
const draft = (over: Partial<Draft>): Draft => ({ ...emptyDraft(), ...over });

describe('offered answers', () => {
  it('offers keeping the line while away only to someone leaving or gone, where the carrier has a way', () => {
    const plans = (id: string, over: Partial<Draft>) =>
      offeredChoices('numberPlan', draft(over), provider(id));
    expect(plans('povo', { leavingDate: null })).toEqual(['keep', 'end']);
    expect(plans('povo', { leavingDate: '2027-01-10' })).toEqual(['keep', 'end', 'hold']);
    expect(plans('povo', { whereabouts: 'abroad', leavingDate: null })).toEqual(['keep', 'end', 'hold']);
    // au's 一時休止 is at a shop, the holder in person: for someone still in Japan only.
    expect(plans('au', { leavingDate: '2027-01-10' })).toContain('hold');
    expect(plans('au', { whereabouts: 'abroad', leavingDate: null })).not.toContain('hold');
    // No pause at Rakuten Mobile, none in the sources for LINEMO.
    expect(plans('rakuten-mobile', { leavingDate: '2027-01-10' })).not.toContain('hold');
    expect(plans('linemo', { leavingDate: '2027-01-10' })).not.toContain('hold');
  });

  it('offers someone abroad only ways that work from there, and a proxy only where sources allow one', () => {
    const abroad = draft({ whereabouts: 'abroad', numberPlan: 'end' });
    expect(offeredChoices('channel', abroad, provider('au'))).toEqual(['online', 'app', 'proxy', 'unsure']);
    expect(offeredChoices('channel', abroad, provider('linemo'))).toEqual(['online', 'app', 'unsure']);
    const home = draft({ numberPlan: 'end' });
    expect(offeredChoices('channel', home, provider('docomo'))).toEqual([
      'online',
      'app',
      'shop',
      'phone',
      'no-shop',
      'proxy',
      'unsure',
    ]);
    // A proxy cancels; nobody is sent to port a number.
    expect(offeredChoices('channel', draft({ numberPlan: 'keep' }), provider('docomo'))).not.toContain(
      'proxy',
    );
  });

  it('asks again an answer no longer offered, and keeps the others', () => {
    const before = draft({
      providerId: 'au',
      channel: 'shop',
      numberPlan: 'hold',
      leavingDate: '2027-01-10',
    });
    const gone = withOfferedAnswers({ ...before, whereabouts: 'abroad' }, provider('au'));
    expect(gone.channel).toBeUndefined();
    expect(gone.numberPlan).toBeUndefined();
    expect(gone.providerId).toBe('au');
    expect(withOfferedAnswers(before, provider('au'))).toEqual(before);
  });
});

describe('the profile from the answers', () => {
  const answered = draft({
    providerId: 'ymobile',
    holderType: 'foreign-resident',
    cardKind: 'physical',
    contractKind: 'postpaid',
    numberPlan: 'end',
    channel: 'unsure',
    phone: 'keep',
    instalments: 'no',
  });

  it('"already left", on a day or not, reaches the profile; staying or leaving later stays absent', () => {
    const skipped = skippedAnswers(provider('ymobile'), 'end');
    expect(
      completeProfile({ ...answered, whereabouts: 'abroad', leavingDate: '2026-11-30' }, skipped),
    ).toMatchObject({ whereabouts: 'abroad', leavingDate: '2026-11-30' });
    expect(completeProfile({ ...answered, whereabouts: 'abroad', leavingDate: null }, skipped)).toMatchObject(
      {
        whereabouts: 'abroad',
        leavingDate: null,
      },
    );
    const staying = completeProfile({ ...answered, leavingDate: '2027-01-10' }, skipped);
    expect(staying && 'whereabouts' in staying).toBe(false);
  });

  it('a kept line is not asked how to cancel, where the number goes, the closing day or the phone', () => {
    const skipped = skippedAnswers(provider('povo'), 'hold');
    const profile = completeProfile(
      {
        ...answered,
        providerId: 'povo',
        numberPlan: 'hold',
        channel: undefined,
        phone: 'return',
        leavingDate: '2027-01-10',
      },
      skipped,
    );
    expect(profile).toMatchObject({ numberPlan: 'hold', channel: 'unsure', phone: 'keep' });
  });
});

describe('question headings', () => {
  it('asks someone moving the number how to move it out (転出), not how to cancel (解約)', () => {
    const catalogs = { en: ENGLISH, ja: ja as Record<string, string> };
    const heading = (numberPlan: Draft['numberPlan']) => {
      const key = questionTitleKey('channel', draft({ numberPlan }));
      return { en: catalogs.en[key], ja: catalogs.ja[key] };
    };
    expect(heading('keep').ja).toContain('転出');
    expect(heading('keep').ja).not.toContain('解約');
    expect(heading('keep').en).not.toMatch(/cancel/i);
    // Ending the line is a cancellation, and says so.
    expect(heading('end').ja).toContain('解約');
    expect(heading('end').en).toMatch(/cancel/i);
    expect(questionTitleKey('numberPlan', draft({ numberPlan: 'keep' }))).toBe(
      'interview.q.numberPlan.title',
    );
  });
});
