using InBeeld.Core.Analysis.Gaps;
using InBeeld.Core.EventLogs.Comparison;
using InBeeld.Core.EventLogs.Model;
using static InBeeld.Core.Tests.Analysis.AnalysisFixture;

namespace InBeeld.Core.Tests.EventLogs.Comparison;

public sealed class HandoverComparisonTests
{
    // The log, mapped onto the fixture's organisations (the interviews of AnalysisFixture):
    //   case 1: Aanmelding (school)  day 0 → Intake UWV (org "UWV-Noord") day 4 → Uitkering (gemeente) day 10   outcome
    //   case 2: Aanmelding day 0 → Intake UWV day 10                                                            drops out after School→UWV
    //   case 3: Aanmelding day 0 → Intake UWV day 1 → Uitkering day 1 (resource "klantmanager" → Gemeente)      drops out? no: outcome
    //   case 4: Intake UWV day 0 → Onbekend day 3 (not mapped)                                                  drops out, no handover
    // School→UWV: waits 4, 10, 1 days → count 3 in 3 cases, median 4, mean 5; case 2 stops after it.
    // UWV→Gemeente: waits 6 and 0 days in 2 cases, nobody stops after it.
    [Fact]
    public void InterviewGapsAndLogWaits_StandSideBySidePerPairOfOrganizations()
    {
        var log = Log(
            [("Aanmelding", 0, null, null), ("Intake", 4, "UWV-Noord", null), ("Uitkering", 10, null, null)],
            [("Aanmelding", 0, null, null), ("Intake", 10, "UWV-Noord", null)],
            [("Aanmelding", 0, null, null), ("Intake", 1, "UWV-Noord", null), ("Besluit", 1, null, "klantmanager")],
            [("Intake", 0, "UWV-Noord", null), ("Onbekend", 3, null, null)]);
        var mapping = new EventLogMapping
        {
            OrganizationByActivity = new Dictionary<string, Guid> { ["Aanmelding"] = School, ["Uitkering"] = Gemeente },
            OrganizationByLogOrganization = new Dictionary<string, Guid> { ["UWV-Noord"] = Uwv },
            OrganizationByResource = new Dictionary<string, Guid> { ["klantmanager"] = Gemeente },
        };
        var interviews = GapAnalysis.Compute(Data());

        var result = HandoverComparison.Compute(interviews, log, mapping, ["Uitkering", "Besluit"], TimeSpan.Zero);

        (result.Interviews, result.Cases, result.DroppedCases).ShouldBe((4, 4, 2));
        var schoolUwv = result.Rows.Single(r => r.From == School && r.To == Uwv);
        schoolUwv.Interviews.ShouldNotBeNull().AffectedInterviews.ShouldBe(2); // GapAnalysisTests: koud in J1 and J2
        var logSide = schoolUwv.Log.ShouldNotBeNull();
        (logSide.Transitions, logSide.Cases, logSide.DroppedAfter).ShouldBe((3, 3, 1));
        logSide.Waiting.Median.ShouldBe(TimeSpan.FromDays(4));
        logSide.Waiting.Mean.ShouldBe(TimeSpan.FromDays(5));

        var uwvGemeente = result.Rows.Single(r => r.From == Uwv && r.To == Gemeente);
        uwvGemeente.Interviews.ShouldNotBeNull().Handovers.ShouldBe(2);
        (uwvGemeente.Log!.Transitions, uwvGemeente.Log.Cases, uwvGemeente.Log.DroppedAfter).ShouldBe((2, 2, 0));
        uwvGemeente.Log.Waiting.Max.ShouldBe(TimeSpan.FromDays(6));
        uwvGemeente.Log.Waiting.Min.ShouldBe(TimeSpan.Zero);

        // Pairs only interviews know keep an empty log side; ranking puts most people affected first.
        result.Rows.Single(r => r.From == Gemeente && r.To == Uwv).Log.ShouldBeNull();
        result.Rows[0].Interviews!.AffectedInterviews.ShouldBe(2);
    }

    [Fact]
    public void QuietPeriod_KeepsRecentCasesOutOfTheDropOuts()
    {
        var log = Log([("Aanmelding", 0, null, null), ("Intake", 2, "UWV-Noord", null)], [("Aanmelding", 0, null, null), ("Intake", 30, "UWV-Noord", null)]);
        var mapping = new EventLogMapping
        {
            OrganizationByActivity = new Dictionary<string, Guid> { ["Aanmelding"] = School },
            OrganizationByLogOrganization = new Dictionary<string, Guid> { ["UWV-Noord"] = Uwv },
        };

        // The log ends on day 30: case 1 has been quiet 28 days, case 2 not at all.
        var result = HandoverComparison.Compute(GapAnalysis.Compute(Data()), log, mapping, [], TimeSpan.FromDays(14));

        result.DroppedCases.ShouldBe(1);
        result.Rows.Single(r => r.From == School && r.To == Uwv).Log!.DroppedAfter.ShouldBe(1);
    }

    private static EventLog Log(params (string Activity, int Day, string? Organization, string? Resource)[][] cases)
    {
        var builder = new EventLogBuilder("vergelijking.csv");
        for (var c = 0; c < cases.Length; c++)
        {
            var @case = builder.AddCase(new Guid(c + 1, 0, 0, new byte[8]));
            foreach (var (activity, day, organization, resource) in cases[c])
            {
                builder.AddEvent(
                    @case, builder.Activities.Intern(activity),
                    resource is null ? EventLog.None : builder.Resources.Intern(resource),
                    organization is null ? EventLog.None : builder.Organizations.Intern(organization),
                    new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(day).Ticks, LifecycleTransition.Complete);
            }
        }

        return builder.Build();
    }
}
