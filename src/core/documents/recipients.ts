/**
 * `Nơi nhận` of the documents sent to everyone (the consolidated notice, the report): the
 * recipients of `Cấu hình`, or — when staff left that row empty — the addressees the
 * document names (`Các chi bộ, cơ quan, đơn vị`), so the block never holds the archive line
 * alone. (A per-unit notice names its unit; the one asking a unit to complete its
 * registration names that unit only: completion-notice.ts.) Pure.
 */
import type { Settings } from '../settings';
import { DOC_TEXT } from './document-text';
import type { FormatProfile } from './format-profile';

export function recipientsOf(settings: Settings, profile: FormatProfile): string[] {
  const typed = settings.recipients.map((r) => r.trim()).filter((r) => r && !/^[-–—•+*,;.\s]*$/.test(r));
  return typed.length ? [...settings.recipients] : DOC_TEXT.defaultRecipients(profile.family);
}
