// `npm start` (after the build): serves dist/ over https on localhost with a certificate from
// office-addin-dev-certs, and prints how to sideload the add-in into Excel.
// Usage: node scripts/start.mjs [--port 3000] [--dir dist]   (or PORT=3000)
/* global URL */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import { homedir } from 'node:os';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

function options(argv) {
  const out = { port: Number(process.env.PORT || 3000), dir: join(ROOT, 'dist') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') out.port = Number(argv[++i]);
    else if (argv[i] === '--dir') out.dir = resolve(argv[++i]);
    else throw new Error(`unknown option ${argv[i]}; expected --port N or --dir DIR`);
  }
  if (!Number.isInteger(out.port) || out.port < 1 || out.port > 65535)
    throw new Error(`--port must be a port number, got ${out.port}`);
  return out;
}

/** The file a URL path names inside dir, or null when it would escape dir or does not exist. */
export function fileFor(dir, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (path === '/' || path === '') path = '/taskpane.html';
  const file = resolve(dir, '.' + path);
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

// Where office-addin-dev-certs keeps what it generates.
const CERTS = join(homedir(), '.office-addin-dev-certs');

/**
 * The localhost certificate. office-addin-dev-certs also installs its CA as trusted; where it
 * cannot (e.g. Linux without sudo), the certificate it generated is used and the CA must be
 * trusted by hand, which the message explains.
 */
async function certificate(log) {
  try {
    return await getHttpsServerOptions();
  } catch (error) {
    const files = ['ca.crt', 'localhost.crt', 'localhost.key'].map((f) => join(CERTS, f));
    if (!files.every((f) => existsSync(f))) throw error;
    log(`[start] warning: ${error.message.trim()}`);
    log(`[start] serving with the generated certificate; trust ${files[0]} in your system or`);
    log(`[start] browser (run \`npx office-addin-dev-certs install\` where sudo is available)`);
    const [ca, cert, key] = files.map((f) => readFileSync(f));
    return { ca, cert, key };
  }
}

export async function serve({ port, dir, log = console.log }) {
  for (const needed of ['manifest.xml', 'functions.js', 'functions.json'])
    if (!existsSync(join(dir, needed)))
      throw new Error(`${join(dir, needed)} is missing: run \`npm run build\` first`);

  log(`[start] getting a localhost certificate from office-addin-dev-certs`);
  log(`[start] (the first run installs its development CA as trusted; it may ask for permission)`);
  const https = await certificate(log);
  const server = createServer(https, (request, response) => {
    const file = fileFor(dir, request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`not found: ${request.url}\n`);
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      // Excel on the web fetches functions.json and functions.js across origins.
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, 'localhost', done);
  });

  const base = `https://localhost:${port}`;
  const manifest = relative(process.cwd(), join(dir, 'manifest.xml')) || 'manifest.xml';
  const manifestBase = /<SourceLocation DefaultValue="(https:\/\/[^"]+)\/taskpane\.html"/.exec(
    readFileSync(join(dir, 'manifest.xml'), 'utf8'),
  )?.[1];
  log('');
  log(`Crossover add-in: serving ${dir} at ${base}/`);
  if (manifestBase && manifestBase !== base)
    log(
      `  warning: ${manifest} points at ${manifestBase}, not ${base}; rebuild with --base-url ${base}`,
    );
  log('');
  log('Sideload it (keep this server running):');
  log(
    `  Excel desktop, Windows or Mac:  npx office-addin-debugging start ${manifest} desktop --app excel --dev-server-port ${port}`,
  );
  log(`                                  (stop with: npx office-addin-debugging stop ${manifest})`);
  log(
    `  Excel on the web:               open a workbook, Home > Add-ins > More Add-ins > Upload My Add-in,`,
  );
  log(`                                  and choose ${manifest}`);
  log(`  Plain browser (no Excel):       ${base}/taskpane.html`);
  log(`  Function help page:             ${base}/functions-help.html`);
  log('');
  log('In Excel, type =OUTCOME. in a cell to see the functions. Press Ctrl+C to stop.');
  return server;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await serve(options(process.argv.slice(2)));
  } catch (error) {
    console.error(`[start] ${error.message}`);
    process.exit(1);
  }
}
