// When the language server dies, the reader should see a notice and keep working, not a dead
// editor; but a server that dies at every start must not be restarted for ever.

export class CrashWindow {
  private crashes: number[] = [];

  constructor(private readonly maxCrashes = 5, private readonly windowMs = 3 * 60_000) {}

  /** Records a crash at `now`; says whether to restart the server. */
  record(now = Date.now()): 'restart' | 'give-up' {
    this.crashes = this.crashes.filter(t => now - t < this.windowMs);
    this.crashes.push(now);
    return this.crashes.length > this.maxCrashes ? 'give-up' : 'restart';
  }
}
