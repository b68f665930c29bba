/**
 * The Drive advanced service (Drive API v3, `Drive.Files.*`) over the environment's Drive
 * (drive-model.ts). It exists in the script's globals only when the manifest enables it
 * (`dependencies.enabledAdvancedServices` with serviceId `drive`, version `v3`), under the
 * manifest's `userSymbol`, as on Google.
 *
 * What a script sees depends on its Drive scope: with `drive.file` only the files it created
 * (Drive.Files.create, DocumentApp.create) or that the user opened with it; others are
 * "File not found", as the API answers. Without an explicit `oauthScopes` list Apps Script
 * would ask for full `drive`, and everything is visible. Errors are thrown as Apps Script
 * throws API errors: a GoogleJsonResponseException whose message is
 * "API call to drive.files.<method> failed with error: <API message>".
 *
 * Responses follow v3: without `fields` a file is `{ kind, id, name, mimeType }` and a list
 * `{ kind, incompleteSearch, files: [...] , nextPageToken? }`; `fields` selects others
 * (`id,name,parents`, `files(id,name),nextPageToken`, `*`).
 *
 * Media upload (a Blob as `mediaData` of create/update): a file created with the Google Docs
 * mimeType from a .docx is imported (docx-import.ts builds the document DocumentApp and the
 * Docs API then read); an update with a .docx of an existing Google Doc replaces its content
 * in place (same id). Other content asked to become a Google Doc is refused with a 400; a
 * binary upload is stored as is. The uploaded bytes are kept (`upload`). Download is not emulated.
 */
import { newDocumentModel, cloneNode, type DocumentModel } from './document-model';
import { indexDocument } from './document-tree';
import { DRIVE_MSG } from './document-messages';
import { deleteFile, DOCUMENT_MIME, driveOf, FOLDER_MIME, nextDriveId, type DriveFileModel, type DriveModel } from './drive-model';
import type { Env } from './env';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { notEmulated } from './messages';
import { SCOPE } from './scopes';
import { blobBytes, blobMeta, type Blob } from './blob';
import { DocxImportError, importDocx } from './docx-import';
import { checkBody, checkParameters } from './discovery-check';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Access = 'full' | 'file' | 'readonly';

/** The Drive scope the script runs with (null: none of them). */
function access(env: Env): Access | null {
  const declared = env.manifest.oauthScopes;
  if (declared === undefined) return 'full';
  if (declared.includes(SCOPE.drive)) return 'full';
  if (declared.includes(SCOPE.driveFile)) return 'file';
  if (declared.includes(SCOPE.driveReadonly)) return 'readonly';
  return null;
}

/** An Apps Script GoogleJsonResponseException for an API error. */
function apiError(env: Env, method: string, code: number, message: string): Error {
  const error = env.exception(DRIVE_MSG.apiCall(method, message));
  error.name = 'GoogleJsonResponseException';
  Object.defineProperty(error, 'details', { value: env.realm.plain({ code, message }), enumerable: false });
  return error;
}

function rootFile(drive: DriveModel): DriveFileModel {
  return {
    id: drive.rootId, name: 'My Drive', mimeType: FOLDER_MIME, parents: [], trashed: false,
    createdTime: '2020-01-01T00:00:00.000Z', modifiedTime: '2020-01-01T00:00:00.000Z', appAccess: true,
  };
}

