import type { TestRunnerPlugin } from '@web/test-runner';

type Point = [x: number, y: number];
type TouchPoint = { x: number; y: number; id: number };
export function fingersAt(fingers: [from: Point, to: Point][], step: number, steps: number): TouchPoint[];
export function browserName(session: { browser: { name: string } }): 'firefox' | 'chromium';
export const OVERSIZED: number;
// Koa's context, as far as these use it.
type Next = () => unknown;
export function generatedStories(context: object, next: Next): unknown;
type StrictPage = { policy: string | undefined; html: string };
export function strictPageFor(query: Record<string, string | undefined>): StrictPage | undefined;
export function strictPage(context: object, next: Next): unknown;
export function uncachedBuilds(context: object, next: Next): unknown;
export function testServer(): { middleware: ((context: object, next: Next) => unknown)[]; plugins: TestRunnerPlugin[] };
