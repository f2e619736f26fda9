import type { Reporter } from '@web/test-runner';

interface SuiteResult {
  name?: string;
  tests?: { name?: string; passed: boolean; skipped: boolean; duration?: number }[];
  suites?: SuiteResult[];
}
interface FinishedSession {
  browser: { name: string };
  testFile?: string;
  passed?: boolean;
  testResults?: SuiteResult;
}
export interface BrowserTotals {
  files: number;
  passed: number;
  failed: number;
  skipped: number;
  slowest: { duration: number; name: string; file?: string }[];
}
export function summarise(sessions: Iterable<FinishedSession>): Map<string, BrowserTotals>;
export function summaryLines(
  byBrowser: Map<string, BrowserTotals>,
  missing?: string[],
  options?: { timings?: boolean },
): string[];
export function summaryReporter(options?: { missing?: string[] }): Reporter;
