using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.EventLogs.Generation;
using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Core.EventLogs.Rendering;

namespace InBeeld.Benchmarks.EventLogs;

/// <summary>
/// Mining a generated log of 1M events held in memory. Target: directly-follows graph and
/// variants together under 100 ms. The setup also prints the memory the log holds per event
/// (retained, measured with a full collection before and after building it; target ≤ 64 bytes).
/// Run: <c>--filter '*EventLogMining*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MemoryDiagnoser]
public class EventLogMiningBenchmarks
{
    private EventLog _log = null!;
    private DirectlyFollowsGraph _dfg = null!;

    [Params(1_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _log = SyntheticLogGenerator.Build(new SyntheticLogOptions { Events = Events, Seed = 1 }, CaseIdPseudonymizer.WithRandomSecret());
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// Log of {_log.EventCount:N0} events, {_log.CaseCount:N0} cases: retained {(after - before) / (double)_log.EventCount:F1} bytes/event (HeldBytes {_log.HeldBytes / (double)_log.EventCount:F1})");
        _dfg = DfgMiner.Mine(_log);
    }

    [Benchmark]
    public (DirectlyFollowsGraph, VariantSet) DfgAndVariants() => (DfgMiner.Mine(_log), VariantMiner.Mine(_log));

    [Benchmark]
    public DirectlyFollowsGraph Dfg() => DfgMiner.Mine(_log);

    [Benchmark]
    public VariantSet Variants() => VariantMiner.Mine(_log);

    [Benchmark]
    public DropOutReport DropOut() => DropOutAnalysis.Compute(_log, SyntheticProcessOutcomes, TimeSpan.FromDays(30));

    [Benchmark]
    public string ProcessMapSvg() => SvgDfgWriter.Write(DfgLayouter.Layout(_dfg, "synthetic"));

    private static readonly string[] SyntheticProcessOutcomes = ["Afsluiting"];
}
