// The application menu's commands, as the main process sends them (the contract's shell.command event).
import { useEffect, useRef } from 'react';
import type { SayonaraEvents, ShellCommand } from '../../../electron/ipc/contract';

/** Calls `handle` for every menu command while mounted; the latest `handle` is always the one used. */
export function useShellCommands(handle: (command: ShellCommand) => void): void {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    // Outside Electron (a test page without the bridge's events) there is no menu to listen to.
    const events = (window.sayonara as unknown as { events?: SayonaraEvents }).events;
    return events?.on('shell.command', ({ command }) => latest.current(command));
  }, []);
}
