// The preload: one sandboxed CommonJS file. It exposes `window.sayonara`, one function per contract
// channel (built from the channel list), and never ipcRenderer itself.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNELS, EVENTS, splitChannel } from '../ipc/channels';
import { callsAhead, startHintFrom } from '../shared/start-hint';

const api: Record<string, Record<string, (payload: unknown) => Promise<unknown>>> = {};
for (const channel of CHANNELS) {
  const [domain, action] = splitChannel(channel);
  (api[domain] ??= {})[action] = (payload: unknown) => ipcRenderer.invoke(channel, payload);
}

// Main → renderer events: only the declared names, and only the payload (never the IPC event object).
const events = {
  on: (name: unknown, listener: (payload: unknown) => void) => {
    if (!(EVENTS as readonly unknown[]).includes(name) || typeof listener !== 'function')
      return () => undefined;
    const forward = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(name as string, forward);
    return () => void ipcRenderer.removeListener(name as string, forward);
  },
};

// What main hinted the page opens on (its language, the case it reopens), and the first screen's reads,
// asked for now: main answers them while the page's scripts load.
const hint = startHintFrom(process.argv);
const ahead = Object.fromEntries(
  callsAhead(hint).map(([channel, request]) => [channel, ipcRenderer.invoke(channel, request)]),
);

// The one non-IPC helper: the path of a dropped file, which the sandboxed page cannot see itself.
contextBridge.exposeInMainWorld('sayonara', {
  ...api,
  events,
  files: { pathFor: (file: File) => webUtils.getPathForFile(file) },
  start: { ...hint, ahead },
});
