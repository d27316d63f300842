// The general step the chosen services replace, apart from service-choice.ts so the checklist's first
// screen can name it without loading zod (the start-up bundle's budget).

/** The general step the chosen services replace: kept while none is chosen, pointing to the picker. */
export const SERVICES_CATCH_ALL = 'prepare.move-sms-logins';
