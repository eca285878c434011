// A `\r`-updated line on stderr while scanning, only on a terminal; erased at the end.

export class ProgressLine {
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly enabled: boolean) {}

  update(done: number, total: number): void {
    const now = Date.now();
    if (!this.enabled || (now - this.lastDraw < 80 && done < total)) return;
    this.lastDraw = now;
    this.drawn = true;
    process.stderr.write(`\r\u001b[2KScanning ${done}/${total} files…`);
  }

  clear(): void {
    if (this.drawn) process.stderr.write('\r\u001b[2K');
  }
}
