/**
 * WorkbookModel ⇄ .xlsx: the local emulation's way in from a workbook exported from
 * Google Sheets and its way out to `out/dang-ky.xlsx`.
 */
export { readWorkbookXlsx, type ReadOptions } from './read';
export { writeWorkbookXlsx } from './write';
export { snapshotModel, writeIntoCopy, type HelperSheets, type SheetSnapshot } from './write-copy';
