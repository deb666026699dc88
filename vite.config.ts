import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { minifyTemplates } from './scripts/minify-templates.js';

/**
 * Vite wraps every dynamic `import()` in a helper that preloads the chunk's own imports and CSS. The
 * drop-in has no CSS files and turns module preloading off, so the helper only ever called the import;
 * this plugin puts that one call in its place (0.7 kB gzip less in `scalev.js`, which every page loads).
 */
function directDynamicImports(): Plugin {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'scalev:direct-dynamic-imports',
    enforce: 'pre',
    apply: 'build',
    resolveId: (id) => (id === helper || id.endsWith('vite/preload-helper.js') ? helper : null),
    load: (id) => (id === helper ? 'export const __vitePreload = (load) => load();' : null),
  };
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Dev server for the demo storefront (`npm start`) and the app-mode build of the drop-in
 * `dist/scalev.js` (TOOLCHAIN gotcha 4: library mode does not minify ES output). Each element's
 * define module becomes its own chunk next to `scalev.js`, loaded the first time its tag appears.
 */
export default defineConfig({
  plugins: [directDynamicImports(), minifyTemplates()],
  define: {
    __SCALEV_VERSION__: JSON.stringify(pkg.version),
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
  },
  preview: {
    host: '127.0.0.1',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    // Maps are written beside each file but not linked from it: the `sourceMappingURL` line is about
    // 40 bytes gzip in every chunk a buyer downloads (1 kB on a checkout), and only DevTools reads it.
    sourcemap: 'hidden',
    modulePreload: false,
    cssCodeSplit: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { scalev: 'src/scalev.ts' },
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        format: 'es',
      },
    },
  },
});
