// The preload: one sandboxed CommonJS file. It exposes `window.sayonara`, one function per contract
// channel (built from the channel list), and never ipcRenderer itself.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNELS, splitChannel } from '../ipc/channels';

const api: Record<string, Record<string, (payload: unknown) => Promise<unknown>>> = {};
for (const channel of CHANNELS) {
  const [domain, action] = splitChannel(channel);
  (api[domain] ??= {})[action] = (payload: unknown) => ipcRenderer.invoke(channel, payload);
}

// The one non-IPC helper: the path of a dropped file, which the sandboxed page cannot see itself.
contextBridge.exposeInMainWorld('sayonara', {
  ...api,
  files: { pathFor: (file: File) => webUtils.getPathForFile(file) },
});
