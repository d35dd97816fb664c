using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.EventLogs.Csv;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.EventLogs.Xes;

namespace InBeeld.Benchmarks.EventLogs;

/// <summary>
/// Reading event logs into the compact log: a generated log of 1M events as XES (plain and gzip)
/// and as CSV. Targets on the 2-core machine: XES ≥ 500k events/s, CSV ≥ 2M rows/s.
/// Run: <c>--filter '*EventLogImport*'</c>. The receipt log has its own class (it needs more warm-up).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
[MemoryDiagnoser]
public class EventLogImportBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inbeeld-logs-").FullName;
    private readonly EventLogReadOptions _options = new() { Pseudonymizer = CaseIdPseudonymizer.WithRandomSecret() };
    private (string Xes, string XesGzip, string Csv) _files;

    [Params(1_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = GeneratedLogs.Write(_folder, Events);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public EventLog XesGzip() => XesReader.ReadFile(_files.XesGzip, _options);

    [Benchmark]
    public EventLog XesPlain() => XesReader.ReadFile(_files.Xes, _options);

    [Benchmark]
    public EventLog Csv() => CsvLogReader.ReadFile(_files.Csv, null, _options);
}
