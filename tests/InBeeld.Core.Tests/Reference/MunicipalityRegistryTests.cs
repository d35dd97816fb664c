using System.Text.RegularExpressions;
using InBeeld.Core.Reference;

namespace InBeeld.Core.Tests.Reference;

public sealed class MunicipalityRegistryTests
{
    [Fact]
    public void ValidOn_ReferenceDate_Gives342Municipalities()
    {
        MunicipalityRegistry.ValidOn(new DateOnly(2025, 1, 1)).Count.ShouldBe(342);
        MunicipalityRegistry.ReferenceDate.ShouldBe(new DateOnly(2025, 1, 1));
    }

    // Golden figures: the number of municipalities CBS reports for each year of the covered period.
    [Theory]
    [InlineData("2017-06-01", 388)]
    [InlineData("2018-06-01", 380)]
    [InlineData("2019-06-01", 355)]
    [InlineData("2020-06-01", 355)]
    [InlineData("2021-06-01", 352)]
    [InlineData("2022-01-01", 345)]
    [InlineData("2022-03-24", 344)]
    [InlineData("2023-01-01", 342)]
    [InlineData("2024-06-01", 342)]
    public void ValidOn_MatchesPublishedCountPerYear(string date, int expected)
    {
        MunicipalityRegistry.ValidOn(DateOnly.Parse(date)).Count.ShouldBe(expected);
    }

