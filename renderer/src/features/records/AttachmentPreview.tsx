// One attached file as the records and documents lists show it: a preview for an image (served from the
// data folder's attachments/ through AppInfo.attachmentBaseUrl), its name otherwise.
import type { AttachmentView } from '../../../../electron/ipc/views';

export const isPreviewable = (a: AttachmentView): boolean =>
  a.mime === 'image/png' || a.mime === 'image/jpeg';

export function AttachmentPreview({
  attachment,
  baseUrl,
  withName = false,
}: {
  attachment: AttachmentView;
  baseUrl: string;
  /** Also print the name beside an image's preview. */
  withName?: boolean;
}) {
  if (!isPreviewable(attachment)) return <span>{attachment.name}</span>;
  return (
    <>
      <img src={`${baseUrl}${attachment.fileName}`} alt={attachment.name} className="thumb" width={160} />
      {withName && <span>{attachment.name}</span>}
    </>
  );
}
