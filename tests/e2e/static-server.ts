// Serves the built renderer over loopback, the way the app:// protocol serves it in Electron.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_TYPES } from '../../electron/main/protocol';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** `mounts`: more folders, each under a path prefix of its own (the bench's floor page, `/__floor/`). */
export async function serveStatic(root: string, mounts: Record<string, string> = {}): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(mounts).find((p) => pathname.startsWith(p));
    const base = path.resolve(prefix ? (mounts[prefix] ?? root) : root);
    const inside = prefix ? pathname.slice(prefix.length - 1) : pathname;
    const file = path.resolve(base, `.${inside === '/' ? '/index.html' : inside}`);
    if (path.relative(base, file).startsWith('..')) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
