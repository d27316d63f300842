// The name of every IPC channel. The preload builds `window.sayonara` from this list, and the
// contract must declare exactly these (its type is keyed by them), so no channel exists outside it.
export const CHANNELS = [
  'app.info',
  'app.openDataFolder',
  'app.openExternal',
  'settings.get',
  'settings.update',
  'guide.providers',
  'cases.list',
  'cases.get',
  'cases.create',
  'cases.rename',
  'cases.setArchived',
  'cases.delete',
  'cases.updateProfile',
  'cases.setPayment',
  'steps.setDone',
  'steps.setNote',
  'documents.setDone',
  'records.list',
  'records.create',
  'records.update',
  'attachments.pick',
  'attachments.importPaths',
  'attachments.importPasted',
  'attachments.forDocuments',
  'attachments.linkDocument',
  'report.export',
  'report.prepare',
  'backup.export',
  'backup.inspect',
  'backup.import',
  'cases.deletionPreview',
  'backup.exportCase',
  'plan.dueSoon',
  'plan.forCase',
  'plan.exportCalendar',
  'backup.takeOpened',
  'app.copyDiagnostics',
  'app.chooseDataFolder',
  'app.restart',
  'app.openLogFolder',
  'app.logError',
  'guide.services',
  'cases.setServices',
  'complaint.get',
  'complaint.draft',
  'complaint.save',
  'complaint.export',
  'authority.get',
  'authority.save',
  'authority.export',
] as const;

export type Channel = (typeof CHANNELS)[number];

export type Domain<C extends string> = C extends `${infer D}.${string}` ? D : never;
export type Action<C extends string, D extends string> = C extends `${D}.${infer A}` ? A : never;

export function splitChannel(channel: Channel): [string, string] {
  const dot = channel.indexOf('.');
  return [channel.slice(0, dot), channel.slice(dot + 1)];
}

/** Main → renderer events (the menu, a file opened from the desktop). The preload subscribes to these
 * names only; their payload schemas are in the contract. */
export const EVENTS = ['shell.command'] as const;
export type EventName = (typeof EVENTS)[number];
