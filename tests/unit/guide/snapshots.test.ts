// Named profiles rendered to Markdown: read these in full when they change.
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../electron/guide/engine';
import type { Profile } from '../../../electron/guide/types';
import type { ServicesChoice } from '../../../electron/guide/service-choice';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { renderChecklist } from './render';

const named: { file: string; title: string; profile: Profile }[] = [
  {
    file: 'docomo-esim-online',
    title: 'NTT docomo, eSIM, cancelling online, staying in Japan',
    profile: DOCOMO_ESIM_ONLINE,
  },
  {
    file: 'rakuten-physical-sim',
    title: 'Rakuten Mobile, physical SIM, channel unsure, instalments running',
    profile: {
      cardKind: 'physical',
      contractKind: 'postpaid',
      providerId: 'rakuten-mobile',
      numberPlan: 'end',
      channel: 'unsure',
      leavingDate: null,
      phone: 'keep',
      instalments: 'yes',
    },
  },
  {
    file: 'sakura-mobile-leaving-japan',
    title: 'Sakura Mobile, physical SIM, leaving Japan',
    profile: {
      cardKind: 'physical',
      contractKind: 'postpaid',
      providerId: 'sakura-mobile',
      numberPlan: 'end',
      channel: 'unsure',
      leavingDate: '2027-03-20',
      phone: 'keep',
      instalments: 'no',
    },
  },
  {
    file: 'linemo-mnp-out',
    title: 'LINEMO, eSIM, keeping the number (MNP out)',
    profile: {
      cardKind: 'esim',
      contractKind: 'postpaid',
      providerId: 'linemo',
      numberPlan: 'keep',
      channel: 'online',
      leavingDate: null,
      phone: 'keep',
      instalments: 'unsure',
    },
  },
  {
    file: 'travel-esim',
    title: 'Prepaid travel eSIM, going home',
    profile: {
      cardKind: 'esim',
      contractKind: 'travel-esim',
      providerId: 'travel-esim',
      numberPlan: 'end',
      channel: 'app',
      leavingDate: '2026-12-10',
      phone: 'keep',
      instalments: 'no',
    },
  },
];

/** Each persona varies the usual case (docomo eSIM online) in what it is there to show. */
const persona = (file: string, title: string, answers: Partial<Profile>) => ({
  file,
  title,
  profile: { ...DOCOMO_ESIM_ONLINE, ...answers },
});

