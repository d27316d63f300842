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
import { checkSaveTarget, openRegularFile } from '../proof/regular-file';
import { WORKING_FILE } from '../proof/working-files';
import { localDate, systemTimeZone } from '../shared/format';
import { usedAttachmentIds } from '../proof/attachment-usage';
import { findCase } from '../proof/lookup';
import { safeFileStem } from '../proof/report';
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

/** One case with its records, document links and the attachments they name: a backup of just that case. */
export function caseOnly(data: StoreData, caseId: string): StoreData {
  const records = data.records.filter((r) => r.caseId === caseId);
  const documentAttachments = data.documentAttachments.filter((l) => l.caseId === caseId);
  const used = usedAttachmentIds({ records, documentAttachments });
  return {
    ...data,
    cases: data.cases.filter((c) => c.id === caseId),
    records,
    documentAttachments,
    attachments: data.attachments.filter((a) => used.has(a.id)),
    settings: { ...data.settings, lastCaseId: caseId },
  };
}

export interface BackupContext {
  store: Store;
  ports: Ports;
  files: AttachmentFiles;
  dataDir: string;
  appVersion: string;
  limits?: ArchiveLimits;
  /** Free bytes on the disk holding a folder; statfs unless a test says otherwise. */
  freeBytes?: (dir: string) => Promise<number>;
  /** Backup files opened from the desktop, waiting for the restore preview. */
  opened?: OpenedFiles;
}

export function backupHandlers(
  ctx: BackupContext,
): Pick<
  Handlers,
  'backup.export' | 'backup.exportCase' | 'backup.inspect' | 'backup.import' | 'backup.takeOpened'
> {
  const { store, ports, files } = ctx;
  const limits = ctx.limits ?? DEFAULT_ARCHIVE_LIMITS;
  const freeBytes = ctx.freeBytes ? { freeBytes: ctx.freeBytes } : {};
  /** Asks where, then writes what `data()` holds once every queued write is durable. */
  const exportData = async (stem: string, createdAt: string, data: () => StoreData) => {
    const target = await ports.chooseSavePath({
      defaultName: `${stem}.${BACKUP_EXTENSION}`,
      extensions: [BACKUP_EXTENSION],
    });
    if (target === null) return { path: null, summary: null };
    await checkSaveTarget(target);
    await store.flush();
    const summary = await writeArchive(target, {
      data: data(),
      attachmentsDir: files.dir,
      appVersion: ctx.appVersion,
      createdAt,
    });
    return { path: target, summary };
  };
  /** Reads and checks a whole backup file without unpacking anything (only a plain file is opened). */
  const inspect = async (file: string) => {
    const { handle } = await openRegularFile(file);
    try {
      return {
        path: file,
        summary: (await readArchive(handle, { stageDir: null, limits, maxAttachmentBytes: files.maxBytes }))
          .summary,
      };
    } finally {
      await handle.close();
    }
  };

  /** Checks and unpacks the whole file, then backs up, puts the files in place and applies the data in one
   * transaction: no deletion can take a file it names, no edit lands between the backup and the data. */
  const restore = async (file: string, mode: 'add' | 'replace', transact: Store['transact']) => {
    // Only a plain file, and before any staging folder exists: a pipe would hold the restore for good.
    const { handle } = await openRegularFile(file);
    // Unpacked inside the data folder so the final moves are renames on one disk; removed whatever happens.
    const stageDir = path.join(ctx.dataDir, `${WORKING_FILE.restore}${randomUUID()}`);
    try {
      await fsp.mkdir(stageDir);
      const opened = await readArchive(handle, {
        stageDir,
        limits,
        maxAttachmentBytes: files.maxBytes,
        ...freeBytes,
      });
      await fsp.mkdir(files.dir, { recursive: true });
      // Only the files the restored store names. One already there is kept when its bytes match its name
      // (hashed here, outside the queue); a damaged copy, or a link, is replaced by the backup's checked one.
      const named = new Set(opened.data.attachments.map((a) => `${a.id}.${a.ext}`));
      const staged = [...opened.staged].filter(([name]) => named.has(name));
      const intact = new Set<string>();
      for (const [name] of staged)
        if (await holdsBytes(path.join(files.dir, name), name.slice(0, 64))) intact.add(name);
      return await transact(async (tx) => {
        const backupFile = await tx.backup(`before restoring ${path.basename(file)} (${mode})`);
        for (const [name, from] of staged) {
          const target = path.join(files.dir, name);
          // An intact copy a deletion removed since it was hashed is put back from the backup.
          const kept = intact.has(name) && (await fsp.lstat(target).catch(() => null))?.isFile() === true;
          if (!kept) await fsp.rename(from, target);
        }
        // The moves are durable before the store can point at them.
        await fsyncDir(files.dir);
        const current = tx.data;
        const next = mode === 'replace' ? opened.data : mergeStores(current, opened.data);
        // What the user now has that they did not: all of it on replace, the new ids on add.
        const before = mode === 'replace' ? { cases: [], records: [], attachments: [] } : current;
        await tx.write(next);
        const added = {
          cases: next.cases.length - before.cases.length,
          records: next.records.length - before.records.length,
          attachments: next.attachments.length - before.attachments.length,
        };
        return { summary: opened.summary, backupFile, added };
      });
    } finally {
      await handle.close();
      await fsp.rm(stageDir, { recursive: true, force: true });
    }
  };

  return {
    'backup.export': ({ timeZone }) => {
      const createdAt = ports.now().toISOString();
      const day = localDate(createdAt, timeZone ?? systemTimeZone());
      return exportData(`sayonara-backup-${day}`, createdAt, () => store.data);
    },
    'backup.exportCase': ({ caseId, timeZone }) => {
      const found = findCase(store.data, caseId);
      const createdAt = ports.now().toISOString();
      return exportData(
        `sayonara-case-${safeFileStem(found.name, 'case')}-${localDate(createdAt, timeZone ?? systemTimeZone())}`,
        createdAt,
        () => caseOnly(store.data, caseId),
      );
    },
    'backup.inspect': async () => {
      const file = await ports.chooseOpenPath({ extensions: [BACKUP_EXTENSION] });
      return file === null ? null : inspect(file);
    },
    // Checked like a chosen file, and changes nothing: the user still picks add or replace.
    'backup.takeOpened': async () => {
      const file = ctx.opened?.take() ?? null;
      return file === null ? null : inspect(file);
    },
    'backup.import': ({ path: file, mode }) =>
      // A replacement drops whatever the data holds when it lands: edits are refused until it has
      // (store_busy), never acknowledged and then dropped. An addition keeps them: it merges in the queue.
      mode === 'replace'
        ? store.excluding((transact) => restore(file, mode, transact))
        : restore(file, mode, store.transact),
  };
}
