/**
 * A progress bar on stderr for long seeds: redrawn in place on a terminal, a line per tenth
 * otherwise (CI logs). Rows written, total and rows per second.
 */
export class ProgressBar {
  private done = 0;
  private lastTenth = -1;
  private readonly started = performance.now();

  constructor(private readonly label: string, private readonly total: number, private readonly stream: NodeJS.WriteStream = process.stderr) {}

  add(rows: number): void {
    this.done += rows;
    const share = this.total ? this.done / this.total : 1;
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.done / seconds) : 0;
    const width = 30;
    const filled = Math.round(share * width);
    const line = `${this.label.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${this.done}/${this.total} rows, ${rate} rows/s`;
    if (this.stream.isTTY) {
      this.stream.write(`\r${line}${this.done >= this.total ? '\n' : ''}`);
    } else if (Math.floor(share * 10) > this.lastTenth) {
      this.lastTenth = Math.floor(share * 10);
      this.stream.write(`${line}\n`);
    }
  }
}
