// One JS entry per island; each page loads only its own entry (the inbox never downloads the
// modeler). The host reads wwwroot/dist/.vite/manifest.json to emit the <script>/<link> tags.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { formJsPaletteGroups } from './build/form-js-palette-groups.js';
import { devApi } from './build/dev-api.js';

const entry = (name) => fileURLToPath(new URL(`./src/entries/${name}.js`, import.meta.url));

export const ENTRIES = ['site', 'form-viewer', 'form-editor', 'bpmn-modeler', 'bpmn-viewer'];

export default defineConfig(({ command }) => ({
  // Built files are served by the host from wwwroot/dist; the dev server serves from its root.
  base: command === 'build' ? '/dist/' : '/',
  publicDir: false,
  plugins: [formJsPaletteGroups(), devApi()],
  build: {
    outDir: '../wwwroot/dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2020',
    sourcemap: false, // keeps the publish output small; use `npm run dev` to debug
    // bpmn-js and form-js are large by nature; they are split per page, so the default
    // warning would only be noise.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: Object.fromEntries(ENTRIES.map((name) => [name, entry(name)])),
    },
  },
  // The palette patch must see form-js-editor's source in dev too, so it is not pre-bundled.
  optimizeDeps: { exclude: ['@bpmn-io/form-js-editor'] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
}));
