import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The console is served by the API process at `/`; in development Vite proxies
// `/api` to the backend so that no CORS setup is needed.
export default defineConfig({
    plugins: [react()],
    base: '/',
    build: {
        outDir: 'dist',
        emptyOutDir: true,
        sourcemap: false,
        rollupOptions: {
            output: {
                // The framework code the console needs on every page goes into
                // one long-cached chunk. deck.gl is not listed: the map is
                // lazy-loaded (map/LazyDistrictMap.tsx), so it gets its own chunk.
                manualChunks(id: string) {
                    return /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|react-admin|ra-[\w-]+|@mui|@emotion|@tanstack)[\\/]/.test(id)
                        ? 'framework'
                        : undefined;
                },
            },
        },
    },
    server: {
        proxy: {
            '/api': { target: 'http://localhost:3000', changeOrigin: true },
        },
    },
});
