namespace InBeeld.Core.Tests.Privacy;

public sealed class NegativeDetectionTests
{
    [Theory]
    [InlineData("De huur is € 1.234,56 en de toeslag € 345,00 per maand.")]
    [InlineData("Ik had € 12.500 schuld, in termijnen van 250 euro.")]
    [InlineData("Op 12-03-2024 was het gesprek; de volgende is 2024-04-02 om 14:30.")]
    [InlineData("Van 2019 tot 2023 zat ik op het mbo, in 2024 begon ik bij het UWV.")]
    [InlineData("Zaaknummer Z-2024-0153, dossiernummer 123456789, kenmerk 2024/11/0042.")]
    [InlineData("Ik ben 17 en woon al 3 jaar in Nederland; 12 van de 36 jongeren zeiden hetzelfde.")]
    [InlineData("Het RMC, het UWV en de gemeente Doetinchem werken samen in de Achterhoek.")]
    [InlineData("Gisteren belde de gemeente. Toen ging ik naar het Werkplein.")]
    [InlineData("Versie 1.2.3 van het formulier, pagina 4 van 12.")]
    [InlineData("")]
    public void OrdinaryInterviewText_HasNoFindings(string text)
    {
        Detect.In(text).ShouldBeEmpty();
    }
}
