/**
 * SpreadsheetApp.newDataValidation() and the DataValidation rules it builds. Only the list
 * rule (`requireValueInList`) is emulated, the one the add-in uses; the model stores it per
 * cell in `SheetModel.validations`.
 */
import { DataValidationCriteria, type EnumValue } from './enums';
import type { Env } from './env';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG, notEmulated } from './messages';
import type { DataValidationModel } from './workbook-model';

/** A data-validation rule (SpreadsheetApp.DataValidation). */
export class DataValidation extends Emulated {
  readonly #model: DataValidationModel;

  constructor(env: Env, model: DataValidationModel) {
    super(env);
    this.#model = model;
  }

  /** The model a rule stands for (for the Range that applies it; not a script method). */
  static modelOf(rule: DataValidation): DataValidationModel {
    return rule.#model;
  }

  getCriteriaType(): EnumValue {
    return DataValidationCriteria.VALUE_IN_LIST;
  }

  /** `[values, showDropdown]`, as for requireValueInList. */
  getCriteriaValues(): unknown[] {
    const realm = this[ENV].realm;
    return realm.array<unknown>([realm.array(this.#model.values), this.#model.showDropdown]);
  }

  getAllowInvalid(): boolean {
    return this.#model.allowInvalid;
  }

  getHelpText(): string {
    return this.#model.helpText ?? '';
  }

  /** A builder preset with this rule. */
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this[ENV], { ...this.#model, values: this.#model.values.slice() });
  }
}

/** SpreadsheetApp.DataValidationBuilder. */
export class DataValidationBuilder extends Emulated {
  #model: DataValidationModel | null;
  #allowInvalid = true;
  #helpText = '';

  constructor(env: Env, preset: DataValidationModel | null = null) {
    super(env);
    this.#model = preset;
    if (preset !== null) {
      this.#allowInvalid = preset.allowInvalid;
      this.#helpText = preset.helpText ?? '';
    }
  }

  /** Requires the value to be one of `values`; shows a dropdown unless `showDropdown` is false. */
  requireValueInList(values: unknown, showDropdown?: unknown): DataValidationBuilder {
    if (!Array.isArray(values) || (showDropdown !== undefined && typeof showDropdown !== 'boolean')) {
      throw this[ENV].exception(MSG.signature(describeArgTypes([values, showDropdown].filter((v) => v !== undefined)),
        'SpreadsheetApp.DataValidationBuilder.requireValueInList'));
    }
    this.#model = {
      kind: 'list',
      values: values.map((v) => String(v)),
      showDropdown: showDropdown ?? true,
      allowInvalid: this.#allowInvalid,
    };
    return this;
  }

  /** Whether an invalid value is kept with a warning (true, the default) or rejected. */
  setAllowInvalid(allowInvalidData: unknown): DataValidationBuilder {
    this.#allowInvalid = Boolean(allowInvalidData);
    return this;
  }

  setHelpText(helpText: unknown): DataValidationBuilder {
    this.#helpText = String(helpText);
    return this;
  }

  build(): DataValidation {
    if (this.#model === null) throw notEmulated('DataValidationBuilder.build without a requireValueInList criterion');
    const model: DataValidationModel = { ...this.#model, values: this.#model.values.slice(), allowInvalid: this.#allowInvalid };
    if (this.#helpText !== '') model.helpText = this.#helpText;
    return new DataValidation(this[ENV], Object.freeze(model) as DataValidationModel);
  }
}

const BUILDER_NOT_EMULATED = [
  'requireCheckbox', 'requireDate', 'requireDateAfter', 'requireDateBefore', 'requireDateBetween',
  'requireDateEqualTo', 'requireDateNotBetween', 'requireDateOnOrAfter', 'requireDateOnOrBefore',
  'requireFormulaSatisfied', 'requireNumberBetween', 'requireNumberEqualTo', 'requireNumberGreaterThan',
  'requireNumberGreaterThanOrEqualTo', 'requireNumberLessThan', 'requireNumberLessThanOrEqualTo',
  'requireNumberNotBetween', 'requireNumberNotEqualTo', 'requireTextContains', 'requireTextDoesNotContain',
  'requireTextEqualTo', 'requireTextIsEmail', 'requireTextIsUrl', 'requireValueInRange', 'withCriteria',
];
declareNotEmulated(DataValidationBuilder, 'DataValidationBuilder', BUILDER_NOT_EMULATED);

const SPEC = { service: 'SpreadsheetApp' as const };
instrument(DataValidation, { ...SPEC, className: 'DataValidation', qualifiedName: 'SpreadsheetApp.DataValidation' });
instrument(DataValidationBuilder, { ...SPEC, className: 'DataValidationBuilder', qualifiedName: 'SpreadsheetApp.DataValidationBuilder' });
