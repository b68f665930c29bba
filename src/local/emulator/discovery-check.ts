/**
 * Checks the requests a script sends through the Docs v1 and Drive v3 advanced services
 * against Google's discovery documents (copied in `discovery/`, revisions 20260527 and
 * 20260519), so a malformed request fails here as it fails on Google, with HTTP 400:
 * an unknown field of a request body, a value outside an enum, a wrong JSON type (a string
 * for a boolean, a fraction for an int32, an array for an object), an unknown query
 * parameter, a `fields` selection naming no field of the response. The wording follows the
 * messages Google's API front end gives (`Invalid JSON payload received. Unknown name "x" at
 * 'requests[0].update_text_style': Cannot find field.`); field paths are snake_case as
 * there. Approximated: only the first error is reported; read-only ("Output only") fields
 * and required fields are not checked; enum type names are the schema's, not the proto's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Schema {
  id?: string;
  type?: string;
  format?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema;
  items?: Schema;
  enum?: string[];
  location?: string;
}

interface Method {
  parameters?: Record<string, Schema>;
  request?: { $ref: string };
  response?: { $ref: string };
}

interface Discovery {
  schemas: Record<string, Schema>;
  parameters: Record<string, Schema>;
  resources: Record<string, { methods: Record<string, Method> }>;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const loaded = new Map<string, Discovery>();

function discovery(api: 'docs' | 'drive'): Discovery {
  let d = loaded.get(api);
  if (d === undefined) {
    d = JSON.parse(readFileSync(path.join(HERE, 'discovery', api === 'docs' ? 'docs-v1.json' : 'drive-v3.json'), 'utf8')) as Discovery;
    loaded.set(api, d);
  }
  return d;
}

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const join = (at: string, name: string): string => (at === '' ? snake(name) : `${at}.${snake(name)}`);
const show = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));

const TYPE_NAME: Record<string, string> = { boolean: 'TYPE_BOOL', string: 'TYPE_STRING', integer: 'TYPE_INT32', number: 'TYPE_DOUBLE' };

/** The first problem of `value` against `schema`, as Google words it, or undefined. */
function check(d: Discovery, value: unknown, schema: Schema, at: string, owner: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (schema.$ref !== undefined) {
    const target = d.schemas[schema.$ref];
    if (target === undefined) return undefined;
    return check(d, value, target, at, schema.$ref);
  }
  const invalid = (type: string): string => `Invalid value at '${at}' (${type}), ${show(value)}`;
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return invalid(`type.googleapis.com/${schema.id ?? owner}`);
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        const property = schema.properties?.[key] ?? schema.additionalProperties;
        if (property === undefined) {
          return `Invalid JSON payload received. Unknown name "${key}"${at === '' ? '' : ` at '${at}'`}: Cannot find field.`;
        }
        const problem = check(d, v, property, schema.properties?.[key] ? join(at, key) : `${at}[${key}]`, schema.id ?? owner);
        if (problem) return problem;
      }
      return undefined;
    }
    case 'array': {
      if (!Array.isArray(value)) return invalid('list');
      for (let i = 0; i < value.length; i++) {
        const problem = check(d, value[i], schema.items ?? {}, `${at}[${i}]`, owner);
        if (problem) return problem;
      }
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : invalid(TYPE_NAME.boolean);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? undefined
        : typeof value === 'string' && /^-?\d+$/.test(value) ? undefined : invalid(TYPE_NAME.integer);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : invalid(TYPE_NAME.number);
    case 'string': {
      if (schema.format === 'int64' || schema.format === 'uint64') {
        return (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value)) ? undefined : invalid('TYPE_INT64');
      }
      if (typeof value !== 'string') return invalid(TYPE_NAME.string);
      if (schema.enum && !schema.enum.includes(value)) return invalid(`type.googleapis.com/${owner}.${snake(at.split('.').pop() ?? '')}`);
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The problems of a request body against the method's request schema. */
export function checkBody(api: 'docs' | 'drive', resource: string, method: string, body: unknown): string | undefined {
  const d = discovery(api);
  const ref = d.resources[resource]?.methods[method]?.request?.$ref;
  if (ref === undefined || body === undefined || body === null) return undefined;
  return check(d, body, { $ref: ref }, '', ref);
}

/** Parameters Apps Script's advanced services send themselves (never an error). */
const SENT_BY_APPS_SCRIPT = new Set(['uploadType', 'alt']);

/** The problems of a method's optional arguments (query parameters) and of its `fields` selection. */
export function checkParameters(api: 'docs' | 'drive', resource: string, method: string, args: Record<string, unknown>): string | undefined {
  const d = discovery(api);
  const m = d.resources[resource]?.methods[method];
  if (m === undefined) return undefined;
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || SENT_BY_APPS_SCRIPT.has(name)) continue;
    const parameter = m.parameters?.[name] ?? d.parameters[name];
    if (parameter === undefined || parameter.location === 'path') {
      return `Invalid JSON payload received. Unknown name "${name}": Cannot bind query parameter. Field '${name}' could not be found in request message.`;
    }
    const problem = check(d, value, parameter, name, method);
    if (problem) return problem;
  }
  const fields = args.fields;
  const response = m.response?.$ref;
  if (typeof fields === 'string' && response !== undefined) return checkFields(d, fields, response);
  return undefined;
}

/** `fields`: every name must be a field of the response (`files(id,name)` looks inside the list's items). */
function checkFields(d: Discovery, fields: string, ref: string): string | undefined {
  let i = 0;
  const walk = (schemaRef: string | undefined): string | undefined => {
    const schema = schemaRef ? d.schemas[schemaRef] : undefined;
    while (i < fields.length && fields[i] !== ')') {
      let name = '';
      while (i < fields.length && !',()'.includes(fields[i]!)) name += fields[i++];
      name = name.trim();
      let inner: string | undefined;
      let target: Schema | undefined = schema;
      for (const part of name.split('/')) {
        if (part === '*' || target === undefined) { target = undefined; break; }
        const property: Schema | undefined = target.properties?.[part];
        if (property === undefined) return `Invalid field selection ${part}`;
        const element = property.items ?? property;
        inner = element.$ref;
        target = inner ? d.schemas[inner] : undefined;
      }
      if (fields[i] === '(') {
        i++;
        const problem = walk(inner);
        if (problem) return problem;
        i++;
      }
      if (fields[i] === ',') i++;
    }
    return undefined;
  };
  return walk(ref);
}
