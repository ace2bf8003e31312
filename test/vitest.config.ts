import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/helpers/setup.ts'],
    testTimeout: 20_000,
    coverage: {
      provider: 'v8',
      // The core: everything but the adapters, the SDK, the conformance kit, the stores and the runnable server.
      include: ['src/**/*.ts'],
      exclude: [
        'src/adapters/**',
        'src/client/**',
        'src/conformance/**',
        'src/stores/**',
        'src/cli/**',
        'src/app/**',
      ],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
