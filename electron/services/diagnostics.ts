// "Copy diagnostics": what a helper needs to understand a problem, with nothing personal in it.
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import { CONTENT_VERSION } from '../guide/engine';
import { CURRENT_SCHEMA_VERSION } from '../store/schema';
import type { Store, StoreNotice } from '../store/store';
import { personalStrings, redactForLog, type Logger } from './log';

export const DIAGNOSTIC_LOG_LINES = 50;

export interface RuntimeVersions {
  electron: string;
  chrome: string;
  node: string;
}

export interface DiagnosticsInput {
  appVersion: string;
  runtime: RuntimeVersions;
  dataDir: string;
  store: Store;
  notice: StoreNotice | null;
  log?: Logger;
}

async function sizeOf(file: string): Promise<string> {
  try {
    return `${(await fsp.stat(file)).size} bytes`;
  } catch (error) {
    return `unreadable (${(error as NodeJS.ErrnoException).code ?? 'unknown'})`;
  }
}

/** Plain English text (it goes to whoever helps, not on screen), redacted line by line. */
export async function buildDiagnostics(input: DiagnosticsInput): Promise<string> {
  const { runtime, store } = input;
  const lines = [
    `Sayonara SIM ${input.appVersion} · guide content ${CONTENT_VERSION}`,
    `Electron ${runtime.electron || '-'} · Chromium ${runtime.chrome || '-'} · Node ${runtime.node}`,
    `OS: ${os.platform()} ${os.release()} ${os.arch()}`,
    `Data folder: ${input.dataDir}`,
    `Store: ${store.filePath} · schema ${CURRENT_SCHEMA_VERSION} · ${await sizeOf(store.filePath)}${store.readOnly ? ' · read-only' : ''}`,
    `Start-up notice: ${input.notice ? input.notice.kind : 'none'}`,
    `Log: ${input.log?.file ?? '-'}`,
    '',
    `Last ${DIAGNOSTIC_LOG_LINES} log lines:`,
    ...(input.log?.tail(DIAGNOSTIC_LOG_LINES) ?? []),
  ];
  const secrets = personalStrings(store.data);
  return lines.map((line) => redactForLog(line, secrets)).join('\n');
}
