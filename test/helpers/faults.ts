/**
 * A fault-injecting Model wrapper (security checklist §5.4): a Proxy over a Model whose planned functions throw,
 * hang, return nothing, garbage, an entity for another id or one whose fields are inherited. Every other function
 * is passed through, bound to the real Model (so a class with private fields, such as `MemoryStore`, still works).
 */

/** A message a driver might throw: it must never reach the client. */
export const SECRET_MESSAGE = 'ECONNREFUSED 10.0.0.5:5432 password="hunter2" SELECT * FROM tokens';

/** What a faulty Model function does instead of (or on top of) its job. */
export type Fault =
  /** Throws an `Error` with {@link SECRET_MESSAGE}. */
  | 'throw'
  /** Throws a string (not an `Error`). */
  | 'throwString'
  /** Throws `undefined`. */
  | 'throwUndefined'
  /** Returns a promise rejected with `null`. */
  | 'rejectNull'
  /** Returns `null`. */
  | 'null'
  /** Never settles. */
  | 'hang'
  /** Returns `false` (a lost compare-and-set for the revoke functions). */
  | 'false'
  /** Returns an object whose every field is inherited: `Object.create(result)`. */
  | 'inherited'
  /** Returns the real result with some fields replaced (an invalid Date, a string scope, another id, ...). */
  | { patch: Readonly<Record<string, unknown>> }
  /** Returns this value instead of doing its job. */
  | { returns: unknown }
  /** Waits, then does its job: the result arrives after the request's deadline. */
  | { delay: number };

export type FaultPlan = Readonly<Record<string, Fault>>;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `fn` on `target` and applies `fault` to the call. */
async function inject(
  fault: Fault,
  fn: (...args: unknown[]) => unknown,
  target: object,
  args: unknown[],
): Promise<unknown> {
  if (typeof fault === 'object') {
    if ('delay' in fault) {
      await sleep(fault.delay);
      return fn.apply(target, args);
    }
    if ('returns' in fault) return fault.returns;
    const result = (await fn.apply(target, args)) as object;
    return { ...result, ...fault.patch };
  }
  switch (fault) {
    case 'throw':
      throw new Error(SECRET_MESSAGE);
    case 'throwString':
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the point of the fault
      throw SECRET_MESSAGE;
    case 'throwUndefined':
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the point of the fault
      throw undefined;
    case 'rejectNull':
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the point of the fault
      return Promise.reject(null);
    case 'null':
      return null;
    case 'hang':
      return new Promise(() => undefined);
    case 'false':
      return false;
    case 'inherited':
      return Object.create((await fn.apply(target, args)) as object) as unknown;
  }
}

/** Wraps `model` so that the functions named in `plan` misbehave as planned. */
export function faulty<M extends object>(model: M, plan: FaultPlan): M {
  return new Proxy(model, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      const fault = typeof key === 'string' ? plan[key] : undefined;
      if (!fault) return (...args: unknown[]): unknown => fn.apply(target, args);
      return (...args: unknown[]): Promise<unknown> => inject(fault, fn, target, args);
    },
  });
}

/** Adds Model functions (the optional hooks a store lacks, say) to `model`; its own functions stay bound to it. */
export function withFunctions<M extends object>(
  model: M,
  extra: Readonly<Record<string, (...args: never[]) => unknown>>,
): M {
  return new Proxy(model, {
    get(target, key, receiver) {
      if (typeof key === 'string' && Object.hasOwn(extra, key)) return extra[key];
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]): unknown => fn.apply(target, args);
    },
  });
}
