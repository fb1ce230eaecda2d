import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The server this dev server forwards to; the built client is served by the server itself.
const apiTarget = process.env['ALONGSIDE_API'] ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Bundle @alongside/shared from its TypeScript source ("source" export condition),
    // so the client never depends on a stale shared/dist.
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // No inline assets: the server's CSP allows only same-origin scripts and styles.
    assetsInlineLimit: 0,
    rolldownOptions: {
      treeshake: {
        // The shared package builds zod schemas at module level; the client uses only its
        // types and a few constants, so unused schemas (and zod with them) can go: building
        // a schema has no side effects. A schema the client does use is still kept.
        moduleSideEffects: (id: string) => !id.includes('/shared/src/'),
        manualPureFunctions: ['z'],
      },
    },
  },
});
