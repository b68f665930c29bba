/**
 * FormApp (src/local/emulator/form-app.ts, form.ts, form-items.ts, form-response.ts): forms,
 * items and choices, casts, pre-filled and edit URLs, errors worded as Apps Script's, scopes.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../src/local/emulator/services';
import { errorOf, FIXTURES, MONDAY_9AM_HANOI, services } from './helpers';

const FORMS_DIST = path.join(FIXTURES, 'forms');

function formServices() {
  return createServices({ distDir: FORMS_DIST, now: MONDAY_9AM_HANOI });
}

describe('forms', () => {
  it('create, settings, URLs, openById and openByUrl', () => {
    const s = formServices();
    const { FormApp } = s.globals;
    const form = FormApp.create('Đăng ký thi đua');
    // As on Google (issue 442747794): create names the file, the form's title stays empty.
    expect(form.getTitle()).toBe('');
    form.setTitle('Đăng ký thi đua 2026').setDescription('Hạn: 15/12/2025').setConfirmationMessage('Cảm ơn')
      .setCollectEmail(true).setAllowResponseEdits(true).setLimitOneResponsePerUser(false).setProgressBar(true);
    expect(form.getTitle()).toBe('Đăng ký thi đua 2026');
    expect(form.getDescription()).toBe('Hạn: 15/12/2025');
    expect(form.getConfirmationMessage()).toBe('Cảm ơn');
    expect(form.collectsEmail()).toBe(true);
    expect(form.canEditResponse()).toBe(true);
    expect(form.hasProgressBar()).toBe(true);
    expect(form.getId()).toMatch(/^1[\w-]{43}$/);
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQLS[\w-]+\/viewform$/);
    expect(form.shortenFormUrl(form.getPublishedUrl())).toMatch(/^https:\/\/forms\.gle\/\w{17}$/);
    expect(FormApp.openById(form.getId()).getTitle()).toBe('Đăng ký thi đua 2026');
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(FormApp.openByUrl(form.getPublishedUrl()).getId()).toBe(form.getId());
    expect(FormApp.getActiveForm()).toBeNull();
  });

  it('an unknown id or URL throws the real errors', () => {
    const { FormApp } = formServices().globals;
    const unknown = errorOf(() => FormApp.openById('1abcdefghijklmnopqrstuvwxyz'));
    expect(unknown.name).toBe('Exception');
    expect(unknown.message).toBe('No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.');
    expect(errorOf(() => FormApp.openByUrl('https://docs.google.com/forms/d/nope/edit')).message).toMatch(/^No item with the given ID/);
    expect(errorOf(() => FormApp.openByUrl('https://example.com/x')).message).toBe('Invalid argument: url');
  });

  it('a manifest without the forms scope gets the permission error', () => {
    const s = services();
    expect(errorOf(() => s.globals.FormApp.create('x')).message)
      .toBe('You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms');
  });

  it('calls are counted under FormApp', () => {
    const s = formServices();
    s.globals.FormApp.create('x').addListItem().setTitle('a');
    expect(s.counter.byMethod()).toEqual({ 'FormApp.create': 1, 'Form.addListItem': 1, 'ListItem.setTitle': 1 });
    expect(s.counter.total('FormApp')).toBe(3);
  });
});

describe('items', () => {
  it('add, type, title, help text, required, index, choices', () => {
    const { FormApp } = formServices().globals;
    const form = FormApp.create('f');
    const list = form.addListItem().setTitle('Đơn vị đăng ký').setHelpText('Chọn đơn vị').setRequired(true);
    list.setChoiceValues(['Chi bộ thôn 1', 'Chi bộ thôn 2']);
    const mc = form.addMultipleChoiceItem().setTitle('Loại đăng ký');
    mc.setChoices([mc.createChoice('Mô hình'), mc.createChoice('Phong trào')]).showOtherOption(true);
    const check = form.addCheckboxItem().setTitle('Cam kết');
    const text = form.addTextItem().setTitle('Tên');
    const para = form.addParagraphTextItem().setTitle('Nội dung');
    const date = form.addDateItem().setTitle('Bắt đầu');
    const header = form.addSectionHeaderItem().setTitle('Phần 2');

    expect(list.getType()).toBe(FormApp.ItemType.LIST);
    expect(String(mc.getType())).toBe('MULTIPLE_CHOICE');
    expect([check, text, para, date, header].map((i) => i.getType().toString())).toEqual(['CHECKBOX', 'TEXT', 'PARAGRAPH_TEXT', 'DATE', 'SECTION_HEADER']);
    expect(list.getHelpText()).toBe('Chọn đơn vị');
    expect(list.isRequired()).toBe(true);
    expect(text.isRequired()).toBe(false);
    expect(list.getChoices().map((c) => c.getValue())).toEqual(['Chi bộ thôn 1', 'Chi bộ thôn 2']);
    expect(mc.getChoices().map((c) => c.getValue())).toEqual(['Mô hình', 'Phong trào']);
    expect(mc.hasOtherOption()).toBe(true);
    expect(date.getIndex()).toBe(5);
    expect(typeof list.getId()).toBe('number');
    expect(new Set(form.getItems().map((i) => i.getId())).size).toBe(7);
    expect(form.getItems(FormApp.ItemType.TEXT).map((i) => i.getTitle())).toEqual(['Tên']);
    expect(form.getItemById(list.getId())!.getTitle()).toBe('Đơn vị đăng ký');
    expect(form.getItemById(12345)).toBeNull();
    expect('asListItem' in list).toBe(false);
  });

  it('casts: the right one works, a wrong one throws "Invalid conversion for item type"', () => {
    const { FormApp } = formServices().globals;
    const form = FormApp.create('f');
    const list = form.addListItem().setTitle('Đơn vị');
    form.addTextItem().setTitle('Tên');
    const [asList, asText] = form.getItems();
    expect(asList!.asListItem().getId()).toBe(list.getId());
    expect(asText!.asTextItem().getTitle()).toBe('Tên');
    const error = errorOf(() => asText!.asListItem());
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('Invalid conversion for item type: TEXT');
    expect(errorOf(() => asList!.asDateItem()).message).toBe('Invalid conversion for item type: LIST');
  });

  it('moveItem and deleteItem (by index or item)', () => {
    const { FormApp } = formServices().globals;
    const form = FormApp.create('f');
    const a = form.addTextItem().setTitle('A');
    form.addTextItem().setTitle('B');
    form.addTextItem().setTitle('C');
    expect(form.moveItem(0, 2).getTitle()).toBe('A');
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['B', 'C', 'A']);
    form.moveItem(a, 0);
    form.deleteItem(1);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['A', 'C']);
    form.deleteItem(form.getItems()[0]!);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['C']);
  });

  it('wrong argument types throw the signature error', () => {
    const { FormApp } = formServices().globals;
    const item = FormApp.create('f').addTextItem();
    expect(errorOf(() => item.setTitle(5 as unknown as string)).message)
      .toBe("The parameters (number) don't match the method signature for FormApp.TextItem.setTitle.");
  });
});

describe('responses and URLs', () => {
  it('toPrefilledUrl gives entry.<n>=<value> parameters, form-encoded', () => {
    const { FormApp } = formServices().globals;
    const form = FormApp.create('f');
    const unit = form.addListItem().setTitle('Đơn vị đăng ký').setChoiceValues(['Chi bộ thôn 1', 'A&B = C']);
    const when = form.addDateItem().setTitle('Bắt đầu');
    const pledge = form.addCheckboxItem().setTitle('Cam kết').setChoiceValues(['x y', 'z']);
    const url = form.createResponse()
      .withItemResponse(form.getItems()[0]!.asListItem().createResponse('Chi bộ thôn 1'))
      .withItemResponse(when.createResponse(new Date(Date.UTC(2026, 0, 5, 3))))
      .withItemResponse(pledge.createResponse(['x y', 'z']))
      .toPrefilledUrl();
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe(form.getPublishedUrl());
    expect(url).toContain('?usp=pp_url&entry.');
    expect(url).toContain('=Chi+b%E1%BB%99+th%C3%B4n+1');
    const entries = [...parsed.searchParams.entries()].filter(([k]) => k.startsWith('entry.'));
    expect(entries.map(([, v]) => v)).toEqual(['Chi bộ thôn 1', '2026-01-05', 'x y', 'z']);
    const ids = new Set(entries.map(([k]) => k));
    expect(ids.size).toBe(3);
    expect(ids.has(`entry.${unit.getId()}`)).toBe(false);
    const other = form.createResponse().withItemResponse(unit.createResponse('A&B = C')).toPrefilledUrl();
    expect(other).toMatch(/=A%26B\+%3D\+C$/);
  });

  it('a value that is not a choice is refused; the "other" option allows it', () => {
    const { FormApp } = formServices().globals;
    const form = FormApp.create('f');
    const list = form.addListItem().setChoiceValues(['a']);
    expect(errorOf(() => list.createResponse('b')).name).toBe('Exception');
    const mc = form.addMultipleChoiceItem().setChoiceValues(['a']).showOtherOption(true);
    expect(mc.createResponse('khác').getResponse()).toBe('khác');
  });

  it('submit from a script records the response; getResponses / getResponse / edit URL', () => {
    const s = formServices();
    const form = s.globals.FormApp.create('f');
    const name = form.addTextItem().setTitle('Tên');
    const response = form.createResponse().withItemResponse(name.createResponse('Mô hình <b>1</b>'));
    expect(response.getId()).toBeNull();
    response.submit();
    expect(response.getId()).toMatch(/^2_ABaOnu/);
    expect(response.getTimestamp()!.getTime()).toBe(MONDAY_9AM_HANOI);
    const all = form.getResponses();
    expect(all).toHaveLength(1);
    const again = form.getResponse(response.getId()!);
    expect(again.getItemResponses().map((r) => [r.getItem()!.getTitle(), r.getResponse()])).toEqual([['Tên', 'Mô hình <b>1</b>']]);
    expect(again.getResponseForItem(name)!.getResponse()).toBe('Mô hình <b>1</b>');
    expect(again.getEditResponseUrl()).toBe(`${form.getPublishedUrl()}?edit2=${response.getId()}`);
    expect(errorOf(() => form.getResponse('2_nope')).name).toBe('Exception');
    form.deleteAllResponses();
    expect(form.getResponses()).toHaveLength(0);
  });

  it('without a destination, getDestinationId throws the real message', () => {
    const { FormApp } = formServices().globals;
    const form = FormApp.create('f');
    expect(errorOf(() => form.getDestinationId()).message).toBe('The form currently has no response destination.');
    expect(errorOf(() => form.getDestinationType()).message).toBe('The form currently has no response destination.');
  });
});
