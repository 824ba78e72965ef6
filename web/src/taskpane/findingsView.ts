import { categoryLabel, type Messages } from "../shared/i18n";
import type { Finding, Severity } from "../shared/wireTypes";

export const SEVERITY_ORDER: Severity[] = ["block", "warn", "info"];

/** Findings grouped by severity, most severe first; empty groups are left out. */
export function groupBySeverity(findings: Finding[]): { severity: Severity; findings: Finding[] }[] {
  return SEVERITY_ORDER.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) }))
    .filter((g) => g.findings.length > 0);
}

/** Counts per category (what a declaration records: never values). */
export function countByCategory(findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.category] = (counts[f.category] ?? 0) + 1;
  return counts;
}

export interface FindingsViewOptions {
  severityLabel: (severity: Severity) => string;
  /** When set, each finding gets a button that selects it in the document. */
  show?: { label: string; ariaLabel: (category: string) => string; onShow: (finding: Finding) => void };
}

/**
 * Renders findings grouped by severity: a heading per group, then category, explanation and the
 * charter clause. Never the detected value.
 */
export function renderFindings(container: HTMLElement, findings: Finding[], m: Messages, options?: FindingsViewOptions): void {
  const groups = groupBySeverity(findings);
  container.replaceChildren(
    ...groups.flatMap(({ severity, findings: group }) => {
      const heading = document.createElement("h3");
      heading.textContent = `${options?.severityLabel(severity) ?? severity} (${group.length})`;
      heading.id = `findings-${severity}`;
      const list = document.createElement("ul");
      list.className = "severity-group";
      list.setAttribute("aria-labelledby", heading.id);
      list.append(
        ...group.map((f) => {
          const item = document.createElement("li");
          item.className = `finding ${f.severity}`;
          item.dataset.category = f.category;
          const category = document.createElement("span");
          category.className = "category";
          category.textContent = categoryLabel(m, f.category);
          const explanation = document.createElement("span");
          explanation.className = "explanation";
          explanation.textContent = f.explanation;
          item.append(category, explanation);
          if (f.clause) {
            const clause = document.createElement("span");
            clause.className = "clause";
            clause.textContent = f.clause;
            item.append(clause);
          }
          if (options?.show) {
            const show = options.show;
            const button = document.createElement("button");
            button.type = "button";
            button.className = "link";
            button.textContent = show.label;
            button.setAttribute("aria-label", show.ariaLabel(categoryLabel(m, f.category)));
            button.addEventListener("click", () => show.onShow(f));
            item.append(button);
          }
          return item;
        }),
      );
      return [heading, list];
    }),
  );
}
