/** Draws the dashboard: deadline and progress, counts, units to chase, form, legend, problems. */
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
  if (!d.deadline) return 'Chưa đặt hạn đăng ký';
  if (d.daysLeft === null) return `Hạn đăng ký ${d.deadline}`;
  if (d.daysLeft > 0) return `Hạn đăng ký ${d.deadline} — còn ${d.daysLeft} ngày`;
  if (d.daysLeft === 0) return `Hạn đăng ký ${d.deadline} — hôm nay là hạn cuối`;
  return `Hạn đăng ký ${d.deadline} — đã quá ${-d.daysLeft} ngày`;
}

export function renderDashboard(d: Dashboard, onUnit: (row: number) => void): void {
  const colorOf = new Map([...d.legend.units, ...d.legend.rows].map((e) => [e.status, e.color]));
  $('subtitle').textContent = `${d.communeName ? `Xã ${d.communeName}` : ''}${d.year ? ` · năm ${d.year}` : ''} · ${deadlineText(d)}`;
  const percent = d.totalUnits ? Math.round((100 * d.unitsWithRows) / d.totalUnits) : 0;
  $('progress-label').textContent = `${d.unitsWithRows}/${d.totalUnits} đơn vị đã gửi đăng ký (${percent}%)`;
  const bar = $('progress') as HTMLProgressElement;
  bar.max = Math.max(d.totalUnits, 1);
  bar.value = d.unitsWithRows;
  $('unit-counts').replaceChildren(...d.legend.units.map((e) => countItem(e.status, colorOf.get(e.status)!, String(d.unitCounts[e.status] ?? 0))));
  $('row-counts').replaceChildren(...d.legend.rows.map((e) => countItem(e.status, colorOf.get(e.status)!, String(d.rowCounts[e.status] ?? 0))));
  $('legend-rows').replaceChildren(...d.legend.rows.map((e) => countItem(e.status, e.color, '', e.meaning)));
  $('legend-units').replaceChildren(...d.legend.units.map((e) => countItem(e.status, e.color, '', e.meaning)));

  const chase = (statuses: string[]) => d.unitsToChase.filter((u) => statuses.includes(u.status));
  const unitButton = (u: Dashboard['unitsToChase'][number]) => {
    const b = el('button', { className: 'link-button', text: u.name, attrs: { type: 'button', title: `Đến dòng ${u.row} trang Đơn vị` } });
    b.addEventListener('click', () => onUnit(u.row));
    return el('li', {}, [b, el('span', { className: 'tag', text: u.status })]);
  };
  const missing = chase(['Không đăng ký', 'Chưa đăng ký']);
  const fixes = chase(['Cần bổ sung']);
  $('missing-units').replaceChildren(...missing.map(unitButton));
  $('fix-units').replaceChildren(...fixes.map(unitButton));
  $('missing-heading').textContent = `Chưa đăng ký (${missing.length})`;
  $('fix-heading').textContent = `Cần bổ sung (${fixes.length})`;
  show('missing-section', missing.length > 0);
  show('fix-section', fixes.length > 0);

  renderForm(d);
  ($('daily') as HTMLInputElement).checked = d.dailyTriggerInstalled;
  $('daily-label').textContent = `Tự động kiểm tra và gửi thư nhắc hằng ngày lúc khoảng ${d.reminderHour} giờ`;
  $('problems').replaceChildren(...d.problems.map((p) => el('li', { text: p })));
  show('problems-section', d.problems.length > 0);
}

function renderForm(d: Dashboard): void {
  const button = $('form') as HTMLButtonElement;
  if (!d.form) {
    $('form-status').textContent = 'Chưa có biểu mẫu. Tạo biểu mẫu để các đơn vị đăng ký trực tuyến.';
    $('form-links').replaceChildren();
    button.textContent = 'Tạo biểu mẫu đăng ký';
    button.dataset.action = 'createRegistrationForm';
    return;
  }
  $('form-status').textContent = d.submitTriggerInstalled
    ? 'Đã bật tự động kiểm tra và gửi thư xác nhận khi có đăng ký mới.'
    : 'Chưa bật tự động kiểm tra khi có đăng ký mới: bấm Cập nhật biểu mẫu để bật.';
  $('form-links').replaceChildren(safeLink('Mở biểu mẫu', d.form.url), document.createTextNode(' · '), safeLink('Sửa biểu mẫu', d.form.editUrl));
  button.textContent = 'Cập nhật biểu mẫu';
  button.dataset.action = 'updateRegistrationForm';
}
