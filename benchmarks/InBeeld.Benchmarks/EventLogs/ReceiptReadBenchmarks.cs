using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.EventLogs.Xes;

namespace InBeeld.Benchmarks.EventLogs;

/// <summary>
/// Reading the real receipt log (8,577 events, 4.1 MB of XML gzip-compressed to 211 kB). One read
/// takes tens of milliseconds, so it gets enough warm-up for the JIT to finish tiering; the cold
/// first read is measured with the CLI instead (docs/performance.md). Run: <c>--filter '*ReceiptRead*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 30, iterationCount: 30)]
[MemoryDiagnoser]
public class ReceiptReadBenchmarks
{
    private readonly EventLogReadOptions _options = new() { Pseudonymizer = CaseIdPseudonymizer.WithRandomSecret() };
    private string _receipt = "";

    [GlobalSetup]
    public void Setup() => _receipt = SharedData.Path("receipt.xes.gz");

    [Benchmark]
    public EventLog ReceiptXes() => XesReader.ReadFile(_receipt, _options);
}
