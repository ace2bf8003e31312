/**
 * Generates everything in `generated/` from the contract, `openapi/oauth2.yaml`:
 *
 * - `openapi.json`   the contract as JSON (served at `/openapi.json`);
 * - `openapi.ts`     TypeScript types (openapi-typescript): `paths`, `components`, `operations`;
 * - `validators.js`  Ajv standalone validators for every operation's query, headers and body, every documented
 *                    response (headers, body, redirect parameters) and every named schema, with the metadata the
 *                    validation layer needs (known parameter names, array parameters, error codes);
 * - `validators.d.ts` their types.
 *
 * Output is deterministic: no timestamps, no absolute paths, sorted where order carries no meaning.
 * `--check` writes nothing and exits 1 when `generated/` differs from what would be generated (new, changed or
 * deleted files). `--root <dir>` works on another checkout.
 */
import { readFile, readdir, writeFile, mkdir, unlink } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import ts from 'typescript';
import openapiTS, { astToString, type OpenAPI3, type SchemaObject } from 'openapi-typescript';
import { Ajv, type Plugin } from 'ajv';
import * as standaloneModule from 'ajv/dist/standalone/index.js';
import * as formatsModule from 'ajv-formats';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const rootFlag = process.argv.indexOf('--root');
// `--root <dir>` runs against another checkout (the drift tests use a scratch copy).
const root =
  rootFlag > 0 && process.argv[rootFlag + 1]
    ? path.resolve(process.argv[rootFlag + 1]!)
    : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = 'openapi/oauth2.yaml';
const OUT_DIR = 'generated';
const COMMAND = 'npm run generate';
const ID_PREFIX = 'urn:oauth2-contract:';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

// ajv and ajv-formats are CommonJS; their default export arrives wrapped under NodeNext (toolchain G14).
const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ??
  standaloneModule) as (ajv: Ajv, refsOrFuncs: Record<string, string>) => string;
const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as Plugin<{
  mode: 'fast' | 'full';
}>;

function header(comment: string): string {
  return `${comment} Generated from ${SOURCE} by \`${COMMAND}\`. Do not edit: change the contract and regenerate.\n`;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveRef(doc: JsonObject, ref: string): JsonObject {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${ref}`);
  let node: Json = doc;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) || !(key in node)) throw new Error(`Unresolvable $ref: ${ref}`);
    node = node[key] as Json;
  }
  if (!isObject(node)) throw new Error(`$ref does not point to an object: ${ref}`);
  return node;
}

function deref(doc: JsonObject, node: JsonObject): JsonObject {
  let current = node;
  while (typeof current.$ref === 'string') current = resolveRef(doc, current.$ref);
  return current;
}

const schemaId = (name: string): string => `${ID_PREFIX}schema:${name}`;

// OpenAPI-only keywords Ajv rejects in strict mode, and annotations that would only bloat the generated code.
const DROPPED_KEYWORDS = new Set([
  'example',
  'examples',
  'xml',
  'externalDocs',
  'discriminator',
  'deprecated',
  'readOnly',
  'writeOnly',
  'description',
  'title',
]);

/**
 * Turns an OpenAPI 3.1 schema into one Ajv's strict mode accepts (toolchain G11): vendor extensions and the
 * OpenAPI-only keywords are dropped, and `#/components/schemas/X` becomes a reference to that schema's `$id`.
 */
function toAjvSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toAjvSchema);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || DROPPED_KEYWORDS.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') {
      const match = /^#\/components\/schemas\/(.+)$/.exec(value);
      if (!match?.[1]) throw new Error(`Unsupported schema $ref: ${value}`);
      out.$ref = schemaId(match[1]);
      continue;
    }
    // `properties` holds names, not keywords: only its values are schemas.
    if (key === 'properties' && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, schema]) => [name, toAjvSchema(schema)]),
      );
      continue;
    }
    out[key] = toAjvSchema(value);
  }
  return out;
}

/** What the validation layer needs to know about an object schema besides the validator itself. */
interface ObjectMeta {
  keys: string[];
  arrays: string[];
  errorCodes: Record<string, string>;
}

function collectObjectMeta(doc: JsonObject, schema: JsonObject): ObjectMeta {
  const keys = new Set<string>();
  const arrays = new Set<string>();
  const errorCodes: Record<string, string> = {};
  const visit = (node: JsonObject): void => {
    const resolved = deref(doc, node);
    if (isObject(resolved.properties)) {
      for (const [name, property] of Object.entries(resolved.properties)) {
        if (!isObject(property)) continue;
        keys.add(name);
        const target = deref(doc, property);
        if (target.type === 'array') arrays.add(name);
        const code = property['x-oauth-error'] ?? target['x-oauth-error'];
        if (typeof code === 'string') errorCodes[name] = code;
      }
    }
    for (const combinator of ['allOf', 'oneOf', 'anyOf'] as const) {
      const branches = resolved[combinator];
      if (Array.isArray(branches)) for (const branch of branches) if (isObject(branch)) visit(branch);
    }
  };
  visit(schema);
  return {
    keys: [...keys].sort(),
    arrays: [...arrays].sort(),
    errorCodes: Object.fromEntries(Object.entries(errorCodes).sort(([a], [b]) => a.localeCompare(b))),
  };
}

