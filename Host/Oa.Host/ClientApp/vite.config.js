// One JS entry per island; each page loads only its own entry (the inbox never downloads the
// modeler). The host reads wwwroot/dist/.vite/manifest.json to emit the <script>/<link> tags.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { formJsPaletteGroups } from './build/form-js-palette-groups.js';
import { devApi } from './build/dev-api.js';

const entry = (name) => fileURLToPath(new URL(`./src/entries/${name}.js`, import.meta.url));

const FORM_JS_EDITOR_DEPS = [
  '@bpmn-io/draggle', '@bpmn-io/feel-editor', '@bpmn-io/feelers-editor', '@bpmn-io/form-js-viewer',
  '@codemirror/lang-json', '@codemirror/state', '@codemirror/view', 'array-move', 'big.js',
  'classnames', 'focus-trap', 'ids', 'min-dash', 'min-dom', 'preact', 'preact/compat',
  'preact/hooks', 'preact/jsx-runtime',
];

export const ENTRIES = ['site', 'form-viewer', 'form-editor', 'bpmn-modeler', 'bpmn-viewer', 'report-charts'];

export default defineConfig(({ command }) => ({
  // Built files are served by the host from wwwroot/dist; the dev server serves from its root.
  base: command === 'build' ? '/dist/' : '/',
  publicDir: false,
  plugins: [formJsPaletteGroups(), devApi()],
  build: {
    outDir: '../wwwroot/dist',
    emptyOutDir: true,
    // Not the default .vite/manifest.json: the .NET SDK leaves dot-folders out of its default
    // globs, so the manifest would be missing from the publish output.
    manifest: 'manifest.json',
    target: 'es2020',
    sourcemap: false, // keeps the publish output small; use `npm run dev` to debug
    // bpmn-js and form-js are large by nature; they are split per page, so the default
    // warning would only be noise.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: Object.fromEntries(ENTRIES.map((name) => [name, entry(name)])),
    },
  },
  // The palette patch must see form-js-editor's source in dev too, so it is not pre-bundled;
  // its own dependencies still are (several are CommonJS, which the browser cannot import).
  optimizeDeps: {
    exclude: ['@bpmn-io/form-js-editor'],
    include: FORM_JS_EDITOR_DEPS.map((dep) => `@bpmn-io/form-js-editor > ${dep}`),
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
}));
