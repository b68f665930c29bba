/**
 * The notice to a unit none of whose rows can be agreed yet — every row it is notified of is
 * `Yêu cầu bổ sung` (issue 11, defect 2). It is not a notice of agreement ("thống nhất lựa
 * chọn" nothing would be absurd) but a request: `THÔNG BÁO` / `Về việc bổ sung, hoàn thiện
 * đăng ký … của <đơn vị>`, the rows with what each must complete (`Ý kiến phê duyệt`), and a
 * date to send them back by: the notice's date plus `Cấu hình` › `Hạn bổ sung (ngày)`
 * (default 7 days). It concerns that unit alone, so `Nơi nhận` is the unit and the archive
 * line — none of the general recipients of the plan's notices. Pure.
 */
import { addDays, formatDayVi, type CalendarDay } from '../calendar-day';
import type { Settings } from '../settings';
import type { ApprovalItem } from './approval-notice';
import { bodyParagraph, bodyStyled, dataTable, emptyParagraph } from './block-builders';
import type { BlockSpec, DocumentSpec } from './document-spec';
import { DOC_TEXT, formatCount , planWords } from './document-text';
import type { FormatProfile } from './format-profile';
import { footerBlock, officialDocument, titleBlock, withBodyEnd } from './official-blocks';
import { DEFAULT_PLAN_COLUMNS, listColumns, listedOf, listLayout, type ItemColumn, type ListedItem, type PlanColumns } from './item-columns';

/** The day a unit must send its completed registration by: the notice's date + `Hạn bổ sung (ngày)`. */
export function completionDeadline(settings: Settings, noticeDay: CalendarDay): CalendarDay {
  return addDays(noticeDay, settings.completionDays);
}

/** What the builder of the notices already derived. */
export interface CompletionContext {
  settings: Settings;
  profile: FormatProfile;
  year: number;
  issuer: string;
  /** The plan as cited. */
  plan: string;
  contact: string;
  /** The header block (number and date line) of the notice. */
  header: BlockSpec;
  /** The notice's date (the deadline counts from it). */
  today: CalendarDay;
  /** The plan's list columns. */
  columns?: PlanColumns;
}

/** The rows to complete as a table: STT, name, type, field, what to complete. */
export function completionTable(profile: FormatProfile, rows: readonly ApprovalItem[], plan: PlanColumns = DEFAULT_PLAN_COLUMNS): BlockSpec {
  type Row = ListedItem & { number: string; comment: string };
  const comment: ItemColumn<Row> = {
    header: DOC_TEXT.toCompleteColumn, share: 0.32, align: 'left', keepWhole: false, cell: (i) => i.comment,
  };
  const columns = listColumns<Row>(plan, 'needsMore', 'STT', (i) => i.number, undefined, [comment]);
  const table = listLayout(columns);
  return dataTable(profile, table.header,
    rows.map((item, i) => {
      const row: Row = { ...listedOf(item), number: String(i + 1), comment: item.comment || DOC_TEXT.noComment };
      return { kind: 'item' as const, cells: columns.map((c) => c.cell(row)) };
    }),
    table.layout);
}

/** The notice asking `unit` to complete its registration (every row `Yêu cầu bổ sung`). */
export function buildCompletionNotice(ctx: CompletionContext, unit: string, rows: readonly ApprovalItem[]): DocumentSpec {
  const { settings, profile, year, issuer, plan, contact } = ctx;
  const deadline = formatDayVi(completionDeadline(settings, ctx.today));
  const blocks: BlockSpec[] = [ctx.header, ...titleBlock(profile, DOC_TEXT.noticeType, DOC_TEXT.completionSubject(year, unit, planWords(ctx.settings.itemNoun)))];
  if (!profile.body.groundsAsLines) {
    blocks.push(bodyParagraph(profile, DOC_TEXT.completionOpeningParty(plan, unit, issuer)));
  } else {
    blocks.push(bodyStyled(profile, DOC_TEXT.groundsPlan(plan), profile.body.grounds));
    blocks.push(bodyStyled(profile, DOC_TEXT.completionGroundsState(unit), profile.body.grounds));
    blocks.push(bodyParagraph(profile, DOC_TEXT.completionAnnounces(issuer)));
  }
  blocks.push(bodyParagraph(profile, DOC_TEXT.completionFindings(1, unit, formatCount(rows.length)), { keepWithNext: true }));
  blocks.push(completionTable(profile, rows, ctx.columns));
  blocks.push(emptyParagraph(profile.body.size));
  blocks.push(bodyParagraph(profile, DOC_TEXT.completionRequest(2, unit, deadline, issuer, contact)));
  blocks.push(bodyParagraph(profile, withBodyEnd(profile, DOC_TEXT.noticeClosing(issuer, unit))));
  blocks.push(emptyParagraph(profile.body.size));
  blocks.push(footerBlock(profile, settings, [unit]));
  return officialDocument(profile, DOC_TEXT.completionName(year, unit), blocks);
}
