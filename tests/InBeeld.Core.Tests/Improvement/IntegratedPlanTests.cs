using System.Globalization;
using InBeeld.Core.Actions;
using InBeeld.Core.Plans;

namespace InBeeld.Core.Tests.Improvement;

public sealed class IntegratedPlanTests
{
    private static readonly Guid School = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Rmc = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly DateTimeOffset Created = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 1);

    public IntegratedPlanTests() => CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");

    private static ImprovementAction Action(string title, Guid? owner, ActionStatus status, DateOnly? due)
    {
        var a = new ImprovementAction { Title = title, OwnerOrganizationId = owner, OwnerPerson = "teamleider", CreatedAt = Created, DueDate = due };
        a.Open(status, Created, null);
        return a;
    }

    [Fact]
    public void ByOrganisation_InStudyOrder_OpenFirstThenByDueDate_OwnerlessLast()
    {
        var late = Action("B late", School, ActionStatus.Agreed, new DateOnly(2027, 3, 1));
        var soon = Action("A soon", School, ActionStatus.InProgress, new DateOnly(2026, 11, 20));
        var done = Action("C done", School, ActionStatus.Realised, new DateOnly(2026, 11, 10));
        var rmc = Action("RMC", Rmc, ActionStatus.Proposed, null);
        var nobody = Action("Niemand", null, ActionStatus.Proposed, null);

        var plan = IntegratedPlan.Build("Verzuim", Today, 42, [late, soon, done, rmc, nobody], [(School, "School"), (Rmc, "RMC")], _ => [], _ => []);

        plan.ByOrganization.Select(g => g.Heading).ShouldBe(["School", "RMC", "Nog zonder eigenaar"]);
        plan.ByOrganization[0].Actions.Select(a => a.Title).ShouldBe(["A soon", "B late", "C done"]);
        plan.ByOrganization[0].Actions[0].Signals.DaysOverdue.ShouldBe(11);
        plan.ByOrganization[0].Actions[2].Signals.Overdue.ShouldBeFalse();
        plan.ByOrganization[2].Actions.Single().Signals.WithoutOwner.ShouldBeTrue();
        plan.ActionCount.ShouldBe(5);
    }

    [Fact]
    public void ByStep_FollowsTheJourney_AnActionUnderEveryStepItAnswers_OnlyOnce()
    {
        var warm = Action("Warme overdracht", School, ActionStatus.Agreed, null);
        var loose = Action("Losse actie", Rmc, ActionStatus.Agreed, null);
        var anchors = new Dictionary<ImprovementAction, IReadOnlyList<PlanAnchor>>
        {
            [warm] = [new PlanAnchor("Hulp · stap 3", 1, 2), new PlanAnchor("Melden · stap 1", 0, 0), new PlanAnchor("Melden · stap 1", 0, 0)],
            [loose] = [],
        };

        var plan = IntegratedPlan.Build("Verzuim", Today, 42, [warm, loose], [(School, "School"), (Rmc, "RMC")], a => anchors[a], _ => []);

        plan.ByStep.Select(g => (g.Heading, g.Actions.Count)).ShouldBe([("Melden · stap 1", 1), ("Hulp · stap 3", 1), ("Niet aan een stap gekoppeld", 1)]);
    }
}
