using BenchmarkDotNet.Attributes;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.EventLogs.Xes;

namespace InBeeld.Benchmarks.EventLogs;

/// <summary>
/// Reading the real receipt log (8,577 events, 4.1 MB of XML gzip-compressed to 211 kB). One read
/// takes milliseconds, so each iteration repeats it (BenchmarkDotNet's default strategy) and the
/// garbage collections it causes are part of the mean; the cold first read is measured with the
/// CLI instead (docs/performance.md). Run: <c>--filter '*ReceiptRead*'</c>.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 10, iterationCount: 30)]
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
