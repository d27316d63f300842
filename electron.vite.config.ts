import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/security';

/** The CSP goes into the built page only: the dev server's hot reload needs inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'sayonara-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    // Everything is bundled (dependencies are devDependencies), so the packaged app ships no node_modules.
    build: { lib: { entry: resolve('electron/main/index.ts') } },
  },
  preload: {
    // Sandboxed preloads cannot be ES modules: one CommonJS file.
    build: {
      lib: { entry: resolve('electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
