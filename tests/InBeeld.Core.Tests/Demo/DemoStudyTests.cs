using System.Globalization;
using System.Text.Json;
using InBeeld.Core.Demo;
using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Reference;

namespace InBeeld.Core.Tests.Demo;

public sealed class DemoStudyTests
{
    private static readonly StudyDocument Demo = DemoStudy.Create();

    private static IEnumerable<StepItem> AllSteps => Demo.Interviews.SelectMany(i => i.Steps);

    [Fact]
    public void Create_IsAFictitiousStudyInTheCurrentFormat()
    {
        Demo.Format.ShouldBe(StudyDocument.FormatName);
        Demo.FormatVersion.ShouldBe(StudyDocument.CurrentFormatVersion);
        Demo.Study.Fictitious.ShouldBeTrue();
        Demo.Study.Title.ShouldBe("Jongeren 16-27 in de Achterhoek (fictief)");
        Demo.Study.TargetGroup.ShouldNotBeNull().ShouldContain("Fictief");
        Demo.Study.CentralQuestion.ShouldBe("Hoe vinden we elkaar en hoe sluiten we goed op elkaar aan?");
    }

    [Fact]
    public void Create_Has36ParticipantsEachWithOneInterview()
    {
        Demo.Participants.Count.ShouldBe(36);
        Demo.Interviews.Count.ShouldBe(36);
        Demo.Interviews.Select(i => i.Participant).ShouldBe(Demo.Participants.Select(p => p.Code), ignoreOrder: true);
    }

    [Fact]
    public void ParticipantCodes_ArePseudonymsOnly()
    {
        Demo.Participants.Select(p => p.Code).ShouldBe(Enumerable.Range(1, 36).Select(n => $"ACH-{n:00}"));
        Demo.Participants.ShouldAllBe(p => PseudonymCode.IsValid(p.Code));
    }

    [Fact]
    public void EveryInterview_Has6To20Steps()
    {
        Demo.Interviews.ShouldAllBe(i => i.Steps.Count >= 6 && i.Steps.Count <= 20);
    }

    [Fact]
    public void Study_CoversTheNineAchterhoekMunicipalities()
    {
        Demo.Study.Municipalities.ShouldBe(MunicipalityRegistry.Achterhoek, ignoreOrder: true);
        foreach (var code in Demo.Study.Municipalities)
        {
            MunicipalityRegistry.TryGet(code, out var municipality).ShouldBeTrue(code);
            municipality.IsValidOn(new DateOnly(2020, 6, 1)).ShouldBeTrue(code);
        }
    }

    [Fact]
    public void Participants_ComeFromAllNineMunicipalitiesEvenly()
    {
        var names = MunicipalityRegistry.Achterhoek
            .Select(code => MunicipalityRegistry.TryGet(code, out var m) ? m.Name : code).ToList();
        var perMunicipality = Demo.Participants.GroupBy(p => p.Attributes["gemeente"]).ToDictionary(g => g.Key, g => g.Count());

        perMunicipality.Keys.ShouldBe(names, ignoreOrder: true);
        perMunicipality.Values.ShouldAllBe(count => count == 4);
    }

    [Fact]
    public void VocabularyNames_AreUniquePerList()
    {
        Demo.Organizations.Select(o => o.Name).ShouldBeUnique();
        Demo.Phases.Select(p => p.Name).ShouldBeUnique();
        Demo.TurningPoints.Select(t => t.Name).ShouldBeUnique();
        Demo.Channels.Select(c => c.Name).ShouldBeUnique();
        Demo.Attributes.Select(a => a.Key).ShouldBeUnique();
    }

    [Fact]
    public void EveryStepReference_ResolvesWithinTheDocument()
    {
        var phases = Demo.Phases.Select(p => p.Name).ToHashSet();
        var organizations = Demo.Organizations.Select(o => o.Name).ToHashSet();
        var channels = Demo.Channels.Select(c => c.Name).ToHashSet();
        var turningPoints = Demo.TurningPoints.Select(t => t.Name).ToHashSet();

        foreach (var step in AllSteps)
        {
            step.Phase.ShouldNotBeNull();
            phases.ShouldContain(step.Phase);
            (step.Organization is null || organizations.Contains(step.Organization)).ShouldBeTrue(step.Organization);
            (step.Channel is null || channels.Contains(step.Channel)).ShouldBeTrue(step.Channel);
            (step.TurningPoint is null || turningPoints.Contains(step.TurningPoint)).ShouldBeTrue(step.TurningPoint);
        }
    }

