// The services catalogue (issue 20): services that text, call or otherwise tie themselves to the Japanese
// number, and the rules and words of their steps. Part of the guide content: CONTENT_VERSION in
// data/index.ts moves whenever anything here changes (its hash covers data/ recursively).
import { serviceCatalogue } from './catalogue';
import type { ServiceData } from './schema';

export { SERVICE_GROUPS, SERVICE_TOPICS, type ServiceGroup, type ServiceTopic } from './schema';
export { servicePlanRules, SERVICE_DATINGS, type ServiceDating } from './plan-rules';

/** Every catalogued service, grouped in the picker's order, each group in the catalogue's order. */
export const services: readonly ServiceData[] = serviceCatalogue;

const byId = new Map(services.map((s) => [s.id, s]));

/** The catalogued service with this id, or undefined (an id no longer catalogued, or a made-up one). */
export const serviceById = (id: string): ServiceData | undefined => byId.get(id);
