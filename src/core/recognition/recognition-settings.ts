/**
 * The `Cấu hình` rows of recognition (DESIGN.md §14), read with their rows so every problem
 * names sheet, row and column. All are optional: a plan that never commends reads defaults
 * and is told nothing until it asks for a dossier.
 */
import { CONFIG_HEADERS, CONFIG_KEY } from '../contract';
import { formatIsoDay, type CalendarDay } from '../calendar-day';
import { readDateCell } from '../date-parsing';
import { normalizeName } from '../names';
import type { DocumentFamily } from '../settings';
import { cellText, indexHeaders } from '../table';
import { splitChoices } from '../questions';
import { periodProblems, type BaseSalary, type RecipientKind } from './rule-table';
import { RECOGNITION_MSG } from './recognition-text';

export type SignerRank = 'head' | 'deputy';

export interface RecognitionSettings {
  /** The forms of the dropdown (`Giấy khen` when absent). */
  forms: string[];
  decisionDate: CalendarDay | undefined;
  /** `Chủ tịch` / `Bí thư` (head) or `Phó …` (deputy: `KT.`). */
  signerRank: SignerRank;
  /** The signer's title as typed (`Phó Chủ tịch`), '' when absent. */
  signerTitle: string;
  signerName: string;
  decisionIssuerCode: string;
  contactUnitCode: string;
  submissionSignerTitle: string;
  submissionSignerName: string;
  grounds: string[];
  /** `Loại` (normalised) → kind of recipient, from `Đối tượng khen thưởng theo loại`. */
  kindByCategory: Map<string, RecipientKind>;
  overlay: boolean;
  offsetMm: { x: number; y: number };
  extraSalary: BaseSalary[];
  /** Problems naming sheet, row and column. */
  problems: string[];
}

export const DEFAULT_FORMS = ['Giấy khen'];

const KIND_WORDS: Array<[RegExp, RecipientKind]> = [
  [/^(cá nhân|ca nhan|đảng viên|dang vien|người|nguoi)/, 'individual'],
  [/^(hộ gia đình|ho gia dinh|hộ|gia đình)/, 'household'],
  [/^(tập thể|tap the|chi bộ|chi bo|tổ chức|to chuc|đơn vị|don vi)/, 'collective'],
];

/** The kind a word names (`Cá nhân`, `Đảng viên`, `Hộ gia đình`, `Tập thể`, `Chi bộ`…), if any. */
export function kindOfWord(word: string): RecipientKind | undefined {
  const key = normalizeName(word);
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(key)) return kind;
  return undefined;
}

/** Initials of a unit for its document code: `Phòng Văn hóa - Xã hội` → `VHXH`, `Ban Xây dựng Đảng` → `XDĐ`. */
export function unitInitials(unit: string): string {
  const words = unit.replace(/[-–—,.()]/g, ' ').split(/\s+/).filter(Boolean);
  let rest = words;
  if (rest.length > 1 && (normalizeName(rest[0]) === 'phòng' || normalizeName(rest[0]) === 'ban')) rest = rest.slice(1);
  if (normalizeName(words[0] ?? '') === 'văn' && normalizeName(words[1] ?? '') === 'phòng') return 'VP';
  return rest.map((w) => w.charAt(0)).join('').toLocaleUpperCase('vi') || 'VP';
}

const SALARY_LINE = /^\s*(\S+)\s*[-–—]\s*(\S*)\s*:\s*([\d.\s]+)\s*(?:đ|đồng|d)?\s*$/iu;

