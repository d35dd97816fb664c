using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.EventLogs.Conformance;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.EventLogs.Xes;

namespace InBeeld.Benchmarks.EventLogs;

/// <summary>
/// Conformance of the receipt log (1,434 cases, 116 variants) against its BPMN model. Target:
/// optimal alignments of the whole log well under a second. Run: <c>--filter '*Conformance*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 10, iterationCount: 20)]
[MemoryDiagnoser]
public class ConformanceBenchmarks
{
    private EventLog _log = null!;
    private PetriNet _net = null!;

    [GlobalSetup]
    public void Setup()
    {
        _log = XesReader.ReadFile(SharedData.Path("receipt.xes.gz"), new EventLogReadOptions { Pseudonymizer = CaseIdPseudonymizer.WithRandomSecret() });
        _net = ProcessModels.ReadFile(SharedData.Path("receipt.bpmn"));
    }

    [Benchmark]
    public AlignmentResult ReceiptAlignments() => Aligner.Align(_net, _log);

    [Benchmark]
    public AlignmentResult ReceiptAlignmentsWithoutHeuristic() => Aligner.Align(_net, _log, new AlignmentOptions { UseHeuristic = false });

    [Benchmark]
    public ReplayResult ReceiptTokenReplay() => TokenReplay.Replay(_net, _log);

    [Benchmark]
    public PetriNet ReadReceiptModel() => ProcessModels.ReadFile(SharedData.Path("receipt.bpmn"));
}
