// Attachments for a record or a document: a file dialog, drag-and-drop (paths via the preload's
// pathFor) and pasted images. Each failure is shown with its reason; the rest are kept.
import { useState, type ClipboardEvent, type DragEvent } from 'react';
import type { AttachmentView, ImportOutcome } from '../../../../electron/ipc/views';
import { ApiError, call } from '../../api';
import { useReportError } from '../../app/errors';
import { errorText } from '../../app/error-text';
import { useI18n } from '../../i18n';
import { AttachmentPreview } from './AttachmentPreview';

/** The preload's one non-IPC helper (Electron's webUtils.getPathForFile). */
const pathFor = (file: File): string =>
  (window.sayonara as unknown as { files?: { pathFor(file: File): string } }).files?.pathFor(file) ?? '';

function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function AttachmentPicker({
  value,
  onChange,
  baseUrl,
  context,
  compact = false,
}: {
  value: AttachmentView[];
  onChange: (next: AttachmentView[]) => void;
  baseUrl: string;
  /** What the files belong to, for screen readers, where a screen has several pickers (the documents). */
  context?: string;
  /** One line under a list item (the documents): no frame, the legend for screen readers only. */
  compact?: boolean;
}) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const [failures, setFailures] = useState<string[]>([]);

  const take = (outcome: ImportOutcome) => {
    const known = new Set(value.map((a) => a.id));
    onChange([...value, ...outcome.imported.filter((a) => !known.has(a.id))]);
    setFailures(outcome.failed.map((f) => errorText(t, locale, f)));
  };
  const run = (task: Promise<ImportOutcome>) => task.then(take, report);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const paths = [...event.dataTransfer.files].map(pathFor).filter((p) => p !== '');
    if (paths.length > 0) void run(call('attachments.importPaths', { paths }));
  };
  const onPaste = (event: ClipboardEvent) => {
    const image = [...event.clipboardData.files].find(
      (f) => f.type === 'image/png' || f.type === 'image/jpeg',
    );
    event.preventDefault();
    // Text (a reference number, an e-mail) has no place here: say what can be pasted, and how to keep text.
    if (!image) {
      setFailures([t('common.pasteImagesOnly')]);
      return;
    }
    const name = `pasted-${new Date().toISOString().replace(/[:.]/g, '-')}.${image.type === 'image/png' ? 'png' : 'jpg'}`;
    void readBase64(image)
      .then((dataBase64) => call('attachments.importPasted', { name, dataBase64 }))
      .then(
        (added) => take({ imported: [added], failed: [] }),
        (error: unknown) =>
          error instanceof ApiError
            ? take({ imported: [], failed: [{ name, ...error.body }] })
            : report(error),
      );
  };

  return (
    <fieldset
      className={compact ? 'attachments attachments-compact' : 'attachments'}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      onPaste={onPaste}
    >
      <legend className={compact ? 'visually-hidden' : 'label'}>
        {t('proof.form.attachments')}
        {context && <span className="visually-hidden">: {context}</span>}
      </legend>
      <ul className="attachment-list">
        {value.map((a) => (
          <li key={a.id} className="row" data-testid="attached-file">
            <AttachmentPreview attachment={a} baseUrl={baseUrl} withName />
            <button
              type="button"
              className="btn btn-small"
              onClick={() => onChange(value.filter((other) => other.id !== a.id))}
            >
              {t('proof.form.remove', { name: a.name })}
            </button>
          </li>
        ))}
      </ul>
      <div className={compact ? 'row' : undefined}>
        <button
          type="button"
          className={compact ? 'btn btn-small' : 'btn'}
          onClick={() => void run(call('attachments.pick', {}))}
        >
          {t('proof.form.attach')}
        </button>
        {/* A focusable target so a screenshot can be pasted from the keyboard. */}
        <p className="help drop-zone" tabIndex={0}>
          {t('proof.form.drop')}
        </p>
      </div>
      {failures.length > 0 && (
        <ul role="alert" className="field-error">
          {failures.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
