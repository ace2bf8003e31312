/**
 * The validation layer: request parameters in, typed parameters out, or an OAuth error naming the parameter.
 *
 * Every input goes through the same steps, in this order, before anything else sees it (RFC 6749 §3.1, §3.2):
 *
 * 1. only the parameters the contract names are read, as own properties; anything else is ignored and never
 *    passed on;
 * 2. a parameter given more than once is `invalid_request`, and so is any value that is not a string (arrays and
 *    objects from `qs`-style parsers, JSON);
 * 3. an empty value counts as absent;
 * 4. the generated validator checks presence, grammar and length caps; the first problem becomes the error, with
 *    the code the contract assigns to that parameter (`invalid_scope` for `scope`), `invalid_request` otherwise.
 *
 * The result is a fresh null-prototype object, so no request data can reach a prototype.
 */
import {
  operations as operationValidators,
  schemas as schemaValidators,
  type ObjectMeta,
  type StandaloneValidator,
  type ValidationError,
} from '../../generated/validators.js';
import type { components, operations } from '../../generated/openapi.js';
import {
  InvalidRequestError,
  InvalidScopeError,
  InvalidTargetError,
  type OAuthError,
  UnsupportedGrantTypeError,
  type OAuthErrorName,
} from '../errors.js';

type Schemas = components['schemas'];

/** Parameters after normalization: single non-empty strings, or string arrays for the parameters that may repeat. */
export type Params = Record<string, string | string[] | undefined>;

/** Names of the contract's object schemas (those that describe a set of parameters). */
export type ParameterSchemaName = {
  [N in keyof typeof schemaValidators]: (typeof schemaValidators)[N] extends { meta: ObjectMeta } ? N : never;
}[keyof typeof schemaValidators];

/** Names of the contract's single-value schemas (`ClientId`, `RedirectUri`, ...). */
export type ValueSchemaName = Exclude<keyof typeof schemaValidators, ParameterSchemaName>;

/** Operations whose query parameters the contract describes. */
export type QueryOperation = {
  [Op in keyof typeof operationValidators]: (typeof operationValidators)[Op]['query'] extends undefined
    ? never
    : Op;
}[keyof typeof operationValidators];

/** Operations with a request body. */
export type BodyOperation = {
  [Op in keyof typeof operationValidators]: (typeof operationValidators)[Op]['body'] extends undefined
    ? never
    : Op;
}[keyof typeof operationValidators];

/** The typed query parameters of an operation. */
export type QueryOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;
/** The typed form body of an operation. */
export type BodyOf<Op extends keyof operations> =
  NonNullable<operations[Op]['requestBody']> extends { content: infer C } ? C[keyof C] : never;

const ERROR_CLASSES: Partial<Record<OAuthErrorName, new (message: string) => OAuthError>> = {
  invalid_scope: InvalidScopeError,
  invalid_target: InvalidTargetError,
  unsupported_grant_type: UnsupportedGrantTypeError,
};

/** A parameter is present more than once (RFC 6749 §3.1: "MUST NOT be included more than once"). */
function repeated(name: string): OAuthError {
  return new InvalidRequestError(`Invalid request: \`${name}\` is included more than once`);
}

/** A value is an array or an object (`qs`-style parsers, JSON): structurally malformed, whatever the parameter. */
function notAString(name: string): OAuthError {
  return new InvalidRequestError(`Invalid parameter: \`${name}\` must be a string`);
}

function errorFor(name: string, meta: ObjectMeta | undefined, message: string): OAuthError {
  const code = meta?.errorCodes[name] as OAuthErrorName | undefined;
  const ErrorClass = (code && ERROR_CLASSES[code]) || InvalidRequestError;
  return new ErrorClass(message);
}

/**
 * Steps 1–3: picks the parameters `meta` names out of `raw`, rejecting repeats and non-strings and dropping empty
 * values. Inputs the contract does not enumerate (an extension grant's body) go through {@link normalizeAll}.
 */
export function normalizeParams(raw: unknown, meta: ObjectMeta): Params {
  const out: Params = Object.create(null) as Params;
  if (typeof raw !== 'object' || raw === null) return out;
  const source = raw as Record<string, unknown>;
  for (const key of meta.keys) {
    if (!Object.hasOwn(source, key)) continue;
    const value = source[key];
    // A few parameters may legitimately repeat (RFC 8707 `resource`): the contract declares them as arrays.
    if (meta.arrays.includes(key)) {
      const values: unknown[] = Array.isArray(value) ? value : [value];
      if (!values.every((v): v is string => typeof v === 'string')) throw notAString(key);
      const present = values.filter((v) => v !== '');
      if (present.length > 0) out[key] = present;
      continue;
    }
    if (Array.isArray(value)) {
      throw value.length > 1 ? repeated(key) : notAString(key);
    }
    if (typeof value !== 'string') throw notAString(key);
    if (value !== '') out[key] = value;
  }
  return out;
}

