// Backup and restore of everything: the store and the attachments, as one `.sayonara` file.
// A restore is checked in full first, then the current data is backed up, then it is applied.
import { randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Handlers } from '../ipc/contract';
import {
  BACKUP_EXTENSION,
  DEFAULT_ARCHIVE_LIMITS,
  readArchive,
  writeArchive,
  type ArchiveLimits,
} from '../proof/archive';
import { holdsBytes, type AttachmentFiles } from '../proof/attachment-store';
import { fsyncDir } from '../store/durable-file';
import type { StoreData } from '../store/schema';
import type { Store } from '../store/store';
import type { Ports } from './ports';
import { WORKING_FILE } from '../proof/working-files';
import type { OpenedFiles } from './opened-files';

/** Adds what the current data lacks (matched by id); keeps everything current, settings included. */
export function mergeStores(current: StoreData, incoming: StoreData): StoreData {
  const addNew = <T>(mine: readonly T[], theirs: readonly T[], key: (item: T) => string): T[] => {
    const known = new Set(mine.map(key));
    return [...mine, ...theirs.filter((item) => !known.has(key(item)))];
  };
  return {
    ...current,
    cases: addNew(current.cases, incoming.cases, (c) => c.id),
    records: addNew(current.records, incoming.records, (r) => r.id),
    attachments: addNew(current.attachments, incoming.attachments, (a) => a.id),
    documentAttachments: addNew(
      current.documentAttachments,
      incoming.documentAttachments,
      (l) => `${l.caseId}/${l.documentId}/${l.attachmentId}`,
    ),
  };
}

export interface BackupContext {
  store: Store;
  ports: Ports;
  files: AttachmentFiles;
  dataDir: string;
  appVersion: string;
  limits?: ArchiveLimits;
  /** Backup files opened from the desktop, waiting for the restore preview. */
  opened?: OpenedFiles;
}

export function backupHandlers(
  ctx: BackupContext,
): Pick<Handlers, 'backup.export' | 'backup.inspect' | 'backup.import' | 'backup.takeOpened'> {
  const { store, ports, files } = ctx;
  const limits = ctx.limits ?? DEFAULT_ARCHIVE_LIMITS;
  return {
    'backup.export': async () => {
      const createdAt = ports.now().toISOString();
      const target = await ports.chooseSavePath({
        defaultName: `sayonara-backup-${createdAt.slice(0, 10)}.${BACKUP_EXTENSION}`,
        extensions: [BACKUP_EXTENSION],
      });
      if (target === null) return { path: null, summary: null };
      await store.flush();
      const summary = await writeArchive(target, {
        data: store.data,
        attachmentsDir: files.dir,
        appVersion: ctx.appVersion,
        createdAt,
      });
      return { path: target, summary };
    },
    'backup.inspect': async () => {
      const file = await ports.chooseOpenPath({ extensions: [BACKUP_EXTENSION] });
      if (file === null) return null;
      return { path: file, summary: (await readArchive(file, null, limits)).summary };
    },
    // Checked like a chosen file, and changes nothing: the user still picks add or replace.
    'backup.takeOpened': async () => {
      const file = ctx.opened?.take() ?? null;
      if (file === null) return null;
      return { path: file, summary: (await readArchive(file, null, limits)).summary };
    },
    'backup.import': async ({ path: file, mode }) => {
      // Unpacked inside the data folder so the final moves are renames on one disk; removed whatever happens.
      const stageDir = path.join(ctx.dataDir, `${WORKING_FILE.restore}${randomUUID()}`);
      await fsp.mkdir(stageDir);
      try {
        const opened = await readArchive(file, stageDir, limits);
        const backupFile = await store.backupNow(`before restoring ${path.basename(file)} (${mode})`);
        await fsp.mkdir(files.dir, { recursive: true });
        // Only the files the restored store names; one already there is kept only if its bytes match its
        // name (a damaged copy, or a link, is replaced by the backup's checked one).
        const named = new Set(opened.data.attachments.map((a) => `${a.id}.${a.ext}`));
        for (const [name, staged] of opened.staged) {
          if (!named.has(name)) continue;
          const target = path.join(files.dir, name);
          if (!(await holdsBytes(target, name.slice(0, 64)))) await fsp.rename(staged, target);
        }
        // The moves are durable before the store can point at them.
        await fsyncDir(files.dir);
        await store.update((current) =>
          mode === 'replace' ? opened.data : mergeStores(current, opened.data),
        );
        return { summary: opened.summary, backupFile };
      } finally {
        await fsp.rm(stageDir, { recursive: true, force: true });
      }
    },
  };
}
