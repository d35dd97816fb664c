using InBeeld.Core.Reference;

namespace InBeeld.Core.Tests.Reference;

public sealed class MunicipalityCsvTests
{
    private const string Valid = """
        # Versie: test-1
        code;naam;geldig_van;geldig_tot
        GM0222;Doetinchem;;
        GM0457;Weesp;;2022-03-23
        GM0820;Nuenen, Gerwen en Nederwetten;;
        """;

    [Fact]
    public void Parse_ReadsVersionDatesAndNamesWithCommas()
    {
        var (version, municipalities) = MunicipalityCsv.Parse(new StringReader(Valid));

        version.ShouldBe("test-1");
        municipalities.Count.ShouldBe(3);
        municipalities[1].ShouldBe(new Municipality("GM0457", "Weesp", null, new DateOnly(2022, 3, 23)));
        municipalities[2].Name.ShouldBe("Nuenen, Gerwen en Nederwetten");
    }

    [Theory]
    [InlineData("GM222;Doetinchem;;", "regel 3")]
    [InlineData("GM0222;Doetinchem;2020-13-01;", "ongeldige datum")]
    [InlineData("GM0222;;;", "naam ontbreekt")]
    [InlineData("GM0222;Doetinchem;2021-01-01;2020-12-31", "geldig_tot")]
    [InlineData("GM0222;Doetinchem", "vier velden")]
    public void Parse_MalformedLine_NamesTheLine(string line, string expected)
    {
        var text = "# Versie: x\ncode;naam;geldig_van;geldig_tot\n" + line + "\n";

        var error = Should.Throw<InvalidDataException>(() => MunicipalityCsv.Parse(new StringReader(text)));

        error.Message.ShouldContain(expected);
        error.Message.ShouldContain("regel 3");
    }

    [Fact]
    public void Parse_WithoutVersion_Refuses()
    {
        Should.Throw<InvalidDataException>(() =>
            MunicipalityCsv.Parse(new StringReader("code;naam;geldig_van;geldig_tot\nGM0222;Doetinchem;;\n")));
    }
}
