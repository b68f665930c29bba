/**
 * The plain-data model of a spreadsheet that the local emulation works on and that the
 * .xlsx reader/writer converts to and from. One source of truth for both: the emulated
 * SpreadsheetApp reads and mutates these arrays; nothing else holds cell state.
 *
 * Conventions (those of Google Sheets):
 * - an empty cell's value is '' (never null/undefined); a date cell holds a Date (an
 *   instant: the wall time in the spreadsheet's time zone);
 * - a cell nobody coloured has background '#ffffff'; a cell with no note has note '';
 * - `values`, `formulas`, `notes`, `backgrounds` are dense row-major arrays covering the
 *   used extent (they may be shorter than maxRows × maxColumns; missing cells read as empty).
 */

export type CellValue = string | number | boolean | Date;

export interface DataValidationModel {
  /** Only the list rule is needed by the add-in. */
  kind: 'list';
  values: string[];
  showDropdown: boolean;
  allowInvalid: boolean;
  /** Help text shown when a user types an invalid value ('' or absent when none). */
  helpText?: string;
}

export interface SheetModel {
  name: string;
  sheetId: number;
  hidden: boolean;
  frozenRows: number;
  /** Grid size (Google's default for a new sheet is 1000 × 26). */
  maxRows: number;
  maxColumns: number;
  values: CellValue[][];
  /** '' where a cell has no formula; otherwise the formula text starting with '='. */
  formulas: string[][];
  notes: string[][];
  backgrounds: string[][];
  /** 'bold' | 'normal' per cell; missing reads as 'normal'. */
  fontWeights: string[][];
  /** Data-validation rules keyed by "row,col" (1-based). */
  validations: Map<string, DataValidationModel>;
  /** Column widths in pixels keyed by 1-based column (missing = 100). */
  columnWidths: Map<number, number>;
  /** Id of the Google Form whose responses this sheet receives (absent when not linked). */
  formId?: string;
}

export interface WorkbookModel {
  id: string;
  name: string;
  /** IANA zone, e.g. 'Asia/Ho_Chi_Minh'. */
  timeZone: string;
  locale: string;
  sheets: SheetModel[];
  /** PropertiesService.getDocumentProperties() of the container-bound script. */
  documentProperties: Record<string, string>;
}

/** A new, empty sheet as Google creates it (1000 rows × 26 columns). */
export function newSheetModel(name: string, sheetId: number, maxRows = 1000, maxColumns = 26): SheetModel {
  return {
    name, sheetId, hidden: false, frozenRows: 0, maxRows, maxColumns,
    values: [], formulas: [], notes: [], backgrounds: [], fontWeights: [],
    validations: new Map(), columnWidths: new Map(),
  };
}

/** A new workbook with one empty sheet, like "Blank spreadsheet" in Sheets. */
export function newWorkbookModel(name = 'Bảng tính không có tiêu đề', timeZone = 'Asia/Ho_Chi_Minh'): WorkbookModel {
  return {
    id: 'local-spreadsheet-1', name, timeZone, locale: 'vi_VN',
    sheets: [newSheetModel('Trang tính1', 0)], documentProperties: {},
  };
}
