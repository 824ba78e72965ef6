// A small element builder for the dashboard's views (text is always set as text, never as HTML).

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.replace(/^on/, ""), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "number" ? String(child) : child);
  }
  return element;
}

/** A labelled select; `options` are [value, label] pairs. */
export function selectField(id: string, label: string, options: [string, string][], value: string): HTMLElement {
  const select = h("select", { id, name: id }, options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)));
  return h("div", { class: "field" }, h("label", { for: id }, label), select);
}

export function inputField(id: string, label: string, type: string, value: string, hint?: string): HTMLElement {
  const hintId = hint ? `${id}-hint` : undefined;
  return h("div", { class: "field" },
    h("label", { for: id }, label),
    h("input", { id, name: id, type, value, "aria-describedby": hintId }),
    hint ? h("span", { id: hintId, class: "hint" }, hint) : null);
}
