// The shape of the store file, validated after every read and every migration.
import { z } from 'zod';
import { LocaleSchema, ProfileSchema } from '../guide/types';

export const CURRENT_SCHEMA_VERSION = 1;

const isoDateTime = z.string().min(10).max(40);
const localized = z.object({ 'zh-CN': z.string(), en: z.string(), ja: z.string() });

export const StepProgressSchema = z.object({
  done: z.boolean(),
  note: z.string().max(10_000),
  history: z.array(z.object({ done: z.boolean(), at: isoDateTime })),
  titleSnapshot: localized,
});

export const CaseSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(120),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  archived: z.boolean(),
  profile: ProfileSchema,
  /** Personal number of the line, kept in the data folder only and masked on screen. */
  phoneNumber: z.string().max(32),
  steps: z.record(z.string(), StepProgressSchema),
  documents: z.record(z.string(), z.object({ done: z.boolean(), at: isoDateTime })),
});
export type CaseData = z.infer<typeof CaseSchema>;

export const SettingsSchema = z.object({
  /** null until the user picks one: the OS locale is followed until then. */
  locale: LocaleSchema.nullable(),
  theme: z.enum(['system', 'light', 'dark']),
  /** Where the user was, so a relaunch brings them back. */
  lastCaseId: z.string().max(64).nullable(),
});

export const StoreDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  settings: SettingsSchema,
  cases: z.array(CaseSchema),
});
export type StoreData = z.infer<typeof StoreDataSchema>;

export function emptyStore(): StoreData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: { locale: null, theme: 'system', lastCaseId: null },
    cases: [],
  };
}