/**
 * Steps 1–3 for inputs whose parameters the contract cannot enumerate (an extension grant's body): every own
 * parameter is kept, but each must be a single string, and empty values are dropped.
 */
export function normalizeAll(raw: unknown): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (Array.isArray(value) && value.length > 1) throw repeated(safeName(key));
    if (typeof value !== 'string') throw notAString(safeName(key));
    if (value !== '') out[key] = value;
  }
  return out;
}

/** A parameter name echoed in a message: only short, plain names are named. */
function safeName(name: string): string {
  return /^[A-Za-z0-9_.:-]{1,64}$/.test(name) ? name : 'parameter';
}

/** Step 4: runs a generated validator and turns its first error into an OAuth error naming the parameter. */
function check(
  validator: StandaloneValidator,
  params: unknown,
  meta: ObjectMeta | undefined,
  what?: string,
): void {
  if (validator(params)) return;
  throw describe(validator.errors?.[0], meta, what);
}

function describe(
  error: ValidationError | undefined,
  meta: ObjectMeta | undefined,
  what?: string,
): OAuthError {
  if (!error) return new InvalidRequestError('Invalid request');
  if (error.keyword === 'required') {
    const missing = String(error.params.missingProperty);
    return new InvalidRequestError(`Missing parameter: \`${missing}\``);
  }
  const name = what ?? error.instancePath.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
  if (!name) return new InvalidRequestError('Invalid request: malformed parameters');
  switch (error.keyword) {
    case 'maxLength':
      return errorFor(
        name,
        meta,
        `Invalid parameter: \`${name}\` is longer than ${String(error.params.limit)} characters`,
      );
    case 'minLength':
      return errorFor(
        name,
        meta,
        `Invalid parameter: \`${name}\` is shorter than ${String(error.params.limit)} characters`,
      );
    case 'enum': {
      const allowed = error.params.allowedValues;
      const list = Array.isArray(allowed) ? allowed.map(String).join(', ') : '';
      return errorFor(name, meta, `Invalid parameter: \`${name}\` must be one of ${list}`);
    }
    default:
      return errorFor(name, meta, `Invalid parameter: \`${name}\``);
  }
}

/** Validates a set of parameters against one of the contract's object schemas (a grant's token request, say). */
export function validateSchema<N extends ParameterSchemaName>(name: N, raw: unknown): Schemas[N] {
  const { validator, meta } = schemaValidators[name];
  const params = normalizeParams(raw, meta);
  check(validator, params, meta);
  return params as Schemas[N];
}

/** Validates already-normalized parameters against one of the contract's object schemas. */
export function checkParams<N extends ParameterSchemaName>(name: N, params: Params): Schemas[N] {
  const { validator, meta } = schemaValidators[name];
  check(validator, params, meta);
  return params as Schemas[N];
}

/** The parameter names a contract object schema knows. */
export function parameterMeta(name: ParameterSchemaName): ObjectMeta {
  return schemaValidators[name].meta;
}

/**
 * Checks one value against one of the contract's single-value schemas, for parameters that must be validated
 * before the others (the authorization endpoint checks `client_id` and `redirect_uri` first, because their
 * errors must not be redirected).
 */
export function checkValue(schema: ValueSchemaName, parameter: string, value: string): void {
  const { validator } = schemaValidators[schema];
  check(validator, value, undefined, parameter);
}

/** Validates an operation's query parameters. */
export function validateQuery<Op extends QueryOperation>(operationId: Op, raw: unknown): QueryOf<Op> {
  const input = operationValidators[operationId].query;
  const params = normalizeParams(raw, input.meta);
  check(input.validator, params, input.meta);
  return params;
}

/** Validates an operation's form body. */
export function validateBody<Op extends BodyOperation>(operationId: Op, raw: unknown): BodyOf<Op> {
  const input = operationValidators[operationId].body;
  const params = normalizeParams(raw, input.meta);
  check(input.validator, params, input.meta);
  return params as BodyOf<Op>;
}
