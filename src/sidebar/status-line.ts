/** The sidebar's one status line (aria-live): progress, results and errors in words. */
import { SIDEBAR_TEXT } from './sidebar-text';
import { $, el, safeLink } from './dom';

export function showMessage(text: string, isError = false, links: ReadonlyArray<{ label: string; url: string }> = []): void {
  const status = $('status');
  status.className = isError ? 'error' : 'muted';
  status.replaceChildren(el('span', { text }), ...links.flatMap((l) => [document.createTextNode(' '), safeLink(l.label, l.url)]));
}

/** Runs one server action with the busy state on, and gives focus back to the pressed button. */
export async function act(work: () => Promise<void>): Promise<void> {
  const pressed = document.activeElement instanceof HTMLElement && document.activeElement.matches('button, input')
    ? document.activeElement : undefined;
  document.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input').forEach((b) => { b.disabled = true; });
  document.body.setAttribute('aria-busy', 'true');
  try {
    await work();
  } catch (e) {
    showMessage(SIDEBAR_TEXT.noConnection((e as Error).message), true);
  } finally {
    document.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input').forEach((b) => { b.disabled = false; });
    document.body.setAttribute('aria-busy', 'false');
    pressed?.focus();
  }
}
