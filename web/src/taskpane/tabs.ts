// ARIA tabs (WAI-ARIA Authoring Practices): one tab stop, arrows/Home/End move, selection follows focus.

export function setupTabs(tablist: HTMLElement, onSelect?: (step: string) => void): (step: string) => void {
  const tabs = Array.from(tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  const select = (step: string, focus = false) => {
    for (const tab of tabs) {
      const selected = tab.dataset.step === step;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute("aria-controls") ?? "");
      if (panel) panel.hidden = !selected;
      if (selected && focus) tab.focus();
    }
    onSelect?.(step);
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener("click", () => select(tab.dataset.step ?? ""));
    tab.addEventListener("keydown", (event) => {
      const last = tabs.length - 1;
      const target =
        event.key === "ArrowRight" || event.key === "ArrowDown" ? (index === last ? 0 : index + 1)
        : event.key === "ArrowLeft" || event.key === "ArrowUp" ? (index === 0 ? last : index - 1)
        : event.key === "Home" ? 0
        : event.key === "End" ? last
        : -1;
      if (target < 0) return;
      event.preventDefault();
      select(tabs[target].dataset.step ?? "", true);
    });
  });
  select(tabs[0]?.dataset.step ?? "");
  return (step) => select(step, true);
}
