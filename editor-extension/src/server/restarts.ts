// When a server that stopped is started again: as vscode-languageclient's default error handler
// decides (whose message cannot be translated), so that the extension can say it in the user's language.

/** Restarts a stopped server up to `max` times; one more stop within `windowMs` of the first of them gives up. */
export class RestartBudget {
  private readonly stops: number[] = [];

  constructor(
    readonly max = 4,
    private readonly windowMs = 3 * 60 * 1000,
  ) {}

  /** Whether the server that stopped at `now` (ms) is started again. */
  restart(now: number): boolean {
    this.stops.push(now);
    if (this.stops.length <= this.max) {
      return true;
    }
    if (now - this.stops[0] <= this.windowMs) {
      return false;
    }
    this.stops.shift();
    return true;
  }
}
