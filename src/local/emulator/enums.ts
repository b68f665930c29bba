/**
 * Apps Script enums (ScriptApp.AuthMode, Ui.Button...): each value is one object, compared
 * by identity (`e.authMode === ScriptApp.AuthMode.NONE`), whose toString() is its name, so
 * loose comparisons with the name (`e.authMode == 'NONE'`) also hold as in Apps Script.
 */

/** One value of an emulated enum. */
export class EnumValue<N extends string = string> {
  readonly #name: N;
  readonly #ordinal: number;

  constructor(name: N, ordinal: number) {
    this.#name = name;
    this.#ordinal = ordinal;
    Object.freeze(this);
  }

  /** The value's name, e.g. `NONE`. */
  name(): N {
    return this.#name;
  }

  /** The value's position in its enum. */
  ordinal(): number {
    return this.#ordinal;
  }

  toString(): string {
    return this.#name;
  }

  toJSON(): string {
    return this.#name;
  }
}

/** An enum: its values keyed by name. */
export type Enum<N extends string> = { readonly [K in N]: EnumValue<K> };

/** Builds a frozen enum from its value names, in order. */
export function makeEnum<N extends string>(names: readonly N[]): Enum<N> {
  const out: Partial<Record<N, EnumValue<N>>> = {};
  names.forEach((name, i) => {
    out[name] = new EnumValue(name, i);
  });
  return Object.freeze(out) as Enum<N>;
}

/** ScriptApp.AuthMode. */
export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
/** The names of ScriptApp.AuthMode values. */
export type AuthModeName = keyof typeof AuthMode;

/** Ui.Button. */
export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
/** The names of Ui.Button values. */
export type ButtonName = keyof typeof Button;

/** Ui.ButtonSet. */
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);

/** SpreadsheetApp.DataValidationCriteria (the values the emulation can produce or read). */
export const DataValidationCriteria = makeEnum([
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
] as const);

/** HtmlService.SandboxMode. */
export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE'] as const);

/** HtmlService.XFrameOptionsMode. */
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT'] as const);

/** Utilities.DigestAlgorithm. */
export const DigestAlgorithm = makeEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'] as const);

/** Utilities.Charset. */
export const Charset = makeEnum(['US_ASCII', 'UTF_8'] as const);

/** FormApp.ItemType (FILE_UPLOAD exists, but Apps Script cannot create such an item). */
export const ItemType = makeEnum([
  'CHECKBOX', 'CHECKBOX_GRID', 'DATE', 'DATETIME', 'DURATION', 'FILE_UPLOAD', 'GRID', 'IMAGE', 'LIST',
  'MULTIPLE_CHOICE', 'PAGE_BREAK', 'PARAGRAPH_TEXT', 'RATING', 'SCALE', 'SECTION_HEADER', 'TEXT', 'TIME', 'VIDEO',
] as const);
/** The names of FormApp.ItemType values. */
export type ItemTypeName = keyof typeof ItemType;

/** FormApp.DestinationType. */
export const DestinationType = makeEnum(['SPREADSHEET'] as const);

/** ScriptApp.EventType. */
export const EventType = makeEnum([
  'CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED',
] as const);
/** The names of ScriptApp.EventType values. */
export type EventTypeName = keyof typeof EventType;

/** ScriptApp.TriggerSource. */
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
/** The names of ScriptApp.TriggerSource values. */
export type TriggerSourceName = keyof typeof TriggerSource;

/** ScriptApp.WeekDay (used by ClockTriggerBuilder.onWeekDay). */
export const WeekDay = makeEnum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const);

/** DocumentApp.ParagraphHeading. */
export const ParagraphHeading = makeEnum([
  'NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE',
] as const);

/** DocumentApp.HorizontalAlignment. */
export const HorizontalAlignment = makeEnum(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);

/** DocumentApp.VerticalAlignment. */
export const VerticalAlignment = makeEnum(['BOTTOM', 'CENTER', 'TOP'] as const);

/** DocumentApp.TextAlignment. */
export const TextAlignment = makeEnum(['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'] as const);

/** DocumentApp.GlyphType. */
export const GlyphType = makeEnum([
  'BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER',
] as const);

/** DocumentApp.Attribute. */
export const DocumentAttribute = makeEnum([
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR',
  'HEADING', 'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC',
  'GLYPH_TYPE', 'LEFT_TO_RIGHT', 'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT',
  'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL', 'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT',
  'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH', 'SPACING_AFTER', 'SPACING_BEFORE',
  'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
] as const);
/** The names of DocumentApp.Attribute values. */
export type DocumentAttributeName = keyof typeof DocumentAttribute;

/** DocumentApp.ElementType. */
export const ElementType = makeEnum([
  'BODY_SECTION', 'COMMENT_SECTION', 'DATE', 'EQUATION', 'EQUATION_FUNCTION', 'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL', 'RICH_LINK', 'FOOTER_SECTION', 'FOOTNOTE', 'FOOTNOTE_SECTION', 'HEADER_SECTION',
  'HORIZONTAL_RULE', 'INLINE_DRAWING', 'INLINE_IMAGE', 'LIST_ITEM', 'PAGE_BREAK', 'PARAGRAPH', 'PERSON', 'TABLE',
  'TABLE_CELL', 'TABLE_OF_CONTENTS', 'TABLE_ROW', 'TEXT', 'UNSUPPORTED', 'AUTO_TEXT',
] as const);
/** The names of DocumentApp.ElementType values. */
export type ElementTypeName = keyof typeof ElementType;

/** DocumentApp.FontFamily (deprecated in Apps Script: fonts are named by strings). */
export const FontFamily = makeEnum([
  'AMARANTH', 'ARIAL', 'ARIAL_BLACK', 'ARIAL_NARROW', 'ARVO', 'CALIBRI', 'CAMBRIA', 'COMIC_SANS_MS', 'CONSOLAS',
  'CORSIVA', 'COURIER_NEW', 'DANCING_SCRIPT', 'DROID_SANS', 'DROID_SERIF', 'GARAMOND', 'GEORGIA',
  'GLORIA_HALLELUJAH', 'GREAT_VIBES', 'LOBSTER', 'MERRIWEATHER', 'PACIFICO', 'PHILOSOPHER', 'POIRET_ONE',
  'QUATTROCENTO', 'ROBOTO', 'SHADOWS_INTO_LIGHT', 'SYNCOPATE', 'TAHOMA', 'TIMES_NEW_ROMAN', 'TREBUCHET_MS',
  'UBUNTU', 'VERDANA',
] as const);
