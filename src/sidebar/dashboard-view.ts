/** Draws the dashboard: deadline and progress, counts, units to chase, form, legend, problems. */
import { UNIT_STATUS } from '../core/contract';
import { SIDEBAR_TEXT } from './sidebar-text';
import type { Dashboard } from '../core/dto';
import { $, el, safeLink, show } from './dom';

function countItem(label: string, color: string, value: string, meaning?: string): HTMLLIElement {
  const text = el('span', { className: 'label', text: label });
  if (meaning) text.appendChild(el('span', { className: 'meaning', text: meaning }));
  const children: Node[] = [el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true', style: `background:${color}` } }), text];
  if (value) children.push(el('span', { className: 'num', text: value }));
  return el('li', {}, children);
}

function deadlineText(d: Dashboard): string {
  return d.deadline ? SIDEBAR_TEXT.deadline(d.deadline, d.daysLeft) : SIDEBAR_TEXT.noDeadline;
}

export function renderDashboard(d: Dashboard, onUnit: (row: number) => void): void {
  const colorOf = new Map([...d.legend.units, ...d.legend.rows].map((e) => [e.status, e.color]));
  $('subtitle').textContent = SIDEBAR_TEXT.subtitle(d.communeName, d.year, deadlineText(d));
  const percent = d.totalUnits ? Math.round((100 * d.unitsWithRows) / d.totalUnits) : 0;
  $('progress-label').textContent = SIDEBAR_TEXT.progress(d.unitsWithRows, d.totalUnits, percent);
  const bar = $('progress') as HTMLProgressElement;
  bar.max = Math.max(d.totalUnits, 1);
  bar.value = d.unitsWithRows;
  $('unit-counts').replaceChildren(...d.legend.units.map((e) => countItem(e.status, colorOf.get(e.status)!, String(d.unitCounts[e.status] ?? 0))));
  $('row-counts').replaceChildren(...d.legend.rows.map((e) => countItem(e.status, colorOf.get(e.status)!, String(d.rowCounts[e.status] ?? 0))));
  $('legend-rows').replaceChildren(...d.legend.rows.map((e) => countItem(e.status, e.color, '', e.meaning)));
  $('legend-units').replaceChildren(...d.legend.units.map((e) => countItem(e.status, e.color, '', e.meaning)));

  const chase = (statuses: string[]) => d.unitsToChase.filter((u) => statuses.includes(u.status));
  const unitButton = (u: Dashboard['unitsToChase'][number]) => {
    const b = el('button', { className: 'link-button', text: u.name, attrs: { type: 'button', title: SIDEBAR_TEXT.goToRow(u.row) } });
    b.addEventListener('click', () => onUnit(u.row));
    return el('li', {}, [b, el('span', { className: 'tag', text: u.status })]);
  };
  const missing = chase([UNIT_STATUS.notRegistered, UNIT_STATUS.notYet]);
  const fixes = chase([UNIT_STATUS.needsFix]);
  $('missing-units').replaceChildren(...missing.map(unitButton));
  $('fix-units').replaceChildren(...fixes.map(unitButton));
  $('missing-heading').textContent = SIDEBAR_TEXT.missingHeading(missing.length);
  $('fix-heading').textContent = SIDEBAR_TEXT.fixHeading(fixes.length);
  show('missing-section', missing.length > 0);
  show('fix-section', fixes.length > 0);

  renderPlan(d);
  renderPhase(d);
  show('commitments-actions', d.commitments === true);
  renderForm(d);
  ($('daily') as HTMLInputElement).checked = d.dailyTriggerInstalled;
  $('daily-label').textContent = SIDEBAR_TEXT.dailyLabel(d.reminderHour);
  $('problems').replaceChildren(...d.problems.map((p) => el('li', { text: p })));
  show('problems-section', d.problems.length > 0);
}

/** The plan line, the choice of preset when there is no plan yet, and the structure per category. */
function renderPlan(d: Dashboard): void {
  if (d.plan) $('plan-line').textContent = SIDEBAR_TEXT.planLine(d.plan.noun, d.plan.title);
  show('plan-line', d.plan !== null);
  show('plan-choice', d.presets.length > 0);
  const select = $('preset') as HTMLSelectElement;
  if (d.presets.length && select.options.length !== d.presets.length) {
    select.replaceChildren(...d.presets.map((p) => el('option', { text: p.label, attrs: { value: p.id } })));
    const describe = () => { $('preset-description').textContent = d.presets.find((p) => p.id === select.value)?.description ?? ''; };
    select.addEventListener('change', describe);
    describe();
  }
  const valid = d.structure.reduce((n, s) => n + s.count, 0);
  $('structure-total').textContent = SIDEBAR_TEXT.structureTotal(valid, d.totalMax, d.plan?.noun ?? '');
  $('structure').replaceChildren(...d.structure.map((s) => countItem(s.category, '#cfe2f3', SIDEBAR_TEXT.structureItem(s.count, s.percent, s.cap, s.targetPercent))));
  show('structure-section', d.plan !== null && (d.structure.length > 1 || d.totalMax !== null));
}

function renderForm(d: Dashboard): void {
  const button = $('form') as HTMLButtonElement;
  if (!d.form) {
    $('form-status').textContent = SIDEBAR_TEXT.noForm;
    $('form-links').replaceChildren();
    button.textContent = SIDEBAR_TEXT.createForm;
    button.dataset.action = 'createRegistrationForm';
    return;
  }
  $('form-status').textContent = d.submitTriggerInstalled
    ? SIDEBAR_TEXT.triggerOn
    : SIDEBAR_TEXT.triggerOff;
  $('form-links').replaceChildren(safeLink(SIDEBAR_TEXT.openForm, d.form.url), document.createTextNode(' · '), safeLink(SIDEBAR_TEXT.editForm, d.form.editUrl));
  button.textContent = SIDEBAR_TEXT.updateForm;
  button.dataset.action = 'updateRegistrationForm';
}

/** The milestone phase (DESIGN.md §13): shown once approved rows are followed. */
function renderPhase(d: Dashboard): void {
  const p = d.phase;
  show('phase-section', Boolean(p));
  if (!p) return;
  $('phase-label').textContent = SIDEBAR_TEXT.phase(p.milestone, p.deadline, p.daysLeft, p.rowsDone, p.rowsTotal, p.unitsDone, p.unitsTotal);
  $('phase-counts').replaceChildren(...p.counts.map((c) => countItem(c.status, c.color, String(c.count))));
  $('evaluation-counts').replaceChildren(...p.evaluations.map((e) => countItem(e.status, '#ffffff', String(e.count))));
}
