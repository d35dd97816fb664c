using InBeeld.Core.Actions;

namespace InBeeld.Core.Tests.Improvement;

public sealed class ImprovementActionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EveryStatusChange_IsKept_InOrder()
    {
        var action = new ImprovementAction { Title = "Eén contactpersoon", CreatedAt = T0 };
        action.Open(ActionStatus.Proposed, T0, null);
        action.ChangeStatus(ActionStatus.Agreed, T0.AddDays(7), null, "akkoord werkgroep").ShouldNotBeNull();
        action.ChangeStatus(ActionStatus.InProgress, T0.AddDays(20), null);
        action.ChangeStatus(ActionStatus.Agreed, T0.AddDays(30), null, "teruggezet: budget");

        action.Status.ShouldBe(ActionStatus.Agreed);
        action.History.Select(h => (h.From, h.To)).ShouldBe(
        [
            (null, ActionStatus.Proposed),
            (ActionStatus.Proposed, ActionStatus.Agreed),
            (ActionStatus.Agreed, ActionStatus.InProgress),
            (ActionStatus.InProgress, ActionStatus.Agreed),
        ]);
        action.History[1].Note.ShouldBe("akkoord werkgroep");
        action.History[3].At.ShouldBe(T0.AddDays(30));
    }

    [Fact]
    public void SettingTheSameStatus_RecordsNothing()
    {
        var action = new ImprovementAction { Title = "x", CreatedAt = T0 };
        action.Open(ActionStatus.Agreed, T0, null);
        action.ChangeStatus(ActionStatus.Agreed, T0.AddDays(1), null).ShouldBeNull();
        action.History.Count.ShouldBe(1);
    }

    [Fact]
    public void OpeningTwice_IsAProgrammingError()
    {
        var action = new ImprovementAction { Title = "x", CreatedAt = T0 };
        action.Open(ActionStatus.Agreed, T0, null);
        Should.Throw<InvalidOperationException>(() => action.Open(ActionStatus.Proposed, T0, null));
    }
}
