using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.Tests.EventLogs.Model;

public sealed class EventLogBuilderTests
{
    private static readonly long T0 = LogBuilding.Origin.Ticks;

    [Fact]
    public void Build_GroupsInterleavedEventsByCase_InOrderOfFirstAppearance()
    {
        var builder = new EventLogBuilder("x");
        var a = builder.Activities.Intern("a");
        var b = builder.Activities.Intern("b");
        var second = builder.AddCase(LogBuilding.CaseId(2));
        var first = builder.AddCase(LogBuilding.CaseId(1));
        builder.AddEvent(first, a, -1, -1, T0 + 1, LifecycleTransition.Complete);
        builder.AddEvent(second, b, -1, -1, T0 + 2, LifecycleTransition.Complete);
        builder.AddEvent(first, b, -1, -1, T0 + 3, LifecycleTransition.Complete);
        builder.AddEvent(second, a, -1, -1, T0 + 4, LifecycleTransition.Complete);

        var log = builder.Build();

        log.CaseIds.ToArray().ShouldBe([LogBuilding.CaseId(2), LogBuilding.CaseId(1)]);
        log.CaseOffsets.ToArray().ShouldBe([0, 2, 4]);
        LogBuilding.Sequences(log).ShouldBe(["b,a", "a,b"]);
        log.Complete.ToArray().ShouldBe([T0 + 2, T0 + 4, T0 + 1, T0 + 3]);
    }

    [Fact]
    public void Build_SortsByTime_AndKeepsFileOrderForEqualTimes()
    {
        var builder = new EventLogBuilder("x");
        var @case = builder.AddCase(LogBuilding.CaseId(1));
        // File order: c (t=5), a (t=1), b (t=1), d (t=0). Sorted: d, a, b, c — a before b because it comes first in the file.
        builder.AddEvent(@case, builder.Activities.Intern("c"), -1, -1, T0 + 5, LifecycleTransition.Complete);
        builder.AddEvent(@case, builder.Activities.Intern("a"), -1, -1, T0 + 1, LifecycleTransition.Complete);
        builder.AddEvent(@case, builder.Activities.Intern("b"), -1, -1, T0 + 1, LifecycleTransition.Complete);
        builder.AddEvent(@case, builder.Activities.Intern("d"), -1, -1, T0, LifecycleTransition.Complete);

        LogBuilding.Sequences(builder.Build()).ShouldBe(["d,a,b,c"]);
    }

    [Fact]
    public void Build_StableOrder_HoldsForLongCasesToo()
    {
        // Longer than the insertion-sort cut-off: 100 events in reverse pairs of equal timestamps.
        var builder = new EventLogBuilder("x");
        var @case = builder.AddCase(LogBuilding.CaseId(1));
        for (var i = 99; i >= 0; i--)
        {
            builder.AddEvent(@case, builder.Activities.Intern($"e{i}"), -1, -1, T0 + (i / 2), LifecycleTransition.Complete);
        }

        var sequence = LogBuilding.Sequences(builder.Build())[0].Split(',');

        // Time i/2 pairs (e.g. e1 and e0 share time 0); within a pair the file had the higher number first.
        sequence[..4].ShouldBe(["e1", "e0", "e3", "e2"]);
        sequence.Length.ShouldBe(100);
    }

    [Fact]
    public void Build_FoldsStartAndCompleteIntoOccurrences_FirstInFirstOut()
    {
        var builder = new EventLogBuilder("x");
        var @case = builder.AddCase(LogBuilding.CaseId(1));
        var a = builder.Activities.Intern("a");
        var b = builder.Activities.Intern("b");
        var anna = builder.Resources.Intern("Anna");
        builder.AddEvent(@case, a, anna, -1, T0 + 10, LifecycleTransition.Start);
        builder.AddEvent(@case, b, -1, -1, T0 + 20, LifecycleTransition.Start);
        builder.AddEvent(@case, a, -1, -1, T0 + 30, LifecycleTransition.Other); // e.g. suspend: left out
        builder.AddEvent(@case, a, -1, -1, T0 + 40, LifecycleTransition.Complete);
        builder.AddEvent(@case, b, -1, -1, T0 + 50, LifecycleTransition.Complete);
        builder.AddEvent(@case, a, -1, -1, T0 + 60, LifecycleTransition.Complete); // lone complete
        builder.AddEvent(@case, b, -1, -1, T0 + 70, LifecycleTransition.Start);    // never completed

        var log = builder.Build();

        LogBuilding.Sequences(log).ShouldBe(["a,b,a,b"]);
        log.HasStartTimes.ShouldBeTrue();
        log.Start.ToArray().ShouldBe([T0 + 10, T0 + 20, T0 + 60, T0 + 70]);
        log.Complete.ToArray().ShouldBe([T0 + 40, T0 + 50, T0 + 60, T0 + 70]);
        log.Resource[0].ShouldBe(anna, "the complete event has no resource, so the start event's is kept");
        log.SkippedLifecycleEvents.ShouldBe(1);
    }