    [Fact]
    public void ValidOn_BeforeCompleteFrom_Refuses()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => MunicipalityRegistry.ValidOn(new DateOnly(2016, 12, 31)));
    }

    [Theory]
    [InlineData("GM0197", "Aalten")]
    [InlineData("GM1859", "Berkelland")]
    [InlineData("GM1876", "Bronckhorst")]
    [InlineData("GM0222", "Doetinchem")]
    [InlineData("GM0262", "Lochem")]
    [InlineData("GM1955", "Montferland")]
    [InlineData("GM1586", "Oost Gelre")]
    [InlineData("GM1509", "Oude IJsselstreek")]
    [InlineData("GM0294", "Winterswijk")]
    public void Achterhoek_HasTheNineMunicipalitiesWithTheirCodes(string code, string name)
    {
        MunicipalityRegistry.Achterhoek.ShouldContain(code);
        MunicipalityRegistry.TryGet(code, out var municipality).ShouldBeTrue();
        municipality.Name.ShouldBe(name);
        municipality.ValidUntil.ShouldBeNull();
    }

    [Fact]
    public void Achterhoek_HasExactlyNineDistinctCodes()
    {
        MunicipalityRegistry.Achterhoek.Distinct().Count().ShouldBe(9);
    }

    [Fact]
    public void MergerOf2023_VoorneAanZeeReplacesThreeMunicipalities()
    {
        MunicipalityRegistry.TryGet("GM0530", out var hellevoetsluis).ShouldBeTrue();
        hellevoetsluis.Name.ShouldBe("Hellevoetsluis");
        hellevoetsluis.ValidUntil.ShouldBe(new DateOnly(2022, 12, 31));
        hellevoetsluis.IsValidOn(new DateOnly(2022, 6, 1)).ShouldBeTrue();
        hellevoetsluis.IsValidOn(new DateOnly(2023, 6, 1)).ShouldBeFalse();

        var codes2022 = MunicipalityRegistry.ValidOn(new DateOnly(2022, 6, 1)).Select(m => m.CbsCode).ToList();
        var codes2023 = MunicipalityRegistry.ValidOn(new DateOnly(2023, 6, 1)).Select(m => m.CbsCode).ToList();
        codes2022.ShouldContain("GM0530");
        codes2022.ShouldNotContain("GM1992");
        codes2023.ShouldContain("GM1992");
        codes2023.ShouldNotContain("GM0501");
        codes2023.ShouldNotContain("GM0614");
    }

    [Fact]
    public void WeespJoinedAmsterdamOn24March2022()
    {
        MunicipalityRegistry.TryGet("GM0457", out var weesp).ShouldBeTrue();
        weesp.IsValidOn(new DateOnly(2022, 3, 23)).ShouldBeTrue();
        weesp.IsValidOn(new DateOnly(2022, 3, 24)).ShouldBeFalse();
    }

    [Fact]
    public void StudyFrom2020_SeesTheMunicipalitiesOfItsTime()
    {
        var names = MunicipalityRegistry.ValidOn(new DateOnly(2020, 3, 17)).Select(m => m.Name).ToList();
        names.ShouldContain("Appingedam");
        names.ShouldContain("Beemster");
        names.ShouldContain("Heerhugowaard");
        names.ShouldContain("Het Hogeland");
        names.ShouldNotContain("Eemsdelta");
        names.ShouldNotContain("Dijk en Waard");
        names.ShouldNotContain("Haren");
    }

    [Fact]
    public void ValidOn_IsSortedByName()
    {
        var names = MunicipalityRegistry.ValidOn(new DateOnly(2025, 1, 1)).Select(m => m.Name).ToList();
        names[0].ShouldBe("Aa en Hunze");
        names[^1].ShouldBe("Zwolle");
    }

    [Theory]
    [InlineData("oude ijs")]
    [InlineData("OUDE IJSSELSTREEK")]
    [InlineData("ijsselstreek")]
    [InlineData("GM1509")]
    [InlineData("1509")]
    public void Search_FindsOudeIJsselstreek(string text)
    {
        MunicipalityRegistry.Search(text).Select(m => m.Name).ShouldContain("Oude IJsselstreek");
    }

    [Fact]
    public void Search_IgnoresAccentsAndHyphens()
    {
        MunicipalityRegistry.Search("sudwest fryslan").Single().CbsCode.ShouldBe("GM1900");
        MunicipalityRegistry.Search("s gravenhage").Single().CbsCode.ShouldBe("GM0518");
    }

    [Fact]
    public void Search_PutsNamesStartingWithTheTextFirst()
    {
        var results = MunicipalityRegistry.Search("berg");
        results[0].Name.ShouldStartWith("Berg");
        var names = results.Select(m => m.Name).ToList();
        names.ShouldContain("Geertruidenberg");
        names.IndexOf("Geertruidenberg").ShouldBeGreaterThan(names.IndexOf("Bergen op Zoom"));
    }

    [Fact]
    public void Search_WithDate_LeavesOutMunicipalitiesOfOtherYears()
    {
        MunicipalityRegistry.Search("weesp").ShouldHaveSingleItem();
        MunicipalityRegistry.Search("weesp", new DateOnly(2025, 1, 1)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Search_BlankText_FindsNothing(string? text)
    {
        MunicipalityRegistry.Search(text).ShouldBeEmpty();
    }

    [Fact]
    public void EveryCode_HasCbsFormatAndIsUnique()
    {
        var pattern = new Regex(@"^GM\d{4}$");
        MunicipalityRegistry.All.ShouldAllBe(m => pattern.IsMatch(m.CbsCode));
        MunicipalityRegistry.All.Select(m => m.CbsCode).Distinct().Count().ShouldBe(MunicipalityRegistry.All.Count);
    }

    [Fact]
    public void NoTwoMunicipalities_ShareANameOnTheSameDay()
    {
        for (var year = 2017; year <= 2025; year++)
        {
            var names = MunicipalityRegistry.ValidOn(new DateOnly(year, 7, 1)).Select(m => m.Name).ToList();
            names.Distinct().Count().ShouldBe(names.Count, $"jaar {year}");
        }
    }

    [Fact]
    public void Mergers_TakeEffectOnNewYearsDay_ExceptWeesp()
    {
        // Herindelingen start on 1 January; Weesp (24 March 2022) is the one exception in the period.
        // Any other date points at a typing error in the shipped list.
        MunicipalityRegistry.All.Where(m => m.ValidFrom is not null)
            .ShouldAllBe(m => m.ValidFrom!.Value.Month == 1 && m.ValidFrom!.Value.Day == 1);
        MunicipalityRegistry.All.Where(m => m.ValidUntil is not null && m.CbsCode != "GM0457")
            .ShouldAllBe(m => m.ValidUntil!.Value.Month == 12 && m.ValidUntil!.Value.Day == 31);
    }

    [Fact]
    public void TryGet_UnknownOrMissingCode_ReturnsFalse()
    {
        MunicipalityRegistry.TryGet("GM9999", out _).ShouldBeFalse();
        MunicipalityRegistry.TryGet(null, out _).ShouldBeFalse();
    }

    [Fact]
    public void TryGet_IgnoresCaseAndSurroundingSpace()
    {
        MunicipalityRegistry.TryGet(" gm0222 ", out var doetinchem).ShouldBeTrue();
        doetinchem.Name.ShouldBe("Doetinchem");
    }

    [Fact]
    public void Version_ComesFromTheShippedFile()
    {
        MunicipalityRegistry.Version.ShouldBe("2025-01-01");
    }

    [Fact]
    public void Registry_IsSafeToUseFromManyThreadsAtOnce()
    {
        var counts = new int[16];
        Parallel.For(0, counts.Length, i => counts[i] = MunicipalityRegistry.ValidOn(new DateOnly(2025, 1, 1)).Count);
        counts.ShouldAllBe(c => c == 342);
    }
}
