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
  /** Set once the request's deadline has passed: no further Model call is made for it. */
  expired: boolean;
}

type ModelFn<K extends ModelFunction> = NonNullable<AnyModel[K]>;

/**
 * Calls a Model function as a method of the Model (so `this` is the Model), unless the request's deadline has
 * passed: a request answered `503` must not go on to issue tokens.
 */
export async function callModel<K extends ModelFunction>(
  ctx: RequestContext,
  name: K,
  ...args: Parameters<ModelFn<K>>
): Promise<Awaited<ReturnType<ModelFn<K>>>> {
  if (ctx.deadline.expired)
    throw new TemporarilyUnavailableError('Temporarily unavailable: the request timed out');
  const fn = ctx.options.model[name] as (...a: unknown[]) => unknown;
  return (await fn.apply(ctx.options.model, args)) as Awaited<ReturnType<ModelFn<K>>>;
}

/** Whether the Model implements a function. */
export function hasModelFunction(ctx: RequestContext, name: ModelFunction): boolean {
  return typeof ctx.options.model[name] === 'function';
}
