/**
 * Backgrounds, notes, font weights, data validations and clearing on a Range, checked against
 * the plain model they are stored in.
 */
import { describe, expect, it } from 'vitest';
import { errorOf, services } from './helpers';

function setup() {
  const s = services();
  return { s, sheet: s.globals.SpreadsheetApp.getActiveSheet(), model: s.workbook.sheets[0]! };
}

describe('backgrounds', () => {
  it('default to #ffffff and normalise names, short and upper-case hex to lower-case #rrggbb', () => {
    const { sheet, model } = setup();
    expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    sheet.getRange('A1:D1').setBackgrounds([['red', '#FFF2CC', '#AbC', 'LightGreen']]);
    expect(sheet.getRange('A1:D1').getBackgrounds()).toEqual([['#ff0000', '#fff2cc', '#aabbcc', '#90ee90']]);
    expect(model.backgrounds[0]).toEqual(['#ff0000', '#fff2cc', '#aabbcc', '#90ee90']);
    expect(sheet.getRange('B1').getBackground()).toBe('#fff2cc');
  });

  it('null resets to white; setBackground colours every cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setBackground('#F4CCCC');
    sheet.getRange('A1:B1').setBackgrounds([[null, '#f4cccc']]);
    expect(sheet.getRange('A1:B2').getBackgrounds()).toEqual([['#ffffff', '#f4cccc'], ['#f4cccc', '#f4cccc']]);
    sheet.getRange('A1:B2').setBackground(null);
    expect(sheet.getRange('A1:B2').getBackgrounds()).toEqual([['#ffffff', '#ffffff'], ['#ffffff', '#ffffff']]);
  });

  it('check dimensions like setValues and refuse colours they do not know', () => {
    const { sheet } = setup();
    expect(errorOf(() => sheet.getRange('A1:A3').setBackgrounds([['red'], ['red']])).message)
      .toBe('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
    expect(errorOf(() => sheet.getRange('A1').setBackground('not-a-colour')).message).toMatch(/^Not emulated: /);
  });
});

describe('notes', () => {
  it("default to '' and store text", () => {
    const { sheet, model } = setup();
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['', '']]);
    sheet.getRange('A1:B2').setNotes([['Thiếu ngày', null], [42, '']]);
    expect(sheet.getRange('A1:B2').getNotes()).toEqual([['Thiếu ngày', ''], ['42', '']]);
    expect(model.notes[0]![0]).toBe('Thiếu ngày');
    sheet.getRange('A1').setNote(null);
    expect(sheet.getRange('A1').getNote()).toBe('');
    expect(errorOf(() => sheet.getRange('A1:B1').setNotes([['x']])).message)
      .toBe('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
  });
});

describe('font weights', () => {
  it("default to 'normal' and accept bold / normal / null", () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setFontWeight('bold');
    sheet.getRange('B1:C1').setFontWeights([['normal', null]]);
    expect(sheet.getRange('A1:D1').getFontWeights()).toEqual([['bold', 'normal', 'normal', 'normal']]);
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
  });
});

describe('data validation', () => {
  it('applies a list rule to every cell of the range, keyed "row,col" in the model', () => {
    const { s, sheet, model } = setup();
    const rule = s.globals.SpreadsheetApp.newDataValidation()
      .requireValueInList(['Mô hình', 'Phong trào'], true).setAllowInvalid(false).setHelpText('Chọn loại').build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    expect([...model.validations.keys()].sort()).toEqual(['2,2', '3,2']);
    expect(model.validations.get('2,2')).toEqual({
      kind: 'list', values: ['Mô hình', 'Phong trào'], showDropdown: true, allowInvalid: false, helpText: 'Chọn loại',
    });
    const read = sheet.getRange('B3').getDataValidation()!;
    expect(String(read.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(read.getCriteriaType()).toBe(s.globals.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(read.getCriteriaValues()).toEqual([['Mô hình', 'Phong trào'], true]);
    expect(read.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('B1:B2').getDataValidations().map((r) => r[0] === null)).toEqual([true, false]);
  });

  it('clears rules with null or clearDataValidations', () => {
    const { s, sheet, model } = setup();
    const rule = s.globals.SpreadsheetApp.newDataValidation().requireValueInList(['a']).build();
    sheet.getRange('A1:C1').setDataValidation(rule);
    sheet.getRange('A1').setDataValidation(null);
    sheet.getRange('C1').clearDataValidations();
    expect([...model.validations.keys()]).toEqual(['1,2']);
  });

  it('says "Not emulated" for rules other than a list', () => {
    const { s } = setup();
    const builder = s.globals.SpreadsheetApp.newDataValidation() as unknown as { requireCheckbox(): unknown };
    expect(errorOf(() => builder.requireCheckbox()).message)
      .toBe('Not emulated: DataValidationBuilder.requireCheckbox');
  });
});

describe('clear', () => {
  it('clears contents and formats but keeps notes; options narrow it', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B1');
    range.setValues([['x', '=1']]).setBackground('yellow').setFontWeight('bold').setNote('n');
    range.clear({ formatOnly: true });
    expect(range.getValues()).toEqual([['x', '']]);
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    range.setBackground('yellow');
    range.clear();
    expect(range.getValues()).toEqual([['', '']]);
    expect(range.getFormulas()).toEqual([['', '']]);
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(range.getFontWeights()).toEqual([['normal', 'normal']]);
    expect(range.getNotes()).toEqual([['n', 'n']]);
  });

  it('formatting the model does not store is accepted and chains', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1');
    expect(range.setWrap(true).setNumberFormat('@').setVerticalAlignment('top').setHorizontalAlignment('left')).toBe(range);
    const untyped = range as unknown as { setFontColor(color: string): unknown };
    expect(errorOf(() => untyped.setFontColor('red')).message).toBe('Not emulated: Range.setFontColor');
  });
});
