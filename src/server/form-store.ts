/**
 * Where the registration form is remembered: its id and links in the document properties,
 * its public link also in `Cấu hình` (so staff can copy it), and whether the form-submit
 * trigger is installed.
 */
import { CONFIG_KEY, DOC_PROPERTY, SHEET, SUBMIT_HANDLER } from '../core/contract';
import { normalizeName } from '../core/names';
import type { Spreadsheet } from './sheet-io';
import { findSheet } from './find-sheet';

export interface StoredForm {
  id: string;
  url: string;
  editUrl: string;
}

export function storedForm(): StoredForm | undefined {
  const p = PropertiesService.getDocumentProperties().getProperties();
  const id = p[DOC_PROPERTY.formId];
  return id ? { id, url: p[DOC_PROPERTY.formUrl] ?? '', editUrl: p[DOC_PROPERTY.formEditUrl] ?? '' } : undefined;
}

/** The stored form, opened; undefined when none was made or it was deleted. */
export function openStoredForm(): { form: GoogleAppsScript.Forms.Form; stored: StoredForm } | undefined {
  const stored = storedForm();
  if (!stored) return undefined;
  try {
    return { form: FormApp.openById(stored.id), stored };
  } catch {
    return undefined;
  }
}

export function rememberForm(ss: Spreadsheet, form: StoredForm): void {
  PropertiesService.getDocumentProperties().setProperties({
    [DOC_PROPERTY.formId]: form.id, [DOC_PROPERTY.formUrl]: form.url, [DOC_PROPERTY.formEditUrl]: form.editUrl,
  });
  const sheet = findSheet(ss, SHEET.config);
  if (!sheet) return;
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex((r) => normalizeName(r[0]) === normalizeName(CONFIG_KEY.formUrl));
  if (row >= 1) {
    if (values[row][1] !== form.url) sheet.getRange(row + 1, 2).setValue(form.url);
  } else sheet.appendRow([CONFIG_KEY.formUrl, form.url]);
}

/** Installs the spreadsheet's form-submit trigger unless it exists. True when it was created. */
export function ensureSubmitTrigger(ss: Spreadsheet): boolean {
  if (submitTriggerInstalled()) return false;
  ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create();
  return true;
}

export function submitTriggerInstalled(): boolean {
  return ScriptApp.getProjectTriggers().some((t) =>
    t.getHandlerFunction() === SUBMIT_HANDLER && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT);
}
