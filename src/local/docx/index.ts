/** The .docx exporter of emulated Google Docs (the command line writes the notices and the report with it). */
export { exportDocx, resolveColumnWidths, twips, halfPoints, eighths, type ExportOptions } from './export';
