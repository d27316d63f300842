// Screens and tabs the first screen does not show load on first use, each in its own chunk, so the
// startup bundle carries only what a relaunch into a case's checklist (or the case list) needs.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useI18n } from '../i18n';

/** React.lazy for a named export: `lazyNamed(() => import('./X').then((m) => m.X))`. */
export function lazyNamed<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => load().then((component) => ({ default: component })));
}

/** Shows the usual "loading" line while a lazy screen's chunk arrives. */
export function Loading({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>{children}</Suspense>;
}
