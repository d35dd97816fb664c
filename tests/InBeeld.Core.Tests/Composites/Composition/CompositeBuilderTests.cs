using InBeeld.Core.Composites.Composition;
using InBeeld.Core.Interviews;

namespace InBeeld.Core.Tests.Composites.Composition;

public sealed class CompositeBuilderTests
{
    private static readonly Guid School = Guid.Parse("00000000-0000-0000-0000-00000000a001"), Rmc = Guid.Parse("00000000-0000-0000-0000-00000000a002"),
        Uwv = Guid.Parse("00000000-0000-0000-0000-00000000a003"), Werk = Guid.Parse("00000000-0000-0000-0000-00000000a004");
    private static readonly Guid P1 = Guid.Parse("00000000-0000-0000-0000-00000000b001"), P2 = Guid.Parse("00000000-0000-0000-0000-00000000b002"),
        P3 = Guid.Parse("00000000-0000-0000-0000-00000000b003");

    private static int _next;

    private static Guid I(int n) => new(n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static SourceStep Step(Guid phase, Guid organization, int? experience = null, HandoverKind handover = HandoverKind.NotRecorded,
        int? waiting = null, string? pain = null, params string[] quotes)
    {
        var id = new Guid(++_next, 9, 9, 0, 0, 0, 0, 0, 0, 0, 0);
        return new SourceStep
        {
            Id = id, PhaseId = phase, OrganizationId = organization, Description = $"stap {_next}", Experience = experience,
            Handover = handover, WaitingDays = waiting, PainPoint = pain,
            Quotes = quotes.Select((q, i) => new SourceQuote(new Guid(_next, 8, (short)i, 0, 0, 0, 0, 0, 0, 0, 0), q, i)).ToList(),
        };
    }

    /// <summary>
    /// Four interviews of one type: school → RMC → UWV → work. Interview 2 skips UWV, interview 3
    /// has an extra step at an unrelated organisation, interview 4 goes to RMC in another phase.
    /// </summary>
    private static List<SourceRoute> Group() =>
    [
        new(I(1), [Step(P1, School, -1, HandoverKind.Cold), Step(P2, Rmc, 1, HandoverKind.Warm, 14), Step(P2, Uwv, -2, HandoverKind.Cold, pain: "Lang wachten", quotes: "Drie weken niks gehoord."), Step(P3, Werk, 2)]),
        new(I(2), [Step(P1, School, -2, HandoverKind.Cold), Step(P2, Rmc, 1, HandoverKind.Warm, 7), Step(P3, Werk, 1)]),
        new(I(3), [Step(P1, School, -1, HandoverKind.None), Step(P2, Rmc, 2, HandoverKind.Warm, 30), Step(P2, Uwv, -1, HandoverKind.Cold, pain: "Lang wachten", quotes: ["Ik wist niet waar ik moest zijn, echt niet.", "Kort."]), Step(P1, Guid.Parse("00000000-0000-0000-0000-00000000a009"), 0), Step(P3, Werk, 1)]),
        new(I(4), [Step(P1, School, 0, HandoverKind.Cold), Step(P3, Rmc, 0, HandoverKind.Warm), Step(P2, Uwv, 1, HandoverKind.Warm, pain: "Formulier", quotes: "Eindelijk iemand die hielp."), Step(P3, Werk, 2)]),
    ];

    [Fact]
    public void Medoid_IsTheBackbone_AndEveryAlignedStepIsASource()
    {
        var group = Group();
        var draft = CompositeBuilder.Build(group);

        // Interview 1 has the route closest to all others (by hand: 1 differs from 2 by one step,
        // from 3 by one step, from 4 by half a step), so it is the backbone.
        draft.BackboneInterviewId.ShouldBe(I(1));
        draft.MemberCount.ShouldBe(4);
        draft.Steps.Count.ShouldBe(4);
        draft.Steps.Select(s => s.OrganizationId).ShouldBe([School, Rmc, Uwv, Werk]);

        // "4 van 4" for school, RMC and work; "3 van 4" for UWV (interview 2 skipped it).
        draft.Steps.Select(s => s.Sources.Count).ShouldBe([4, 4, 3, 4]);
        draft.Steps[2].Sources.Select(s => s.InterviewId).ShouldBe([I(1), I(3), I(4)]);
        draft.Steps[1].Sources.Single(s => s.InterviewId == I(4)).StepId.ShouldBe(group[3].Steps[1].Id); // RMC in another phase still counts

        // Interview 3's extra step is in no composite step, and is reported.
        draft.Unplaced.ShouldBe([new SourceStepRef(I(3), group[2].Steps[3].Id)]);
    }

    [Fact]
    public void TypicalValues_FollowTheDocumentedRules()
    {
        var draft = CompositeBuilder.Build(Group());

        // Experience at school: −1, −2, −1, 0 → sorted −2, −1, −1, 0 → lower median −1.
        draft.Steps[0].Experience.ShouldBe(-1);
        // Handovers at school: cold, cold, none, cold → cold.
        draft.Steps[0].Handover.ShouldBe(HandoverKind.Cold);
        // RMC: waiting 14, 7, 30 (one unknown) → 7, 14, 30 → 14; phase: P2 three times, P3 once → P2.
        draft.Steps[1].WaitingDays.ShouldBe(14);
        draft.Steps[1].PhaseId.ShouldBe(P2);
        // UWV: cold, cold, warm → cold; experience −2, −1, +1 → −1.
        draft.Steps[2].Handover.ShouldBe(HandoverKind.Cold);
        draft.Steps[2].Experience.ShouldBe(-1);
        // Descriptions point to the backbone's steps; the pain point to the most common text ("Lang wachten", backbone's own).
        var backbone = Group();
        draft.Steps[2].DescriptionFrom.InterviewId.ShouldBe(I(1));
        draft.Steps[2].PainPointFrom!.InterviewId.ShouldBe(I(1));
        draft.Steps[0].PainPointFrom.ShouldBeNull();
    }

    [Fact]
    public void Quotes_MatchTheStepsFeeling_ThenStrength_ThenLength_OnePerInterview()
    {
        var group = Group();
        var draft = CompositeBuilder.Build(group);

        // UWV's typical experience is −1 (negative). Candidates: interview 1 (−2) "Drie weken…",
        // interview 3 (−1) the long one and "Kort.", interview 4 (+1). Negative first, stronger first:
        // 1, then 3's longer quote (one per interview), then 4's.
        var quotes = draft.Steps[2].Quotes;
        quotes.Select(q => q.QuoteId).ShouldBe([group[0].Steps[2].Quotes[0].Id, group[2].Steps[2].Quotes[0].Id, group[3].Steps[2].Quotes[0].Id]);

        CompositeBuilder.Build(group, options: new CompositeOptions { MaxQuotes = 1 }).Steps[2].Quotes.Count.ShouldBe(1);
    }

    [Fact]
    public void TheSameWords_AreQuotedOnce_EvenFromTwoInterviews()
    {
        var sources = new List<(Guid, SourceStep)>
        {
            (I(1), Step(P1, School, -1, quotes: "Niemand vroeg waarom.")),
            (I(2), Step(P1, School, -2, quotes: " Niemand vroeg waarom. ")),
            (I(3), Step(P1, School, -1, quotes: "Ik was gewoon weg.")),
        };

        var quotes = QuoteChooser.Choose(sources, -1, 3);

        // Interview 2 feels strongest; interview 1 said the same words, so interview 3 is heard next.
        quotes.Select(q => q.InterviewId).ShouldBe([I(2), I(3)]);
    }

    [Fact]
    public void RarelySharedBackboneSteps_AreLeftOut_WhenSupportIsRequired()
    {
        var group = Group();

        // With three quarters needed (3 of 4), UWV (3 of 4) stays; with all four needed it goes.
        CompositeBuilder.Build(group, options: new CompositeOptions { MinSupport = 0.75 }).Steps.Count.ShouldBe(4);
        var strict = CompositeBuilder.Build(group, options: new CompositeOptions { MinSupport = 1 });
        strict.Steps.Select(s => s.OrganizationId).ShouldBe([School, Rmc, Werk]);
        strict.Steps.Select(s => s.Order).ShouldBe([0, 1, 2]);
        strict.Unplaced.Count.ShouldBe(4); // the three UWV steps and interview 3's extra step
    }

    [Fact]
    public void AGivenMedoid_IsUsed_AndOneInterviewIsItsOwnComposite()
    {
        var group = Group();
        CompositeBuilder.Build(group, medoid: I(3)).Steps.Count.ShouldBe(5 - 1); // 3's extra step has support 1 of 4

        var single = CompositeBuilder.Build([group[1]]);
        single.Steps.Count.ShouldBe(3);
        single.Steps.ShouldAllBe(s => s.Sources.Count == 1);
        single.Unplaced.ShouldBeEmpty();

        Should.Throw<ArgumentException>(() => CompositeBuilder.Build([]));
    }

    [Fact]
    public void HandoverTies_GoToTheColder()
    {
        CompositeBuilder.TypicalHandover([HandoverKind.Warm, HandoverKind.Cold, HandoverKind.NotRecorded]).ShouldBe(HandoverKind.Cold);
        CompositeBuilder.TypicalHandover([HandoverKind.Warm, HandoverKind.None]).ShouldBe(HandoverKind.None);
        CompositeBuilder.TypicalHandover([HandoverKind.Warm, HandoverKind.Warm, HandoverKind.None]).ShouldBe(HandoverKind.Warm);
        CompositeBuilder.TypicalHandover([HandoverKind.NotRecorded]).ShouldBe(HandoverKind.NotRecorded);
        CompositeBuilder.LowerMedian([2, null, -1, 1, 0]).ShouldBe(0);
        CompositeBuilder.LowerMedian([null]).ShouldBeNull();
    }
}
