using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.Tests.EventLogs.Mining;

public sealed class VariantMinerTests
{
    [Fact]
    public void Mine_L1_CountsAndShares()
    {
        var variants = VariantMiner.Mine(DfgMinerTests.L1());

        variants.Variants.Select(v => (variants.Describe(v), v.Count)).ShouldBe([("a → b → c → d", 3), ("a → c → b → d", 2), ("a → e → d", 1)]);
        variants.Variants.Select(v => v.Share).ShouldBe([0.5, 2 / 6.0, 1 / 6.0]);
        variants.VariantOfCase.ShouldBe([0, 0, 0, 1, 1, 2]);
    }

    [Fact]
    public void Mine_EqualCounts_AreOrderedByActivityNames()
    {
        var variants = VariantMiner.Mine(LogBuilding.Traces("ba", "ab", "b", ""));

        variants.Variants.Select(v => variants.Describe(v)).ShouldBe(["", "a → b", "b", "b → a"]);
    }

    [Fact]
    public void TiesInTimestamps_ChangeVariantsByFileOrder()
    {
        // Both cases have a and b at the same minute; the file lists them in a different order.
        var builder = new EventLogBuilder("x");
        var a = builder.Activities.Intern("a");
        var b = builder.Activities.Intern("b");
        var first = builder.AddCase(LogBuilding.CaseId(1));
        var second = builder.AddCase(LogBuilding.CaseId(2));
        var t = LogBuilding.Origin.Ticks;
        builder.AddEvent(first, a, -1, -1, t, LifecycleTransition.Complete);
        builder.AddEvent(first, b, -1, -1, t, LifecycleTransition.Complete);
        builder.AddEvent(second, b, -1, -1, t, LifecycleTransition.Complete);
        builder.AddEvent(second, a, -1, -1, t, LifecycleTransition.Complete);

        var variants = VariantMiner.Mine(builder.Build());

        variants.Variants.Count.ShouldBe(2);
        variants.Variants.Select(v => variants.Describe(v)).ShouldBe(["a → b", "b → a"]);
    }

    [Fact]
    public void Mine_GeneratedLog_EveryCaseInExactlyOneVariant()
    {
        var log = InBeeld.Core.EventLogs.Generation.SyntheticLogGenerator.Build(
            new InBeeld.Core.EventLogs.Generation.SyntheticLogOptions { Events = 20_000 }, new InBeeld.Core.EventLogs.Privacy.CaseIdPseudonymizer(Sources.Secret));

        var variants = VariantMiner.Mine(log);

        variants.Variants.Sum(v => v.Count).ShouldBe(log.CaseCount);
        for (var c = 0; c < log.CaseCount; c++)
        {
            var variant = variants.Variants[variants.VariantOfCase[c]];
            log.Activity[log.CaseOffsets[c]..log.CaseOffsets[c + 1]].ToArray().ShouldBe(variant.Activities);
        }
    }
}