export function readRecognitionSettings(config: readonly unknown[][] | undefined, timeZone: string, family: DocumentFamily): RecognitionSettings {
  const problems: string[] = [];
  const byKey = new Map<string, { value: unknown; row: number }>();
  if (config && config.length) {
    const headers = indexHeaders(config[0]);
    const keyCol = headers.columnOf(CONFIG_HEADERS[0]) ?? 0;
    const valueCol = headers.columnOf(CONFIG_HEADERS[1]) ?? 1;
    for (let r = 1; r < config.length; r++) {
      const key = normalizeName(config[r][keyCol]);
      if (key && !byKey.has(key)) byKey.set(key, { value: config[r][valueCol] ?? '', row: r + 1 });
    }
  }
  const entry = (key: string) => byKey.get(normalizeName(key));
  const text = (key: string) => cellText(entry(key)?.value).trim();

  const formsText = text(CONFIG_KEY.recognitionForms);
  const forms = formsText ? splitChoices(formsText) : [...DEFAULT_FORMS];

  let decisionDate: CalendarDay | undefined;
  const dateEntry = entry(CONFIG_KEY.decisionDate);
  if (dateEntry && cellText(dateEntry.value) !== '') {
    const reading = readDateCell(dateEntry.value, timeZone);
    if (reading.ok) decisionDate = reading.day;
    else problems.push(RECOGNITION_MSG.configBad(dateEntry.row, CONFIG_KEY.decisionDate, dateEntry.value, 'một ngày dạng ngày/tháng/năm, ví dụ 05/02/2026'));
  }

  const signerTitle = text(CONFIG_KEY.decisionSignerTitle).replace(/\s+/g, ' ');
  const signerName = text(CONFIG_KEY.decisionSignerName).replace(/\s+/g, ' ');
  let signerRank: SignerRank = 'head';
  if (signerTitle) {
    const t = normalizeName(signerTitle).replace(/^(kt\.?|k\/t)\s*/, '');
    if (/^phó /.test(t) || /^pho /.test(t)) signerRank = 'deputy';
    else if (!/^(chủ tịch|bí thư|chu tich|bi thu)$/.test(t)) {
      const e = entry(CONFIG_KEY.decisionSignerTitle)!;
      const expected = family === 'Đảng' ? '"Bí thư" hoặc "Phó Bí thư"' : '"Chủ tịch" hoặc "Phó Chủ tịch" (quyết định khen thưởng do Chủ tịch UBND xã ký, không ký "TM.")';
      problems.push(RECOGNITION_MSG.configBad(e.row, CONFIG_KEY.decisionSignerTitle, e.value, expected));
    }
  }
  // A signer missing: sheet, row and column (the documents are still made, the name left for the pen).
  for (const key of [CONFIG_KEY.decisionSignerTitle, CONFIG_KEY.decisionSignerName]) {
    const e = entry(key);
    if (!e) problems.push(RECOGNITION_MSG.configMissing(key));
    else if (cellText(e.value).trim() === '') problems.push(RECOGNITION_MSG.configEmpty(e.row, key));
  }

  const kindByCategory = new Map<string, RecipientKind>();
  const kindsEntry = entry(CONFIG_KEY.recipientKinds);
  if (kindsEntry && cellText(kindsEntry.value).trim()) {
    for (const line of cellText(kindsEntry.value).split(/\r?\n|;/).map((l) => l.trim()).filter(Boolean)) {
      const m = /^(.+?)\s*:\s*(.+)$/.exec(line);
      const kind = m ? kindOfWord(m[2]) : undefined;
      if (m && kind) kindByCategory.set(normalizeName(m[1]), kind);
      else problems.push(RECOGNITION_MSG.configBad(kindsEntry.row, CONFIG_KEY.recipientKinds, line, 'mỗi dòng dạng "Loại: Cá nhân" (hoặc Tập thể, Hộ gia đình)'));
    }
  }

  const overlayText = normalizeName(text(CONFIG_KEY.certificateOverlay));
  const overlay = ['có', 'co', 'x', 'yes', 'true', '1'].includes(overlayText);
  const offsetMm = { x: 0, y: 0 };
  const offsetEntry = entry(CONFIG_KEY.certificateOffset);
  if (offsetEntry && cellText(offsetEntry.value).trim()) {
    const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*[;,\s]\s*(-?\d+(?:[.,]\d+)?)\s*$/.exec(cellText(offsetEntry.value));
    const x = m ? Number(m[1].replace(',', '.')) : NaN;
    const y = m ? Number(m[2].replace(',', '.')) : NaN;
    if (m && Math.abs(x) <= 50 && Math.abs(y) <= 50) { offsetMm.x = x; offsetMm.y = y; }
    else problems.push(RECOGNITION_MSG.configBad(offsetEntry.row, CONFIG_KEY.certificateOffset, offsetEntry.value, 'hai số mi-li-mét "ngang; dọc" từ -50 đến 50, ví dụ 3; -2'));
  }

  const extraSalary: BaseSalary[] = [];
  const salaryEntry = entry(CONFIG_KEY.baseSalary);
  if (salaryEntry && cellText(salaryEntry.value).trim()) {
    const before = problems.length;
    const lines = cellText(salaryEntry.value).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const lineOf: number[] = [];
    lines.forEach((line, i) => {
      const m = SALARY_LINE.exec(line);
      const from = m ? readDateCell(m[1], timeZone) : undefined;
      const to = m && m[2] ? readDateCell(m[2], timeZone) : undefined;
      const amount = m ? Number(m[3].replace(/[.\s]/g, '')) : NaN;
      if (!m || !from?.ok || (to && !to.ok) || !(amount >= 100_000 && amount <= 100_000_000)) {
        problems.push(RECOGNITION_MSG.salaryBadLine(salaryEntry.row, i + 1, line));
        return;
      }
      extraSalary.push({
        validFrom: formatIsoDay(from.day), validTo: to?.ok ? formatIsoDay(to.day) : null, amount,
        tag: 'PRACTICE', source: `${CONFIG_KEY.baseSalary} (Cấu hình)`,
      });
      lineOf.push(i + 1);
    });
    for (const p of periodProblems(extraSalary)) {
      if (p.kind === 'gap') problems.push(RECOGNITION_MSG.salaryGap(salaryEntry.row, dmy(p.from), dmy(p.to)));
      else if (p.kind === 'overlap') problems.push(RECOGNITION_MSG.salaryOverlap(salaryEntry.row, lineOf[p.index], lineOf[p.other]));
      else problems.push(RECOGNITION_MSG.salaryBadLine(salaryEntry.row, lineOf[p.index], lines[lineOf[p.index] - 1]));
    }
    if (problems.length > before) extraSalary.length = 0; // a broken table is not used: the built-in one is
  }

  return {
    forms,
    decisionDate,
    signerRank,
    signerTitle,
    signerName,
    decisionIssuerCode: text(CONFIG_KEY.decisionIssuerCode).toLocaleUpperCase('vi'),
    contactUnitCode: text(CONFIG_KEY.contactUnitCode).toLocaleUpperCase('vi'),
    submissionSignerTitle: text(CONFIG_KEY.submissionSignerTitle).replace(/\s+/g, ' '),
    submissionSignerName: text(CONFIG_KEY.submissionSignerName).replace(/\s+/g, ' '),
    grounds: cellText(entry(CONFIG_KEY.recognitionGrounds)?.value).split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean),
    kindByCategory,
    overlay,
    offsetMm,
    extraSalary,
    problems,
  };
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
