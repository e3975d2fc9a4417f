import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICE_JS_URL } from '../../taskpane/office/office-js-cdn';

const ROOT = join(import.meta.dirname, '..', '..');
const page = readFileSync(join(ROOT, 'taskpane', 'index.html'), 'utf8');

describe('office.js', () => {
  it("comes from Microsoft's CDN in the taskpane page the production build ships", () => {
    expect(page).toContain(`<script src="${OFFICE_JS_URL}"></script>`);
    expect(OFFICE_JS_URL).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  describe('npm run dev', () => {
    let server: ViteDevServer;
    beforeAll(async () => {
      server = await createServer({
        configFile: join(ROOT, 'vite.config.ts'),
        server: { host: '127.0.0.1', port: 0, strictPort: false },
        logLevel: 'silent',
      });
      await server.listen();
    });
    afterAll(() => server?.close());

    it('serves the npm copy in place of the CDN', async () => {
      const html = await server.transformIndexHtml('/index.html', page);
      expect(html).not.toContain(OFFICE_JS_URL);
      expect(html).toContain('<script src="/office-js/office.js"></script>');
      const { port } = server.httpServer!.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/office-js/office.js`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(
        readFileSync(join(ROOT, 'node_modules/@microsoft/office-js/dist/office.js'), 'utf8'),
      );
    });
  });
});
