/**
 * What one request carries through the handlers and grants: the request, the response being written, the resolved
 * options, and its deadline for Model calls.
 */
import { TemporarilyUnavailableError } from './errors.js';
import type { AnyModel, ModelFunction } from './model.js';
import type { ResolvedOptions } from './options.js';
import type { Request } from './request.js';
import type { ResponseTarget } from './response.js';

export interface RequestContext {
  readonly request: Request;
  readonly response: ResponseTarget;
  readonly options: ResolvedOptions;
  /** Shared by everything working on the request (contexts derived from this one included). */
  readonly deadline: Deadline;
}

export interface Deadline {
  /** When the request's time for Model calls runs out (`performance.now()` clock; `Infinity`: never). */
  readonly at: number;
  /** Set once the deadline has passed: no further Model call is made for the request. */
  expired: boolean;
}

/** A request's deadline, `timeoutMs` from now (`0`: none). */
export function deadlineIn(timeoutMs: number): Deadline {
  return { at: timeoutMs > 0 ? performance.now() + timeoutMs : Infinity, expired: false };
}

function timedOut(deadline: Deadline): TemporarilyUnavailableError {
  deadline.expired = true;
  return new TemporarilyUnavailableError('Temporarily unavailable: the Model did not answer in time');
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

type ModelFn<K extends ModelFunction> = NonNullable<AnyModel[K]>;

/**
 * Calls a Model function as a method of the Model (so `this` is the Model) within the request's deadline. Past
 * it, the call is abandoned with `temporarily_unavailable` and no further Model call is made for the request, so
 * a request answered `503` cannot go on to issue tokens. A Model answering synchronously costs no timer.
 */
export async function callModel<K extends ModelFunction>(
  ctx: RequestContext,
  name: K,
  ...args: Parameters<ModelFn<K>>
): Promise<Awaited<ReturnType<ModelFn<K>>>> {
  const { deadline } = ctx;
  // Checked before the call: an earlier call that blocked past the deadline must not be followed by another.
  if (deadline.expired || deadline.at - performance.now() <= 0) throw timedOut(deadline);
  const fn = ctx.options.model[name] as (...a: unknown[]) => unknown;
  const result = fn.apply(ctx.options.model, args);
  if (!isThenable(result) || deadline.at === Infinity) {
    return (await result) as Awaited<ReturnType<ModelFn<K>>>;
  }
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(timedOut(deadline)), Math.max(0, deadline.at - performance.now()));
  });
  // An abandoned call may still fail later: that must not become an unhandled rejection.
  Promise.resolve(result).catch(() => undefined);
  try {
    return (await Promise.race([result, expiry])) as Awaited<ReturnType<ModelFn<K>>>;
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the Model implements a function. */
export function hasModelFunction(ctx: RequestContext, name: ModelFunction): boolean {
  return typeof ctx.options.model[name] === 'function';
}
