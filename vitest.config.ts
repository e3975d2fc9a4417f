import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Browser and LibreOffice tests share two cores with the rest of the suite; a UI update can
    // take longer than expect.poll's 1 s default under that load.
    expect: { poll: { timeout: 10_000 } },
  },
});
