/**
 * Preset `dang-ky-mo-hinh` (seed 000, Thọ Lập, Party format): each unit registers one or two
 * NEW models, movements or deeds, then sends its implementation plan and its results report.
 * Its `Cấu hình`, `Khối`, `Đơn vị` and `Lĩnh vực` are exactly defaults.ts; its questions are
 * those of DESIGN §3.5, which the engine also assumes for a workbook without `Câu hỏi`.
 */
import { ANSWER, CONFIG_KEY, REGISTRATION_TYPES } from '../contract';
import { DEFAULT_CONFIG_ROWS, DEFAULT_FIELDS, DEFAULT_GROUPS, DEFAULT_UNITS } from '../defaults';
import { FORM_TEXT } from '../messages';
import {
  OPTIONAL, REMIND_AFTER, REMIND_BEFORE, REQUIRED, commaList, question, requiredAfter,
} from './preset-rows';
import type { Preset } from './preset-types';

/** Milestones of seed 000 §V: plans by 15/01/2026, results by 15/11/2026. */
const PLAN = 'Xây dựng kế hoạch';
const RESULTS = 'Báo cáo kết quả';
/** The column of the results report (a question added to §3.5 by the milestones of §13). */
const RESULTS_COLUMN = 'Báo cáo kết quả';

/** The pledge's one checkbox text (seed 000 §III "Lưu ý": only new items). */
const PLEDGE = 'Tôi cam kết đây là mô hình, phong trào, việc làm mới';

const help = FORM_TEXT.help;

export const DANG_KY_MO_HINH: Preset = {
  id: 'dang-ky-mo-hinh',
  label: 'Đăng ký mô hình, phong trào, việc làm điển hình tiên tiến',
  description:
    'Mỗi đơn vị đăng ký 1–2 mô hình, phong trào hoặc việc làm mới với Ban Thường vụ Đảng ủy, sau đó nộp kế hoạch thực hiện và báo cáo kết quả.',
  seed: '000',
  config: [
    ...DEFAULT_CONFIG_ROWS,
    [CONFIG_KEY.planPreset, 'dang-ky-mo-hinh'],
    [CONFIG_KEY.itemNoun, 'mô hình, phong trào, việc làm'],
    // Seed 000 names neither its number nor its date: staff type them once the plan is issued.
    [CONFIG_KEY.planNumber, ''],
    [CONFIG_KEY.planDate, ''],
    [CONFIG_KEY.planIssuer, 'Ban Thường vụ Đảng ủy'],
    [CONFIG_KEY.completionDays, 7],
    // Recognition (DESIGN §14): seed 000 §3, the Ban Thường vụ commends the units at the yearly review.
    [CONFIG_KEY.recognitionForms, 'Giấy khen'],
    [CONFIG_KEY.decisionSignerTitle, 'Phó Bí thư'],
    [CONFIG_KEY.decisionSignerName, 'Lê Văn Lực'],
  ],
  questions: [
    question(ANSWER.unit, 'unit', 'list', REQUIRED, '', help.unit ?? ''),
    question(ANSWER.type, 'category', 'choice', REQUIRED, commaList(REGISTRATION_TYPES), help.type ?? ''),
    question(ANSWER.title, 'name', 'text', REQUIRED),
    question(ANSWER.field, 'field', 'list', REQUIRED),
    question(ANSWER.content, '', 'paragraph', OPTIONAL),
    question(ANSWER.scale, '', 'text', REQUIRED),
    question(ANSWER.start, 'start', 'date', REQUIRED, '', help.start ?? ''),
    question(ANSWER.end, 'end', 'date', REQUIRED, '', help.end ?? ''),
    question(ANSWER.leadUnit, '', 'text', REQUIRED),
    question(ANSWER.implementingUnit, '', 'text', REQUIRED),
    question(ANSWER.partnerUnits, '', 'text', OPTIONAL),
    question(ANSWER.responsiblePerson, '', 'text', REQUIRED, '', help.responsiblePerson ?? ''),
    // `Không`: the pledge is required by `Chỉ nhận đăng ký mới` = `Có` (a plan that turns the rule off no longer asks it).
    question(ANSWER.newItemPledge, 'pledge', 'checkbox', OPTIONAL, PLEDGE),
    question(ANSWER.registrationFile, 'evidence', 'link', OPTIONAL, '', help.registrationFile ?? ''),
    question(ANSWER.planFile, 'evidence', 'link', requiredAfter(PLAN), '', help.planFile ?? ''),
    question(
      RESULTS_COLUMN, 'evidence', 'link', requiredAfter(RESULTS), '',
      'Dán đường dẫn Google Drive của báo cáo kết quả thực hiện (nộp trước hạn báo cáo kết quả).',
    ),
  ],
  groups: DEFAULT_GROUPS,
  units: DEFAULT_UNITS,
  fields: DEFAULT_FIELDS,
  milestones: [
    { name: PLAN, deadline: '15/01/2026', column: ANSWER.planFile, remindBefore: REMIND_BEFORE, remindAfter: REMIND_AFTER },
    { name: RESULTS, deadline: '15/11/2026', column: RESULTS_COLUMN, remindBefore: REMIND_BEFORE, remindAfter: REMIND_AFTER },
  ],
};
