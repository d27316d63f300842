export { CaseProofPanel, type ProofIntent } from './CaseProofPanel';
export { AttachmentPicker } from './AttachmentPicker';
