/** The colour legend of both status tables (DESIGN.md §4), shown in the sidebar. */
import { ROW_STATUS_COLOR, ROW_STATUS_ORDER, UNIT_STATUS_COLOR, UNIT_STATUS_ORDER } from './contract';
import { ROW_MEANING, UNIT_MEANING } from './messages';

export function legend() {
  return {
    rows: ROW_STATUS_ORDER.map((status) => ({ status, color: ROW_STATUS_COLOR[status], meaning: ROW_MEANING[status] })),
    units: UNIT_STATUS_ORDER.map((status) => ({ status, color: UNIT_STATUS_COLOR[status], meaning: UNIT_MEANING[status] })),
  };
}
