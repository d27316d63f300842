// The words for a failed call: its code, worded in the user's language with its params filled in.
import type { Locale } from '../../../electron/guide/types';
import type { AppErrorBody } from '../../../electron/ipc/result';
import { formatNumber } from '../../../electron/shared/format';
import type { MessageKey, Translate } from '../i18n';

/** Never the main process's English detail: that stays for the "Details" disclosure. */
export function errorText(
  t: Translate,
  locale: Locale,
  error: Pick<AppErrorBody, 'code' | 'params'>,
): string {
  const params = Object.fromEntries(
    Object.entries(error.params ?? {}).map(([key, value]) => [
      key,
      typeof value === 'number' ? formatNumber(value, locale) : value,
    ]),
  );
  return t(`error.${error.code}` as MessageKey, params);
}
