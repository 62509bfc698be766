import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The gateway serves dist/ at `/` (libs/platform/runtime: web-app.ts); `npm run dev` proxies the API.
export default defineConfig({
  plugins: [
    react(),
    // Installable (manifest, icon) with a service worker that precaches the app shell only: no API
    // answer is ever cached (personal data stays off the device; the offline queue is separate).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script', // a file, not an inline script: the CSP forbids inline scripts
      // PNG icons rendered from icon.svg by scripts/icons.mjs (committed).
      includeAssets: ['icon.svg', 'icon-192.png', 'icon-512.png', 'icon-maskable-192.png', 'icon-maskable-512.png'],
      manifest: {
        name: 'M4Pris',
        short_name: 'M4Pris',
        description: 'Peer mentoring for prison staff',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1c4e80',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/graphql/, /^\/auth\//, /^\/health/, /^\/metrics/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
