// A personal text being filled in (a name, an address, a date of birth): masked like a Masked value
// whenever it holds something and is not being edited, shown on request. Typed in the clear while
// shown: a password field would turn off the IME that Chinese and Japanese names and addresses need.
import { useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { RevealButton } from './Masked';

export function MaskedInput({
  id,
  label,
  value,
  mask,
  type = 'text',
  maxLength,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  /** The value as the screen shows it while hidden (proof/mask.ts). */
  mask: (value: string) => string;
  /** 'date' while shown: the date picker; hidden, the mask is plain text. */
  type?: 'text' | 'date';
  maxLength?: number;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  // Nothing to hide yet: ready to type into.
  const [shown, setShown] = useState(value === '');
  const toggle = useRef<HTMLButtonElement>(null);
  const hidden = !shown && value !== '';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          type={hidden ? 'text' : type}
          autoComplete="off"
          spellCheck={false}
          readOnly={hidden}
          value={hidden ? mask(value) : value}
          data-masked={hidden || undefined}
          aria-description={hidden ? t('ui.hidden') : undefined}
          {...(maxLength ? { maxLength } : {})}
          onChange={(e) => onChange(e.target.value)}
          // Done with it (not on the way to its own Show/Hide button): masked again.
          onBlur={(e) => {
            if (e.relatedTarget !== toggle.current) setShown(false);
          }}
        />
        {value !== '' && (
          <RevealButton ref={toggle} shown={!hidden} label={label} onToggle={() => setShown(hidden)} />
        )}
      </div>
    </div>
  );
}
