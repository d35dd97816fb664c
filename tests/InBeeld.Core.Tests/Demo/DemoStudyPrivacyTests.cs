using System.Text.RegularExpressions;
using InBeeld.Core.Demo;
using InBeeld.Core.Interchange;

namespace InBeeld.Core.Tests.Demo;

/// <summary>
/// The demo is shown to anyone who installs InBeeld, so it must not look like, or leak, real
/// personal data: no names, e-mail addresses, phone numbers, or names of real institutions.
/// </summary>
public sealed partial class DemoStudyPrivacyTests
{
    // Common first names, including those of the people quoted in the source documents.
    private static readonly string[] FirstNames =
    [
        "Jan", "Piet", "Kees", "Anna", "Emma", "Sophie", "Lisa", "Daan", "Sem", "Lucas", "Milan", "Levi",
        "Noah", "Julia", "Mila", "Tess", "Sara", "Anouk", "Fleur", "Bram", "Thomas", "Tim", "Lars", "Ruben",
        "Mohammed", "Ahmed", "Fatima", "Ali", "Omar", "Yusuf", "Senait", "Tesfay", "Anita", "Selma", "Vincent",
        "Jeroen", "Marja", "Annelies", "Wietske", "Ieta", "Sigrid", "Vanessa", "Pieter", "Kevin", "Dylan",
    ];

    // Real organisations from the source documents; the demo uses generic names instead.
    private static readonly string[] RealInstitutions =
    [
        "Contentvisie", "Graafschap College", "Yacht", "Good2Consult", "Hogeschool Rotterdam", "NHL Stenden",
    ];

    private static readonly StudyDocument Demo = DemoStudy.Create();

    [Fact]
    public void NoText_ContainsAnEmailAddress()
    {
        AllTexts().ShouldAllBe(t => !EmailPattern().IsMatch(t));
    }

    [Fact]
    public void NoText_ContainsAPhoneNumber()
    {
        AllTexts().ShouldAllBe(t => !PhonePattern().IsMatch(t));
    }

    [Fact]
    public void NoText_ContainsAFirstName()
    {
        foreach (var text in AllTexts())
        {
            foreach (var name in FirstNames)
            {
                Regex.IsMatch(text, $@"\b{name}\b").ShouldBeFalse($"'{name}' in: {text}");
            }
        }
    }

    [Fact]
    public void NoText_NamesARealInstitution()
    {
        AllTexts().ShouldAllBe(t => !RealInstitutions.Any(r => t.Contains(r, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void PrivacyChecks_WouldCatchWhatTheyLookFor()
    {
        EmailPattern().IsMatch("mail naar info@voorbeeld.nl").ShouldBeTrue();
        PhonePattern().IsMatch("bel 06 12 34 56 78").ShouldBeTrue();
        PhonePattern().IsMatch("bel 0314-123456").ShouldBeTrue();
        PhonePattern().IsMatch("vier weken zoekperiode, 24 uur per week").ShouldBeFalse();
    }

    private static IEnumerable<string> AllTexts()
    {
        yield return Demo.Study.Title;
        yield return Demo.Study.TargetGroup ?? "";
        yield return Demo.Study.CentralQuestion ?? "";
        foreach (var item in Demo.Organizations)
        {
            yield return item.Name;
        }

        foreach (var participant in Demo.Participants)
        {
            yield return participant.Code;
            foreach (var value in participant.Attributes.Values)
            {
                yield return value;
            }
        }

        foreach (var interview in Demo.Interviews)
        {
            yield return interview.Interviewer ?? "";
            yield return interview.Consent.RecordedBy ?? "";
            foreach (var step in interview.Steps)
            {
                yield return step.Description;
                yield return step.PainPoint ?? "";
                yield return step.BrightSpot ?? "";
                foreach (var quote in step.Quotes)
                {
                    yield return quote;
                }
            }
        }
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+")]
    private static partial Regex EmailPattern();

    // Dutch numbers: 10 digits starting with 0, written with optional spaces or dashes, or +31.
    [GeneratedRegex(@"(\+31|\b0)(?:[\s-]?\d){9}\b")]
    private static partial Regex PhonePattern();
}
