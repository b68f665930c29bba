/**
 * The Drive advanced service (src/local/emulator/drive-advanced.ts): folders per year, `q`
 * queries, fields, paging, moving, trashing and deleting, what `drive.file` lets the add-on
 * see, the API's errors, and the service existing only when the manifest enables it.
 */
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/local/emulator/sandbox';
import { compileQuery, parseFields } from '../../src/local/emulator/drive-advanced';
import { errorOf, MONDAY_9AM_HANOI } from './helpers';
import { docServices, DOCUMENTS, DOCUMENTS_DIST, DRIVE, NO_DRIVE_DIST, type Any } from './document-helpers';

const FOLDER = 'application/vnd.google-apps.folder';

describe('folders and queries', () => {
  it('create returns the v3 default fields unless fields asks for more', () => {
    const { g } = docServices();
    const plain = g.Drive.Files.create({ name: 'Thi đua 2026', mimeType: FOLDER });
    expect(Object.keys(plain).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(plain.kind).toBe('drive#file');
    const full = g.Drive.Files.create({ name: 'Thi đua 2027', mimeType: FOLDER }, null, { fields: 'id,name,mimeType,parents' });
    expect(full).toEqual({ id: full.id, name: 'Thi đua 2027', mimeType: FOLDER, parents: ['0AJlocalRootFolderUk9PVA'] });
  });

  it("list finds the year's folder by name, mimeType, parent and trashed, with escaped quotes", () => {
    const { g } = docServices();
    const year = g.Drive.Files.create({ name: "Thi đua 2026 (xã Thọ Lập's)", mimeType: FOLDER }, null, { fields: 'id' });
    g.Drive.Files.create({ name: "Thi đua 2026 (xã Thọ Lập's)", mimeType: 'application/vnd.google-apps.document' });
    g.Drive.Files.create({ name: 'Khác', mimeType: FOLDER, parents: [year.id] });
    const q = "name = 'Thi đua 2026 (xã Thọ Lập\\'s)' and mimeType = 'application/vnd.google-apps.folder' and 'root' in parents and trashed = false";
    expect(g.Drive.Files.list({ q, fields: 'files(id,name)' })).toEqual({ files: [{ id: year.id, name: "Thi đua 2026 (xã Thọ Lập's)" }] });
    const inYear = g.Drive.Files.list({ q: `'${year.id}' in parents and trashed = false`, fields: 'files(name)' });
    expect(inYear.files).toEqual([{ name: 'Khác' }]);
    expect(g.Drive.Files.list({ q: "name contains 'thọ' or (mimeType != 'x' and not trashed = false)" }).files.length).toBe(2);
  });

  it('a bad q is the API\'s 400 Invalid Value', () => {
    const { g } = docServices();
    const error = errorOf(() => g.Drive.Files.list({ q: "name = 'x' and" }));
    expect(error.message).toBe('API call to drive.files.list failed with error: Invalid Value');
    expect(error.name).toBe('GoogleJsonResponseException');
    expect((error as Any).details.code).toBe(400);
  });

  it('pages with pageSize and nextPageToken; default list fields', () => {
    const { g } = docServices();
    for (let i = 0; i < 5; i++) g.Drive.Files.create({ name: `f${i}`, mimeType: FOLDER });
    const first = g.Drive.Files.list({ pageSize: 2 });
    expect(Object.keys(first).sort()).toEqual(['files', 'incompleteSearch', 'kind', 'nextPageToken']);
    expect(first.files.map((f: Any) => f.name)).toEqual(['f0', 'f1']);
    const second = g.Drive.Files.list({ pageSize: 2, pageToken: first.nextPageToken });
    const third = g.Drive.Files.list({ pageSize: 2, pageToken: second.nextPageToken });
    expect([...second.files, ...third.files].map((f: Any) => f.name)).toEqual(['f2', 'f3', 'f4']);
    expect(third.nextPageToken).toBeUndefined();
    expect(g.Drive.Files.list({ orderBy: 'name desc', fields: 'files(name)' }).files[0].name).toBe('f4');
  });

  it('update renames and moves with addParents/removeParents; a DocumentApp document moves into the folder', () => {
    const { g } = docServices();
    const folder = g.Drive.Files.create({ name: 'Thi đua 2026', mimeType: FOLDER });
    const doc = g.DocumentApp.create('Thông báo');
    const moved = g.Drive.Files.update({ name: 'Thông báo phê duyệt' }, doc.getId(), null, { addParents: folder.id, removeParents: 'root', fields: 'id,name,parents' });
    expect(moved).toEqual({ id: doc.getId(), name: 'Thông báo phê duyệt', parents: [folder.id] });
    expect(doc.getName()).toBe('Thông báo phê duyệt');
    const got = g.Drive.Files.get(doc.getId(), { fields: 'webViewLink,mimeType' });
    expect(got).toEqual({ webViewLink: `https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`, mimeType: 'application/vnd.google-apps.document' });
  });

  it('properties and appProperties can be set and queried', () => {
    const { g } = docServices();
    const f = g.Drive.Files.create({ name: 'a', mimeType: FOLDER, appProperties: { year: '2026' } });
    expect(g.Drive.Files.list({ q: "appProperties has { key='year' and value='2026' }", fields: 'files(id)' }).files).toEqual([{ id: f.id }]);
    g.Drive.Files.update({ appProperties: { year: '2027' } }, f.id);
    expect(g.Drive.Files.get(f.id, { fields: 'appProperties' })).toEqual({ appProperties: { year: '2027' } });
  });
});

describe('trash, delete and errors', () => {
  it('a trashed folder is still found by id (trashed: true) but not by trashed = false', () => {
    const { g, drive } = docServices();
    const folder = g.Drive.Files.create({ name: 'Thi đua 2026', mimeType: FOLDER });
    drive.trash(folder.id);
    expect(g.Drive.Files.get(folder.id, { fields: 'trashed' })).toEqual({ trashed: true });
    expect(g.Drive.Files.list({ q: 'trashed = false' }).files).toEqual([]);
    g.Drive.Files.update({ trashed: false }, folder.id);
    expect(g.Drive.Files.list({ q: 'trashed = false' }).files.length).toBe(1);
  });

  it('a deleted file is the API\'s 404 "File not found: <id>." everywhere; its contents go with a folder', () => {
    const { g, drive } = docServices();
    const folder = g.Drive.Files.create({ name: 'Thi đua 2026', mimeType: FOLDER });
    const doc = g.DocumentApp.create('Thông báo');
    g.Drive.Files.update({}, doc.getId(), null, { addParents: folder.id, removeParents: 'root' });
    drive.delete(folder.id);
    const error = errorOf(() => g.Drive.Files.get(folder.id));
    expect(error.message).toBe(`API call to drive.files.get failed with error: File not found: ${folder.id}.`);
    expect(error.name).toBe('GoogleJsonResponseException');
    expect((error as Any).details).toEqual({ code: 404, message: `File not found: ${folder.id}.` });
    expect(errorOf(() => g.Drive.Files.create({ name: 'x', parents: [folder.id] })).message)
      .toBe(`API call to drive.files.create failed with error: File not found: ${folder.id}.`);
    expect(errorOf(() => g.DocumentApp.openById(doc.getId())).message).toMatch(/is missing \(perhaps it was deleted/);
  });

  it('remove deletes for good (v3 delete is `remove` in Apps Script)', () => {
    const { g } = docServices();
    const f = g.Drive.Files.create({ name: 'x', mimeType: FOLDER });
    expect(g.Drive.Files.remove(f.id)).toBeUndefined();
    expect(errorOf(() => g.Drive.Files.remove(f.id)).message).toBe(`API call to drive.files.delete failed with error: File not found: ${f.id}.`);
  });
});

describe('drive.file visibility', () => {
  it("the user's own folders are not visible under drive.file until opened with the add-on", () => {
    const { g, drive } = docServices();
    const theirs = drive.addFolder('Thi đua 2026');
    expect(g.Drive.Files.list({ q: "name = 'Thi đua 2026'" }).files).toEqual([]);
    expect(errorOf(() => g.Drive.Files.get(theirs.id)).message).toBe(`API call to drive.files.get failed with error: File not found: ${theirs.id}.`);
    drive.grant(theirs.id);
    expect(g.Drive.Files.list({ q: "name = 'Thi đua 2026'" }).files.length).toBe(1);
  });

  it('with the full drive scope everything is visible', () => {
    const { g, drive } = docServices({ scopes: [DOCUMENTS, DRIVE] });
    drive.addFolder('Thi đua 2026');
    expect(g.Drive.Files.list({ q: "name = 'Thi đua 2026'" }).files.length).toBe(1);
  });

  it('documents made with DocumentApp count as made by the add-on; a user template does not', () => {
    const { g, documents } = docServices();
    const mine = g.DocumentApp.create('Thông báo');
    const template = documents.add(documents.blank('Mẫu'));
    expect(g.Drive.Files.list({ fields: 'files(name)' }).files).toEqual([{ name: 'Thông báo' }]);
    expect(g.DocumentApp.openById(template.id).getName()).toBe('Mẫu');
    expect(g.Drive.Files.get(mine.getId()).name).toBe('Thông báo');
  });

  it('without any Drive scope the API refuses with 403', () => {
    const { g } = docServices({ scopes: [DOCUMENTS] });
    expect(errorOf(() => g.Drive.Files.list({})).message).toBe('API call to drive.files.list failed with error: Request had insufficient authentication scopes.');
  });
});

describe('enabling the advanced service', () => {
  it('Drive exists in the sandbox only when the manifest enables it', () => {
    const enabled = createSandbox({ distDir: DOCUMENTS_DIST, now: MONDAY_9AM_HANOI });
    expect(enabled.call('hasDrive')).toBe(true);
    const disabled = createSandbox({ distDir: NO_DRIVE_DIST, now: MONDAY_9AM_HANOI });
    expect(disabled.call('probe')).toEqual({ drive: 'undefined', documentApp: 'object', docs: 'undefined' });
    expect(errorOf(() => disabled.call('useDrive')).message).toBe('Drive is not defined');
  });

  it('the service takes the manifest\'s userSymbol', () => {
    const { globals } = docServices({
      manifest: { dependencies: { enabledAdvancedServices: [{ userSymbol: 'DriveV3', serviceId: 'drive', version: 'v3' }] } },
    });
    expect((globals as Any).DriveV3.Files.list({}).files).toEqual([]);
    expect((globals as Any).Drive).toBeUndefined();
  });

  it('the bundle keeps its notices in a per-year folder; values are of the script realm; errors are realm errors', () => {
    const sandbox = createSandbox({ distDir: DOCUMENTS_DIST, now: MONDAY_9AM_HANOI });
    const first = sandbox.call<{ id: string; folderId: string; url: string }>('makeNotice', 2026, [['Chi bộ thôn 1', 'Mô hình $ "Camera"'], ['Hội Phụ nữ', 'Việc làm']]);
    const second = sandbox.call<{ folderId: string }>('makeNotice', 2026, [['Đoàn Thanh niên', 'Phong trào']]);
    expect(second.folderId).toBe(first.folderId);
    const folders = sandbox.drive.files().filter((f) => f.mimeType === FOLDER);
    expect(folders.map((f) => f.name)).toEqual(['Thi đua 2026']);
    const doc = sandbox.documents.get(first.id)!;
    expect(sandbox.drive.files().find((f) => f.id === first.id)!.parents).toEqual([first.folderId]);
    const table = doc.body.children[1] as Any;
    expect(table.rows.map((r: Any) => r.cells.map((c: Any) => c.children[0].inlines[0]?.text ?? ''))).toEqual([
      ['STT', 'Đơn vị', 'Tên'], ['1', 'Chi bộ thôn 1', 'Mô hình $ "Camera"'], ['2', 'Hội Phụ nữ', 'Việc làm'],
    ]);
    expect(sandbox.call('realmProbe')).toEqual({ paragraphsIsArray: true, attrsIsObject: true, headingIsEnum: true, filesIsArray: true, listIsObject: true });
    expect(sandbox.call('errorProbe', 'gone')).toEqual({ isError: true, name: 'Exception', message: "Document gone is missing (perhaps it was deleted, or you don't have read access?)" });
    expect(sandbox.call('driveErrorProbe', 'gone')).toEqual({ isError: true, name: 'GoogleJsonResponseException', message: 'API call to drive.files.get failed with error: File not found: gone.', code: 404 });
    expect(sandbox.counter.count('Drive.Files.list')).toBe(3);
  });
});

describe('keeping the Drive between runs', () => {
  it('the Drive model is plain data: saved as JSON and given to the next run, documents and folders carry on', () => {
    const first = docServices();
    const folder = first.g.Drive.Files.create({ name: 'Thi đua 2026', mimeType: FOLDER });
    const doc = first.g.DocumentApp.create('Thông báo');
    const table = doc.getBody().appendTable([['a', 'b']]);
    table.setColumnWidth(1, 200);
    const saved = JSON.parse(JSON.stringify(first.drive.model));
    const next = docServices({ drive: saved });
    expect(next.g.Drive.Files.list({ q: `name = 'Thi đua 2026'`, fields: 'files(id)' }).files).toEqual([{ id: folder.id }]);
    const again = next.g.DocumentApp.openById(doc.getId());
    expect(again.getBody().getTables()[0].getColumnWidth(0)).toBeNull();
    expect(again.getBody().getTables()[0].getColumnWidth(1)).toBe(200);
    expect(next.g.DocumentApp.create('khác').getId()).not.toBe(doc.getId());
  });
});

describe('helpers', () => {
  it('parseFields and compileQuery', () => {
    expect(parseFields('files(id,name),nextPageToken')).toEqual({ files: { id: true, name: true }, nextPageToken: true });
    const match = compileQuery("name contains 'báo' and not mimeType = 'x'", 'root-id');
    const file = { id: '1', name: 'Thông báo 2026', mimeType: 'y', parents: [], trashed: false, createdTime: '', modifiedTime: '', appAccess: true };
    expect(match(file)).toBe(true);
    expect(compileQuery("name contains 'ông'", 'r')(file)).toBe(false);
  });
});
