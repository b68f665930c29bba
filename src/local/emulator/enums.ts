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
