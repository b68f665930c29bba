/**
 * Every Vietnamese sentence of the generated documents (approval notices and the summary
 * report), in one place, beside `messages.ts` for the rest of the add-in. Functions take the
 * facts and return the text; the builders only arrange it. Counts follow the practice of
 * commune documents (vn-document-format.md §4.4): `05 mô hình` (a leading zero below 10),
 * ratios `14/15`, percentages `93,3%` (decimal comma, no space).
 */
import type { DocumentFamily } from '../settings';
import { normalizeName } from '../names';
import { DEFAULT_NOUN, isDefaultNoun, nounPhrase } from '../messages';
import { xmlSafe } from './docx/xml';

/** A count as written in running text: `05`, `12`; nothing to pad for 0. */
export function formatCount(n: number): string {
  return n > 0 && n < 10 ? `0${n}` : String(n);
}

/** A percentage with a decimal comma and at most one decimal: `100%`, `93,3%`; '' when there is no whole. */
export function formatPercent(part: number, whole: number): string {
  if (!(whole > 0) || !Number.isFinite(part)) return '';
  const tenths = Math.round((part * 1000) / whole);
  const text = tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)},${tenths % 10}`;
  return `${text}%`;
}

/** `14/15`. */
export function formatRatio(part: number, whole: number): string {
  return `${part}/${whole}`;
}

/** `a, b và c` (or `a` / `a và b`). */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/**
 * Text typed in a cell, on one line (cells of tables and running text never break inside an
 * item), without the characters XML cannot hold (control characters, lone surrogates), so
 * that removing them leaves no double space.
 */
export function oneLine(text: string): string {
  return xmlSafe(text).replace(/\s+/g, ' ').trim();
}

/** The first letter lower-cased (Party subjects: `về việc …`). */
export function lowerFirst(text: string): string {
  return text ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}

/** The first letter upper-cased (State subjects: `Về việc …`; a sentence starting with a body's name). */
export function upperFirst(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase('vi') + text.slice(1) : text;
}

/** Collective bodies named in running text, by the body of the signing authority line. */
const ISSUER_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['ban thường vụ', 'Ban Thường vụ Đảng ủy'],
  ['ban chấp hành', 'Ban Chấp hành Đảng bộ'],
  ['thường trực đảng ủy', 'Thường trực Đảng ủy'],
  ['đảng ủy', 'Đảng ủy'],
  ['chi ủy', 'Chi ủy'],
  ['ủy ban nhân dân', 'Ủy ban nhân dân xã'],
];

/**
 * How the documents name what a row is (`Cấu hình` › `Tên gọi`): `noun` alone ("các mô hình,
 * phong trào, việc làm tiêu biểu") and `phrase` after a verb ("lựa chọn mô hình, phong trào,
 * việc làm điển hình tiên tiến"). Texts that use them take the plan's words last, defaulting
 * to those of DESIGN §3.5.
 */
export interface PlanWords {
  noun: string;
  phrase: string;
  /** What units register: "xây dựng mô hình, … điển hình tiên tiến", "đại biểu". */
  registered: string;
  /** Whether these are the words of DESIGN §3.5 (some sentences are that plan's own). */
  isDefault: boolean;
}
export const DEFAULT_WORDS: PlanWords = {
  noun: DEFAULT_NOUN, phrase: nounPhrase(DEFAULT_NOUN), registered: `xây dựng ${nounPhrase(DEFAULT_NOUN)}`, isDefault: true,
};

/** The words of a plan from its `Tên gọi`. */
export function planWords(itemNoun: string | undefined): PlanWords {
  if (isDefaultNoun(itemNoun)) return DEFAULT_WORDS;
  const noun = itemNoun!.replace(/\s+/g, ' ').trim();
  return { noun, phrase: noun, registered: noun, isDefault: false };
}

export const DOC_TEXT = {
  // ——— Dates and numbers ———
  /** The place-and-date line; day and month already formatted. */
  dateLine: (place: string, day: string, month: string, year: string) =>
    place ? `${place}, ngày ${day} tháng ${month} năm ${year}` : `Ngày ${day} tháng ${month} năm ${year}`,
  /** The blank the văn thư fills in an undated draft. */
  dateGap: '      ',
  /** A period of implementation: `01/02/2026 - 01/10/2026`. */
  period: (start: string, end: string) =>
    start && end ? `${start} - ${end}` : start ? `Từ ${start}` : end ? `Đến ${end}` : '',

  // ——— Names of bodies ———
  /**
   * The issuing collective as named in running text (`Ban Thường vụ Đảng ủy`, `Ủy ban nhân
   * dân xã`), read from `Thẩm quyền ký` without its prefix; the family's usual one otherwise.
   */
  issuerNoun: (family: DocumentFamily, authorityBody: string): string => {
    const key = normalizeName(authorityBody);
    const found = ISSUER_NOUNS.find(([prefix]) => key.startsWith(prefix));
    if (found) return found[1];
    return family === 'Đảng' ? 'Ban Thường vụ Đảng ủy' : 'Ủy ban nhân dân xã';
  },
  /** Who receives and carries out a notice. */
  addressees: (family: DocumentFamily) => (family === 'Đảng' ? 'các chi bộ, cơ quan, đơn vị' : 'các cơ quan, đơn vị'),
  /** The issuing body when `Cơ quan ban hành` is empty. */
  defaultIssuingBody: (family: DocumentFamily, commune: string) =>
    family === 'Đảng'
      ? (commune ? `ĐẢNG ỦY XÃ ${commune}` : 'ĐẢNG ỦY XÃ')
      : (commune ? `ỦY BAN NHÂN DÂN\nXÃ ${commune}` : 'ỦY BAN NHÂN DÂN XÃ'),
  /** The plan when `Tên kế hoạch` is empty. */
  defaultPlanTitle: (year: number, w: PlanWords = DEFAULT_WORDS) =>
    (w.isDefault ? `Kế hoạch đăng ký xây dựng và tổ chức thực hiện ${w.phrase} năm ${year}` : `Kế hoạch ${w.phrase} năm ${year}`),
  /** A group heading for units without a `Khối`. */
  noGroup: 'Đơn vị chưa xếp khối',

  // ——— Titles and file names ———
  noticeType: 'THÔNG BÁO',
  reportType: 'BÁO CÁO',
  noticeSubject: (year: number, w: PlanWords = DEFAULT_WORDS) =>
    `Về việc thống nhất lựa chọn ${w.phrase} năm ${year}`,
  unitNoticeSubject: (year: number, unit: string, w: PlanWords = DEFAULT_WORDS) =>
    `Về việc thống nhất lựa chọn ${w.phrase} năm ${year} của ${unit}`,
  reportSubject: (year: number, w: PlanWords = DEFAULT_WORDS) =>
    `Kết quả đăng ký ${w.registered} năm ${year}`,
  noticeName: (year: number) => `Thông báo thống nhất lựa chọn mô hình năm ${year}`,
  unitNoticeName: (year: number, unit: string) => `Thông báo thống nhất lựa chọn mô hình năm ${year} - ${unit}`,
  reportName: (year: number, date: string) => `Báo cáo kết quả đăng ký mô hình năm ${year} - ${date}`,

  // ——— Empty results (no document is made) ———
  noApprovedItems: (approved: string) =>
    `Chưa có đăng ký nào ở trạng thái "${approved}" nên chưa tạo thông báo. Hãy duyệt các đăng ký (cột "Trạng thái phê duyệt" của trang "Đăng ký") rồi chạy lại.`,
  noUnitItems: (unit: string, approved: string, needsMore: string) =>
    `${unit} không có đăng ký nào ở trạng thái "${approved}" hoặc "${needsMore}" nên không tạo thông báo riêng.`,

  // ——— Approval notice ———
  /** Party opening: one sentence of grounds leading into the decision. */
  noticeOpeningParty: (plan: string, addressees: string, contactUnit: string, issuer: string) =>
    `Thực hiện ${plan}; trên cơ sở đăng ký của ${addressees}${contactUnit ? ` và đề xuất của ${contactUnit}` : ''}, ${issuer} thống nhất như sau:`,
  unitNoticeOpeningParty: (plan: string, unit: string, contactUnit: string, issuer: string) =>
    `Thực hiện ${plan}; xét đăng ký của ${unit}${contactUnit && contactUnit !== unit ? ` và đề xuất của ${contactUnit}` : ''}, ${issuer} thống nhất như sau:`,
  /** State grounds: `Căn cứ …;` one per line, the last ending with `,` as the next sentence names the issuer. */
  groundsPlan: (plan: string) => `Căn cứ ${plan};`,
  groundsRegistrations: (contactUnit: string) =>
    `Căn cứ kết quả đăng ký của các cơ quan, đơn vị${contactUnit ? ` và đề nghị của ${contactUnit}` : ''},`,
  groundsUnitRegistration: (unit: string, contactUnit: string) =>
    `Xét đăng ký của ${unit}${contactUnit ? ` và đề nghị của ${contactUnit}` : ''},`,
  decides: (issuer: string) => `${issuer} thống nhất như sau:`,

  selected: (total: string, units: string, year: number, kinds: string, w: PlanWords = DEFAULT_WORDS) =>
    `1. Thống nhất lựa chọn ${total} ${w.phrase} năm ${year} của ${units} cơ quan, đơn vị (danh sách tại bảng dưới đây)${kinds ? `, gồm: ${kinds}` : ''}.`,
  /** `05 mô hình`. */
  kindCount: (count: string, kind: string) => `${count} ${kind.toLowerCase()}`,
  byFieldIntro: 'Phân theo lĩnh vực:',
  fieldCount: (field: string, count: string, last: boolean) => `- ${field}: ${count}${last ? '.' : ';'}`,
  selectedTableTitle: (year: number, w: PlanWords = DEFAULT_WORDS) => `DANH SÁCH ${w.phrase.toUpperCase()} NĂM ${year} ĐƯỢC LỰA CHỌN`,
  /** The headers of the lists' fixed columns (item-columns.ts); the others are the plan's question titles. */
  listUnit: 'Đơn vị',
  listCategory: 'Loại',
  listPeriod: 'Thời gian thực hiện',
  /** The last column of a list of rows to complete. */
  toCompleteColumn: 'Nội dung cần bổ sung, hoàn thiện',
  noComment: 'Liên hệ đơn vị đầu mối để biết nội dung cần bổ sung.',

  dutiesHeading: (n: number) => `${n}. Tổ chức thực hiện:`,
  dutyPlan: (deadline: string, issuer: string, contactUnit: string, w: PlanWords = DEFAULT_WORDS) =>
    `- Các cơ quan, đơn vị có ${w.noun} được lựa chọn xây dựng kế hoạch cụ thể và tổ chức triển khai thực hiện${deadline ? `; hoàn thành xây dựng kế hoạch trước ngày ${deadline}` : ''}, gửi kế hoạch về ${issuer}${viaContact(contactUnit)}.`,
  dutyReport: (deadline: string, issuer: string, contactUnit: string) =>
    `- Tổ chức thực hiện có hiệu quả; báo cáo kết quả thực hiện về ${issuer}${viaContact(contactUnit)}${deadline ? ` trước ngày ${deadline}` : ''}.`,
  dutyFollowUp: (contactUnit: string, w: PlanWords = DEFAULT_WORDS) =>
    `- ${contactUnit} theo dõi, đôn đốc, tổng hợp kết quả thực hiện; tham mưu sơ kết, tổng kết, biểu dương, khen thưởng các ${w.isDefault ? w.noun : 'tập thể, cá nhân'} tiêu biểu.`,
  unitSelected: (n: number, unit: string, total: string, year: number, w: PlanWords = DEFAULT_WORDS) =>
    (w.isDefault
      ? `${n}. Thống nhất để ${unit} xây dựng ${total} ${w.phrase} năm ${year} sau đây:`
      : `${n}. Thống nhất lựa chọn ${total} ${w.phrase} năm ${year} của ${unit} sau đây:`),
  unitNeedsMore: (n: number, unit: string, total: string, issuer: string, contactUnit: string, deadline = '') =>
    `${n}. Đề nghị ${unit} bổ sung, hoàn thiện ${total} đăng ký sau đây và gửi lại về ${issuer}${viaContact(contactUnit)}${deadline ? ` trước ngày ${deadline}` : ''} để xem xét, thống nhất:`,
  unitDutyPlan: (deadline: string, issuer: string, contactUnit: string) =>
    `- Xây dựng kế hoạch cụ thể và tổ chức triển khai thực hiện${deadline ? `; hoàn thành xây dựng kế hoạch trước ngày ${deadline}` : ''}, gửi kế hoạch về ${issuer}${viaContact(contactUnit)}.`,
  unitDutyReport: (deadline: string, issuer: string, contactUnit: string) =>
    `- Báo cáo kết quả thực hiện về ${issuer}${viaContact(contactUnit)}${deadline ? ` trước ngày ${deadline}` : ''}.`,
  noticeClosing: (issuer: string, addressees: string) => `${issuer} thông báo để ${addressees} biết, thực hiện.`,

  // ——— Summary report ———
  reportOpening: (plan: string, issuer: string, year: number, w: PlanWords = DEFAULT_WORDS) =>
    `Thực hiện ${plan}, ${issuer} báo cáo kết quả đăng ký ${w.registered} năm ${year} như sau:`,
  sectionOrganisation: 'CÔNG TÁC TRIỂN KHAI, HƯỚNG DẪN ĐĂNG KÝ',
  sectionResults: 'KẾT QUẢ ĐĂNG KÝ',
  sectionProposals: 'ĐỀ XUẤT, KIẾN NGHỊ',
  organisedPlan: (issuer: string, plan: string, addressees: string, year: number, contactUnit: string, w: PlanWords = DEFAULT_WORDS) =>
    `- ${issuer} ban hành ${plan}, hướng dẫn ${addressees} đăng ký ${w.registered} năm ${year}${contactUnit ? `; ${contactUnit} là đơn vị đầu mối tiếp nhận, tổng hợp đăng ký` : ''}.`,
  organisedDeadline: (deadline: string, ownDeadlines: number) =>
    deadline
      ? `- Thời hạn đăng ký: chậm nhất ngày ${deadline}${ownDeadlines ? ` (${formatCount(ownDeadlines)} đơn vị có hạn riêng)` : ''}.`
      : '- Thời hạn đăng ký: chưa quy định.',
  organisedForm:
    '- Hình thức đăng ký: các cơ quan, đơn vị đăng ký bằng phiếu đăng ký trực tuyến; đơn vị đầu mối tiếp nhận, kiểm tra nội dung, thời hạn và số lượng đăng ký của từng đơn vị, đôn đốc bằng thư điện tử các đơn vị chưa đăng ký hoặc cần bổ sung.',
  organisedScope: (units: number, groups: number) =>
    `- Số cơ quan, đơn vị phải đăng ký: ${formatCount(units)} đơn vị${groups ? `, thuộc ${formatCount(groups)} khối` : ''}.`,

  unitsHeading: '1. Số lượng đơn vị đăng ký',
  noUnits: 'Chưa có danh sách cơ quan, đơn vị phải đăng ký, nên chưa tổng hợp được kết quả đăng ký theo đơn vị.',
  unitsSummary: (ratio: string, percent: string, onTime: number, late: number) =>
    `Có ${ratio} đơn vị hoàn thành đăng ký${percent ? ` (đạt ${percent})` : ''}; trong đó ${formatCount(onTime)} đơn vị đăng ký đúng hạn, ${formatCount(late)} đơn vị đăng ký trễ hạn.`,
  unitsRemaining: (needsFix: number, notRegistered: number, notYet: number) => {
    const parts: string[] = [];
    if (needsFix) parts.push(`${formatCount(needsFix)} đơn vị có đăng ký nhưng chưa đạt yêu cầu, cần bổ sung, hoàn thiện`);
    if (notRegistered) parts.push(`${formatCount(notRegistered)} đơn vị không đăng ký`);
    if (notYet) parts.push(`${formatCount(notYet)} đơn vị chưa đăng ký (còn hạn)`);
    return parts.length ? `Còn ${joinAnd(parts)}.` : '';
  },
  groupTableTitle: 'Kết quả đăng ký theo khối',
  groupColumns: ['Khối', 'Số đơn vị', 'Đã đăng ký', 'Tỷ lệ', 'Đúng hạn', 'Trễ hạn', 'Cần bổ sung', 'Chưa đăng ký', 'Số đăng ký hợp lệ'],
  total: 'Tổng cộng',

  itemsHeading: (w: PlanWords = DEFAULT_WORDS) => `2. Số lượng ${w.noun} đăng ký`,
  itemsSummary: (valid: number, onTime: number, late: number, kinds: string) =>
    `Tổng số đăng ký hợp lệ: ${formatCount(valid)} (${formatCount(onTime)} đúng hạn, ${formatCount(late)} trễ hạn)${kinds ? `; trong đó ${kinds}` : ''}.`,
  itemsExcluded: (needsFix: number, duplicate: number, overQuota: number) => {
    const parts: string[] = [];
    if (needsFix) parts.push(`${formatCount(needsFix)} đăng ký cần bổ sung, hoàn thiện`);
    if (duplicate) parts.push(`${formatCount(duplicate)} đăng ký trùng lặp`);
    if (overQuota) parts.push(`${formatCount(overQuota)} đăng ký vượt số lượng tối đa của đơn vị`);
    return parts.length ? `Không tính ${joinAnd(parts)}.` : '';
  },
  itemsByField: (parts: readonly string[]) => `Phân theo lĩnh vực: ${parts.join('; ')}.`,
  fieldPart: (field: string, count: number) => `${field} ${formatCount(count)}`,
  evaluationHeading: '3. Đánh giá chung',
  evalNoUnits: 'Chưa có danh sách cơ quan, đơn vị phải đăng ký, nên chưa đánh giá được kết quả đăng ký.',
  evalAllOnTime: (units: number) =>
    `Các cơ quan, đơn vị đã nghiêm túc triển khai việc đăng ký: ${formatCount(units)}/${formatCount(units)} đơn vị (100%) hoàn thành đăng ký đúng hạn.`,
  evalAllDone: (units: number, late: number) =>
    `Tất cả ${formatCount(units)} đơn vị đã hoàn thành đăng ký, nhưng còn ${formatCount(late)} đơn vị đăng ký trễ hạn so với yêu cầu của kế hoạch.`,
  /** Before some units' deadline: figures without a verdict. */
  evalInProgress: (today: string, ratio: string, percent: string) =>
    `Đến ngày ${today}, có ${ratio} đơn vị hoàn thành đăng ký (${percent}); việc đăng ký vẫn đang tiếp tục.`,
  evalMost: (ratio: string, percent: string) =>
    `Phần lớn các cơ quan, đơn vị đã nghiêm túc triển khai việc đăng ký (${ratio} đơn vị hoàn thành, đạt ${percent}), nhưng chưa đạt yêu cầu 100% đơn vị đăng ký của kế hoạch.`,
  evalLow: (ratio: string, percent: string) =>
    `Kết quả đăng ký chưa đạt yêu cầu của kế hoạch: mới có ${ratio} đơn vị hoàn thành đăng ký (${percent}).`,
  behindGroup: (group: string, ratio: string, percent: string) => `${group} (${ratio} đơn vị, ${percent})`,
  missingHeading: '4. Đơn vị chưa hoàn thành đăng ký, đăng ký trễ hạn',
  missingNone: 'Tất cả các đơn vị đã hoàn thành đăng ký đúng hạn.',
  missingColumns: ['TT', 'Đơn vị', 'Khối', 'Tình trạng', 'Ghi chú'],
  missingNote: {
    late: (reached: string, deadline: string) =>
      reached && deadline ? `Hoàn thành đăng ký ngày ${reached}, hạn ${deadline}` : reached ? `Hoàn thành đăng ký ngày ${reached}` : '',
    notRegistered: (deadline: string) => (deadline ? `Không có đăng ký nào, hạn ${deadline}` : 'Không có đăng ký nào'),
    notYet: (deadline: string) => (deadline ? `Chưa có đăng ký, còn hạn đến ${deadline}` : 'Chưa có đăng ký'),
    needsFix: (valid: number, min: number) => `Có ${valid}/${min} đăng ký hợp lệ theo yêu cầu tối thiểu`,
  },
  rating:
    'Theo kế hoạch, việc không đăng ký, đăng ký chưa đạt yêu cầu hoặc trễ hạn được xem xét khi đánh giá, phân loại tổ chức cơ sở đảng, cơ quan, đơn vị cuối năm.',

  reportClosing: (year: number, issuer: string, w: PlanWords = DEFAULT_WORDS) =>
    `Trên đây là báo cáo kết quả đăng ký ${w.registered} năm ${year} của ${issuer}.`,

  annexTitle: 'PHỤ LỤC',
  annexSubject: (year: number, w: PlanWords = DEFAULT_WORDS) => `DANH SÁCH ${w.noun.toUpperCase()} ĐĂNG KÝ HỢP LỆ NĂM ${year}`,
  /** `(Kèm theo Báo cáo số      -BC/ĐU, ngày 20/12/2025 của Ban Thường vụ Đảng ủy)`. */
  annexReference: (code: string, comma: boolean, date: string, issuer: string) =>
    `(Kèm theo Báo cáo số ${code}${date ? `${comma ? ',' : ''} ngày ${date}` : ''} của ${issuer})`,
  annexEmpty: 'Chưa có đăng ký hợp lệ nào.',

  // ——— A unit asked to complete its registration (completion-notice.ts) ———
  completionSubject: (year: number, unit: string, w: PlanWords = DEFAULT_WORDS) =>
    `Về việc bổ sung, hoàn thiện đăng ký ${w.registered} năm ${year} của ${unit}`,
  completionName: (year: number, unit: string) => `Thông báo bổ sung, hoàn thiện đăng ký năm ${year} - ${unit}`,
  completionOpeningParty: (plan: string, unit: string, issuer: string) =>
    `Thực hiện ${plan}; xét đăng ký của ${unit}, ${issuer} thông báo như sau:`,
  completionGroundsState: (unit: string) => `Xét đăng ký của ${unit},`,
  completionAnnounces: (issuer: string) => `${issuer} thông báo như sau:`,
  completionFindings: (n: number, unit: string, total: string) =>
    `${n}. ${unit} có ${total} đăng ký chưa đủ nội dung theo yêu cầu của kế hoạch, chưa đủ điều kiện để xem xét, thống nhất lựa chọn; nội dung cần bổ sung, hoàn thiện như sau:`,
  completionRequest: (n: number, unit: string, deadline: string, issuer: string, contactUnit: string) =>
    `${n}. Đề nghị ${unit} bổ sung, hoàn thiện đăng ký theo các nội dung trên và gửi về ${issuer}${viaContact(contactUnit)} trước ngày ${deadline}.`,

  // ——— Report: figures, evaluation and proposals (report-assessment.ts) ———
  figuresTitle: (w: PlanWords = DEFAULT_WORDS) => `Số ${w.noun} đăng ký hợp lệ theo lĩnh vực và theo khối`,
  figuresColumns: ['Lĩnh vực, khối', 'Số lượng', 'Tỷ lệ'],
  figuresByField: 'Theo lĩnh vực',
  figuresByGroup: 'Theo khối',
  strengthsLead: 'Ưu điểm:',
  limitationsLead: 'Hạn chế:',
  causesLead: 'Nguyên nhân của hạn chế:',
  strengthOverall: (ratio: string, percent: string, onTime: number) =>
    `- ${ratio} cơ quan, đơn vị hoàn thành đăng ký (đạt ${percent}), trong đó ${formatCount(onTime)} đơn vị đăng ký đúng hạn.`,
  strengthCompleteGroups: (groups: readonly string[]) =>
    `- ${joinAnd(groups)} có 100% đơn vị hoàn thành đăng ký.`,
  strengthItems: (valid: number, fields: number, allFields: boolean) =>
    `- Có ${formatCount(valid)} đăng ký hợp lệ${fields ? `, thuộc ${formatCount(fields)} lĩnh vực${allFields ? ' (đủ các lĩnh vực của kế hoạch)' : ''}` : ''}.`,
  strengthQuality: '- Các đăng ký đều đủ nội dung theo yêu cầu, không có đăng ký trùng lặp hoặc vượt số lượng.',
  limitationGroups: (parts: readonly string[]) => `- Còn khối chưa có đủ đơn vị hoàn thành đăng ký: ${parts.join('; ')}.`,
  limitationUnits: (late: number, notRegistered: number) => {
    const parts: string[] = [];
    if (late) parts.push(`${formatCount(late)} đơn vị đăng ký trễ hạn`);
    if (notRegistered) parts.push(`${formatCount(notRegistered)} đơn vị không đăng ký`);
    return parts.length ? `- Còn ${joinAnd(parts)}.` : '';
  },
  limitationQuality: (needsFix: number, duplicate: number, overQuota: number) => {
    const parts: string[] = [];
    if (needsFix) parts.push(`${formatCount(needsFix)} đăng ký thiếu hoặc chưa đúng nội dung bắt buộc`);
    if (duplicate) parts.push(`${formatCount(duplicate)} đăng ký trùng lặp`);
    if (overQuota) parts.push(`${formatCount(overQuota)} đăng ký vượt số lượng tối đa`);
    return parts.length ? `- Còn ${joinAnd(parts)}.` : '';
  },
  notYetNote: (notYet: number, today: string) =>
    `Đến ngày ${today} còn ${formatCount(notYet)} đơn vị chưa đăng ký; thời hạn đăng ký của các đơn vị này chưa kết thúc.`,
  noRegistrationsYet: 'Chưa có đơn vị nào gửi đăng ký.',
  causeAttention: '- Một số cơ quan, đơn vị chưa quan tâm đúng mức, chưa chủ động triển khai việc đăng ký theo thời hạn của kế hoạch.',
  causeGuidance: '- Một số đơn vị chưa nghiên cứu kỹ hướng dẫn, nên đăng ký còn thiếu nội dung, trùng lặp hoặc vượt số lượng quy định.',
  causeFollowUp: '- Việc theo dõi, đôn đốc đăng ký ở một số khối chưa thường xuyên.',

  /** The superior body the report's proposals are addressed to, from `Cơ quan cấp trên`. */
  superiorNoun: (family: DocumentFamily, superiorBody: string): string => {
    const text = normalizeName(superiorBody);
    if (family === 'Đảng') {
      if (/\btỉnh\b|tỉnh ủy/.test(text)) return 'Ban Thường vụ Tỉnh ủy';
      if (/\bthành phố\b|thành ủy/.test(text)) return 'Ban Thường vụ Thành ủy';
      if (/\bhuyện\b|huyện ủy/.test(text)) return 'Ban Thường vụ Huyện ủy';
      return 'cấp ủy cấp trên';
    }
    if (/\btỉnh\b/.test(text)) return 'Ủy ban nhân dân tỉnh';
    if (/\bthành phố\b/.test(text)) return 'Ủy ban nhân dân thành phố';
    return 'cơ quan cấp trên';
  },
  proposalsToSuperior: (superior: string) => `Đề nghị ${superior}:`,
  proposalGuidance: (w: PlanWords = DEFAULT_WORDS) => `- Quan tâm lãnh đạo, chỉ đạo, hướng dẫn việc xây dựng, nhân rộng ${w.phrase} ở cơ sở.`,
  proposalCommend: (w: PlanWords = DEFAULT_WORDS) => `- Kịp thời biểu dương, khen thưởng các tập thể, cá nhân có ${w.phrase} đạt hiệu quả cao; giới thiệu các cách làm hay để học tập, nhân rộng.`,
  nextStepsLead: (issuer: string) => `Thời gian tới, ${issuer} tiếp tục chỉ đạo:`,
  nextStepSelect: (valid: number, w: PlanWords = DEFAULT_WORDS) =>
    `- Xem xét, thống nhất lựa chọn ${formatCount(valid)} ${w.noun} đăng ký hợp lệ (danh sách kèm theo) để các cơ quan, đơn vị xây dựng kế hoạch và tổ chức thực hiện.`,
  nextStepChase: (units: number, contactUnit: string) =>
    `- ${formatCount(units)} đơn vị chưa hoàn thành đăng ký khẩn trương đăng ký, bổ sung, hoàn thiện${contactUnit ? ` và gửi về ${contactUnit}` : ''}.`,
  nextStepFollowUp: (contactUnit: string) =>
    `- ${contactUnit || 'Đơn vị đầu mối'} theo dõi, đôn đốc các đơn vị xây dựng kế hoạch, tổ chức thực hiện và báo cáo kết quả đúng thời hạn.`,

  /** `Nơi nhận` when `Cấu hình` lists none: the addressees of the documents. */
  defaultRecipients: (family: DocumentFamily) => [family === 'Đảng' ? 'Các chi bộ, cơ quan, đơn vị' : 'Các cơ quan, đơn vị'],

  // ——— Citing the plan (plan-citation.ts) ———
  /** `Kế hoạch số 05-KH/ĐU, ngày 10/10/2025 của Ban Thường vụ Đảng ủy về …` (parts left out when empty). */
  planCitation: (p: { number: string; date: string; comma: boolean; issuer: string; subject: string; joiner: string }) =>
    `Kế hoạch${p.number ? ` số ${p.number}` : ''}${p.date ? `${p.number && p.comma ? ',' : ''} ngày ${p.date}` : ''}`
    + `${p.issuer ? ` của ${p.issuer}` : ''}${p.subject ? ` ${p.joiner}${p.subject}` : ''}`,
} as const;

/** `(qua Ban Xây dựng Đảng)` after the issuer, when there is a contact unit. */
function viaContact(contactUnit: string): string {
  return contactUnit ? ` (qua ${contactUnit})` : '';
}
