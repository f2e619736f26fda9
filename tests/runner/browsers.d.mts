import type { BrowserLauncher } from '@web/test-runner';

export const chromiumPath: string;
export const firefoxPath: string;
export const chromium: BrowserLauncher;
export const firefox: BrowserLauncher;
export function isUnknownCommand(error: unknown): boolean;
export function tolerateUnknownOrientationCommand<Page extends { mainFrame(): { browsingContext?: object } }>(
  page: Page,
): Page;
export function findBrowsers(): { found: BrowserLauncher[]; missing: string[] };
