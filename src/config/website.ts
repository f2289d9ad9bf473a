import { join } from 'node:path';
import { PROJECT_ROOT } from './projectRoot';

/** Where the website's files are: fixed places in the project, not settings. */
export const WEBSITE_PATHS = {
  /** branding.yaml and its images, which the comms team edits. */
  brandingDir: join(PROJECT_ROOT, 'branding'),
  /** widget.js as `npm run build` bundles it (scripts/deploy/buildWidget.ts). */
  widgetScript: join(PROJECT_ROOT, 'dist', 'widget', 'widget.js'),
  /** Web Chat's bundle, precompressed by `npm run build` (scripts/deploy/copyWebChat.ts). */
  webChatDir: join(PROJECT_ROOT, 'dist', 'webchat'),
} as const;