function isObjectSchema(doc: JsonObject, schema: JsonObject): boolean {
  const resolved = deref(doc, schema);
  return (
    resolved.type === 'object' ||
    ['allOf', 'oneOf', 'anyOf'].some((k) => Array.isArray(resolved[k])) ||
    isObject(resolved.properties)
  );
}

/** A validator named in the rendered plan: printed as an identifier, not a string. */
class ValidatorRef {
  constructor(readonly name: string) {}
}

interface ValidatorEntry {
  exportName: string;
  id: string;
  schema: Json;
}

interface InputPlan {
  validator: ValidatorRef;
  meta: ObjectMeta;
  mediaType?: string;
}

interface ResponsePlan {
  headers: ValidatorRef;
  headerNames: string[];
  requiredHeaders: string[];
  content: Record<string, ValidatorRef>;
  redirect?: { success: ValidatorRef; error: ValidatorRef; implicit?: ValidatorRef };
  emptyBody: boolean;
}

interface OperationPlan {
  method: string;
  path: string;
  query?: InputPlan;
  body?: InputPlan;
  responses: Record<string, ResponsePlan>;
}

function exportNameFor(...parts: string[]): string {
  return parts
    .map((part, index) => {
      const words = part.split(/[^A-Za-z0-9]+/).filter(Boolean);
      return words
        .map((w, i) =>
          index === 0 && i === 0 ? w[0]!.toLowerCase() + w.slice(1) : w[0]!.toUpperCase() + w.slice(1),
        )
        .join('');
    })
    .join('');
}

function planValidators(doc: JsonObject): {
  entries: ValidatorEntry[];
  operations: Record<string, OperationPlan>;
  schemas: Record<string, { validator: ValidatorRef; meta?: ObjectMeta }>;
} {
  const entries: ValidatorEntry[] = [];
  const add = (exportName: string, schema: Json): ValidatorRef => {
    entries.push({ exportName, id: `${ID_PREFIX}${exportName}`, schema: toAjvSchema(schema) });
    return new ValidatorRef(exportName);
  };

  const components = isObject(doc.components) ? doc.components : {};
  const componentSchemas = isObject(components.schemas) ? components.schemas : {};
  const schemas: Record<string, { validator: ValidatorRef; meta?: ObjectMeta }> = {};
  for (const name of Object.keys(componentSchemas).sort()) {
    const schema = componentSchemas[name];
    if (!isObject(schema)) continue;
    const exportName = exportNameFor('schema', name);
    entries.push({ exportName, id: schemaId(name), schema: toAjvSchema(schema) });
    const validator = new ValidatorRef(exportName);
    schemas[name] = isObjectSchema(doc, schema)
      ? { validator, meta: collectObjectMeta(doc, schema) }
      : { validator };
  }

  const operations: Record<string, OperationPlan> = {};
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [route, pathItemRaw] of Object.entries(paths)) {
    if (!isObject(pathItemRaw)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItemRaw[method];
      if (!isObject(operation)) continue;
      const operationId = operation.operationId;
      if (typeof operationId !== 'string')
        throw new Error(`${method.toUpperCase()} ${route} has no operationId`);
      const plan: OperationPlan = { method: method.toUpperCase(), path: route, responses: {} };
      operations[operationId] = plan;

      const parameters = [
        ...(Array.isArray(pathItemRaw.parameters) ? pathItemRaw.parameters : []),
        ...(Array.isArray(operation.parameters) ? operation.parameters : []),
      ]
        .filter(isObject)
        .map((p) => deref(doc, p));
      const query = parameters.filter((p) => p.in === 'query');
      if (query.length > 0) {
        const properties: JsonObject = {};
        const required: string[] = [];
        for (const p of query) {
          const name = typeof p.name === 'string' ? p.name : '';
          properties[name] = p.schema ?? {};
          if (p.required === true) required.push(name);
        }
        const schema: JsonObject = { type: 'object', properties, required };
        plan.query = {
          validator: add(exportNameFor(operationId, 'query'), schema),
          meta: collectObjectMeta(doc, schema),
        };
      }

      if (isObject(operation.requestBody)) {
        const requestBody = deref(doc, operation.requestBody);
        const content = isObject(requestBody.content) ? requestBody.content : {};
        const [mediaType, media] = Object.entries(content)[0] ?? [];
        if (mediaType && isObject(media) && isObject(media.schema)) {
          plan.body = {
            validator: add(exportNameFor(operationId, 'body'), media.schema),
            meta: collectObjectMeta(doc, media.schema),
            mediaType,
          };
        }
      }

      const responses = isObject(operation.responses) ? operation.responses : {};
      for (const status of Object.keys(responses).sort()) {
        const raw = responses[status];
        if (!isObject(raw)) continue;
        const response = deref(doc, raw);
        const headerProperties: JsonObject = {};
        const requiredHeaders: string[] = [];
        const headers = isObject(response.headers) ? response.headers : {};
        for (const [name, headerRaw] of Object.entries(headers)) {
          if (!isObject(headerRaw)) continue;
          const headerObject = deref(doc, headerRaw);
          const lower = name.toLowerCase();
          headerProperties[lower] = headerObject.schema ?? {};
          if (headerObject.required === true) requiredHeaders.push(lower);
        }
        requiredHeaders.sort();
        const responsePlan: ResponsePlan = {
          headers: add(exportNameFor(operationId, 'response', status, 'headers'), {
            type: 'object',
            properties: headerProperties,
            required: requiredHeaders,
          }),
          headerNames: Object.keys(headerProperties).sort(),
          requiredHeaders,
          content: {},
          emptyBody: typeof response['x-empty-body'] === 'string' || !isObject(response.content),
        };
        const content = isObject(response.content) ? response.content : {};
        for (const mediaType of Object.keys(content).sort()) {
          const media = content[mediaType];
          if (!isObject(media) || !isObject(media.schema)) continue;
          responsePlan.content[mediaType] = add(
            exportNameFor(operationId, 'response', status, mediaType),
            media.schema,
          );
        }
        const redirect = response['x-redirect-parameters'];
        if (isObject(redirect) && isObject(redirect.success) && isObject(redirect.error)) {
          responsePlan.redirect = {
            success: add(
              exportNameFor(operationId, 'response', status, 'redirect', 'success'),
              redirect.success,
            ),
            error: add(exportNameFor(operationId, 'response', status, 'redirect', 'error'), redirect.error),
          };
          if (isObject(redirect.implicit)) {
            responsePlan.redirect.implicit = add(
              exportNameFor(operationId, 'response', status, 'redirect', 'implicit'),
              redirect.implicit,
            );
          }
        }
        plan.responses[status] = responsePlan;
      }
    }
  }
  return { entries, operations, schemas };
}

