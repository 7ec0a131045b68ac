export const MAX_AGE_SECONDS: number;
export function signature(secret: string, timestamp: string, body: string): string;
export function verifyCall(call: {
  secret: string;
  body: string;
  timestamp: string | string[] | undefined;
  signature: string | string[] | undefined;
  now?: number;
}): { ok: true } | { ok: false; reason: string };
export interface BuildQueue<Call> {
  add(call: Call): void;
  readonly busy: boolean;
  idle(): Promise<void>;
}
export function createBuildQueue<Call>(build: (calls: Call[]) => Promise<unknown> | unknown): BuildQueue<Call>;
export function buildAndDeploy(options: {
  calls: unknown[];
  command: string;
  deploy?: string;
  log: (line: string) => void;
}): Promise<'deployed' | 'built' | 'build failed' | 'deploy failed'>;
