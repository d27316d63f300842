export { CaseProofPanel } from './CaseProofPanel';
export { AttachmentPicker } from './AttachmentPicker';
