export function runBuild(options?: { out?: string; env?: Record<string, string>; args?: string[] }): Promise<string>;
export function freePort(): Promise<number>;
