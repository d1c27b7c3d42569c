// npm run seed / migration:run / migration:revert: build the backend if needed, then run its CLI.
import { spawn } from 'node:child_process';
import { buildIfNeeded, root } from './build-if-needed.mjs';

buildIfNeeded({ ui: false });
const child = spawn(process.execPath, ['--enable-source-maps', 'dist/backend/src/cli.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
