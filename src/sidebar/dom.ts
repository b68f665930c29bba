/** Tiny DOM helpers for the sidebar: every text goes in with textContent, never as HTML. */

export const $ = (id: string) => document.getElementById(id)!;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A link only for https URLs coming from the server; anything else stays plain text. */
export function safeLink(label: string, url: string): HTMLElement {
  if (!/^https:\/\//.test(url)) return el('span', { text: label });
  return el('a', { text: label, attrs: { href: url, target: '_blank', rel: 'noopener' } });
}

export function show(id: string, visible: boolean): void {
  ($(id) as HTMLElement).hidden = !visible;
}
