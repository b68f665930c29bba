/**
 * The FormApp global: creating forms, opening them by id or URL (an unknown one throws
 * Google's "No item with the given ID could be found..."), and the ItemType and
 * DestinationType enums. The script is bound to a spreadsheet, so there is no active form.
 */
import { DestinationType, ItemType } from './enums';
import type { Env } from './env';
import { Form } from './form';
import { findForm, findFormByPublishedId, formStore, newFormIds, type FormModel } from './form-model';
import { declareNotEmulated, Emulated, ENV, instrument } from './instrument';
import { describeArgTypes, MSG } from './messages';
import { FORM_MSG } from './messages-services';
import { FORMS_SCOPES, SCOPE } from './scopes';

/** FormApp. */
export class FormAppService extends Emulated {
  readonly ItemType = ItemType;
  readonly DestinationType = DestinationType;

  constructor(env: Env) {
    super(env);
  }

  /**
   * A new, empty form (accepting responses, collecting no addresses). As on Google (issue
   * 442747794, reported by an independent emulation) `title` names the Drive file only: the
   * form's own title, what `getTitle()` returns and respondents see, stays empty until `setTitle`.
   */
  create(title: unknown): Form {
    const env = this[ENV];
    if (typeof title !== 'string') throw env.exception(MSG.signature(describeArgTypes([title]), 'FormApp.create'));
    const model: FormModel = {
      ...newFormIds(env),
      title: '',
      description: '',
      confirmationMessage: '',
      collectEmail: false,
      allowResponseEdits: false,
      limitOneResponsePerUser: false,
      progressBar: false,
      acceptingResponses: true,
      items: [],
      responses: [],
      destination: null,
    };
    formStore(env).forms.push(model);
    return new Form(env, model);
  }

  openById(id: unknown): Form {
    const env = this[ENV];
    if (typeof id !== 'string') throw env.exception(MSG.signature(describeArgTypes([id]), 'FormApp.openById'));
    const model = findForm(env, id);
    if (model === undefined) throw env.exception(FORM_MSG.noItemWithId);
    return new Form(env, model);
  }

  /** Opens a form by its edit URL (`/forms/d/<id>/...`) or respondents' URL (`/forms/d/e/<publishedId>/...`). */
  openByUrl(url: unknown): Form {
    const env = this[ENV];
    if (typeof url !== 'string') throw env.exception(MSG.signature(describeArgTypes([url]), 'FormApp.openByUrl'));
    const published = /\/forms\/d\/e\/([^/?#]+)/.exec(url);
    const edit = published === null ? /\/forms\/d\/([^/?#]+)/.exec(url) : null;
    if (published === null && edit === null) throw env.exception(FORM_MSG.invalidUrl);
    const model = published !== null ? findFormByPublishedId(env, published[1] ?? '') : findForm(env, edit?.[1] ?? '');
    if (model === undefined) throw env.exception(FORM_MSG.noItemWithId);
    return new Form(env, model);
  }

  /** The form a script is bound to: none here (the script is bound to a spreadsheet). */
  getActiveForm(): Form | null {
    return null;
  }
}

declareNotEmulated(FormAppService, 'FormApp', [
  'getUi', 'createCheckboxGridValidation', 'createCheckboxValidation', 'createGridValidation',
  'createParagraphTextValidation', 'createTextValidation', 'createFeedback',
]);

instrument(FormAppService, {
  service: 'FormApp',
  className: 'FormApp',
  qualifiedName: 'FormApp',
  scopes: [SCOPE.forms],
  methodScopes: { getActiveForm: FORMS_SCOPES },
});
