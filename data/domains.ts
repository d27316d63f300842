// Whose page is whose: the domains each provider publishes on, and the government's. A source is
// `official` for a provider's fact only on that provider's domains (or its parent carrier's, for a
// sub-brand run from the parent's site), and for a fact about every provider only on a government
// domain. tests/unit/guide/content.test.ts holds every citation to this.

/** Registrable domains, matched as the host itself or any subdomain of it. */
export const PROVIDER_DOMAINS: Record<string, readonly string[]> = {
  docomo: ['docomo.ne.jp', 'nttdocomo.co.jp'],
  ahamo: ['ahamo.com', 'docomo.ne.jp', 'nttdocomo.co.jp'],
  // auone.jp: the au ID's own site (id.auone.jp), which UQ mobile logs in with too.
  au: ['au.com', 'kddi.com', 'auone.jp'],
  'uq-mobile': ['uqwimax.jp', 'uqmobile.jp', 'au.com', 'auone.jp'],
  povo: ['povo.jp', 'au.com'],
  softbank: ['softbank.jp'],
  ymobile: ['ymobile.jp', 'softbank.jp'],
  linemo: ['linemo.jp', 'softbank.jp'],
  'rakuten-mobile': ['mobile.rakuten.co.jp'],
  iijmio: ['iijmio.jp', 'iij.ad.jp'],
  mineo: ['mineo.jp'],
  'ocn-mobile-one': ['ocn.ne.jp', 'ntt.com'],
  // NURO Mobile is run by Sony Network Communications, whose support site hosts its FAQ.
  'nuro-mobile': ['nuro.jp', 'sonynetwork.co.jp'],
  linksmate: ['linksmate.jp'],
  'sakura-mobile': ['sakuramobile.jp'],
  mobal: ['mobal.com'],
  'japan-wireless': ['japan-wireless.com'],
  'gtn-mobile': ['gtn-mobile.com'],
  'fuji-wifi': ['fuji-wifi.jp'],
  // The travel-eSIM entry stands for any seller: each seller's own pages speak for that seller.
  'travel-esim': ['holafly.com', 'ubigi.com', 'airalo.com', 'traveltechlab.co.jp'],
  'other-mvno': [],
  unknown: [],
};

/** Government pages: official for the law and the procedures every provider follows, and for what a
 * ministry says of a provider. The national government's, and local governments' (lg.jp). */
export const GOVERNMENT_DOMAINS: readonly string[] = ['go.jp', 'lg.jp'];
/** Prefectures and municipalities on their older hosts: pref.aichi.jp, city.kamaishi.iwate.jp. */
const LOCAL_GOVERNMENT_HOST = /(^|\.)(pref\.[a-z0-9-]+|city\.[a-z0-9-]+(\.[a-z0-9-]+)?)\.jp$/;

/** True for a page of the national or a local government. */
export function isGovernmentUrl(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return hostIsUnder(url, GOVERNMENT_DOMAINS) || LOCAL_GOVERNMENT_HOST.test(host);
}

/**
 * Domains one company owns, beyond a provider's own list: its pages count as one source however many
 * are cited (docomo owns ahamo and, since 2022, NTT Communications with OCN; KDDI runs au, UQ mobile
 * and povo; SoftBank Corp. runs Y!mobile and LINEMO).
 */
export const OWNER_GROUPS: readonly (readonly string[])[] = [
  ['docomo.ne.jp', 'nttdocomo.co.jp', 'ahamo.com', 'ntt.com', 'ocn.ne.jp'],
  ['au.com', 'kddi.com', 'auone.jp', 'uqwimax.jp', 'uqmobile.jp', 'povo.jp'],
  ['softbank.jp', 'ymobile.jp', 'linemo.jp'],
  ['iijmio.jp', 'iij.ad.jp'],
  ['nuro.jp', 'sonynetwork.co.jp'],
];

/** Second-level names under which the registrable domain has three labels (example.co.jp). */
const SECOND_LEVEL = new Set([
  'co.jp',
  'ne.jp',
  'or.jp',
  'ac.jp',
  'ad.jp',
  'go.jp',
  'lg.jp',
  'gr.jp',
  'ed.jp',
  'co.uk',
  'ac.uk',
  'org.uk',
]);
/** Hosts where anyone gets a subdomain: each subdomain is its own owner. */
const SHARED_HOSTING = new Set(['blogspot.com', 'netlify.app', 'web.app', 'cloudfree.jp', 'hatenablog.com']);

/**
 * Who speaks on a page: the company that owns the domain (OWNER_GROUPS), else the registrable domain
 * (www.kashi-mo.com and kashi-mo.com are one; lifestyle.assist-all.co.jp is assist-all.co.jp). Two
 * sources back a number only when their owners differ.
 */
export function ownerOf(url: string): string {
  const host = new URL(url).hostname.toLowerCase();
  const group = OWNER_GROUPS.find((domains) => domains.some((d) => host === d || host.endsWith(`.${d}`)));
  if (group?.[0]) return group[0];
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const keep = SECOND_LEVEL.has(lastTwo) || SHARED_HOSTING.has(lastTwo) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * Hosts on a provider's domain where customers write (community Q&A): what they say is a user's word,
 * not the provider's, so their pages are never official even when they quote the terms.
 */
export const COMMUNITY_HOSTS: readonly string[] = ['king.mineo.jp'];

/** True when the URL's host is one of the domains or a subdomain of one, and not a community host. */
export function hostIsUnder(url: string, domains: readonly string[]): boolean {
  const host = new URL(url).hostname.toLowerCase();
  if (COMMUNITY_HOSTS.includes(host)) return false;
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
