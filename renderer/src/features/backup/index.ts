export { BackupPanel, type BackupAsk, type BackupRequest } from './BackupPanel';