function generateValidators(doc: JsonObject): { js: string; dts: string } {
  const { entries, operations, schemas } = planValidators(doc);
  // The contract's schemas use only keywords JSON Schema 2020-12 shares with draft 7, so the draft-7 engine runs
  // them; Ajv2020 would also track evaluated properties for `unevaluatedProperties`, a third more code for nothing.
  // A keyword outside that subset fails here in strict mode rather than being ignored.
  const ajv = new Ajv({
    strict: true,
    allErrors: false,
    inlineRefs: false,
    unicodeRegExp: true,
    code: { source: true, esm: true, lines: true },
  });
  addFormats(ajv, { mode: 'fast' });
  for (const entry of entries) ajv.addSchema({ ...(entry.schema as JsonObject), $id: entry.id });
  const exportMap = Object.fromEntries(entries.map((e) => [e.exportName, e.id]));
  let code = standaloneCode(ajv, exportMap);
  // Ajv's ESM output still calls require() for its runtime helpers (toolchain G13).
  code = code.replace(/^"use strict";/, '');
  const lines = [
    header('//'),
    'import { createRequire } from "node:module";',
    'const require = createRequire(import.meta.url);',
    code.trim(),
    '',
    `export const operations = ${renderPlan(operations)};`,
    '',
    `export const schemas = ${renderPlan(schemas)};`,
    '',
  ];

  const inputType = (plan: InputPlan | undefined): string =>
    plan ? (plan.mediaType ? 'BodyMeta' : 'InputMeta') : 'undefined';
  const dts = [
    header('//'),
    'export interface StandaloneValidator {',
    '  (data: unknown): boolean;',
    '  errors?: ValidationError[] | null;',
    '}',
    'export interface ValidationError {',
    '  instancePath: string;',
    '  schemaPath: string;',
    '  keyword: string;',
    '  params: Record<string, unknown>;',
    '  message: string;',
    '}',
    'export interface ObjectMeta {',
    '  /** Every parameter the schema names; anything else is ignored. */',
    '  readonly keys: readonly string[];',
    '  /** Parameters that may legitimately repeat. */',
    '  readonly arrays: readonly string[];',
    '  /** The OAuth error code for a malformed parameter, where it is not `invalid_request`. */',
    '  readonly errorCodes: Readonly<Record<string, string>>;',
    '}',
    'export interface InputMeta {',
    '  readonly validator: StandaloneValidator;',
    '  readonly meta: ObjectMeta;',
    '}',
    'export interface BodyMeta extends InputMeta {',
    '  readonly mediaType: string;',
    '}',
    'export interface ResponseMeta {',
    '  readonly headers: StandaloneValidator;',
    '  readonly headerNames: readonly string[];',
    '  readonly requiredHeaders: readonly string[];',
    '  readonly content: Readonly<Record<string, StandaloneValidator>>;',
    '  readonly redirect?: {',
    '    readonly success: StandaloneValidator;',
    '    readonly error: StandaloneValidator;',
    "    /** The implicit grant's response, in the fragment. */",
    '    readonly implicit?: StandaloneValidator;',
    '  };',
    '  readonly emptyBody: boolean;',
    '}',
    'export interface OperationMeta<Q, B> {',
    '  readonly method: string;',
    '  readonly path: string;',
    '  readonly query: Q;',
    '  readonly body: B;',
    '  readonly responses: Readonly<Record<string, ResponseMeta>>;',
    '}',
    'export interface SchemaMeta {',
    '  readonly validator: StandaloneValidator;',
    '  readonly meta?: ObjectMeta;',
    '}',
    ...entries.map((e) => `export declare const ${e.exportName}: StandaloneValidator;`),
    'export declare const operations: {',
    ...Object.entries(operations).map(
      ([id, plan]) => `  readonly ${id}: OperationMeta<${inputType(plan.query)}, ${inputType(plan.body)}>;`,
    ),
    '};',
    'export declare const schemas: {',
    ...Object.entries(schemas).map(([name, plan]) =>
      plan.meta
        ? `  readonly ${name}: SchemaMeta & { readonly meta: ObjectMeta };`
        : `  readonly ${name}: SchemaMeta;`,
    ),
    '};',
    '',
  ];
  return { js: lines.join('\n'), dts: dts.join('\n') };
}

