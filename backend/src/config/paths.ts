import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The project root is the nearest folder above this file holding nest-cli.json (works from src and dist). */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'nest-cli.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

export function fromRoot(...parts: string[]): string {
  return resolve(PROJECT_ROOT, ...parts);
}
