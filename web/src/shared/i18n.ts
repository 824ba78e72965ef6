// User-facing text. French is the default (the users are French agents); English is available.

const fr = {
  title: "OfficeAiGuard",
  subtitle: "Vérification avant envoi ou avant usage d'un outil d'IA",
  draftLabel: "Brouillon à vérifier",
  draftPlaceholder: "Collez ici le texte du courriel ou du document…",
  check: "Vérifier",
  checking: "Vérification en cours…",
  noFindings: "Aucune donnée sensible détectée.",
  findingsCount: (n: number) => (n === 1 ? "1 donnée sensible détectée" : `${n} données sensibles détectées`),
  verdict: { ok: "Conforme", warn: "À vérifier", block: "Bloquant" } as Record<string, string>,
  error: (detail: string) => `La vérification a échoué : ${detail}`,
  signInFailed: "Connexion impossible au service OfficeAiGuard.",
  hostStandalone: "Mode autonome (hors Office)",
  hostOutlook: "Outlook",
  hostWord: "Word",
  categories: {
    PERSON_NAME: "Nom de personne",
    EMAIL: "Adresse électronique",
    PHONE: "Numéro de téléphone",
    POSTAL_ADDRESS: "Adresse postale",
    DATE_OF_BIRTH: "Date de naissance",
    NIR: "Numéro de sécurité sociale (NIR)",
    IBAN: "Coordonnées bancaires (IBAN)",
    PAYMENT_CARD: "Numéro de carte bancaire",
    ID_DOCUMENT: "Pièce d'identité",
    TAX_ID: "Numéro fiscal",
    SOCIAL_BENEFIT_ID: "Identifiant d'allocataire",
    LICENSE_PLATE: "Plaque d'immatriculation",
    HEALTH: "Donnée de santé",
    SPECIAL_CATEGORY: "Donnée sensible (art. 9 RGPD)",
    CRIMINAL: "Infraction ou condamnation (art. 10 RGPD)",
    VULNERABLE: "Situation de vulnérabilité",
    SECRET: "Secret (mot de passe, clé)",
    ORG_ID: "Identifiant d'organisation",
  } as Record<string, string>,
};

export type Messages = typeof fr;

const en: Messages = {
  title: "OfficeAiGuard",
  subtitle: "Check before sending or before using an AI tool",
  draftLabel: "Draft to check",
  draftPlaceholder: "Paste the text of the mail or document here…",
  check: "Check",
  checking: "Checking…",
  noFindings: "No sensitive data found.",
  findingsCount: (n: number) => (n === 1 ? "1 sensitive item found" : `${n} sensitive items found`),
  verdict: { ok: "Compliant", warn: "Review", block: "Blocking" },
  error: (detail: string) => `The check failed: ${detail}`,
  signInFailed: "Could not sign in to the OfficeAiGuard service.",
  hostStandalone: "Standalone mode (outside Office)",
  hostOutlook: "Outlook",
  hostWord: "Word",
  categories: {
    PERSON_NAME: "Person name",
    EMAIL: "E-mail address",
    PHONE: "Phone number",
    POSTAL_ADDRESS: "Postal address",
    DATE_OF_BIRTH: "Date of birth",
    NIR: "Social security number (NIR)",
    IBAN: "Bank account (IBAN)",
    PAYMENT_CARD: "Payment card number",
    ID_DOCUMENT: "Identity document",
    TAX_ID: "Tax number",
    SOCIAL_BENEFIT_ID: "Social benefit id",
    LICENSE_PLATE: "Licence plate",
    HEALTH: "Health data",
    SPECIAL_CATEGORY: "Special category data (GDPR art. 9)",
    CRIMINAL: "Offence or conviction (GDPR art. 10)",
    VULNERABLE: "Vulnerability",
    SECRET: "Secret (password, key)",
    ORG_ID: "Organisation identifier",
  },
};

/**
 * Picks the language: an explicit ?lang=, else Office's display language; French otherwise (the users
 * are French agents, whatever language their browser reports).
 */
export function pickLanguage(explicit: string | null, officeDisplayLanguage: string | undefined): "fr" | "en" {
  const lang = (explicit ?? officeDisplayLanguage ?? "fr").toLowerCase();
  return lang.startsWith("en") ? "en" : "fr";
}

export function messages(lang: "fr" | "en"): Messages {
  return lang === "en" ? en : fr;
}

export function categoryLabel(m: Messages, category: string): string {
  return m.categories[category] ?? category;
}