    [Fact]
    public void EveryParticipantAttribute_IsDefinedAndAnAllowedChoice()
    {
        var definitions = Demo.Attributes.ToDictionary(a => a.Key);
        definitions.Keys.ShouldBe(["leeftijdsgroep", "gemeente", "opleiding", "woonsituatie"], ignoreOrder: true);
        definitions["leeftijdsgroep"].Choices.ShouldBe(["16-17", "18-22", "23-27"]);

        foreach (var participant in Demo.Participants)
        {
            participant.Attributes.Keys.ShouldBe(definitions.Keys, ignoreOrder: true);
            foreach (var (key, value) in participant.Attributes)
            {
                definitions[key].Type.ShouldBe(AttributeType.Choice);
                definitions[key].Choices.ShouldContain(value, $"{participant.Code}: {key}");
            }
        }
    }

    [Fact]
    public void EveryPhaseOrganizationAndTurningPoint_IsUsedByAStep()
    {
        var steps = AllSteps.ToList();
        Demo.Phases.ShouldAllBe(p => steps.Any(s => s.Phase == p.Name));
        Demo.Organizations.ShouldAllBe(o => steps.Any(s => s.Organization == o.Name));
        Demo.TurningPoints.ShouldAllBe(t => steps.Any(s => s.TurningPoint == t.Name));
    }

