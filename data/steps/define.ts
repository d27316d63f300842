// Steps are written with only the fields they use; the rest default to empty / false.
import type { StepData } from '../schema';

type Optional = 'documentIds' | 'phraseIds' | 'cites' | 'citesGlobal' | 'producesProof' | 'appliesTo';

export const step = (s: Omit<StepData, Optional> & Partial<Pick<StepData, Optional>>): StepData => ({
  appliesTo: {},
  documentIds: [],
  phraseIds: [],
  cites: [],
  citesGlobal: [],
  producesProof: false,
  ...s,
});

/** Travel eSIMs have their own short path; most carrier steps do not apply to them. */
export const notTravel: StepData['appliesTo'] = { notProviderKind: ['travel-esim'] };
