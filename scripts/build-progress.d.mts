export interface BuildProgress {
  tick(): void;
  end(): void;
}
export function createProgress(total: number, stream?: { isTTY?: boolean; write(text: string): unknown }): BuildProgress;
