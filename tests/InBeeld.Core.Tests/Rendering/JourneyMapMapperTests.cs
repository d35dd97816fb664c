using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering;
using InBeeld.Core.Studies;

namespace InBeeld.Core.Tests.Rendering;

public sealed class JourneyMapMapperTests
{
    private static readonly Phase Later = new() { Name = "Begeleiding", Order = 2 };
    private static readonly Phase Earlier = new() { Name = "Aanmelding", Order = 1 };
    private static readonly Organization Uwv = new() { Name = "UWV", Order = 2 };
    private static readonly Organization School = new() { Name = "School", Order = 1 };
    private static readonly Channel Phone = new() { Name = "Telefoon" };
    private static readonly JourneyMapVocabulary Vocabulary = new([Later, Earlier], [Uwv, School], [Phone]);

    [Fact]
    public void FromInterview_MapsStepsInOrderAgainstSortedVocabulary()
    {
        var interview = new Interview { Date = new DateOnly(2024, 3, 14) };
        interview.Steps.Add(new Step { Order = 1, Description = "Tweede", PhaseId = Later.Id, OrganizationId = Uwv.Id, ChannelId = Phone.Id, Experience = -1, Handover = HandoverKind.Cold, WaitingDays = 5 });
        interview.Steps.Add(new Step { Order = 0, Description = "Eerste", PhaseId = Earlier.Id, OrganizationId = School.Id, PainPoint = "p", BrightSpot = "b" });
        interview.Steps.Add(new Step { Order = 2, Description = "Onbekend", PhaseId = Guid.NewGuid(), OrganizationId = Guid.NewGuid() });

        var model = JourneyMapMapper.FromInterview(interview, Vocabulary, "Onderzoek", "ACH-07");

        model.Phases.ShouldBe(["Aanmelding", "Begeleiding"]);
        model.Organizations.ShouldBe(["School", "UWV"]);
        model.Steps.Select(s => s.Description).ShouldBe(["Eerste", "Tweede", "Onbekend"]);
        model.Steps[0].ShouldBe(new JourneyMapStep { Description = "Eerste", Phase = 0, Organization = 0, PainPoint = "p", BrightSpot = "b", OtherQuotes = model.Steps[0].OtherQuotes });
        model.Steps[1].ShouldBe(new JourneyMapStep { Description = "Tweede", Phase = 1, Organization = 1, Channel = "Telefoon", Experience = -1, Handover = HandoverKind.Cold, WaitingDays = 5, OtherQuotes = model.Steps[1].OtherQuotes });
        model.Steps.ShouldAllBe(s => s.OtherQuotes.Count == 0 && s.Quote == null);
        (model.Steps[2].Phase, model.Steps[2].Organization).ShouldBe((null, null));
        model.Header.ShouldBe(new JourneyMapHeader { StudyTitle = "Onderzoek", Subject = "ACH-07", Date = new DateOnly(2024, 3, 14), InterviewCount = 1 });
    }

    [Fact]
    public void FromInterview_PutsTheFirstQuoteByOrderOnTheMapAndKeepsTheRest()
    {
        var step = new Step { Description = "Stap" };
        step.Quotes.AddRange([
            new Quote { Text = "Derde", Order = 2 },
            new Quote { Text = "Eerste", Order = 0 },
            new Quote { Text = "  ", Order = 1 },
            new Quote { Text = "Tweede", Order = 1 },
        ]);
        var interview = new Interview();
        interview.Steps.Add(step);

        var mapped = JourneyMapMapper.FromInterview(interview, Vocabulary, "O", "X").Steps[0];

        mapped.Quote.ShouldBe("Eerste");
        mapped.OtherQuotes.ShouldBe(["Tweede", "Derde"]); // the blank quote is left out
    }
}