    [Theory]
    [InlineData("Van vo naar mbo")]
    [InlineData("Uitval en RMC")]
    [InlineData("Van school naar werk")]
    [InlineData("18 worden: van jeugdhulp naar Wmo")]
    [InlineData("Instroom in uitkering (UWV of gemeente)")]
    public void TurningPointsFromTheSource_EachOccurInSeveralInterviews(string turningPoint)
    {
        Demo.Interviews.Count(i => i.Steps.Any(s => s.TurningPoint == turningPoint)).ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void Experience_StaysWithinMinus2AndPlus2AndUsesTheWholeScale()
    {
        AllSteps.ShouldAllBe(s => s.Experience != null && InterviewRules.IsValidExperience(s.Experience));
        AllSteps.Select(s => s.Experience!.Value).Distinct().Order().ShouldBe([-2, -1, 0, 1, 2]);
    }

    [Fact]
    public void Handovers_IncludeWarmColdAndNone_AndTheLastStepHasNoHandover()
    {
        var kinds = AllSteps.Select(s => s.Handover).ToHashSet();
        kinds.ShouldContain(HandoverKind.Warm);
        kinds.ShouldContain(HandoverKind.Cold);
        kinds.ShouldContain(HandoverKind.None);
        foreach (var last in Demo.Interviews.Select(i => i.Steps[^1]))
        {
            last.Handover.ShouldBe(HandoverKind.NotRecorded);
            last.WaitingDays.ShouldBeNull();
        }
    }

    [Fact]
    public void Steps_HavePainPointsBrightSpotsQuotesAndWaitingTimes()
    {
        var steps = AllSteps.ToList();
        steps.Count(s => s.PainPoint is not null).ShouldBeGreaterThan(100);
        steps.Count(s => s.BrightSpot is not null).ShouldBeGreaterThan(80);
        steps.Count(s => s.Quotes.Count > 0).ShouldBeGreaterThan(80);
        steps.Where(s => s.WaitingDays is not null).ShouldAllBe(s => s.WaitingDays > 0);
        steps.Count(s => s.WaitingDays is not null).ShouldBeGreaterThan(36);
        AllSteps.SelectMany(s => s.Quotes).ShouldContain("Ik moest mijn verhaal steeds opnieuw vertellen.");
    }

    [Fact]
    public void Interviews_Are2020WithinThePeriod_FaceToFaceAndByPhone()
    {
        Demo.Interviews.ShouldAllBe(i => i.Date >= Demo.Study.PeriodStart && i.Date <= Demo.Study.PeriodEnd && i.Date.Year == 2020);
        Demo.Interviews.ShouldAllBe(i => i.Date.DayOfWeek != DayOfWeek.Saturday && i.Date.DayOfWeek != DayOfWeek.Sunday);
        Demo.Interviews.Select(i => i.Mode).Distinct().ShouldBe([InterviewMode.FaceToFace, InterviewMode.Phone], ignoreOrder: true);
    }

    [Fact]
    public void Interviews_AreHeldAndRecordedByResearchersNamedByRole()
    {
        foreach (var interview in Demo.Interviews)
        {
            interview.Interviewer.ShouldBeOneOf("Onderzoeker A", "Onderzoeker B");
            interview.Consent.Given.ShouldBeTrue();
            interview.Consent.Date.ShouldBe(interview.Date);
            interview.Consent.RecordedBy.ShouldBe(interview.Interviewer);

            // Participants are 16 or older, so under the AVG they give consent themselves.
            interview.Consent.GivenByGuardian.ShouldBeFalse();
        }
    }

    [Fact]
    public void StepDates_AreIsoWithYearMonthOrDayPrecision_InOrder_AndBeforeTheInterview()
    {
        var formats = new Dictionary<int, string> { [4] = "yyyy", [7] = "yyyy-MM", [10] = "yyyy-MM-dd" };
        var lengths = new HashSet<int>();
        foreach (var interview in Demo.Interviews)
        {
            var previous = DateOnly.MinValue;
            foreach (var step in interview.Steps)
            {
                var text = step.Date.ShouldNotBeNull();
                formats.ShouldContainKey(text.Length);
                lengths.Add(text.Length);
                var start = DateOnly.ParseExact(text, formats[text.Length], CultureInfo.InvariantCulture);
                start.ShouldBeGreaterThanOrEqualTo(Truncate(previous, text.Length), $"{interview.Participant} {text}");
                start.ShouldBeLessThanOrEqualTo(interview.Date);
                previous = start;
            }
        }

        lengths.ShouldBe([4, 7, 10], ignoreOrder: true);
    }

    [Fact]
    public void Texts_StayWithinTheLimitsOfTheForms()
    {
        AllSteps.ShouldAllBe(s => s.Description.Length > 0 && s.Description.Length <= InterviewRules.MaxDescriptionLength);
        AllSteps.SelectMany(s => s.Quotes).ShouldAllBe(q => q.Length <= InterviewRules.MaxQuoteLength);
        Demo.Organizations.ShouldAllBe(o => o.Name.Length <= InterviewRules.MaxNameLength);
    }

    [Fact]
    public void Routes_DifferBetweenInterviewsOfTheSameStory()
    {
        var routes = Demo.Interviews
            .Select(i => string.Join("|", i.Steps.Select(s => $"{s.Date}{s.Description}{s.Experience}")))
            .ToList();
        routes.Distinct().Count().ShouldBe(36);
        Demo.Interviews.Select(i => i.Steps.Count).Distinct().Count().ShouldBeGreaterThan(3);
    }

    [Fact]
    public void Create_ReturnsTheSameDocumentEveryTime()
    {
        var first = JsonSerializer.Serialize(DemoStudy.Create());
        var second = JsonSerializer.Serialize(DemoStudy.Create());

        second.ShouldBe(first);
    }

    [Fact]
    public void Create_ReturnsIndependentDocuments()
    {
        var first = DemoStudy.Create();
        var second = DemoStudy.Create();

        // Shared list instances would let one caller's edit leak into the next demo it loads.
        second.Participants.ShouldNotBeSameAs(first.Participants);
        second.Organizations.ShouldNotBeSameAs(first.Organizations);
        second.Attributes.ShouldNotBeSameAs(first.Attributes);
        second.Attributes[1].Choices.ShouldNotBeSameAs(first.Attributes[1].Choices);
        second.Study.Municipalities.ShouldNotBeSameAs(first.Study.Municipalities);
    }

    /// <summary>The earliest day a coarser date could stand for, so "2019" may follow "2019-05".</summary>
    private static DateOnly Truncate(DateOnly date, int length) => length switch
    {
        4 => new DateOnly(date.Year, 1, 1),
        7 => new DateOnly(date.Year, date.Month, 1),
        _ => date,
    };
}
