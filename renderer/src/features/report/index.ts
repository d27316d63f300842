export { ReportExport } from './ReportExport';
