import type { Handlers } from '../ipc/contract';
import type { Store } from '../store/store';
import type { SystemPorts } from './ports';

/** Drops keys whose value is undefined, so a patch never erases a setting by accident. */
function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function settingsHandlers(
  store: Store,
  ports: Pick<SystemPorts, 'applyTheme' | 'applyLanguage'>,
): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => store.data.settings,
    'settings.update': async (patch) => {
      const next = await store.update((data) => ({
        ...data,
        settings: { ...data.settings, ...definedOnly(patch) },
      }));
      if (patch.theme !== undefined) ports.applyTheme(next.settings.theme);
      if (patch.locale !== undefined) ports.applyLanguage(next.settings.locale);
      return next.settings;
    },
  };
}
