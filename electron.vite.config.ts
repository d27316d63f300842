import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/security';
import { thirdPartyLicenses } from './scripts/third-party-licenses';
import { MODULE_ALIASES } from './scripts/module-aliases';
import { languagePages } from './scripts/language-pages';

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

/** Chromium reads woff2: dropping fontsource's .woff fallbacks halves the fonts shipped with the app. */
function woff2Only(): Plugin {
  return {
    name: 'sayonara-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].*\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, ''), map: null };
    },
  };
}

export default defineConfig({
  main: {
    // Everything is bundled (dependencies are devDependencies), so the packaged app ships no node_modules.
    // The PDF thread (electron/proof/pdf-worker.ts) is an entry of its own: out/main/pdf-worker.js, beside
    // index.js, where electron/proof/pdf-reader.ts looks for it.
    build: {
      lib: {
        entry: {
          index: resolve('electron/main/index.ts'),
          'pdf-worker': resolve('electron/proof/pdf-worker.ts'),
        },
      },
    },
    resolve: {
      alias: Object.fromEntries(Object.entries(MODULE_ALIASES).map(([name, file]) => [name, resolve(file)])),
    },
    plugins: [thirdPartyLicenses()],
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
    plugins: [react(), contentSecurityPolicy(), woff2Only(), languagePages(), thirdPartyLicenses()],
    build: {
      // electron-vite leaves the renderer unminified; minified, a cold load is measurably faster.
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
