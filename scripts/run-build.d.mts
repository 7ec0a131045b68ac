export function runBuild(options?: { out?: string; env?: Record<string, string> }): Promise<string>;
export function freePort(): Promise<number>;
