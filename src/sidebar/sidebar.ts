/**
 * The sidebar's browser code: asks the server for the dashboard (one round trip), shows the
 * counts and the legend, and runs the check. Server replies are validated with zod; all
 * text is inserted with textContent, never as HTML.
 */
import { CheckResponseSchema, DashboardResponseSchema, FormResponseSchema, type Dashboard } from '../core/dto';
import { runServer } from './server-call';

const $ = (id: string) => document.getElementById(id)!;

function item(label: string, color: string, right: string, meaning?: string): HTMLLIElement {
  const li = document.createElement('li');
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = color;
  swatch.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  text.className = 'label';
  text.textContent = label;
  if (meaning) {
    const small = document.createElement('span');
    small.className = 'meaning';
    small.textContent = meaning;
    text.appendChild(small);
  }
  li.append(swatch, text);
  if (right) {
    const num = document.createElement('span');
    num.className = 'num';
    num.textContent = right;
    li.appendChild(num);
  }
  return li;
}

function render(d: Dashboard): void {
  const colorOf = new Map([...d.legend.units, ...d.legend.rows].map((e) => [e.status, e.color]));
  const deadline = d.deadline
    ? `Hạn đăng ký ${d.deadline}${d.daysLeft === null ? '' : d.daysLeft > 0 ? ` — còn ${d.daysLeft} ngày` : d.daysLeft === 0 ? ' — hôm nay là hạn cuối' : ` — đã quá ${-d.daysLeft} ngày`}`
    : 'Chưa đặt hạn đăng ký';
  $('subtitle').textContent = `${d.communeName ? `Xã ${d.communeName}` : ''}${d.year ? ` · năm ${d.year}` : ''} · ${deadline}`;
  $('status').textContent = `${d.totalUnits} đơn vị, ${d.totalRows} đăng ký.`;
  $('unit-counts').replaceChildren(...d.legend.units.map((e) => item(e.status, colorOf.get(e.status)!, String(d.unitCounts[e.status] ?? 0))));
  $('row-counts').replaceChildren(...d.legend.rows.map((e) => item(e.status, colorOf.get(e.status)!, String(d.rowCounts[e.status] ?? 0))));
  $('legend-rows').replaceChildren(...d.legend.rows.map((e) => item(e.status, e.color, '', e.meaning)));
  $('legend-units').replaceChildren(...d.legend.units.map((e) => item(e.status, e.color, '', e.meaning)));
  renderForm(d);
  const problems = $('problems');
  problems.replaceChildren(...d.problems.map((p) => { const li = document.createElement('li'); li.textContent = p; return li; }));
  ($('problems-section') as HTMLElement).hidden = d.problems.length === 0;
}

/** Only https links from the server become hrefs. */
function setLink(id: string, url: string): void {
  const a = $(id) as HTMLAnchorElement;
  if (/^https:\/\//.test(url)) a.href = url; else a.removeAttribute('href');
}

function renderForm(d: Dashboard): void {
  const button = $('form') as HTMLButtonElement;
  if (!d.form) {
    $('form-status').textContent = 'Chưa có biểu mẫu. Tạo biểu mẫu để các đơn vị đăng ký trực tuyến.';
    ($('form-links') as HTMLElement).hidden = true;
    button.textContent = 'Tạo biểu mẫu đăng ký';
    button.dataset.action = 'createRegistrationForm';
    return;
  }
  $('form-status').textContent = d.submitTriggerInstalled
    ? 'Đã bật tự động kiểm tra và gửi thư xác nhận khi có đăng ký mới.'
    : 'Chưa bật tự động kiểm tra khi có đăng ký mới: bấm Cập nhật biểu mẫu để bật.';
  setLink('form-link', d.form.url);
  setLink('form-edit-link', d.form.editUrl);
  ($('form-links') as HTMLElement).hidden = false;
  button.textContent = 'Cập nhật biểu mẫu';
  button.dataset.action = 'updateRegistrationForm';
}

function showMessage(text: string, isError = false): void {
  const status = $('status');
  status.textContent = text;
  status.className = isError ? 'error' : 'muted';
}

function setBusy(busy: boolean): void {
  document.querySelectorAll('button').forEach((b) => { (b as HTMLButtonElement).disabled = busy; });
  document.body.setAttribute('aria-busy', String(busy));
}

async function loadDashboard(): Promise<void> {
  const reply = DashboardResponseSchema.parse(await runServer('getDashboard'));
  if (reply.ok) render(reply); else showMessage(reply.message, true);
}

async function act(work: () => Promise<void>): Promise<void> {
  // Disabling the buttons drops keyboard focus to <body>: give it back to the pressed button.
  const pressed = document.activeElement instanceof HTMLButtonElement ? document.activeElement : undefined;
  setBusy(true);
  try { await work(); } catch (e) {
    showMessage(`Không kết nối được với máy chủ: ${(e as Error).message}. Vui lòng thử lại.`, true);
  } finally {
    setBusy(false);
    pressed?.focus();
  }
}

$('refresh').addEventListener('click', () => act(loadDashboard));
$('check').addEventListener('click', () => act(async () => {
  showMessage('Đang kiểm tra…');
  const reply = CheckResponseSchema.parse(await runServer('checkRegistrations', { source: 'sidebar' }));
  if (!reply.ok) { showMessage(reply.message, true); return; }
  await loadDashboard();
  showMessage(reply.message);
}));
$('form').addEventListener('click', () => act(async () => {
  const action = ($('form') as HTMLButtonElement).dataset.action ?? 'createRegistrationForm';
  showMessage(action === 'createRegistrationForm' ? 'Đang tạo biểu mẫu…' : 'Đang cập nhật biểu mẫu…');
  const reply = FormResponseSchema.parse(await runServer(action, { source: 'sidebar' }));
  if (!reply.ok) { showMessage(reply.message, true); return; }
  await loadDashboard();
  showMessage(reply.message);
}));
act(loadDashboard);
