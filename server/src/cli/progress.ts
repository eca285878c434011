// A `\r`-updated line on stderr while scanning, only on a terminal; erased at the end.

export class ProgressLine {
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly enabled: boolean) {}

  update(done: number, total: number): void {
    this.draw(`Scanning ${done}/${total} files…`, done >= total);
  }

  /** Redraws at most every 80 ms, unless `force` (the last state). */
  draw(text: string, force = false): void {
    const now = Date.now();
    if (!this.enabled || (now - this.lastDraw < 80 && !force)) return;
    this.lastDraw = now;
    this.drawn = true;
    process.stderr.write(`\r\u001b[2K${text}`);
  }

  clear(): void {
    if (this.drawn) process.stderr.write('\r\u001b[2K');
  }
}
