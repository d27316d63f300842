// The interview's questions, in order. Each choice question maps to one Profile field; the
// `unsure` option, where a question has one, is the answer for people who do not know yet.
import type { SkippedAnswers } from '../../../../electron/guide/relevance';
import { HOLDER_TYPES, type Profile, type ProviderSummary } from '../../../../electron/guide/types';
import type { Holder } from '../../../../electron/store/schema';

export type ChoiceField =
  | 'holderType'
  | 'cardKind'
  | 'contractKind'
  | 'numberPlan'
  | 'channel'
  | 'phone'
  | 'instalments'
  | 'billClosingDay';

export const CHOICES = {
  holderType: HOLDER_TYPES,
  cardKind: ['physical', 'esim'],
  contractKind: ['postpaid', 'prepaid', 'rental', 'travel-esim'],
  numberPlan: ['keep', 'end', 'hold'],
  channel: ['online', 'app', 'shop', 'phone', 'no-shop', 'proxy', 'unsure'],
  phone: ['keep', 'return'],
  instalments: ['yes', 'no', 'unsure'],
  billClosingDay: ['10', '20', 'month-end', 'unsure'],
} as const satisfies { [F in ChoiceField]: readonly NonNullable<Profile[F]>[] };

export type QuestionId = 'providerId' | ChoiceField | 'newProviderId' | 'leavingDate' | 'details' | 'summary';

// Where the person is comes before the number and the channel: keeping the line while away is offered
// to someone leaving, and someone abroad is offered only the ways that work from there.
export const QUESTIONS: readonly QuestionId[] = [
  'providerId',
  'holderType',
  'cardKind',
  'contractKind',
  'leavingDate',
  'numberPlan',
  'newProviderId',
  'channel',
  'billClosingDay',
  'phone',
  'instalments',
  'details',
  'summary',
];

/** A question's heading. Someone keeping the number does not cancel: the line moves out (MNP), and the
 * way asked for is the way to move it. */
export const questionTitleKey = (id: QuestionId, draft: Pick<Draft, 'numberPlan'>) =>
  id === 'channel' && draft.numberPlan === 'keep'
    ? ('interview.q.channel.titleMnp' as const)
    : (`interview.q.${id}.title` as const);

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

/** The answers a choice question offers for these answers so far. Keeping the line while away is for
 * someone leaving or gone, where the provider has a way they can start from where they are; someone
 * abroad is offered only the ways that work from there; "someone will go for me" only where the
 * provider's sources allow it, for a cancellation. */
export function offeredChoices<F extends ChoiceField>(
  field: F,
  draft: Draft,
  provider: Pick<ProviderSummary, 'proxyAllowed' | 'keepWhileAway'> | undefined,
): readonly NonNullable<Profile[F]>[] {
  const abroad = draft.whereabouts === 'abroad';
  const all = CHOICES[field] as unknown as readonly NonNullable<Profile[F]>[];
  if (field === 'numberPlan') {
    const away = provider?.keepWhileAway;
    const offered = abroad ? away?.fromAbroad === true : away !== undefined && !!draft.leavingDate;
    return offered ? all : all.filter((v) => v !== 'hold');
  }
  if (field === 'channel') {
    const proxy = provider?.proxyAllowed === true && draft.numberPlan === 'end';
    return all.filter(
      (v) => (v !== 'proxy' || proxy) && (!abroad || !['shop', 'phone', 'no-shop'].includes(v as string)),
    );
  }
  return all;
}

/** The draft with every choice answer that is no longer offered taken back (asked again). */
export function withOfferedAnswers(
  draft: Draft,
  provider: Pick<ProviderSummary, 'proxyAllowed' | 'keepWhileAway'> | undefined,
): Draft {
  const out: Draft = { ...draft };
  for (const field of Object.keys(CHOICES) as ChoiceField[]) {
    const value = draft[field];
    if (
      value !== undefined &&
      !(offeredChoices(field, draft, provider) as readonly unknown[]).includes(value)
    )
      Object.assign(out, { [field]: undefined });
  }
  return out;
}

/** The questions asked for these answers so far: the skipped ones are left out. */
export const askedQuestions = (skipped: SkippedAnswers): QuestionId[] =>
  QUESTIONS.filter((q) => !(q in skipped));

/** The answers as a profile, skipped questions filled with the one answer that fits; null while any
 * asked question is unanswered. */
export function completeProfile(draft: Draft, skipped: SkippedAnswers): Profile | null {
  const filled: Draft = { ...draft };
  for (const [field, skip] of Object.entries(skipped)) Object.assign(filled, { [field]: skip.value });
  const { providerId, cardKind, contractKind, numberPlan, channel, leavingDate, phone, instalments } = filled;
  const { holderType, newProviderId, billClosingDay, whereabouts } = filled;
  if (!providerId || !cardKind || !contractKind || !numberPlan || !channel || leavingDate === undefined)
    return null;
  if (!phone || !instalments || !holderType || newProviderId === undefined) return null;
  // Asked only where it depends on the customer: null when skipped, absent from the profile then.
  if (billClosingDay === undefined) return null;
  const profile: Profile = {
    ...{ providerId, cardKind, contractKind, numberPlan, channel, leavingDate, phone, instalments },
    holderType,
    ...(billClosingDay ? { billClosingDay } : {}),
    // Absent means in Japan, as in the cases made before it was asked.
    ...(whereabouts === 'abroad' ? { whereabouts } : {}),
  };
  return numberPlan === 'keep' ? { ...profile, newProviderId } : profile;
}

export { NAME_MAX } from '../cases/case-name';
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

/** Today in the user's own zone, as YYYY-MM-DD: a leaving date before it has passed. */
export function todayLocal(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The message key of one answer: a mapped type, so only real field/value pairs are keys. */
export type AnswerKey = { [F in ChoiceField]: `interview.a.${F}.${NonNullable<Profile[F]>}` }[ChoiceField];
export const answerKey = <F extends ChoiceField>(field: F, value: NonNullable<Profile[F]>) =>
  `interview.a.${field}.${value}` as AnswerKey;
