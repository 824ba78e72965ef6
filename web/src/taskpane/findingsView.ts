import { categoryLabel, type Messages } from "../shared/i18n";
import type { Finding } from "../shared/wireTypes";

/** Renders findings as list items: category, explanation and the charter clause. Never the detected value. */
export function renderFindings(list: HTMLElement, findings: Finding[], m: Messages): void {
  list.replaceChildren(
    ...findings.map((f) => {
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
      return item;
    }),
  );
}
