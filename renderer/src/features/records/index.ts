// The Proof tab's panel is not re-exported: CaseScreen loads it lazily (ui/lazy), and a static path
// through this file would pull it, Temporal and the record schema back into the startup bundle.
export type { ProofIntent } from './CaseProofPanel';
export { AttachmentPicker } from './AttachmentPicker';
