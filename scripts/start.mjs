// npm start: build what is missing, then run the server (embedded PostgreSQL unless DATABASE_URL is set).
import { spawn } from 'node:child_process';
import { buildIfNeeded, root } from './build-if-needed.mjs';

buildIfNeeded();
const child = spawn(process.execPath, ['--enable-source-maps', 'dist/backend/src/main.js'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
