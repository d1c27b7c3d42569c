// npm run dev: tsc --watch + node --watch for the API on PORT (3000), Vite with live reload for the console on 5173.
import { spawn } from 'node:child_process';
import { buildIfNeeded, root } from './build-if-needed.mjs';

buildIfNeeded({ ui: false });
const children = [
  spawn('npx', ['tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, ['--enable-source-maps', '--watch', 'dist/backend/src/main.js'], { cwd: root, stdio: 'inherit' }),
  spawn('npm', ['run', 'dev', '-w', 'admin-ui'], { cwd: root, stdio: 'inherit' }),
];
console.log('Console with live reload: http://localhost:5173/  (API on http://localhost:3000/api)');
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
