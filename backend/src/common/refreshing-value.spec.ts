import { RefreshingValue } from './refreshing-value';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('RefreshingValue', () => {
  let clock = 0;
  let calls = 0;
  let release: ((n: number) => void)[] = [];
  let fail = false;
  const errors: unknown[] = [];
  const compute = () => {
    calls++;
    if (fail) return Promise.reject(new Error('db down'));
    return new Promise<number>((resolve) => release.push(resolve));
  };
  beforeEach(() => {
    clock = 0;
    calls = 0;
    release = [];
    fail = false;
    errors.length = 0;
  });
  const value = () => new RefreshingValue(compute, 1000, (e) => errors.push(e), () => clock);

  it('lets the first callers wait for one computation, then serves it until the time is up', async () => {
    const v = value();
    const a = v.get();
    const b = v.get();
    expect(calls).toBe(1);
    release[0](1);
    await expect(Promise.all([a, b])).resolves.toEqual([1, 1]);
    clock = 1000;
    await expect(v.get()).resolves.toBe(1);
    expect(calls).toBe(1);
  });

  it('serves the old value while a newer one is computed, once, and then the newer one', async () => {
    const v = value();
    const first = v.get();
    release[0](1);
    await first;
    clock = 1001;
    await expect(v.get()).resolves.toBe(1);
    await expect(v.get()).resolves.toBe(1);
    expect(calls).toBe(2);
    release[1](2);
    await tick();
    await expect(v.get()).resolves.toBe(2);
    expect(calls).toBe(2);
  });

  it('reports a failed refresh, keeps serving the old value and tries again on the next call', async () => {
    const v = value();
    const first = v.get();
    release[0](1);
    await first;
    clock = 2000;
    fail = true;
    await expect(v.get()).resolves.toBe(1);
    await tick();
    expect(errors).toHaveLength(1);
    fail = false;
    await expect(v.get()).resolves.toBe(1);
    expect(calls).toBe(3);
    release[1](3);
    await tick();
    await expect(v.get()).resolves.toBe(3);
  });

  it('passes a failed first computation to its callers', async () => {
    fail = true;
    await expect(value().get()).rejects.toThrow('db down');
  });
});
