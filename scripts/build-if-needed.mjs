// Builds the backend (tsc) and the console (vite) when their output is missing or older than their sources.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => (name === 'node_modules' || name === 'dist' ? m : Math.max(m, newest(join(path, name)))), s.mtimeMs);
}

function stale(output, sources) {
  return !existsSync(output) || statSync(output).mtimeMs < Math.max(...sources.map((s) => newest(join(root, s))));
}

export function buildIfNeeded({ ui = true } = {}) {
  if (stale(join(root, 'dist/backend/src/main.js'), ['backend/src', 'migrations', 'tsconfig.json', 'tsconfig.build.json'])) {
    console.log('Building the backend …');
    execSync('npx tsc -p tsconfig.build.json', { cwd: root, stdio: 'inherit' });
    // tsc skips unchanged files; touch the marker so the next check sees a fresh build
    execSync('touch dist/backend/src/main.js', { cwd: root });
  }
  if (ui && stale(join(root, 'admin-ui/dist/index.html'), ['admin-ui/src', 'admin-ui/index.html', 'admin-ui/vite.config.ts'])) {
    console.log('Building the console …');
    execSync('npm run build -w admin-ui', { cwd: root, stdio: 'inherit' });
  }
}
