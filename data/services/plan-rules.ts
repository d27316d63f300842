// When a service's step falls in the plan (issue 20). The date arithmetic is electron/guide/plan.ts's, by
// the rule's kind; the engine says which of these dates each service step (ChecklistStep.service.dating).
// These rules name no steps of their own: a service step's id holds the service (people's own services
// included), so the plan finds its rule through the step.
import { PlanRuleSchema, type PlanRuleData } from '../plan-rules';
import { L } from '../text';

export const SERVICE_DATINGS = ['number-ends', 'before-cancel', 'close-before-leaving'] as const;
export type ServiceDating = (typeof SERVICE_DATINGS)[number];

/** A plan rule without steps of its own. */
export const ServicePlanRuleSchema = PlanRuleSchema.omit({ steps: true });
export type ServicePlanRuleData = Omit<PlanRuleData, 'steps'>;

export const servicePlanRules = {
  // Codes stop when the line ends; in Japan until the day before leaving where the line outlives the stay.
  'number-ends': {
    id: 'service-number-ends',
    kind: 'before-line-ends',
    label: L('Before the number ends'),
    reason: L(
      'When the line ends ({lineEnds}), codes sent to the number stop arriving: change each service while it still receives them.',
    ),
    citesGlobal: ['sms-logins'],
    citesProvider: [],
  },
  // Mobile Suica's withdrawal and dアカウント's contact e-mail: their own pages ask for them before the
  // phone contract is cancelled.
  'before-cancel': {
    id: 'service-before-cancel',
    kind: 'before-cancel',
    label: L('Before you cancel'),
    reason: L('The service asks for this before the phone contract is cancelled ({latest}).'),
    citesGlobal: [],
    citesProvider: [],
  },
  // A bank whose own page says foreign residents leaving for good must close the account before they
  // leave: by the day before leaving, or earlier when the line ends first. No source gives any bank's
  // branch opening days, and the reason says so.
  'close-before-leaving': {
    id: 'service-close-before-leaving',
    kind: 'before-line-ends',
    label: L('Close before you leave'),
    reason: L(
      'The bank asks foreign residents who leave Japan for good to close the account before they leave; do it by {latest}, while the number it knows still works. Where closing needs a branch, check its opening days first: no source we read gives them.',
    ),
    citesGlobal: [],
    citesProvider: [],
  },
} satisfies Record<ServiceDating, ServicePlanRuleData>;
