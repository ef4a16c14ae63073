// A tiny element builder: text goes in as text nodes, never as HTML, so plan content cannot inject markup.

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; title?: string; data?: Record<string, string>; attrs?: Record<string, string>; style?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) {
    el.className = props.class;
  }
  if (props.title) {
    el.title = props.title;
  }
  for (const [k, v] of Object.entries(props.data ?? {})) {
    el.dataset[k] = v;
  }
  for (const [k, v] of Object.entries(props.attrs ?? {})) {
    el.setAttribute(k, v);
  }
  // CSSOM assignments are allowed by the webview's CSP, unlike style="" attributes.
  for (const [k, v] of Object.entries(props.style ?? {})) {
    el.style.setProperty(k, v);
  }
  for (const child of children) {
    if (child) {
      el.append(child);
    }
  }
  return el;
}

export function button(content: Child | Child[], onClick: () => void, props: Parameters<typeof h>[1] = {}): HTMLButtonElement {
  const el = h('button', { ...props, attrs: { type: 'button', ...props.attrs } }, ...(Array.isArray(content) ? content : [content]));
  el.addEventListener('click', onClick);
  return el;
}
