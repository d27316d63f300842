export { CaseProofPanel } from './CaseProofPanel';
