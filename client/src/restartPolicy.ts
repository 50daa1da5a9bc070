/**
 * Whether to start the server again after it stopped unexpectedly: at most `maxRestarts` times within `windowMs`,
 * so that a server that crashes on start-up (a broken install, a file it cannot survive) is not restarted forever.
 */
export class RestartPolicy {
  private readonly crashes: number[] = [];

  constructor(readonly maxRestarts = 4, readonly windowMs = 3 * 60_000) {}

  /** Records a crash at `now` (ms) and says whether to restart, with how many crashes fell within the window. */
  crashed(now: number): { restart: boolean; recent: number } {
    this.crashes.push(now);
    while (this.crashes.length > 0 && this.crashes[0] <= now - this.windowMs) this.crashes.shift();
    return { restart: this.crashes.length <= this.maxRestarts, recent: this.crashes.length };
  }
}
