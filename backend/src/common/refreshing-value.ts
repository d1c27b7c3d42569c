/**
 * A value that is expensive to compute and may be somewhat old: the first caller waits for it; after
 * `ttlMs` it is still served while a newer one is computed in the background (one at a time). A failed
 * computation is reported to `onError` and tried again by the next caller.
 */
export class RefreshingValue<T> {
  private current: { at: number; value: Promise<T> } | null = null;
  private pending: Promise<T> | null = null;

  constructor(
    private readonly compute: () => Promise<T>,
    private readonly ttlMs: number,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<T> {
    const stale = !this.current || this.now() - this.current.at > this.ttlMs;
    if (stale && !this.pending) {
      const value = this.compute();
      this.pending = value;
      value.then(
        () => {
          this.pending = null;
          this.current = { at: this.now(), value };
        },
        (error: unknown) => {
          this.pending = null;
          this.onError(error);
        },
      );
    }
    return this.current?.value ?? this.pending!;
  }
}
