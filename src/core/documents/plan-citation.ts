/**
 * How the documents cite the plan they carry out (vn-document-format.md §4.2): a first
 * citation gives the type, number, date, issuer and subject —
 *   Party: `Kế hoạch số 05-KH/ĐU, ngày 10/10/2025 của Ban Thường vụ Đảng ủy về đăng ký …`
 *   State: `Kế hoạch số 80/KH-UBND ngày 04/03/2024 của Ủy ban nhân dân xã về xây dựng …`
 * (the Party writes a comma before `ngày`, the State does not). Number, date and issuer come
 * from `Cấu hình` › `Số kế hoạch`, `Ngày kế hoạch`, `Cơ quan ban hành kế hoạch`; whichever is
 * empty is left out, so a workbook without them cites `Tên kế hoạch` as before. A number typed
 * as digits only (`5`) gets the profile's code (`05-KH/ĐU`, `05/KH-UBND`). A `Tên kế hoạch`
 * that already carries its number (`Kế hoạch số 15/KH-UBND …`) is cited as typed; a title that
 * does not start with `Kế hoạch` becomes the subject (`Kế hoạch số … về <title>`). Pure.
 */
import { formatDayVi } from '../calendar-day';
import type { Settings } from '../settings';
import { DOC_TEXT, lowerFirst } from './document-text';
import type { FormatProfile } from './format-profile';
import { documentCode, issuerCodeOf } from './official-blocks';
import { normalizeName } from '../names';

/** The type code of a plan (both tables: `KH`). */
const PLAN_TYPE_CODE = 'KH';

/** `05-KH/ĐU` from `5`; anything else as typed. */
export function planNumberText(profile: FormatProfile, settings: Settings): string {
  const typed = settings.planNumber.replace(/\s+/g, ' ').trim().replace(/^số\s*:?\s*/i, '');
  if (/^\d+$/.test(typed)) return documentCode(profile, PLAN_TYPE_CODE, issuerCodeOf(profile, settings), Number(typed));
  return typed;
}

export interface CitationOptions {
  /** Leave out `của <issuer>` when the plan's issuer is this body (the sentence already names it). */
  omitIssuer?: string;
}

/**
 * The plan as cited in running text. `plan` is `Tên kế hoạch` (or the default title); the
 * result starts with `Kế hoạch` unless the title starts otherwise.
 */
export function planCitation(profile: FormatProfile, settings: Settings, plan: string, options: CitationOptions = {}): string {
  const title = plan.replace(/\s+/g, ' ').trim();
  const number = planNumberText(profile, settings);
  const date = settings.planDate ? formatDayVi(settings.planDate) : '';
  const issuer = settings.planIssuer.replace(/\s+/g, ' ').trim();
  const citesItself = /^kế hoạch\s+số(?=\s|$)/i.test(title);
  if (citesItself || (!number && !date && !issuer)) return title;
  const match = /^kế hoạch\s+(.*)$/i.exec(title);
  const subject = match ? match[1] : title;
  const sameIssuer = options.omitIssuer !== undefined && normalizeName(options.omitIssuer) === normalizeName(issuer);
  return DOC_TEXT.planCitation({
    number,
    date,
    comma: profile.citationCommaBeforeDate,
    issuer: sameIssuer ? '' : issuer,
    subject: subject ? lowerFirst(subject) : '',
    // `về` joins the subject unless it already starts with it.
    joiner: subject && !/^về\s/i.test(subject) ? 'về ' : '',
  });
}