    [Fact]
    public void Build_OrdersOccurrencesByStart_WhenTheyOverlap()
    {
        var builder = new EventLogBuilder("x");
        var @case = builder.AddCase(LogBuilding.CaseId(1));
        var a = builder.Activities.Intern("a");
        var b = builder.Activities.Intern("b");
        // b completes before a, but a started first.
        builder.AddEvent(@case, a, -1, -1, T0 + 1, LifecycleTransition.Start);
        builder.AddEvent(@case, b, -1, -1, T0 + 2, LifecycleTransition.Complete);
        builder.AddEvent(@case, a, -1, -1, T0 + 3, LifecycleTransition.Complete);

        LogBuilding.Sequences(builder.Build()).ShouldBe(["a,b"]);
    }

    [Fact]
    public void Build_KeepsEmptyAndOneEventCases()
    {
        var builder = new EventLogBuilder("x");
        builder.AddCase(LogBuilding.CaseId(1));
        var one = builder.AddCase(LogBuilding.CaseId(2));
        builder.AddEvent(one, builder.Activities.Intern("a"), -1, -1, T0, LifecycleTransition.Complete);

        var log = builder.Build();

        log.CaseCount.ShouldBe(2);
        log.CaseOffsets.ToArray().ShouldBe([0, 0, 1]);
        log.HasStartTimes.ShouldBeFalse();
    }

    [Fact]
    public void AddCase_SamePseudonymTwice_IsOneCase()
    {
        var builder = new EventLogBuilder("x");

        builder.AddCase(LogBuilding.CaseId(7)).ShouldBe(0);
        builder.AddCase(LogBuilding.CaseId(8)).ShouldBe(1);
        builder.AddCase(LogBuilding.CaseId(7)).ShouldBe(0);
    }

    [Fact]
    public void Build_EventAttributesFollowTheSortedOrder()
    {
        var builder = new EventLogBuilder("x");
        var @case = builder.AddCase(LogBuilding.CaseId(1));
        var cost = builder.EventAttributeKey("cost");
        builder.AddEvent(@case, builder.Activities.Intern("late"), -1, -1, T0 + 9, LifecycleTransition.Complete);
        builder.SetEventAttribute(cost, AttributeValue.FromInteger(9));
        builder.AddEvent(@case, builder.Activities.Intern("early"), -1, -1, T0 + 1, LifecycleTransition.Complete);
        builder.AddEvent(@case, builder.Activities.Intern("middle"), -1, -1, T0 + 5, LifecycleTransition.Complete);
        builder.SetEventAttribute(cost, AttributeValue.FromInteger(5));

        var log = builder.Build();
        var column = log.FindEventAttribute("cost")!;

        LogBuilding.Sequences(log).ShouldBe(["early,middle,late"]);
        column.TryGet(0, out _).ShouldBeFalse();
        column.TryGet(1, out var middle).ShouldBeTrue();
        middle.Integer.ShouldBe(5);
        column.TryGet(2, out var late).ShouldBeTrue();
        late.Integer.ShouldBe(9);
    }

    [Fact]
    public void HeldBytes_StaysUnderSixtyFourBytesPerEvent()
    {
        // 100,000 events in 10,000 cases with resource and organisation: 20 bytes per event plus 20 per case.
        var builder = new EventLogBuilder("x");
        for (var c = 0; c < 10_000; c++)
        {
            var @case = builder.AddCase(LogBuilding.CaseId(c));
            for (var i = 0; i < 10; i++)
            {
                builder.AddEvent(@case, builder.Activities.Intern($"a{i}"), builder.Resources.Intern($"r{c % 50}"), builder.Organizations.Intern($"o{i % 4}"), T0 + i, LifecycleTransition.Complete);
            }
        }

        var log = builder.Build();

        (log.HeldBytes / (double)log.EventCount).ShouldBeLessThan(64);
        (log.HeldBytes / (double)log.EventCount).ShouldBeGreaterThanOrEqualTo(20 + 2);
    }
}
