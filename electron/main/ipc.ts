// Registers one ipcMain handler per contract channel; each checks the sender, then asks the router.
import type { IpcMain } from 'electron';
import { CHANNELS } from '../ipc/channels';
import { fail } from '../ipc/result';
import type { Router } from '../ipc/router';
import { isTrustedSender } from './security';

export function registerIpc(ipcMain: IpcMain, router: Router, devServerUrl?: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame, devServerUrl)) {
        return fail('forbidden', 'this message did not come from the app window');
      }
      return router.handle(channel, payload);
    });
  }
}
