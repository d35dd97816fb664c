using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.Analysis.Suggestions;

namespace InBeeld.Benchmarks.Analysis;

/// <summary>
/// Code suggestions for one uncoded quote with 5,000 coded quotes (target: under 50 ms). With a
/// ready index (as the web app would keep per codebook state), and with the index built first.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
[MemoryDiagnoser]
public class CodeSuggestionBenchmarks
{
    private IReadOnlyList<CodedQuote> _quotes = [];
    private QuoteIndex _index = null!;
    private string _query = "";

    [GlobalSetup]
    public void Setup()
    {
        _quotes = GeneratedQuotes.Create(5_000, seed: 1);
        _index = QuoteIndex.Build(_quotes);
        _query = GeneratedQuotes.Create(1, seed: 99)[0].Text;
    }

    [Benchmark]
    public int SuggestForOneQuote() => CodeSuggester.Suggest(_index, _query).Count;

    [Benchmark]
    public int BuildIndexAndSuggest() => CodeSuggester.Suggest(QuoteIndex.Build(_quotes), _query).Count;
}