named.push(
  persona('docomo-student-leaving-in-ten-days', 'Chinese student, docomo eSIM online, leaving in ten days', {
    leavingDate: '2026-12-10',
    instalments: 'yes',
    holderType: 'foreign-resident',
  }),
  persona('ahamo-to-rakuten-one-stop', 'ahamo eSIM, number to Rakuten Mobile (both in One-Stop)', {
    providerId: 'ahamo',
    numberPlan: 'keep',
    newProviderId: 'rakuten-mobile',
  }),
  persona('au-japanese-national-shop', 'au SIM card, Japanese national, cancelling at a shop', {
    providerId: 'au',
    cardKind: 'physical',
    channel: 'shop',
    holderType: 'japanese-national',
  }),
  persona('uq-mobile-by-phone-disputed', 'UQ mobile, prefers the phone: the sources disagree', {
    providerId: 'uq-mobile',
    channel: 'phone',
  }),
  persona('povo-esim-app', 'povo2.0 eSIM, cancelling in the app', { providerId: 'povo', channel: 'app' }),
  persona(
    'softbank-by-phone-japanese-national',
    'SoftBank SIM, Japanese national, prefers the phone (ruled out)',
    {
      providerId: 'softbank',
      cardKind: 'physical',
      channel: 'phone',
      holderType: 'japanese-national',
    },
  ),
  persona('softbank-to-povo-one-stop-shop', 'Japanese national, SoftBank → povo at a shop (One-Stop)', {
    providerId: 'softbank',
    cardKind: 'physical',
    numberPlan: 'keep',
    newProviderId: 'povo',
    channel: 'shop',
    holderType: 'japanese-national',
  }),
  persona('ymobile-by-phone', 'Y!mobile SIM, cancelling by phone', {
    providerId: 'ymobile',
    cardKind: 'physical',
    channel: 'phone',
  }),
  persona('iijmio-reservation-number', 'IIJmio, keeping the number, new carrier not decided', {
    providerId: 'iijmio',
    numberPlan: 'keep',
    newProviderId: null,
  }),
  persona('mineo-visitor-prefers-shop', 'mineo SIM, visitor, prefers a shop (online only)', {
    providerId: 'mineo',
    cardKind: 'physical',
    channel: 'shop',
    holderType: 'visitor',
  }),
  persona('ocn-mobile-one-leaving', 'OCN Mobile ONE, leaving Japan', {
    providerId: 'ocn-mobile-one',
    leavingDate: '2027-02-28',
  }),
  persona('nuro-mobile-to-docomo-reservation', 'NURO Mobile, number to docomo (reservation number)', {
    providerId: 'nuro-mobile',
    numberPlan: 'keep',
    newProviderId: 'docomo',
  }),
  persona('linksmate-unsure', 'LinksMate SIM, channel unsure', {
    providerId: 'linksmate',
    cardKind: 'physical',
    channel: 'unsure',
  }),
  persona('mobal-visitor-leaving', 'Mobal SIM, visitor, leaving Japan', {
    providerId: 'mobal',
    cardKind: 'physical',
    holderType: 'visitor',
    leavingDate: '2027-01-05',
  }),
  persona('japan-wireless-rental-visitor', 'Japan Wireless rental SIM, visitor', {
    providerId: 'japan-wireless',
    cardKind: 'physical',
    contractKind: 'rental',
    holderType: 'visitor',
    channel: 'unsure',
  }),
  persona('gtn-mobile-leaving', 'GTN Mobile SIM, foreign resident leaving Japan', {
    providerId: 'gtn-mobile',
    cardKind: 'physical',
    leavingDate: '2027-03-31',
    holderType: 'foreign-resident',
  }),
  persona('fuji-wifi-phone-returned', 'Fuji Wifi SIM, rented phone returned', {
    providerId: 'fuji-wifi',
    cardKind: 'physical',
    phone: 'return',
  }),
  persona('other-mvno-japanese-national', 'Another MVNO, Japanese national, unsure how', {
    providerId: 'other-mvno',
    cardKind: 'physical',
    channel: 'unsure',
    holderType: 'japanese-national',
  }),
  persona('unknown-provider-keep-number', 'Provider not sure, keeping the number', {
    providerId: 'unknown',
    numberPlan: 'keep',
    newProviderId: null,
  }),
  persona('linemo-to-ahamo-one-stop', 'LINEMO SIM to ahamo (One-Stop, neither has shops), prefers a shop', {
    providerId: 'linemo',
    cardKind: 'physical',
    numberPlan: 'keep',
    newProviderId: 'ahamo',
    channel: 'shop',
  }),
  // Issue 18: already abroad, no shop in reach, someone sent, the number kept.
  persona(
    'ymobile-nurse-already-abroad',
    'Persona 6: nurse from Seoul, already left, Y!mobile eSIM, day not given',
    {
      providerId: 'ymobile',
      whereabouts: 'abroad',
      leavingDate: null,
      holderType: 'foreign-resident',
    },
  ),
  persona(
    'ymobile-working-holiday-left-last-week',
    'Persona 12: working-holiday visitor who left last week, Y!mobile SIM, not sure how',
    {
      providerId: 'ymobile',
      cardKind: 'physical',
      channel: 'unsure',
      whereabouts: 'abroad',
      leavingDate: '2026-11-30',
      holderType: 'foreign-resident',
    },
  ),
  persona(
    'povo-keep-number-a-year-home',
    'Persona 13: factory worker keeping the povo2.0 number while home',
    {
      providerId: 'povo',
      numberPlan: 'hold',
      leavingDate: '2026-12-20',
      holderType: 'foreign-resident',
    },
  ),
  persona('au-abroad-sister-goes-to-shop', 'au SIM, already abroad, her sister in Japan goes to the shop', {
    providerId: 'au',
    cardKind: 'physical',
    channel: 'proxy',
    whereabouts: 'abroad',
    leavingDate: '2026-11-25',
    instalments: 'yes',
  }),
  persona(
    'rakuten-intern-no-shop-leaving',
    'Persona 11: intern leaving in two days, no shop in reach, Rakuten SIM',
    {
      providerId: 'rakuten-mobile',
      cardKind: 'physical',
      channel: 'no-shop',
      leavingDate: '2026-12-09',
    },
  ),
  persona(
    'softbank-abroad-unsettled',
    'SoftBank SIM, already abroad: the ways are unsettled, ask from abroad',
    {
      providerId: 'softbank',
      cardKind: 'physical',
      whereabouts: 'abroad',
      leavingDate: '2026-11-15',
    },
  ),
);

describe('named checklists', () => {
  for (const { file, title, profile } of named)
    it(file, async () => {
      await expect(renderChecklist(title, profile, buildChecklist(profile))).toMatchFileSnapshot(
        `__snapshots__/${file}.md`,
      );
    });
});

// Issue 20: the services a person picked, each a step of its own (or none, and the general step).
const withServices: { file: string; title: string; profile: Profile; services: ServicesChoice }[] = [
  {
    file: 'services-student-leaving',
    title:
      'Student leaving Japan (docomo eSIM): LINE, PayPay, Japan Post Bank, Mercari, SBI Shinsei, one of her own',
    profile: { ...DOCOMO_ESIM_ONLINE, leavingDate: '2027-03-20', holderType: 'foreign-resident' },
    services: {
      chosen: ['line', 'paypay', 'japan-post-bank', 'mercari', 'sbi-shinsei'],
      custom: [{ id: 'custom-0a1b2c3d', name: 'WeChat Pay' }],
    },
  },
  {
    file: 'services-abroad',
    title: 'Intern already abroad (au SIM): LINE, Yahoo! JAPAN ID, Mobile Suica',
    profile: {
      ...DOCOMO_ESIM_ONLINE,
      providerId: 'au',
      cardKind: 'physical',
      leavingDate: '2026-11-30',
      whereabouts: 'abroad',
    },
    services: { chosen: ['line', 'yahoo-japan-id', 'mobile-suica'], custom: [] },
  },
  {
    file: 'services-number-kept',
    title: 'Japanese national switching carriers and keeping the number: LINE and MUFG chosen, no steps',
    profile: {
      ...DOCOMO_ESIM_ONLINE,
      numberPlan: 'keep',
      newProviderId: 'povo',
      holderType: 'japanese-national',
    },
    services: { chosen: ['line', 'mufg'], custom: [] },
  },
];

describe('named checklists with services', () => {
  for (const { file, title, profile, services } of withServices)
    it(file, async () => {
      await expect(
        renderChecklist(title, { ...profile, services }, buildChecklist(profile, services)),
      ).toMatchFileSnapshot(`__snapshots__/${file}.md`);
    });
});
