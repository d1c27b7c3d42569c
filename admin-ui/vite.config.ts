import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Two pages from one build: the console at `/` (index.html) and the public page at `/herzensorte`
// (herzensorte/index.html → dist/herzensorte/index.html); both are served by the API process. In
// development Vite proxies `/api` to the backend so that no CORS setup is needed.
export default defineConfig({
    plugins: [react()],
    base: '/',
    build: {
        outDir: 'dist',
        emptyOutDir: true,
        sourcemap: false,
        rolldownOptions: {
            input: {
                main: here('./index.html'),
                herzensorte: here('./herzensorte/index.html'),
            },
            output: {
                // The framework code the console needs on every page goes into long-cached chunks.
                // React has a chunk of its own (taken first, by priority) because the public page
                // shares it; the console's framework (react-admin, MUI, router, query and what they
                // pull in) must never reach the public page. deck.gl has no group on purpose: both
                // pages lazy-load their maps, and a group would also capture Vite's preload helper
                // (a dependency of deck.gl's own lazy imports) and so make every entry load deck.gl.
                codeSplitting: {
                    groups: [
                        { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
                        {
                            name: 'framework',
                            test: /[\\/]node_modules[\\/](react-router|react-router-dom|react-admin|ra-[\w-]+|@mui|@emotion|@tanstack)[\\/]/,
                            priority: 10,
                        },
                    ],
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
