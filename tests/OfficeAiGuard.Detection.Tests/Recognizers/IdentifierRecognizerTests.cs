using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>Checksummed identifiers: positives, lookalikes whose checksum fails, evasion variants.</summary>
public class IdentifierRecognizerTests
{
    [Theory]
    [InlineData("Son NIR est le 1 96 06 974 54 041 - 14, merci.", "1 96 06 974 54 041 - 14")]
    [InlineData("N° SS 253072B07300470 au dossier.", "253072B07300470")]
    [InlineData("Numéro de sécurité sociale : 2 95 10 99 126 111 93.", "2 95 10 99 126 111 93")]
    [InlineData("NIR 2 85 11 75 112 048 clé 81 (vérifié)", "2 85 11 75 112 048 clé 81")]
    [InlineData("n° INSEE 2851175112048/81", "2851175112048/81")]
    [InlineData("Madame Martin (NIR 1 84 12 75 123 456 40) sollicite une aide.", "1 84 12 75 123 456 40")]
    [InlineData("NIR 2 85 11 75 112 048 (clé 81) au dossier.", "2 85 11 75 112 048 (clé 81)")]
    public void NirWithValidKeyIsFound(string text, string value) => Detect.Found(text, Categories.Nir, value);

    [Theory]
    [InlineData("Madame Martin (NIR 1 84 12 75 123 456 40) sollicite une aide.", "1 84 12 75 123 456 40")]
    [InlineData("NIR 2 85 11 75 112 048 (clé 81) au dossier.", "2 85 11 75 112 048 (clé 81)")]
    [InlineData("NIR 2 85 11 75 112 048 clé 81).", "2 85 11 75 112 048 clé 81")]
    public void NirSpanStopsAtItsKey(string text, string value)
    {
        var nir = Assert.Single(Detect.All(text), f => f.Category == Categories.Nir);
        Assert.Equal(value, text[nir.Start..nir.End]);
    }

    [Theory]
    [InlineData("L'ancienne fiche indiquait 2 43 12 65 594 817 59 mais la clé ne correspond pas.")]
    [InlineData("Montant : 1 234 567 890 123 45 euros")]
    [InlineData("NIR 253072C07300443")]
    [InlineData("NIR 2 85 11 75 112 048 clé 82")]
    public void NirLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.Nir);

    [Theory]
    [InlineData("NIR : 1\u200B96\u200B06 974 54 041 14", "1\u200B96\u200B06 974 54 041 14")]
    [InlineData("NIR : 1\u00A096\u00A006\u00A0974\u00A054\u00A0041\u00A014", "1\u00A096\u00A006\u00A0974\u00A054\u00A0041\u00A014")]
    [InlineData("NIR : \uFF11 96 06 974 54 041 14", "\uFF11 96 06 974 54 041 14")]
    public void NirEvasionsAreFound(string text, string value) => Detect.Found(text, Categories.Nir, value);

    [Theory]
    [InlineData("Voici mon IBAN : FR76 1949 1352 4901 4193 1417 009 pour la paie.", "FR76 1949 1352 4901 4193 1417 009")]
    [InlineData("IBAN FR1420041010050500013M02606.", "FR1420041010050500013M02606")]
    [InlineData("compte ES15-0049-1806-9121-1186-9374 en Espagne", "ES15-0049-1806-9121-1186-9374")]
    [InlineData("IBAN : FR76\u200B1949\u00A01352 4901 4193 1417 009", "FR76\u200B1949\u00A01352 4901 4193 1417 009")]
    public void IbanIsFound(string text, string value) => Detect.Found(text, Categories.Iban, value);

    [Theory]
    [InlineData("IBAN FR6249779971876836732213758 (erroné)")]
    [InlineData("Référence NL56 3003 0A17 1643 00")]
    [InlineData("Article L. 2223-27 du CGCT")]
    public void IbanLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.Iban);

    [Theory]
    [InlineData("RIB : 30006 00001 12345678901 89 (Crédit agricole)", "30006 00001 12345678901 89")]
    [InlineData("RIB 10278089000002049AB0187", "10278089000002049AB0187")]
    [InlineData("RIB : 30006\u00A000001\u00A012345678901\u00A089", "30006\u00A000001\u00A012345678901\u00A089")]
    [InlineData("RIB 3000600001 12345678901 89", "3000600001 12345678901 89")]
    [InlineData("RIB 30006-00001-12345678901-89", "30006-00001-12345678901-89")]
    [InlineData("RIB 30006.00001 12345678901.89", "30006.00001 12345678901.89")]
    [InlineData("compte (RIB:30006 00001 1234567890189)", "30006 00001 1234567890189")]
    public void RibWithValidKeyIsFoundAsBankAccount(string text, string value) => Detect.Found(text, Categories.Iban, value);

    [Theory]
    [InlineData("RIB : 30006 00001 12345678901 88")]
    [InlineData("Marché 20250 00001 12345678901 89 : lots 1 à 3")]
    public void RibLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.Iban);

    [Fact]
    public void IbanWinsOverTheCardOrPhoneInsideIt()
    {
        var findings = Detect.All("IBAN FR76 3000 6000 0112 3456 7890 189.");
        Assert.Single(findings);
        Assert.Equal(Categories.Iban, findings[0].Category);
    }

    [Theory]
    [InlineData("sa carte bancaire (n° 4701 0737 5043 1034) a été volée", "4701 0737 5043 1034")]
    [InlineData("carte achat du service : 5133253659368777.", "5133253659368777")]
    [InlineData("carte : \uFF14\uFF17\uFF10\uFF11 0737 5043 1034", "\uFF14\uFF17\uFF10\uFF11 0737 5043 1034")]
    public void PaymentCardIsFound(string text, string value) => Detect.Found(text, Categories.PaymentCard, value);

    [Theory]
    [InlineData("carte bancaire 4701 0737 5043 1035")]
    [InlineData("Montant total : 1234 5678 9012 3456 €")]
    public void PaymentCardLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.PaymentCard);

    [Theory]
    [InlineData("Votre avis d'imposition (numéro fiscal 3023217600053) fait apparaître", "3023217600053")]
    [InlineData("numéro fiscal : 13 35 771 249 386", "13 35 771 249 386")]
    [InlineData("numéro fiscal\u00A0: 13\u00A035\u00A0771\u00A0249\u00A0386", "13\u00A035\u00A0771\u00A0249\u00A0386")]
    public void TaxIdIsFound(string text, string value) => Detect.Found(text, Categories.TaxId, value);

    [Theory]
    [InlineData("numéro fiscal 3023217600054")]
    [InlineData("délibération n° 2024-045 du 12/03/2024")]
    public void TaxIdLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.TaxId);

    [Fact]
    public void SiretIsAnOrganisationNotPersonalData()
    {
        string text = "Le cabinet (SIRET 732 829 320 00074) ne participe pas aux entretiens.";
        var findings = Detect.All(text);
        Assert.All(findings, f => Assert.Equal(Categories.OrgId, f.Category));
        Assert.NotEmpty(findings);
    }
}
