// Builds the taskpane (taskpane/index.html) into dist/taskpane.html plus hashed assets, and
// copies the local office.js beside it. dist/ is shared with the add-in build
// (scripts/build-addin.mjs writes functions.js and the manifest there), so this build removes
// only its own outputs instead of emptying the folder.
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = resolve(root, 'dist');
const assetsDir = 'taskpane-assets';
const officeJs = resolve(root, 'node_modules/@microsoft/office-js/dist');

function taskpaneOutputs(): Plugin {
  return {
    name: 'crossover-taskpane-outputs',
    apply: 'build',
    buildStart() {
      for (const own of [assetsDir, 'taskpane.html', 'index.html']) {
        rmSync(resolve(outDir, own), { recursive: true, force: true });
      }
    },
    closeBundle() {
      renameSync(resolve(outDir, 'index.html'), resolve(outDir, 'taskpane.html'));
      if (!existsSync(officeJs)) throw new Error(`office.js not found at ${officeJs}; run npm ci`);
      if (!existsSync(resolve(outDir, 'office-js/office.js'))) {
        cpSync(officeJs, resolve(outDir, 'office-js'), { recursive: true });
      }
    },
  };
}

/** `npm run dev`: serves the local office.js at /office-js like the built add-in. */
function devOfficeJs(): Plugin {
  return {
    name: 'crossover-dev-office-js',
    apply: 'serve',
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
