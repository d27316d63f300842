// Renames a case; an empty or over-long name is refused with a message, never trimmed to fit.
import { useId, useState } from 'react';
import { useI18n } from '../../i18n';
import { ImeSafeForm } from '../../ui/ImeSafeForm';
import { NAME_MAX } from './case-name';

export function RenameForm({
  current,
  onRename,
  onCancel,
}: {
  current: string;
  /** Resolves once saved; rejects (and the error is shown) when the save failed. */
  onRename: (name: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const trimmed = name.trim();
    if (trimmed === '') setError(t('cases.rename.empty'));
    else if (trimmed.length > NAME_MAX) setError(t('interview.error.nameLong', { length: trimmed.length }));
    else void onRename(trimmed).catch(() => undefined);
  };
  return (
    <ImeSafeForm onSubmit={submit} className="rename">
      <label htmlFor={id}>{t('cases.rename.label')}</label>
      <div className="row">
        <input
          id={id}
          type="text"
          value={name}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel();
          }}
        />
        <button type="submit" className="btn btn-primary btn-small">
          {t('common.save')}
        </button>
        <button type="button" className="btn btn-small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </ImeSafeForm>
  );
}
