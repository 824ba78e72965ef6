using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// Credentials pasted into prompts as configuration: connection strings, .env lines, JSON settings,
/// URLs with a user and password; only the password or key is the secret, never the user name, the
/// other fields or a placeholder. Identity documents named in English.
/// </summary>
public class CredentialFormsTests
{
    [Theory]
    [InlineData("\"Main\": \"Host=pg01.agglo.local;Port=5432;Username=etl_rh;Password=R3cru#Agglo;SslMode=Require\"", "R3cru#Agglo")]
    [InlineData("APP_ENV=prod\nMAIL_PASSWORD=Cantine@2025!\nMAIL_PORT=587", "Cantine@2025!")]
    [InlineData("SMTP_PWD=fontaine1987", "fontaine1987")]
    [InlineData("export OPENDATA_API_KEY=4b1e9c07d2a85f3e6b90c1d7a2e4f8b3", "4b1e9c07d2a85f3e6b90c1d7a2e4f8b3")]
    [InlineData("{ \"user\": \"portail\", \"password\": \"Piscine&Sports2024\" }", "Piscine&Sports2024")]
    [InlineData("La synchro utilise sftp://transfert:Zx9!marches@depot.cdg74.fr/entrant chaque nuit.", "Zx9!marches")]
    [InlineData("  \"ApiToken\": \"SG.Lk29vQ81cXnRz6Ba4PfE.Hm3tY7wU0pJ5dS2gK8oN1rV6eC4aZ9bX\"", "SG.Lk29vQ81cXnRz6Ba4PfE.Hm3tY7wU0pJ5dS2gK8oN1rV6eC4aZ9bX")]
    [InlineData("Le mot de passe du compte est Ma@rie_Net#12 depuis lundi.", "Ma@rie_Net#12")]
    public void CredentialIsFound(string text, string value) => Detect.Found(text, Categories.Secret, value);

    [Theory]
    [InlineData("Erreur : « Login failed for user 'etl_rh' » au démarrage du service.")]
    [InlineData("Server=sql02;Database=Paie;User Id=svc_paie;Password=${PAIE_DB_PASSWORD};Encrypt=True")]
    [InlineData("\"password\": \"********\"")]
    [InlineData("La documentation est sur https://docs.ville.local/guides/connexion.html.")]
    [InlineData("Écrire à l'identifiant jean.roux@agglo.fr pour obtenir l'accès.")]
    public void NonCredentialsAreNotFound(string text) => Detect.NotFound(text, Categories.Secret);

    [Theory]
    [InlineData("Please find attached a scan of my Irish passport (no. 781204553) for the visa file.", "781204553")]
    [InlineData("My residence permit number is 9912345678.", "9912345678")]
    public void EnglishIdDocumentIsFound(string text, string value) => Detect.Found(text, Categories.IdDocument, value);

    [Theory]
    [InlineData("I sent my passport last week; the tracking number of the parcel is 781204553.")]
    [InlineData("Le dossier n° 781204553 concerne un renouvellement de passeport.")]
    public void NineDigitReferencesAreNotPassports(string text) => Detect.NotFound(text, Categories.IdDocument);
}
