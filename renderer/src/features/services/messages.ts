// The Services tab (issue 20): the services that text this number, picked from the catalogue or named.
const en = {
  'case.tab.services': 'Services',
  'services.title': 'Services that text this number',
  'services.why':
    'When the number ends, every service that sends codes to it by SMS, or calls it, loses that. Tick the ones you use: each becomes a step of its own in the checklist, with what to do and where, and the sources.',
  'services.chosen': 'Chosen: {count}. Their steps are in the checklist.',
  'services.noneChosen': 'None chosen yet: the checklist keeps one general step for them.',
  'services.kept':
    'You are keeping this number: it moves to the new carrier (MNP) and goes on receiving texts, so these services need no steps. What you tick is kept, and used if you change your answer to ending the number.',
  'services.held':
    'You are keeping this line while you are away, so these services need no steps now: their codes keep reaching you as long as the line stays alive and texts reach you abroad (roaming on, where your carrier needs it). What you tick is kept, and used if you change your answer to ending the number.',
  'services.noNumber':
    'A travel eSIM has no Japanese phone number, so no service texts it: there is nothing to do here.',
  'services.abroad':
    'You are already abroad, so each service shows what its sources say once the number is gone, instead of what to change before.',
  'services.search': 'Search services',
  'services.search.help': 'By name in any language, or in Japanese.',
  'services.noMatch': 'No service in the list matches “{query}”. You can add it as your own below.',
  'services.group.messaging': 'Messaging',
  'services.group.payments': 'Payments and cards',
  'services.group.banks': 'Banks',
  'services.group.shopping': 'Shopping and delivery',
  'services.group.accounts': 'Online IDs and carrier accounts',
  'services.group.investing': 'Securities and crypto',
  'services.group.government': 'Government',
  'services.group.travel': 'Transport and travel',
  'services.own.title': 'A service not in the list',
  'services.own.help':
    'The app has no sources for a service you add: its step gives advice that holds for any service.',
  'services.own.label': 'Name of the service',
  'services.own.add': 'Add',
  'services.own.remove': 'Remove {name}',
  'services.own.empty': 'Type the name of the service first.',
  'services.own.long': 'This name is {length} characters long; the limit is {max}.',
  'services.own.unsafe':
    'The name holds characters that cannot be shown (control characters). Type it again.',
  'services.own.twice': '“{name}” is already in your list.',
  'services.own.full': 'You can add up to {max} services of your own.',
  'services.toChecklist': 'Go to the checklist',
  'services.open': 'Choose your services',
  'services.facts': 'What the sources say about {service}',
  'services.fact.notFound': 'Not found in the sources we read.',
  'services.custom': 'You added this service: the app has no sources for it.',
};

export const messages = en;
