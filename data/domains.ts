// Whose page is whose: the domains each provider publishes on, and the government's. A source is
// `official` for a provider's fact only on that provider's domains (or its parent carrier's, for a
// sub-brand run from the parent's site), and for a fact about every provider only on a government
// domain. tests/unit/guide/content.test.ts holds every citation to this.

/** Registrable domains, matched as the host itself or any subdomain of it. */
export const PROVIDER_DOMAINS: Record<string, readonly string[]> = {
  docomo: ['docomo.ne.jp', 'nttdocomo.co.jp'],
  ahamo: ['ahamo.com', 'docomo.ne.jp', 'nttdocomo.co.jp'],
  au: ['au.com', 'kddi.com'],
  'uq-mobile': ['uqwimax.jp', 'uqmobile.jp', 'au.com'],
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

/** Government pages: official for the law and the procedures every provider follows. */
export const GOVERNMENT_DOMAINS: readonly string[] = ['go.jp'];

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
