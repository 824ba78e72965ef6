namespace OfficeAiGuard.Detection.Pseudonymization;

/// <summary>French placeholder labels per category: <c>[PERSONNE_1]</c>, <c>[NIR_1]</c>, <c>[ADRESSE_2]</c>…</summary>
public static class PlaceholderLabels
{
    private static readonly Dictionary<string, string> ByCategory = new(StringComparer.Ordinal)
    {
        [Categories.PersonName] = "PERSONNE",
        [Categories.Email] = "EMAIL",
        [Categories.Phone] = "TELEPHONE",
        [Categories.PostalAddress] = "ADRESSE",
        [Categories.DateOfBirth] = "DATE_NAISSANCE",
        [Categories.Nir] = "NIR",
        [Categories.Iban] = "IBAN",
        [Categories.PaymentCard] = "CARTE_BANCAIRE",
        [Categories.IdDocument] = "PIECE_IDENTITE",
        [Categories.TaxId] = "NUMERO_FISCAL",
        [Categories.SocialBenefitId] = "NUMERO_ALLOCATAIRE",
        [Categories.LicensePlate] = "IMMATRICULATION",
        [Categories.Health] = "DONNEE_SANTE",
        [Categories.SpecialCategory] = "DONNEE_SENSIBLE",
        [Categories.Criminal] = "DONNEE_PENALE",
        [Categories.Vulnerable] = "SITUATION_SOCIALE",
        [Categories.Secret] = "SECRET",
    };

    /// <summary>The label of a category, or null for categories that are not replaced (organisation identifiers).</summary>
    public static string? For(string category) => ByCategory.GetValueOrDefault(category);

    public static IEnumerable<string> All => ByCategory.Values;
}