function webViewLink(file: DriveFileModel): string {
  if (file.mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${file.id}`;
  if (file.mimeType === DOCUMENT_MIME) return `https://docs.google.com/document/d/${file.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`;
}

/** The full v3 resource of a file. */
function resourceOf(file: DriveFileModel): Record<string, unknown> {
  return {
    kind: 'drive#file', id: file.id, name: file.name, mimeType: file.mimeType, parents: [...file.parents],
    trashed: file.trashed, explicitlyTrashed: file.trashed, createdTime: file.createdTime, modifiedTime: file.modifiedTime,
    webViewLink: webViewLink(file), ownedByMe: true, starred: false, description: file.description,
    properties: file.properties === undefined ? undefined : { ...file.properties },
    appProperties: file.appProperties === undefined ? undefined : { ...file.appProperties },
  };
}

// ------------------------------------------------------------------------------ fields

type FieldTree = true | { [key: string]: FieldTree };

/** Parses a `fields` selector: `a,b(c,d),e/f`, `*`. */
export function parseFields(fields: string): FieldTree {
  let i = 0;
  const parseList = (): { [key: string]: FieldTree } => {
    const out: { [key: string]: FieldTree } = {};
    while (i < fields.length && fields[i] !== ')') {
      let name = '';
      while (i < fields.length && !',()'.includes(fields[i]!)) name += fields[i++];
      name = name.trim();
      let sub: FieldTree = true;
      if (fields[i] === '(') {
        i++;
        sub = parseList();
        i++;
      }
      if (name === '*') return { '*': true };
      const parts = name.split('/');
      let node = out;
      parts.forEach((part, k) => {
        if (k === parts.length - 1) node[part] = sub;
        else {
          const next = node[part];
          node[part] = typeof next === 'object' ? next : {};
          node = node[part] as { [key: string]: FieldTree };
        }
      });
      if (fields[i] === ',') i++;
    }
    return out;
  };
  return parseList();
}

function project(value: unknown, tree: FieldTree): unknown {
  if (tree === true || value === null || typeof value !== 'object') return value;
  if ('*' in tree) return value;
  if (Array.isArray(value)) return value.map((v) => project(v, tree));
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(tree)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = project(v, sub);
  }
  return out;
}

const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';
const DEFAULT_LIST_FIELDS = 'kind,incompleteSearch,nextPageToken,files(kind,id,name,mimeType)';

function strip(value: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}

// ------------------------------------------------------------------------------ queries

type Predicate = (file: DriveFileModel) => boolean;

class QueryError extends Error {}

/** Compiles a Drive v3 `q` (name, mimeType, trashed, parents, times, properties; and/or/not, parentheses). */
export function compileQuery(q: string, rootId: string): Predicate {
  const tokens = tokenize(q);
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const next = (): string => {
    const t = tokens[i++];
    if (t === undefined) throw new QueryError('unexpected end');
    return t;
  };
  const isString = (t: string | undefined): boolean => t !== undefined && t.startsWith("'");
  const stringValue = (t: string): string => {
    if (!isString(t)) throw new QueryError(`expected a string, got ${t}`);
    return t.slice(1, -1).replace(/\\(.)/g, '$1');
  };

  const parseOr = (): Predicate => {
    let left = parseAnd();
    while (peek()?.toLowerCase() === 'or') {
      next();
      const right = parseAnd();
      const l = left;
      left = (f) => l(f) || right(f);
    }
    return left;
  };
  const parseAnd = (): Predicate => {
    let left = parseNot();
    while (peek()?.toLowerCase() === 'and') {
      next();
      const right = parseNot();
      const l = left;
      left = (f) => l(f) && right(f);
    }
    return left;
  };
  const parseNot = (): Predicate => {
    if (peek()?.toLowerCase() === 'not') {
      next();
      const inner = parseNot();
      return (f) => !inner(f);
    }
    return parseTerm();
  };
  const parseTerm = (): Predicate => {
    const t = next();
    if (t === '(') {
      const inner = parseOr();
      if (next() !== ')') throw new QueryError('expected )');
      return inner;
    }
    if (isString(t)) {
      const value = stringValue(t);
      if (next().toLowerCase() !== 'in') throw new QueryError('expected in');
      const field = next();
      if (field !== 'parents') throw new QueryError(`unsupported collection ${field}`);
      const id = value === 'root' ? rootId : value;
      return (f) => f.parents.includes(id);
    }
    const field = t;
    if (field === 'properties' || field === 'appProperties') {
      if (next().toLowerCase() !== 'has') throw new QueryError('expected has');
      if (next() !== '{') throw new QueryError('expected {');
      if (next() !== 'key') throw new QueryError('expected key');
      if (next() !== '=') throw new QueryError('expected =');
      const key = stringValue(next());
      if (next().toLowerCase() !== 'and') throw new QueryError('expected and');
      if (next() !== 'value') throw new QueryError('expected value');
      if (next() !== '=') throw new QueryError('expected =');
      const value = stringValue(next());
      if (next() !== '}') throw new QueryError('expected }');
      return (f) => (field === 'properties' ? f.properties : f.appProperties)?.[key] === value;
    }
    const op = next();
    const raw = next();
    switch (field) {
      case 'name': {
        const value = stringValue(raw);
        if (op === '=') return (f) => f.name === value;
        if (op === '!=') return (f) => f.name !== value;
        if (op === 'contains') return (f) => containsPrefix(f.name, value);
        break;
      }
      case 'mimeType': {
        const value = stringValue(raw);
        if (op === '=') return (f) => f.mimeType === value;
        if (op === '!=') return (f) => f.mimeType !== value;
        if (op === 'contains') return (f) => f.mimeType.includes(value);
        break;
      }
      case 'trashed': case 'starred': {
        if (raw !== 'true' && raw !== 'false') throw new QueryError('expected true or false');
        const value = raw === 'true';
        const get = (f: DriveFileModel): boolean => (field === 'trashed' ? f.trashed : false);
        if (op === '=') return (f) => get(f) === value;
        if (op === '!=') return (f) => get(f) !== value;
        break;
      }
      case 'createdTime': case 'modifiedTime': {
        const value = Date.parse(stringValue(raw));
        if (Number.isNaN(value)) throw new QueryError('bad date');
        const get = (f: DriveFileModel): number => Date.parse(field === 'createdTime' ? f.createdTime : f.modifiedTime);
        const cmp: Record<string, (a: number, b: number) => boolean> = {
          '=': (a, b) => a === b, '!=': (a, b) => a !== b, '<': (a, b) => a < b, '<=': (a, b) => a <= b, '>': (a, b) => a > b, '>=': (a, b) => a >= b,
        };
        const test = cmp[op];
        if (test !== undefined) return (f) => test(get(f), value);
        break;
      }
      case 'fullText': {
        const value = stringValue(raw).toLowerCase();
        if (op === 'contains') return (f) => f.name.toLowerCase().includes(value);
        break;
      }
      default:
        throw new QueryError(`unsupported field ${field}`);
    }
    throw new QueryError(`unsupported operator ${op} for ${field}`);
  };

  const predicate = parseOr();
  if (i !== tokens.length) throw new QueryError(`unexpected ${tokens[i]}`);
  return predicate;
}

