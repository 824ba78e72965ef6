namespace OfficeAiGuard.Detection;

/// <summary>
/// Category ids of sensitive data, exactly as in shared/detection/TAXONOMY.md.
/// They are the contract between the engine, the API, the add-in and the scorer.
/// </summary>
public static class Categories
{
    public const string PersonName = "PERSON_NAME";
    public const string Email = "EMAIL";
    public const string Phone = "PHONE";
    public const string PostalAddress = "POSTAL_ADDRESS";
    public const string DateOfBirth = "DATE_OF_BIRTH";
    public const string Nir = "NIR";
    public const string Iban = "IBAN";
    public const string PaymentCard = "PAYMENT_CARD";
    public const string IdDocument = "ID_DOCUMENT";
    public const string TaxId = "TAX_ID";
    public const string SocialBenefitId = "SOCIAL_BENEFIT_ID";
    public const string LicensePlate = "LICENSE_PLATE";
    public const string Health = "HEALTH";
    public const string SpecialCategory = "SPECIAL_CATEGORY";
    public const string Criminal = "CRIMINAL";
    public const string Vulnerable = "VULNERABLE";
    public const string Secret = "SECRET";

    /// <summary>Organisation identifiers (SIREN/SIRET): reported for information, never personal data.</summary>
    public const string OrgId = "ORG_ID";

    public static readonly IReadOnlyList<string> All =
    [
        PersonName, Email, Phone, PostalAddress, DateOfBirth, Nir, Iban, PaymentCard, IdDocument, TaxId,
        SocialBenefitId, LicensePlate, Health, SpecialCategory, Criminal, Vulnerable, Secret, OrgId,
    ];

    public static bool IsKnown(string category) => All.Contains(category);
}
