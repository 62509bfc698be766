import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The gateway serves dist/ at `/` (libs/platform/runtime: web-app.ts); `npm run dev` proxies the API.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', manifest: true, sourcemap: false, assetsInlineLimit: 0, chunkSizeWarningLimit: 800 },
  server: {
    proxy: { '/graphql': 'http://localhost:4000', '/auth': 'http://localhost:4000' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
