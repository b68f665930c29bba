/**
 * The SpreadsheetApp global: the active spreadsheet and sheet, the Ui (the only call allowed
 * in AuthMode.NONE), flush, and the data-validation builder.
 */
import { DataValidationBuilder } from './data-validation';
import { DataValidationCriteria } from './enums';
import type { Env } from './env';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG } from './messages';
import { activeSheet } from './range-resolution';
import { SCOPE, SHEETS_SCOPES } from './scopes';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';
import { Ui } from './ui';

/** SpreadsheetApp. */
export class SpreadsheetAppService extends Emulated {
  readonly DataValidationCriteria = DataValidationCriteria;

  constructor(env: Env) {
    super(env);
  }

  getActive(): Spreadsheet {
    return new Spreadsheet(this[ENV]);
  }

  getActiveSpreadsheet(): Spreadsheet {
    return new Spreadsheet(this[ENV]);
  }

  getActiveSheet(): Sheet {
    const env = this[ENV];
    return new Sheet(env, activeSheet(env));
  }

  setActiveSheet(sheet: unknown): Sheet {
    const env = this[ENV];
    if (!(sheet instanceof Sheet)) throw env.exception(MSG.signature(describeArgTypes([sheet]), 'SpreadsheetApp.setActiveSheet'));
    env.activeSheetId = Sheet.modelOf(sheet).sheetId;
    return sheet;
  }

  /** The spreadsheet with this id: only the bound one exists in the emulation. */
  openById(id: unknown): Spreadsheet {
    const env = this[ENV];
    if (id !== env.workbook.id) throw env.exception('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return new Spreadsheet(env);
  }

  getUi(): Ui {
    return new Ui(this[ENV]);
  }

  /** Applies pending changes: every change is applied at once here, so nothing to do. */
  flush(): void {
    // Writes go straight to the model.
  }

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this[ENV]);
  }
}

declareNotEmulated(SpreadsheetAppService, 'SpreadsheetApp', [
  'getActiveRange', 'getActiveRangeList', 'getCurrentCell', 'getSelection', 'setActiveRange', 'setActiveSpreadsheet',
  'openByUrl', 'open', 'create', 'newConditionalFormatRule', 'newFilterCriteria', 'newRichTextValue', 'newTextStyle',
  'newColor', 'newCellImage', 'enableAllDataSourcesExecution', 'enableBigQueryExecution',
]);

instrument(SpreadsheetAppService, {
  service: 'SpreadsheetApp',
  className: 'SpreadsheetApp',
  qualifiedName: 'SpreadsheetApp',
  scopes: SHEETS_SCOPES,
  methodScopes: { getUi: [], openById: [SCOPE.spreadsheets] },
  allowedInNone: ['getUi'],
});
