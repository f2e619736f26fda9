import type { TestRunnerPlugin } from '@web/test-runner';

export class RequestHolds {
  constructor(options?: { timeout?: number });
  hold(match: string): void;
  matching(url: string): string | undefined;
  enter(url: string, outcome: Promise<boolean>): Promise<void>;
  requested(match: string): Promise<void>;
  waiting(match?: string): number;
  release(match?: string): Promise<{ delivered: number; dropped: number }>;
}
interface HeldContext {
  url: string;
  res: { once(event: 'finish' | 'close', listener: () => void): unknown; writableFinished: boolean };
}
type Middleware = (context: HeldContext, next: () => Promise<unknown>) => Promise<unknown>;
export function holdingMiddleware(holds: RequestHolds): Middleware;
export function holdCommands(holds: RequestHolds): TestRunnerPlugin;
