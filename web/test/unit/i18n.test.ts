import { describe, expect, test } from "vitest";
import { categoryLabel, messages, pickLanguage } from "../../src/shared/i18n";

describe("pickLanguage", () => {
  test("French by default, whatever the browser says", () => {
    expect(pickLanguage(null, undefined)).toBe("fr");
  });
  test("English when Office displays in English", () => {
    expect(pickLanguage(null, "en-GB")).toBe("en");
  });
  test("an explicit ?lang= wins over Office", () => {
    expect(pickLanguage("fr", "en-US")).toBe("fr");
  });
});

test("every category of the taxonomy has a French and an English label", () => {
  const ids = ["PERSON_NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "DATE_OF_BIRTH", "NIR", "IBAN", "PAYMENT_CARD",
    "ID_DOCUMENT", "TAX_ID", "SOCIAL_BENEFIT_ID", "LICENSE_PLATE", "HEALTH", "SPECIAL_CATEGORY", "CRIMINAL",
    "VULNERABLE", "SECRET", "ORG_ID"];
  for (const lang of ["fr", "en"] as const) {
    for (const id of ids) expect(categoryLabel(messages(lang), id)).not.toBe(id);
  }
});
