using System.Globalization;
using InBeeld.Core.Glossary;

namespace InBeeld.Core.Tests.Improvement;

public sealed class TermAnnotatorTests
{
    private static readonly Guid Uwv = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Gemeente = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Dictionary<Guid, string> Names = new() { [Uwv] = "UWV", [Gemeente] = "Gemeente" };

    private static TermAnnotator Annotator() => new(
    [
        new GlossaryEntry { Concept = "aanvraag inkomen", OrganizationId = Uwv, Term = "WW-aanvraag" },
        new GlossaryEntry { Concept = "aanvraag inkomen", OrganizationId = Gemeente, Term = "aanvraag levensonderhoud" },
        new GlossaryEntry { Concept = "intake", OrganizationId = Gemeente, Term = "keukentafelgesprek" },
        new GlossaryEntry { Concept = "besluit", OrganizationId = Uwv, Term = "beschikking" },
    ], Names);

    public TermAnnotatorTests() => CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");

    [Fact]
    public void OwnTerms_GetTheSharedTermBeside_WholeWordsOnly_IgnoringCase()
    {
        Annotator().AnnotateAsText("Na de ww-aanvraag kwam de Beschikking; geen beschikkingen-map.")
            .ShouldBe("Na de aanvraag inkomen (UWV: ww-aanvraag) kwam de besluit (UWV: Beschikking); geen beschikkingen-map.");
    }

    [Fact]
    public void LongestTerm_Wins_AndSegmentsCoverTheText()
    {
        var text = "Eerst een aanvraag levensonderhoud, dan het keukentafelgesprek.";
        var segments = Annotator().Annotate(text);
        string.Concat(segments.Select(s => s.Text)).ShouldBe(text);
        segments.Where(s => s.Concept is not null).Select(s => (s.Text, s.Concept, s.Organization))
            .ShouldBe([("aanvraag levensonderhoud", "aanvraag inkomen", "Gemeente"), ("keukentafelgesprek", "intake", "Gemeente")]);
    }

    [Fact]
    public void AnOrganisationsText_UsesOnlyItsOwnTerms()
    {
        Annotator().AnnotateAsText("beschikking en keukentafelgesprek", Gemeente).ShouldBe("beschikking en intake (Gemeente: keukentafelgesprek)");
    }

    [Fact]
    public void Rules_RefuseADuplicateTermForOneOrganisation_AndAnOutsideOrganisation()
    {
        var existing = new[] { new GlossaryEntry { Concept = "besluit", OrganizationId = Uwv, Term = "beschikking" } };
        GlossaryRules.Validate("besluit", Uwv, "Beschikking ", null, new HashSet<Guid> { Uwv }, existing)
            .Single().Message.ShouldBe("Deze organisatie heeft de term \"Beschikking\" al in de woordenlijst.");
        GlossaryRules.Validate("besluit", Gemeente, "beschikking", null, new HashSet<Guid> { Uwv }, existing)
            .Single().Location.ShouldBe("OrganizationId");
        GlossaryRules.Validate("", Uwv, "", null, new HashSet<Guid> { Uwv }, []).Select(e => e.Location).ShouldBe(["Concept", "Term"]);
    }
}