/** Renders a plan as JavaScript, with validator names as identifiers rather than strings. */
function renderPlan(value: unknown, indent = ''): string {
  const next = indent + '  ';
  if (value instanceof ValidatorRef) return value.name;
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const body = entries.map(([k, v]) => {
      const key = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : JSON.stringify(k);
      return `${next}${key}: ${renderPlan(v, next)}`;
    });
    return `{\n${body.join(',\n')},\n${indent}}`;
  }
  return JSON.stringify(value);
}

async function generateTypes(doc: JsonObject): Promise<string> {
  const ast = await openapiTS(doc as unknown as OpenAPI3, {
    silent: true,
    transform(schema: SchemaObject) {
      const custom = (schema as Record<string, unknown>)['x-typescript-type'];
      if (typeof custom !== 'string') return undefined;
      const source = ts.createSourceFile('x.ts', `type T = ${custom};`, ts.ScriptTarget.Latest);
      const statement = source.statements[0];
      if (!statement || !ts.isTypeAliasDeclaration(statement))
        throw new Error(`Bad x-typescript-type: ${custom}`);
      return statement.type;
    },
  });
  return header('//') + '\n' + astToString(ast);
}

async function generateAll(): Promise<Map<string, string>> {
  const source = await readFile(path.join(root, SOURCE), 'utf8');
  const doc = parseYaml(source) as JsonObject;
  const bundled = { 'x-generated': header('').trim(), ...doc };
  const files = new Map<string, string>();
  files.set('openapi.json', JSON.stringify(bundled, null, 2) + '\n');
  files.set('openapi.ts', await generateTypes(doc));
  const { js, dts } = generateValidators(doc);
  files.set('validators.js', js);
  files.set('validators.d.ts', dts);
  return files;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await generateAll();
  const outDir = path.join(root, OUT_DIR);
  await mkdir(outDir, { recursive: true });
  const existing = new Set(await readdir(outDir));
  const problems: string[] = [];
  for (const [name, content] of files) {
    const target = path.join(outDir, name);
    const current = existing.has(name) ? await readFile(target, 'utf8') : undefined;
    existing.delete(name);
    if (current === content) continue;
    if (check)
      problems.push(current === undefined ? `missing: ${OUT_DIR}/${name}` : `stale: ${OUT_DIR}/${name}`);
    else await writeFile(target, content);
  }
  for (const name of [...existing].sort()) {
    if (check) problems.push(`not generated: ${OUT_DIR}/${name}`);
    else await unlink(path.join(outDir, name));
  }
  if (problems.length > 0) {
    console.error(`generated/ is out of date with ${SOURCE}; run \`${COMMAND}\` and commit the result:`);
    for (const p of problems) console.error(`  ${p}`);
    process.exitCode = 1;
  } else if (check) {
    console.log(`generated/ matches ${SOURCE}.`);
  } else {
    console.log(`Wrote ${[...files.keys()].map((f) => `${OUT_DIR}/${f}`).join(', ')}.`);
  }
}

await main();
