using InBeeld.Core.Interviews;
using InBeeld.Core.Reference;
using InBeeld.Core.Studies;

namespace InBeeld.Core.Tests.Reference;

public sealed class DefaultVocabularyTests
{
    public static TheoryData<string, IReadOnlyList<VocabularyTerm>> Lists() => new()
    {
        { "kanalen", DefaultVocabulary.Channels },
        { "kantelmomenten", DefaultVocabulary.TurningPoints },
        { "fasen", DefaultVocabulary.Phases },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void EveryList_IsNonEmptyWithUniqueUsableNames(string list, IReadOnlyList<VocabularyTerm> terms)
    {
        terms.ShouldNotBeEmpty(list);
        terms.ShouldAllBe(t => !string.IsNullOrWhiteSpace(t.Name) && t.Name == t.Name.Trim());
        terms.ShouldAllBe(t => t.Name.Length <= InterviewRules.MaxNameLength);
        terms.Select(t => t.Name.ToUpperInvariant()).Distinct().Count().ShouldBe(terms.Count, list);
    }

    [Theory]
    [InlineData("Balie")]
    [InlineData("Telefoon")]
    [InlineData("E-mail")]
    [InlineData("Brief")]
    [InlineData("Website")]
    [InlineData("Huisbezoek")]
    [InlineData("Op school")]
    [InlineData("Chat/app")]
    [InlineData("(Video)bellen")]
    [InlineData("Via ouders/netwerk")]
    public void Channels_IncludeTheUsualWaysOfContact(string channel)
    {
        DefaultVocabulary.Channels.Select(c => c.Name).ShouldContain(channel);
    }

    [Theory]
    [InlineData("Van vo naar mbo")]
    [InlineData("Uitval en RMC")]
    [InlineData("Van school naar werk")]
    [InlineData("18 worden: van jeugdhulp naar Wmo")]
    [InlineData("Instroom in uitkering (UWV of gemeente)")]
    [InlineData("Van azc naar gemeente")]
    public void TurningPoints_IncludeThoseFromTheSourceDocuments(string turningPoint)
    {
        DefaultVocabulary.TurningPoints.Select(t => t.Name).ShouldContain(turningPoint);
    }

    [Fact]
    public void TurningPointsAndPhases_ExplainThemselves()
    {
        DefaultVocabulary.TurningPoints.ShouldAllBe(t => !string.IsNullOrWhiteSpace(t.Description));
        DefaultVocabulary.Phases.ShouldAllBe(p => !string.IsNullOrWhiteSpace(p.Description));
    }

    [Fact]
    public void Organizations_SuggestOneUniqueNamePerType()
    {
        var expected = Enum.GetValues<OrganizationType>().Where(t => t != OrganizationType.Other);
        DefaultVocabulary.Organizations.Select(o => o.Type).ShouldBe(expected, ignoreOrder: true);
        DefaultVocabulary.Organizations.Select(o => o.Name).Distinct().Count().ShouldBe(DefaultVocabulary.Organizations.Count);
    }
}