/** Drive's `name contains`: the value is a prefix of the name or of one of its words. */
function containsPrefix(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  const v = value.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if ((i === 0 || /[\s\p{P}]/u.test(lower[i - 1]!)) && lower.startsWith(v, i)) return true;
  }
  return false;
}

function tokenize(q: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === "'") {
      let j = i + 1;
      while (j < q.length && q[j] !== "'") j += q[j] === '\\' ? 2 : 1;
      if (j >= q.length) throw new QueryError('unterminated string');
      tokens.push(q.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    const two = q.slice(i, i + 2);
    if (two === '!=' || two === '<=' || two === '>=') { tokens.push(two); i += 2; continue; }
    if ('=<>(){}'.includes(c)) { tokens.push(c); i++; continue; }
    let j = i;
    while (j < q.length && !/[\s'=<>!(){}]/.test(q[j]!)) j++;
    if (j === i) throw new QueryError(`unexpected ${c}`);
    tokens.push(q.slice(i, j));
    i = j;
  }
  return tokens;
}

// ------------------------------------------------------------------------------ the service

/** Drive.Files of the v3 advanced service. */
export class DriveFiles extends Emulated {
  constructor(env: Env) {
    super(env);
  }

  /** Creates a file or folder (metadata only; a Google Doc made this way is empty). */
  create(resource: unknown, mediaData?: unknown, optionalArgs?: unknown): Record<string, unknown> {
    const env = this[ENV];
    const drive = driveOf(env);
    writable(env, 'create');
    validRequest(env, 'create', resource, optionalArgs);
    const media = mediaOf(env, 'create', mediaData);
    const meta = (typeof resource === 'object' && resource !== null ? resource : {}) as Record<string, unknown>;
    const args = argsOf(optionalArgs);
    const parents = Array.isArray(meta.parents) ? meta.parents.map(String) : [drive.rootId];
    const resolved = parents.map((p) => visibleParent(env, drive, p, 'create'));
    const stamp = new Date(env.clock.now()).toISOString();
    const mimeType = typeof meta.mimeType === 'string' ? meta.mimeType : media?.contentType ?? 'application/octet-stream';
    const name = typeof meta.name === 'string' ? meta.name : media?.name ?? 'Untitled';
    const file: DriveFileModel = {
      id: nextDriveId(drive), name, mimeType, parents: resolved, trashed: false, createdTime: stamp, modifiedTime: stamp,
      appAccess: true,
    };
    if (typeof meta.description === 'string') file.description = meta.description;
    if (isStringMap(meta.properties)) file.properties = { ...meta.properties };
    if (isStringMap(meta.appProperties)) file.appProperties = { ...meta.appProperties };
    if (mimeType === DOCUMENT_MIME) file.document = media ? imported(env, 'create', media, file.id, name) : newDocumentModel(file.id, name);
    if (media) file.upload = { contentType: media.contentType, base64: media.bytes.toString('base64') };
    drive.files.push(file);
    return respond(env, file, args.fields);
  }

  get(fileId: unknown, optionalArgs?: unknown): Record<string, unknown> {
    const env = this[ENV];
    readable(env, 'get');
    validRequest(env, 'get', undefined, optionalArgs);
    const args = argsOf(optionalArgs);
    if (args.alt === 'media') throw notEmulated('Drive.Files.get with alt=media');
    const file = visibleFile(env, fileId, 'get');
    return respond(env, file, args.fields);
  }

  list(optionalArgs?: unknown): Record<string, unknown> {
    const env = this[ENV];
    readable(env, 'list');
    validRequest(env, 'list', undefined, optionalArgs);
    const drive = driveOf(env);
    const args = argsOf(optionalArgs);
    let predicate: Predicate = () => true;
    if (typeof args.q === 'string' && args.q.trim() !== '') {
      try {
        predicate = compileQuery(args.q, drive.rootId);
      } catch (error) {
        if (error instanceof QueryError) throw apiError(env, 'list', 400, DRIVE_MSG.invalidQuery);
        throw error;
      }
    }
    const fullAccess = access(env) !== 'file';
    let files = drive.files.filter((f) => (fullAccess || f.appAccess) && predicate(f));
    if (typeof args.orderBy === 'string') files = ordered(files, args.orderBy);
    const pageSize = typeof args.pageSize === 'number' ? Math.min(Math.max(1, Math.floor(args.pageSize)), 1000) : 100;
    const start = typeof args.pageToken === 'string' ? Number(Buffer.from(args.pageToken, 'base64url').toString('utf8').replace('offset:', '')) : 0;
    if (!Number.isInteger(start) || start < 0) throw apiError(env, 'list', 400, DRIVE_MSG.invalidQuery);
    const page = files.slice(start, start + pageSize);
    const response: Record<string, unknown> = {
      kind: 'drive#fileList', incompleteSearch: false, files: page.map((f) => strip(resourceOf(f))),
    };
    if (start + pageSize < files.length) response.nextPageToken = Buffer.from(`offset:${start + pageSize}`, 'utf8').toString('base64url');
    const fields = typeof args.fields === 'string' ? args.fields : DEFAULT_LIST_FIELDS;
    return env.realm.plain(project(response, parseFields(fields)) as Record<string, unknown>);
  }

  /** Changes metadata (name, description, trashed, properties) and moves with addParents/removeParents. */
  update(resource: unknown, fileId: unknown, mediaData?: unknown, optionalArgs?: unknown): Record<string, unknown> {
    const env = this[ENV];
    const drive = driveOf(env);
    writable(env, 'update');
    validRequest(env, 'update', resource, optionalArgs);
    const media = mediaOf(env, 'update', mediaData);
    const file = visibleFile(env, fileId, 'update');
    const meta = (typeof resource === 'object' && resource !== null ? resource : {}) as Record<string, unknown>;
    const args = argsOf(optionalArgs);
    if (typeof meta.mimeType === 'string' && meta.mimeType !== file.mimeType) {
      if (media === undefined) throw apiError(env, 'update', 403, 'The mimeType of this file cannot be changed without uploading new content.');
      throw notEmulated('Drive.Files.update converting a file to another type');
    }
    if (media !== undefined) {
      if (file.document !== undefined) {
        const model = imported(env, 'update', media, file.id, typeof meta.name === 'string' ? meta.name : file.name);
        // In place: whoever holds the document's model sees the new revision.
        Object.assign(file.document, model);
        indexDocument(file.document);
      }
      file.upload = { contentType: media.contentType, base64: media.bytes.toString('base64') };
    }
    if (typeof meta.name === 'string') {
      file.name = meta.name;
      if (file.document !== undefined) file.document.name = meta.name;
    }
    if (typeof meta.description === 'string') file.description = meta.description;
    if (typeof meta.trashed === 'boolean') file.trashed = meta.trashed;
    if (isStringMap(meta.properties)) file.properties = mergeProps(file.properties, meta.properties);
    if (isStringMap(meta.appProperties)) file.appProperties = mergeProps(file.appProperties, meta.appProperties);
    if (typeof args.addParents === 'string' && args.addParents !== '') {
      for (const p of args.addParents.split(',')) {
        const id = visibleParent(env, drive, p.trim(), 'update');
        if (!file.parents.includes(id)) file.parents.push(id);
      }
    }
    if (typeof args.removeParents === 'string' && args.removeParents !== '') {
      const remove = args.removeParents.split(',').map((p) => (p.trim() === 'root' ? drive.rootId : p.trim()));
      file.parents = file.parents.filter((p) => !remove.includes(p));
    }
    file.modifiedTime = new Date(env.clock.now()).toISOString();
    return respond(env, file, args.fields);
  }

  /** Copies a file (a Google Doc with its content) into the given parents, or the source's. */
  copy(resource: unknown, fileId: unknown, optionalArgs?: unknown): Record<string, unknown> {
    const env = this[ENV];
    const drive = driveOf(env);
    writable(env, 'copy');
    validRequest(env, 'copy', resource, optionalArgs);
    const source = visibleFile(env, fileId, 'copy');
    const meta = (typeof resource === 'object' && resource !== null ? resource : {}) as Record<string, unknown>;
    const args = argsOf(optionalArgs);
    const parents = Array.isArray(meta.parents) ? meta.parents.map((p) => visibleParent(env, drive, String(p), 'copy')) : [...source.parents];
    const stamp = new Date(env.clock.now()).toISOString();
    const id = nextDriveId(drive);
    const name = typeof meta.name === 'string' ? meta.name : `Copy of ${source.name}`;
    const file: DriveFileModel = {
      id, name, mimeType: source.mimeType, parents, trashed: false, createdTime: stamp, modifiedTime: stamp, appAccess: true,
    };
    if (source.document !== undefined) file.document = copyDocument(source.document, id, name);
    drive.files.push(file);
    return respond(env, file, args.fields);
  }

  /** Deletes a file for good (v3 `files.delete`; `remove` because delete is a reserved word). */
  remove(fileId: unknown): void {
    const env = this[ENV];
    writable(env, 'delete');
    const file = visibleFile(env, fileId, 'delete');
    deleteFile(driveOf(env), file);
  }
}

/** The Drive advanced service object (`Drive` by default). */
export class DriveAdvancedService extends Emulated {
  readonly Files: DriveFiles;

  constructor(env: Env) {
    super(env);
    this.Files = new DriveFiles(env);
  }
}

/** Google's 400 for a request its discovery document does not allow (discovery-check.ts). */
function validRequest(env: Env, method: string, resource: unknown, optionalArgs: unknown): void {
  const problem = checkBody('drive', 'files', method, resource) ?? checkParameters('drive', 'files', method, argsOf(optionalArgs));
  if (problem !== undefined) throw apiError(env, method, 400, problem);
}

interface Media {
  bytes: Buffer;
  contentType: string;
  name: string | undefined;
}

/** The upload of a create/update: a Blob (its bytes and content type), or none. */
function mediaOf(env: Env, method: string, mediaData: unknown): Media | undefined {
  if (mediaData === undefined || mediaData === null) return undefined;
  const bytes = blobBytes(mediaData);
  if (bytes === undefined) throw apiError(env, method, 400, 'Media data must be a Blob.');
  const meta = blobMeta(mediaData as Blob);
  return { bytes, contentType: meta.contentType ?? 'application/octet-stream', name: meta.name?.replace(/\.docx$/i, '') ?? undefined };
}

/** A Google Doc imported from an upload: only a .docx is importable here. */
function imported(env: Env, method: string, media: Media, id: string, name: string): DocumentModel {
  if (media.contentType !== DOCX_MIME) throw apiError(env, method, 400, DRIVE_MSG.cannotImport(media.contentType, DOCUMENT_MIME));
  try {
    const model = importDocx(media.bytes, id, name);
    indexDocument(model);
    return model;
  } catch (error) {
    if (error instanceof DocxImportError) throw apiError(env, method, 400, DRIVE_MSG.cannotImport(`${media.contentType}: ${error.message}`, DOCUMENT_MIME));
    throw error;
  }
}

function copyDocument(doc: DocumentModel, id: string, name: string): DocumentModel {
  return {
    ...doc, id, name, page: { ...doc.page }, body: cloneNode(doc.body),
    header: doc.header === null ? null : cloneNode(doc.header), footer: doc.footer === null ? null : cloneNode(doc.footer),
    firstPageHeader: doc.firstPageHeader === null ? null : cloneNode(doc.firstPageHeader),
    firstPageFooter: doc.firstPageFooter === null ? null : cloneNode(doc.firstPageFooter),
  };
}

function ordered(files: DriveFileModel[], orderBy: string): DriveFileModel[] {
  const keys = orderBy.split(',').map((k) => k.trim().split(/\s+/)).filter((k) => k[0] !== undefined && k[0] !== '');
  return [...files].sort((a, b) => {
    for (const [key, dir] of keys) {
      const get = (f: DriveFileModel): string => (key === 'name' || key === 'name_natural' ? f.name.toLowerCase()
        : key === 'createdTime' ? f.createdTime : key === 'modifiedTime' ? f.modifiedTime : key === 'folder' ? (f.mimeType === FOLDER_MIME ? '0' : '1') : '');
      const cmp = get(a) < get(b) ? -1 : get(a) > get(b) ? 1 : 0;
      if (cmp !== 0) return dir === 'desc' ? -cmp : cmp;
    }
    return 0;
  });
}

function isStringMap(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeProps(base: Record<string, string> | undefined, patch: Record<string, string>): Record<string, string> {
  const out = { ...(base ?? {}) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = String(v);
  }
  return out;
}

function argsOf(optionalArgs: unknown): Record<string, unknown> {
  return typeof optionalArgs === 'object' && optionalArgs !== null ? (optionalArgs as Record<string, unknown>) : {};
}

function respond(env: Env, file: DriveFileModel, fields: unknown): Record<string, unknown> {
  const tree = parseFields(typeof fields === 'string' ? fields : DEFAULT_FILE_FIELDS);
  return env.realm.plain(project(strip(resourceOf(file)), tree) as Record<string, unknown>);
}

function readable(env: Env, method: string): void {
  if (access(env) === null) throw apiError(env, method, 403, DRIVE_MSG.insufficientScopes);
}

function writable(env: Env, method: string): void {
  const a = access(env);
  if (a === null || a === 'readonly') throw apiError(env, method, 403, DRIVE_MSG.insufficientScopes);
}

/** The file with this id if the script may see it; the API's 404 otherwise. */
function visibleFile(env: Env, fileId: unknown, method: string): DriveFileModel {
  if (typeof fileId !== 'string' || fileId === '') throw apiError(env, method, 400, DRIVE_MSG.required);
  const drive = driveOf(env);
  if (fileId === 'root' || fileId === drive.rootId) {
    if (method === 'get') return rootFile(drive);
    throw apiError(env, method, 403, 'The user does not have sufficient permissions for this file.');
  }
  const file = drive.files.find((f) => f.id === fileId);
  if (file === undefined || (access(env) === 'file' && !file.appAccess)) throw apiError(env, method, 404, DRIVE_MSG.notFound(fileId));
  return file;
}

/** A folder id usable as a parent (the root, or a folder the script may see). */
function visibleParent(env: Env, drive: DriveModel, id: string, method: string): string {
  if (id === 'root' || id === drive.rootId) return drive.rootId;
  const folder = drive.files.find((f) => f.id === id);
  if (folder === undefined || (access(env) === 'file' && !folder.appAccess)) throw apiError(env, method, 404, DRIVE_MSG.notFound(id));
  return folder.id;
}

declareNotEmulated(DriveFiles, 'Drive.Files', ['emptyTrash', 'export', 'generateIds', 'watch', 'download', 'listLabels', 'modifyLabels']);

instrument(DriveFiles, { service: 'Drive', className: 'Drive.Files', qualifiedName: 'Drive.Files' });
instrument(DriveAdvancedService, { service: 'Drive', className: 'Drive', qualifiedName: 'Drive' });

export { FOLDER_MIME, DOCUMENT_MIME };
