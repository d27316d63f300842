// A personal number (phone, residence card, passport), masked until the user asks to see it.
import { useState, type Ref } from 'react';
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
      <RevealButton shown={shown} label={label} onToggle={() => setShown(!shown)} />
    </span>
  );
}

/** Show / Hide for one personal value, named for screen readers by what it reveals. */
export function RevealButton({
  shown,
  label,
  onToggle,
  ref,
}: {
  shown: boolean;
  label: string;
  onToggle: () => void;
  ref?: Ref<HTMLButtonElement>;
}) {
  const { t } = useI18n();
  return (
    <button ref={ref} type="button" className="btn btn-small" aria-pressed={shown} onClick={onToggle}>
      {shown ? t('ui.hide') : t('ui.show')}
      <span className="visually-hidden"> {label}</span>
    </button>
  );
}
