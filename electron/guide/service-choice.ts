// The services a person chose for a case (issue 20): catalogued ones by id, and their own by name. Kept
// per case in the store; the engine turns each into a step of its own. Light on purpose (zod only): the
// store schema, the IPC contract and the renderer read it without pulling in the catalogue.
import { z } from 'zod';
import type { Profile } from './types';

/** A catalogued service's id (data/services). */
export const SERVICE_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A service the person named: `custom-` and 8 hex digits, made once by main and never reused. */
export const CUSTOM_SERVICE_ID_PATTERN = /^custom-[0-9a-f]{8}$/;
export const CUSTOM_NAME_MAX = 80;
export const CHOSEN_MAX = 64;
export const CUSTOM_MAX = 30;

/** Control and bidirectional-override characters: nothing a service's name needs, and a way to make a
 * name read differently from what it holds. */
export const UNSAFE_NAME_CHARACTERS = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

export const CustomServiceSchema = z.object({
  id: z.string().regex(CUSTOM_SERVICE_ID_PATTERN),
  name: z.string().min(1).max(CUSTOM_NAME_MAX),
});
export type CustomService = z.infer<typeof CustomServiceSchema>;

export const ServicesChoiceSchema = z.object({
  /** Catalogued services, in the order they were chosen. */
  chosen: z.array(z.string().regex(SERVICE_ID_PATTERN).max(64)).max(CHOSEN_MAX),
  /** Services the person named themselves. */
  custom: z.array(CustomServiceSchema).max(CUSTOM_MAX),
});
export type ServicesChoice = z.infer<typeof ServicesChoiceSchema>;

export const NO_SERVICES: ServicesChoice = { chosen: [], custom: [] };

export { SERVICES_CATCH_ALL } from './services-step';

/** The steps a service gets: before the number goes (in Japan), or once it is gone (abroad). Stable
 * forever: ticks are stored under them. */
export const serviceStepId = (serviceId: string, gone: boolean) =>
  `${gone ? 'after' : 'prepare'}.service-${serviceId}`;

/**
 * Whether a case's chosen services get steps: not when the number is kept (it moves to the new carrier by
 * MNP and goes on receiving texts), nor when it is held while abroad (the same line lives on; its own
 * keep-alive steps and roaming decide whether texts reach the person), nor for a travel eSIM (a data plan
 * with no Japanese number).
 */
export type ServicesState = 'applies' | 'number-kept' | 'number-held' | 'no-number';
export function servicesState(profile: Pick<Profile, 'numberPlan'>, providerKind: string): ServicesState {
  if (providerKind === 'travel-esim') return 'no-number';
  if (profile.numberPlan === 'keep') return 'number-kept';
  return profile.numberPlan === 'hold' ? 'number-held' : 'applies';
}
