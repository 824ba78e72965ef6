// The period picker used by the list filters, the indicators and the report: a preset select that fills
// two date fields, which stay editable.
import { h, inputField, selectField } from "../dom";
import type { DashboardMessages } from "../i18n";
import { periodFor, periodPresets, presetOf, type Period, type PeriodPreset } from "../query";

export function periodFields(prefix: string, period: Period, now: Date, m: DashboardMessages): HTMLElement {
  const custom = period.from || period.to ? m.periodCustom : "—";
  const group = h("fieldset", { class: "period" },
    h("legend", {}, m.period),
    selectField(`${prefix}-period`, m.periodPreset, [["", custom], ...periodPresets.map((p): [string, string] => [p, m.presets[p]])],
      period.from || period.to ? presetOf(period, now) : ""),
    inputField(`${prefix}-from`, m.from, "date", period.from),
    inputField(`${prefix}-to`, m.to, "date", period.to));
  const input = (name: string) => group.querySelector(`#${prefix}-${name}`) as HTMLInputElement;
  input("period").addEventListener("change", () => {
    const chosen = input("period").value as PeriodPreset | "";
    if (!chosen) return;
    const p = periodFor(chosen, now);
    input("from").value = p.from;
    input("to").value = p.to;
  });
  return group;
}

/** Reads the dates a `periodFields` group holds. */
export function readPeriod(root: ParentNode, prefix: string): Period {
  const value = (name: string) => (root.querySelector(`#${prefix}-${name}`) as HTMLInputElement | null)?.value ?? "";
  return { from: value("from"), to: value("to") };
}
