import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { bodyFingerprint, checklistComplete, containsMention, newGateState, normalizeText, parseGateState } from "../../src/shared/gateState";
import { loadPseudonyms, restorePlaceholders, savePseudonyms } from "../../src/shared/pseudonyms";
import { sha256Hex } from "../../src/shared/sha256";

describe("sha256Hex", () => {
  test.each(["", "abc", "é à ç — 😀", "x".repeat(55), "y".repeat(56), "z".repeat(1000), "\ud800 lone"])(
    "matches node's crypto for %j",
    (text) => {
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    },
  );
});

describe("gate state", () => {
  test("normalisation ignores line endings, NBSP, zero-width spaces, trailing blanks", () => {
    expect(normalizeText("a\u00a0b \r\n\r\n\r\n\u200bc  \n")).toBe("a b\n\nc");
  });
  test("the fingerprint ignores the mention, so inserting it after the checklist changes nothing", () => {
    const mention = "Contenu généré avec l'aide de l'IA";
    expect(bodyFingerprint(`Texte.\n\n${mention}`, mention)).toBe(bodyFingerprint("Texte.", mention));
    expect(bodyFingerprint("Texte modifié.", mention)).not.toBe(bodyFingerprint("Texte.", mention));
    expect(containsMention(`x\n${mention.replace(/ /g, "\u00a0")}`, mention)).toBe(true);
  });
  test("parse refuses what is not ours", () => {
    expect(parseGateState("{not json")).toBeNull();
    expect(parseGateState('{"v":2,"itemKey":"k"}')).toBeNull();
    expect(parseGateState(JSON.stringify(newGateState("k")))?.itemKey).toBe("k");
  });
  test("checklist is complete only with every item ticked", () => {
    const s = { ...newGateState("k"), checklist: { items: ["a", "b"], ticked: ["a"], bodyHash: null } };
    expect(checklistComplete(s)).toBe(false);
    expect(checklistComplete({ ...s, checklist: { ...s.checklist, ticked: ["b", "a"] } })).toBe(true);
    expect(checklistComplete({ ...s, checklist: { ...s.checklist, ticked: ["b", "a"] } }, ["a", "b", "c"])).toBe(false);
  });
});

describe("pseudonyms", () => {
  const mapping = [
    { placeholder: "[PERSONNE_1]", value: "Jeanne Martin", category: "PERSON_NAME" },
    { placeholder: "[PERSONNE_10]", value: "Paul Durand", category: "PERSON_NAME" },
    { placeholder: "[IBAN_1]", value: "FR76 3000 6000 0112 3456 7890 189", category: "IBAN" },
  ];
  test("restores placeholders, including the ones an AI tool re-cased or spaced", () => {
    const answer = "Madame [PERSONNE_1], votre IBAN [iban_1] est noté ; [ Personne 10 ] vous répondra. [AUTRE_1] reste.";
    expect(restorePlaceholders(answer, mapping)).toBe(
      "Madame Jeanne Martin, votre IBAN FR76 3000 6000 0112 3456 7890 189 est noté ; Paul Durand vous répondra. [AUTRE_1] reste.",
    );
  });
  test("the mapping is kept per item in session storage only", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v), removeItem: (k: string) => store.delete(k) } as unknown as Storage;
    savePseudonyms({ itemKey: "a", toolId: "iris", mapping }, storage);
    expect(loadPseudonyms("a", storage)?.mapping).toHaveLength(3);
    expect(loadPseudonyms("b", storage)).toBeNull();
  });
});
