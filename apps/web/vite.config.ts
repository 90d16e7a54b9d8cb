import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The node serves the built UI from apps/web/dist; `npm run dev` proxies the API
// to a node started with `concord serve` on port 4000.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The node's CSP allows no inline script: keep the module preload polyfill out.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:4000', changeOrigin: false } },
  },
});
