// Summary of the guide content: counts, sourcing and language coverage. Parses the content with
// the zod schema first, so a broken content file fails here (and in CI) before it ships.
// Usage: npm run guide:report            (human summary)
//        npm run guide:report -- --json  (one JSON object)
import { content } from '../data/index';
import { planRules } from '../data/plan-rules';
import { billingRules } from '../data/billing-rules';
import {
  ContentSchema,
  type FactKey,
  type LocalizedTextData,
  type ProviderFacts,
  type SourceData,
} from '../data/schema';
import { isBacked, providerFactNumbers } from '../electron/guide/backing';
import { LOCALES } from '../electron/guide/types';
import { allProfiles } from '../tests/fixtures/all-profiles';
import { serviceCatalogue } from '../data/services/catalogue';
import { CatalogueSchema } from '../data/services/schema';

const parsed = ContentSchema.safeParse(content);
if (!parsed.success) {
  console.error('guide content does not match the schema:');
  for (const issue of parsed.error.issues) console.error(`- ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
const data = parsed.data;
const servicesParsed = CatalogueSchema.safeParse(serviceCatalogue);
if (!servicesParsed.success) {
  console.error('services catalogue does not match the schema:');
  for (const issue of servicesParsed.error.issues)
    console.error(`- ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
const catalogue = servicesParsed.data;

const facts: { sources: SourceData[] }[] = [
  ...data.providers.flatMap((p) => Object.values(p.facts)),
  ...data.globalFacts,
];
const sources = facts.flatMap((f) => f.sources);

// Every text a person may read, to measure how much of it each language covers.
const texts: Partial<LocalizedTextData>[] = [
  ...data.providers.map((p) => p.name),
  ...data.steps.flatMap((s) => [s.title, s.why, s.how]),
  ...data.documents.flatMap((d) => [d.title, d.why]),
  ...data.phrases.flatMap((p) => [p.context, { ...p.meaning, ja: p.ja }]),
  ...data.globalFacts.flatMap((f) => [f.label, f.value]),
  ...data.providers.flatMap((p) => Object.values(p.facts).flatMap((f) => (f.note ? [f.note] : []))),
  ...catalogue.flatMap((s) => [s.name, ...s.facts.map((f) => f.text)]),
];
const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 1000);
const languages = Object.fromEntries(
  LOCALES.map((l) => [l, share(texts.filter((t) => (t[l] ?? '').trim() !== '').length, texts.length)]),
) as Record<(typeof LOCALES)[number], number>;

const providerFacts = data.providers.flatMap((p) => Object.values(p.facts));

// The facts that state a number a person acts on (issue 21), and whether each is backed: an official
// page, or two owners' pages. The rest are flagged: shown as resting on one source.
const numericProviderFacts = data.providers.flatMap((p) =>
  (Object.entries(p.facts as ProviderFacts) as [FactKey, NonNullable<ProviderFacts[FactKey]>][])
    .filter(([key, fact]) => providerFactNumbers(key, fact) !== null)
    .map(([key, fact]) => ({
      id: `${p.id}.${key}`,
      key,
      sources: fact.sources,
      disputed: fact.disputed === true,
    })),
);
const numericGlobalFacts = data.globalFacts
  .filter((f) => f.numbers)
  .map((f) => ({ id: f.id, key: null, sources: f.sources, disputed: false }));
const numericFacts = [...numericProviderFacts, ...numericGlobalFacts];
const flaggedFacts = numericFacts.filter((f) => !isBacked(f.sources, f.disputed));
// A plan rule is backed when every number it rests on is: the shared facts it cites, and the cited fact
// of every provider that has one.
const ruleBacked = (rule: (typeof planRules)[number]) =>
  numericFacts
    .filter(
      (f) =>
        (f.key === null && (rule.citesGlobal as readonly string[]).includes(f.id)) ||
        (f.key !== null &&
          ([...rule.citesProvider, ...(rule.citesNewProvider ?? [])] as FactKey[]).includes(f.key)),
    )
    .every((f) => isBacked(f.sources, f.disputed));

// The services catalogue (issue 20): its facts, and how many cite the service's own page (or a
// government's, for the My Number Card); the numbers among them, backed or flagged as on carrier facts.
const serviceFacts = catalogue.flatMap((s) => s.facts);
const serviceNumbers = serviceFacts.filter((f) => f.numbers);
const serviceFlagged = serviceNumbers.filter((f) => !isBacked(f.sources, f.disputed === true));
const serviceOwnPage = serviceFacts.filter((f) => f.sources.some((src) => src.kind === 'official')).length;
// Per provider (issue 18): whether the sources say how to do it from abroad, whether they allow someone
// to cancel for the holder (or refuse it), and whether they describe a way to keep the number while away.
const perProvider = <T extends string>(of: (facts: ProviderFacts) => T) =>
  Object.fromEntries(data.providers.map((p) => [p.id, of(p.facts)])) as Record<string, T>;
const abroadChannels = perProvider((f) => (f.abroad?.status === 'found' ? 'yes' : 'no'));
const proxyRule = perProvider((f) => (f.proxy?.value ? (f.proxy.value.allowed ? 'yes' : 'refused') : 'no'));
const keepNumber = perProvider((f) =>
  f.hold?.value ? (f.hold.value.kind === 'not-offered' ? 'refused' : 'yes') : 'no',
);
const billingNumbers = billingRules.flatMap((r) => r.facts).filter((f) => f.numbers !== false);

const report = {
  content_version: data.version,
  providers: data.providers.length,
  steps: data.steps.length,
  documents: data.documents.length,
  phrases: data.phrases.length,
  facts: facts.length,
  facts_sourced: facts.filter((f) => f.sources.length > 0 && f.sources.every((s) => s.checked)).length,
  facts_without_value: providerFacts.filter((f) => f.value === null).length,
  official_share: share(sources.filter((s) => s.kind === 'official').length, sources.length),
  facts_official: facts.filter((f) => f.sources.some((s) => s.kind === 'official')).length,
  facts_single_source: facts.filter((f) => f.sources.length === 1).length,
  facts_numbers: numericFacts.length,
  facts_numbers_backed: numericFacts.length - flaggedFacts.length,
  facts_numbers_flagged: flaggedFacts.length,
  plan_rules: planRules.length,
  plan_rules_backed: planRules.filter(ruleBacked).length,
  // Bills after the line ends (data/billing-rules.ts): providers whose pages say something of them, and
  // the statements that state a number a person acts on, backed or resting on one source.
  billing_rules: billingRules.length,
  billing_rules_sourced: billingRules.filter((r) => r.facts.length > 0).length,
  billing_numbers: billingNumbers.length,
  billing_numbers_backed: billingNumbers.filter((f) => isBacked(f.sources)).length,
  // The interview answer combinations the engine test walks (tests/fixtures/all-profiles.ts).
  profiles_checked: [...allProfiles()].length,
  oldest_checked: sources.map((s) => s.checked).sort()[0] ?? null,
  services: catalogue.length,
  service_facts: serviceFacts.length,
  service_facts_own_page: serviceOwnPage,
  service_facts_own_page_share: share(serviceOwnPage, serviceFacts.length),
  service_facts_single_source: serviceFacts.filter((f) => f.sources.length === 1).length,
  service_facts_numbers: serviceNumbers.length,
  service_facts_numbers_backed: serviceNumbers.length - serviceFlagged.length,
  service_facts_numbers_flagged: serviceFlagged.length,
  services_with_gone_route: catalogue.filter((s) => s.facts.some((f) => f.topic === 'gone')).length,
  services_with_foreign_number_fact: catalogue.filter((s) => s.facts.some((f) => f.topic === 'foreign'))
    .length,
  languages,
  abroad_channels_sourced: abroadChannels,
  proxy_rule_sourced: proxyRule,
  keep_number_sourced: keepNumber,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report));
} else {
  console.log(`Guide content ${report.content_version}`);
  console.log(
    `  providers ${report.providers} · steps ${report.steps} · documents ${report.documents} · phrases ${report.phrases}`,
  );
  console.log(
    `  facts ${report.facts} (sourced ${report.facts_sourced}; provider facts held as null: ${report.facts_without_value})`,
  );
  console.log(
    `  official sources ${(report.official_share * 100).toFixed(1)}% · oldest checked ${report.oldest_checked}`,
  );
  console.log(
    `  facts citing an official page ${report.facts_official} of ${report.facts} (${((report.facts_official / report.facts) * 100).toFixed(1)}%) · resting on one source ${report.facts_single_source}`,
  );
  console.log(
    `  facts stating a number a person acts on ${report.facts_numbers}: backed ${report.facts_numbers_backed} (${((report.facts_numbers_backed / report.facts_numbers) * 100).toFixed(1)}%) · shown as one source ${report.facts_numbers_flagged}`,
  );
  if (process.argv.includes('--flagged')) {
    for (const f of flaggedFacts)
      console.log(`    one source: ${f.id} — ${f.sources.map((s) => s.url).join(' ')}`);
    for (const service of catalogue)
      for (const f of service.facts.filter((fact) => serviceFlagged.includes(fact)))
        console.log(
          `    one source: service ${service.id}.${f.id} — ${f.sources.map((s) => s.url).join(' ')}`,
        );
  }
  console.log(
    `  plan rules whose numbers are all backed ${report.plan_rules_backed} of ${report.plan_rules}`,
  );
  console.log(
    `  billing rules ${report.billing_rules} (with statements ${report.billing_rules_sourced}) · numbers backed ${report.billing_numbers_backed} of ${report.billing_numbers}`,
  );
  console.log(`  interview answer combinations walked by the engine test: ${report.profiles_checked}`);
  console.log(
    `  services ${report.services} · their facts ${report.service_facts}: citing the service's own page (or a government's) ${report.service_facts_own_page} (${(report.service_facts_own_page_share * 100).toFixed(1)}%) · resting on one source ${report.service_facts_single_source}`,
  );
  console.log(
    `  service facts stating a number a person acts on ${report.service_facts_numbers}: backed ${report.service_facts_numbers_backed} · shown as one source ${report.service_facts_numbers_flagged} · services with a sourced way back once the number is gone ${report.services_with_gone_route} · with a sourced word on a non-Japanese number ${report.services_with_foreign_number_fact}`,
  );
  console.log(`  languages ${LOCALES.map((l) => `${l} ${(languages[l] * 100).toFixed(1)}%`).join(' · ')}`);
  const count = (table: Record<string, string>, value: string) =>
    Object.values(table).filter((v) => v === value).length;
  console.log(
    `  abroad channels sourced: ${count(abroadChannels, 'yes')} of ${data.providers.length} providers · proxy rule sourced: ${count(proxyRule, 'yes')} (refused ${count(proxyRule, 'refused')}) · keeping the number: ${count(keepNumber, 'yes')} (refused ${count(keepNumber, 'refused')})`,
  );
  console.log('  provider          abroad  proxy    keep number');
  for (const p of data.providers)
    console.log(
      `  ${p.id.padEnd(17)} ${abroadChannels[p.id]?.padEnd(7)} ${proxyRule[p.id]?.padEnd(8)} ${keepNumber[p.id]}`,
    );
}
