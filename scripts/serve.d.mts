export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

export function startServer(options?: { dir?: string; port?: number; host?: string; headers?: Record<string, string> }): Promise<RunningServer>;
