import type { Shell } from 'electron';
import type { Ports } from '../services/ports';

export function electronPorts(shell: Shell): Ports {
  return {
    now: () => new Date(),
    openFolder: async (folder) => {
      const error = await shell.openPath(folder);
      if (error) throw new Error(error);
    },
    openExternal: (url) => shell.openExternal(url),
  };
}
