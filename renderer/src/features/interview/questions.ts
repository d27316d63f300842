// The interview's questions, in order. Each choice question maps to one Profile field; the
// `unsure` option, where a question has one, is the answer for people who do not know yet.
import type { Profile } from '../../../../electron/guide/types';
import type { Holder } from '../../../../electron/store/schema';

export type ChoiceField = 'cardKind' | 'contractKind' | 'numberPlan' | 'channel' | 'phone' | 'instalments';

export const CHOICES = {
  cardKind: ['physical', 'esim'],
  contractKind: ['postpaid', 'prepaid', 'rental', 'travel-esim'],
  numberPlan: ['keep', 'end'],
  channel: ['online', 'app', 'shop', 'phone', 'unsure'],
  phone: ['keep', 'return'],
  instalments: ['yes', 'no', 'unsure'],
} as const satisfies { [F in ChoiceField]: readonly Profile[F][] };

export type QuestionId = 'providerId' | ChoiceField | 'leavingDate' | 'details' | 'summary';

export const QUESTIONS: readonly QuestionId[] = [
  'providerId',
  'cardKind',
  'contractKind',
  'numberPlan',
  'channel',
  'leavingDate',
  'phone',
  'instalments',
  'details',
  'summary',
];

/** The answers so far: a field is undefined until answered. */
export type Draft = { [F in keyof Profile]?: Profile[F] } & {
  name: string;
  phoneNumber: string;
  holder: Holder;
};

export const emptyDraft = (): Draft => ({
  name: '',
  phoneNumber: '',
  holder: { name: '', residenceCard: '', passport: '' },
});

export function completeProfile(draft: Draft): Profile | null {
  const { providerId, cardKind, contractKind, numberPlan, channel, leavingDate, phone, instalments } = draft;
  if (!providerId || !cardKind || !contractKind || !numberPlan || !channel || leavingDate === undefined)
    return null;
  if (!phone || !instalments) return null;
  return { providerId, cardKind, contractKind, numberPlan, channel, leavingDate, phone, instalments };
}

export const NAME_MAX = 120;
export const PHONE_PATTERN = /^[0-9+\-() ]*$/;
export const PHONE_MAX = 32;
export const HOLDER_NAME_MAX = 120;
/** 在留カード番号 is 2 letters, 8 digits, 2 letters; checked loosely, as the main process does. */
export const RESIDENCE_CARD_PATTERN = /^[A-Za-z0-9 ]{0,20}$/;
export const PASSPORT_PATTERN = /^[A-Za-z0-9]{0,20}$/;

export const trimHolder = (holder: Holder): Holder => ({
  name: holder.name.trim(),
  residenceCard: holder.residenceCard.trim(),
  passport: holder.passport.trim(),
});
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The message key of one answer: a mapped type, so only real field/value pairs are keys. */
export type AnswerKey = { [F in ChoiceField]: `interview.a.${F}.${Profile[F]}` }[ChoiceField];
export const answerKey = <F extends ChoiceField>(field: F, value: Profile[F]) =>
  `interview.a.${field}.${value}` as AnswerKey;
