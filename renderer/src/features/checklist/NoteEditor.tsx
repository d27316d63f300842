// A step's note: saved only when the user asks, refused (not cut) when over the limit.
import { useId, useState } from 'react';
import { formatNumber } from '../../../../electron/shared/format';
import { useI18n } from '../../i18n';

/** Mirrors NOTE_MAX in electron/ipc/contract.ts (not imported: that module would pull zod into the renderer). */
export const NOTE_MAX = 10_000;

export function NoteEditor({
  saved,
  onSave,
}: {
  saved: string;
  /** Resolves true once the note is durable; false when the save failed (the error is shown elsewhere). */
  onSave: (note: string) => Promise<boolean>;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(saved);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  // An empty note stays a one-line button, so a long checklist stays calm to read.
  const [open, setOpen] = useState(saved !== '');
  const tooLong = draft.length > NOTE_MAX;
  const dirty = draft !== saved;

  const save = async () => {
    if (tooLong || !dirty) return;
    setStatus('saving');
    setStatus((await onSave(draft)) ? 'saved' : 'idle');
  };

  if (!open)
    return (
      <button type="button" className="btn btn-small btn-ghost note-add" onClick={() => setOpen(true)}>
        + {t('checklist.note.add')}
      </button>
    );
  return (
    <div className="note">
      <label htmlFor={id}>{t('checklist.note.label')}</label>
      <textarea
        id={id}
        value={draft}
        autoFocus={saved === ''}
        aria-invalid={tooLong || undefined}
        aria-describedby={`${id}-status`}
        onChange={(e) => {
          setDraft(e.target.value);
          setStatus('idle');
        }}
      />
      <div className="row">
        <button
          type="button"
          className="btn btn-small"
          disabled={!dirty || tooLong || status === 'saving'}
          onClick={() => void save()}
        >
          {t('checklist.note.save')}
        </button>
        <span
          id={`${id}-status`}
          className={tooLong ? 'field-error' : 'help'}
          role={tooLong ? 'alert' : 'status'}
        >
          {tooLong
            ? t('checklist.note.tooLong', {
                length: formatNumber(draft.length, locale),
                max: formatNumber(NOTE_MAX, locale),
              })
            : status === 'saving'
              ? t('checklist.saving')
              : dirty
                ? t('checklist.note.unsaved')
                : status === 'saved'
                  ? t('checklist.note.saved')
                  : ''}
        </span>
      </div>
    </div>
  );
}
