// Builds the taskpane (taskpane/index.html) into dist/taskpane.html plus hashed assets. The page
// loads office.js from Microsoft's CDN; `npm run dev` serves the npm copy in its place (the tests
// intercept the CDN request the same way). dist/ is shared with the add-in build
// (scripts/build-addin.mjs writes functions.js and the manifest there), so this build removes
// only its own outputs instead of emptying the folder.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { OFFICE_JS_URL } from './taskpane/office/office-js-cdn';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = resolve(root, 'dist');
const assetsDir = 'taskpane-assets';
const officeJs = resolve(root, 'node_modules/@microsoft/office-js/dist');

function taskpaneOutputs(): Plugin {
  return {
    name: 'crossover-taskpane-outputs',
    apply: 'build',
    buildStart() {
      // office-js/: the npm copy earlier builds shipped
      for (const own of [assetsDir, 'taskpane.html', 'index.html', 'office-js']) {
        rmSync(resolve(outDir, own), { recursive: true, force: true });
      }
    },
    closeBundle() {
      const page = resolve(outDir, 'taskpane.html');
      renameSync(resolve(outDir, 'index.html'), page);
      if (!readFileSync(page, 'utf8').includes(`<script src="${OFFICE_JS_URL}">`))
        throw new Error(`taskpane.html must load office.js from ${OFFICE_JS_URL}`);
    },
  };
}

/** `npm run dev`: the npm copy of office.js, served at /office-js/ in place of the CDN's. */
function devOfficeJs(): Plugin {
  return {
    name: 'crossover-dev-office-js',
    apply: 'serve',
    transformIndexHtml: (html) => html.split(OFFICE_JS_URL).join('/office-js/office.js'),
    configureServer(server) {
      server.middlewares.use('/office-js', (req, res, next) => {
        const file = resolve(officeJs, `.${decodeURIComponent((req.url ?? '/').split('?')[0])}`);
        if (!file.startsWith(officeJs) || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(file));
      });
    },
  };
}

export default defineConfig({
  root: resolve(root, 'taskpane'),
  base: './',
  plugins: [react(), taskpaneOutputs(), devOfficeJs()],
  build: {
    outDir,
    emptyOutDir: false,
    assetsDir,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
