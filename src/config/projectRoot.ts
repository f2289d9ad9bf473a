import { join, resolve } from 'node:path';

/** The project's folder, from src/config in development and from dist/src/config in a build. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..', __dirname.includes(join('dist', 'src')) ? '..' : '');
