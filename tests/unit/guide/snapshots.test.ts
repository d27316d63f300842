// Named profiles rendered to Markdown: read these in full when they change.
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../electron/guide/engine';
import type { Profile } from '../../../electron/guide/types';
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

describe('named checklists', () => {
  for (const { file, title, profile } of named)
    it(file, async () => {
      await expect(renderChecklist(title, profile, buildChecklist(profile))).toMatchFileSnapshot(
        `__snapshots__/${file}.md`,
      );
    });
});
