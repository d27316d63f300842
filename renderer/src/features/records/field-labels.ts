// What a record's number and date fields are called: by its kind, as the proof report names them.
import { isMnpNumber, type RecordContent } from '../../../../electron/store/schema';
import type { MessageKey } from '../../i18n';

type Kind = RecordContent['kind'];

/** The MNP予約番号 on an MNP record, the 受付番号 on any other. */
export const numberLabel = (kind: Kind): MessageKey =>
  isMnpNumber(kind) ? 'proof.form.mnpNumber' : 'proof.form.referenceNumber';

/** That number's 有効期限 on an MNP record, the 解約日 on any other. */
export const dateLabel = (kind: Kind): MessageKey =>
  isMnpNumber(kind) ? 'proof.form.mnpValidUntil' : 'proof.form.effectiveDate';
