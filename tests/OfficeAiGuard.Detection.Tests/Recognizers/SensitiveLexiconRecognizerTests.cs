using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>Art. 9 / art. 10 / vulnerability lexicons: about a person → finding; policy mention → none.</summary>
public class SensitiveLexiconRecognizerTests
{
    [Theory]
    [InlineData("Mme Kaci est en congé de longue maladie depuis dix-huit mois.", "congé de longue maladie")]
    [InlineData("Elle est enceinte de six mois.", "enceinte")]
    [InlineData("L'agent est reconnue travailleuse handicapée depuis plusieurs années.", "travailleuse handicapée")]
    [InlineData("Son fils aîné est autiste et accueilli en IME.", "autiste")]
    [InlineData("Il est sous insuline pour un diabète de type 2.", "insuline")]
    [InlineData("Elle est en\u00A0arrêt\u00A0maladie depuis lundi.", "arrêt\u00A0maladie")]
    [InlineData("L'élève Lucas Ferrand présente des troubles de l'attention avec hyperactivité.", "troubles de l'attention")]
    public void HealthAboutAPersonIsFound(string text, string value) => Detect.Found(text, Categories.Health, value);

    [Theory]
    [InlineData("Le contrat local de santé est porté par l'Agence régionale de santé.")]
    [InlineData("Formation « accueil des publics en situation de handicap » proposée par le CNFPT.")]
    [InlineData("Le centre de santé municipal et la médecine préventive du centre de gestion.")]
    public void HealthPolicyMentionsAreNotFound(string text) => Detect.NotFound(text, Categories.Health);

    [Theory]
    [InlineData("M. CARPENTIER était de confession musulmane et pratiquant.", "confession musulmane")]
    [InlineData("Il a été désigné délégué syndical FO à compter du 1er mars.", "délégué syndical")]
    [InlineData("Il est, comme tu le sais, militant du Rassemblement national.", "militant")]
    public void SpecialCategoryIsFound(string text, string value) => Detect.Found(text, Categories.SpecialCategory, value);

    [Fact]
    public void UnionsCallingAStrikeIsNotSpecialCategory() =>
        Detect.NotFound("Suite au préavis de grève déposé par plusieurs organisations syndicales, la commune organise l'accueil.", Categories.SpecialCategory);

    [Theory]
    [InlineData("Il a été contrôlé en état d'alcoolémie au volant samedi soir.", "alcoolémie")]
    [InlineData("M. Clément a été mis en examen pour détournement de fonds publics.", "mis en examen")]
    [InlineData("Il a été condamné à deux ans d'emprisonnement dont un avec sursis.", "condamné")]
    public void CriminalIsFound(string text, string value) => Detect.Found(text, Categories.Criminal, value);

    [Theory]
    [InlineData("La police municipale renforce ses patrouilles le samedi soir.")]
    [InlineData("Le procès-verbal du jury sera signé par tous les membres.")]
    public void CriminalLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.Criminal);

    [Theory]
    [InlineData("la demande de Mme Josiane LACOSTE, bénéficiaire du RSA depuis deux ans", "bénéficiaire du RSA")]
    [InlineData("M. CARPENTIER était placé sous tutelle, mesure exercée par l'UDAF.", "sous tutelle")]
    [InlineData("Il est sans domicile stable depuis la fin de son hébergement.", "sans domicile stable")]
    [InlineData("Mme Aubry, victime de violences conjugales, a quitté le domicile.", "violences conjugales")]
    [InlineData("Il perçoit l'allocation de solidarité aux personnes âgées.", "allocation de solidarité")]
    public void VulnerableIsFound(string text, string value) => Detect.Found(text, Categories.Vulnerable, value);

    [Theory]
    [InlineData("Le budget du RSA reste à la charge du Département.")]
    [InlineData("La part des domiciliés bénéficiaires du RSA reste stable (37 %).")]
    [InlineData("Le CCAS assure la domiciliation des personnes sans domicile stable de la commune.")]
    public void VulnerablePolicyMentionsAreNotFound(string text) => Detect.NotFound(text, Categories.Vulnerable);
}
