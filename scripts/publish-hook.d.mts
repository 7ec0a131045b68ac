export interface PublishHook {
  url: string;
  idle(): Promise<void>;
  close(): Promise<void>;
}
export function startPublishHook(options: {
  secret: string;
  port?: number;
  host?: string;
  command?: string;
  deploy?: string;
  onAccepted?: (payload: unknown) => void;
  log?: (line: string) => void;
}): Promise<PublishHook>;
