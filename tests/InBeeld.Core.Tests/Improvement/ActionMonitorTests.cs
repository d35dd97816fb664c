using InBeeld.Core.Actions;

namespace InBeeld.Core.Tests.Improvement;

public sealed class ActionMonitorTests
{
    // Created on Monday 2 November 2026 at 10:00 Dutch time (09:00 UTC, winter time).
    private static readonly DateTimeOffset Created = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Owner = Guid.Parse("00000000-0000-0000-0000-000000000001");

    private static ImprovementAction Action(ActionStatus status = ActionStatus.Agreed, DateOnly? due = null, DateOnly? review = null, DateOnly? reviewed = null)
    {
        var action = new ImprovementAction
        {
            Title = "Warme overdracht school → RMC",
            OwnerOrganizationId = Owner,
            OwnerPerson = "teamleider RMC",
            CreatedAt = Created,
            DueDate = due,
            NextReviewDate = review,
            LastReviewedOn = reviewed,
        };
        action.Open(status, Created, null);
        return action;
    }

    [Fact]
    public void DueDay_IsNotOverdue_TheDayAfterIs()
    {
        var action = Action(due: new DateOnly(2026, 11, 20));
        ActionMonitor.Assess(action, new DateOnly(2026, 11, 20), 42).Overdue.ShouldBeFalse();
        var next = ActionMonitor.Assess(action, new DateOnly(2026, 11, 21), 42);
        next.Overdue.ShouldBeTrue();
        next.DaysOverdue.ShouldBe(1);
        ActionMonitor.Assess(action, new DateOnly(2026, 12, 1), 42).DaysOverdue.ShouldBe(11);
    }

    [Theory]
    [InlineData(ActionStatus.Realised)]
    [InlineData(ActionStatus.Stopped)]
    public void ClosedActions_AreNeverFlagged(ActionStatus status)
    {
        var action = Action(status, due: new DateOnly(2026, 11, 3));
        action.OwnerOrganizationId = null;
        var signals = ActionMonitor.Assess(action, new DateOnly(2027, 6, 1), 14);
        signals.NeedsAttention.ShouldBeFalse();
        signals.ReviewDueOn.ShouldBeNull();
    }

    [Fact]
    public void Cadence_CountsFromCreation_UntilTheFirstReview()
    {
        // 2 November + 14 days = 16 November: due for review that day, stale from the 17th.
        var action = Action();
        ActionMonitor.Assess(action, new DateOnly(2026, 11, 16), 14).ShouldSatisfyAllConditions(
            s => s.ReviewDueOn.ShouldBe(new DateOnly(2026, 11, 16)),
            s => s.NotReviewed.ShouldBeFalse());
        ActionMonitor.Assess(action, new DateOnly(2026, 11, 17), 14).NotReviewed.ShouldBeTrue();
    }

    [Fact]
    public void Cadence_CountsFromTheLastReview()
    {
        var action = Action(reviewed: new DateOnly(2026, 12, 10));
        ActionMonitor.Assess(action, new DateOnly(2026, 12, 24), 14).NotReviewed.ShouldBeFalse();
        ActionMonitor.Assess(action, new DateOnly(2026, 12, 25), 14).NotReviewed.ShouldBeTrue();
    }

    [Fact]
    public void PlannedReview_BringsTheReviewForward_ButNeverPushesItBack()
    {
        var early = Action(review: new DateOnly(2026, 11, 9));
        ActionMonitor.Assess(early, new DateOnly(2026, 11, 10), 42).ShouldSatisfyAllConditions(
            s => s.ReviewDueOn.ShouldBe(new DateOnly(2026, 11, 9)),
            s => s.NotReviewed.ShouldBeTrue());

        // A planned date far away does not silence the cadence: 2 Nov + 42 days = 14 December.
        var late = Action(review: new DateOnly(2027, 3, 1));
        ActionMonitor.Assess(late, new DateOnly(2026, 12, 15), 42).ShouldSatisfyAllConditions(
            s => s.ReviewDueOn.ShouldBe(new DateOnly(2026, 12, 14)),
            s => s.NotReviewed.ShouldBeTrue());
    }

    [Fact]
    public void NoCadence_UsesTheDefaultOfSixWeeks()
    {
        ActionMonitor.Assess(Action(), new DateOnly(2026, 11, 2), null).ReviewDueOn.ShouldBe(new DateOnly(2026, 12, 14));
    }

    [Fact]
    public void WithoutOwner_WhenNoOrganisationOrNoOneNamed()
    {
        var action = Action();
        ActionMonitor.Assess(action, new DateOnly(2026, 11, 3), 42).WithoutOwner.ShouldBeFalse();
        action.OwnerPerson = null;
        ActionMonitor.Assess(action, new DateOnly(2026, 11, 3), 42).WithoutOwner.ShouldBeTrue();
        action.OwnerPerson = "teamleider";
        action.OwnerOrganizationId = null;
        ActionMonitor.Assess(action, new DateOnly(2026, 11, 3), 42).WithoutOwner.ShouldBeTrue();
    }

    [Fact]
    public void Today_IsTheDutchDate()
    {
        // 23:30 UTC on 21 November is 00:30 on 22 November in Amsterdam (winter time, UTC+1).
        ActionMonitor.Today(new FixedClock(new DateTimeOffset(2026, 11, 21, 23, 30, 0, TimeSpan.Zero))).ShouldBe(new DateOnly(2026, 11, 22));
        // In summer time (UTC+2) 22:30 UTC on 30 June is already 1 July.
        ActionMonitor.Today(new FixedClock(new DateTimeOffset(2026, 6, 30, 22, 30, 0, TimeSpan.Zero))).ShouldBe(new DateOnly(2026, 7, 1));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
