// A personal number (phone, residence card, passport), masked until the user asks to see it.
import { useState } from 'react';
import { useI18n } from '../i18n';

export function Masked({ value, masked, label }: { value: string; masked: string; label: string }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  if (value === '') return null;
  return (
    <span className="masked">
      <span
        className="mono"
        data-testid="masked-value"
        aria-label={`${label}: ${shown ? value : t('ui.hidden')}`}
      >
        {shown ? value : masked}
      </span>
      <button type="button" className="btn btn-small" aria-pressed={shown} onClick={() => setShown(!shown)}>
        {shown ? t('ui.hide') : t('ui.show')}
        <span className="visually-hidden"> {label}</span>
      </button>
    </span>
  );
}
