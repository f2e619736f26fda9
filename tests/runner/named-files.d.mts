export function filesNamedOnCommandLine(argv: string[]): string[] | undefined;
export function isChromiumOnly(file: string): boolean;
export function chromiumOnlyRun(argv: string[]): { chromiumOnlyFiles: string[]; onlyChromium: boolean };
