/**
 * The shape of an embedded sample of one plan (`npm start -- --preset NAME`): the roster's
 * contact details staff type in, and the responses units send, keyed by column header
 * (`Dấu thời gian` and the preset's question titles) with raw cell values as Google holds
 * them (instants for timestamps and date answers, text elsewhere). Node side only.
 */
import type { PresetId } from '../../../core/contract';

export type SampleValue = string | number | boolean | Date;

/** One response: header → value. A header left out is an empty answer. */
export type SampleRow = Readonly<Record<string, SampleValue>>;

export interface UnitDetail {
  email: string;
  person?: string;
  min?: number;
  max?: number;
  /** 'dd/MM/yyyy'. */
  ownDeadline?: string;
}

export interface PresetSample {
  preset: PresetId;
  /** The run day, YYYY-MM-DD: after the deadline, so reminders and late rows show. */
  today: string;
  /** The spreadsheet's file name. */
  workbookTitle: string;
  /** Keyed by the roster unit name of the preset. Units absent keep an empty address. */
  unitDetails: Readonly<Record<string, UnitDetail>>;
  /** In submission order; rows a form could not have produced are typed in from paper. */
  responses: readonly SampleRow[];
}
