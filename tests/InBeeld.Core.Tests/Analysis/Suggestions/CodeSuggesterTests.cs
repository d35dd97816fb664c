using InBeeld.Core.Analysis.Suggestions;
using static InBeeld.Core.Tests.Analysis.AnalysisFixture;

namespace InBeeld.Core.Tests.Analysis.Suggestions;

public sealed class CodeSuggesterTests
{
    private static readonly Guid Brieven = Id(501);

    // Terms after stemming: q1 {wacht ×2, brief}, q2 {brief, kwijt}, q3 {wacht}. N = 3, so
    // idf(wacht) = idf(brief) = ln(4/3) + 1 and idf(kwijt) = ln 2 + 1.
    private static QuoteIndex Index() => QuoteIndex.Build(
    [
        new CodedQuote(Quote1, "Wachten, wachten op een brief.", [Wachten, Brieven]),
        new CodedQuote(Quote2, "Die brief was ik kwijt.", [Brieven]),
        new CodedQuote(Quote3, "Wachten!", [Wachten]),
    ]);

    [Fact]
    public void Nearest_GivesHandComputedCosineSimilarities()
    {
        // Query "ik wacht op de brief" → {wacht, brief}, unit vector (1/√2, 1/√2).
        // q1 = ((1 + ln 2)·idf, idf) normalised → cos 0.96844; q2 = (idf_b, idf_k) normalised → 0.42805; q3 → 1/√2.
        var nearest = Index().Nearest("Ik wacht op de brief", k: 3);

        nearest.Select(n => n.Quote.QuoteId).ShouldBe([Quote1, Quote3, Quote2]);
        nearest[0].Similarity.ShouldBe(0.968438821944336, 1e-12);
        nearest[1].Similarity.ShouldBe(1 / Math.Sqrt(2), 1e-12);
        nearest[2].Similarity.ShouldBe(0.4280460350631185, 1e-12);
    }

    [Fact]
    public void Suggest_WeighsTheNeighboursVotesBySimilarity_AndSaysWhy()
    {
        var suggestions = CodeSuggester.Suggest(Index(), "Ik wacht op de brief");

        // Wachten: (s1 + s3) / (s1 + s2 + s3) = 0.79652; Brieven: (s1 + s2) / total = 0.66386.
        suggestions.Select(s => s.CodeId).ShouldBe([Wachten, Brieven]);
        suggestions[0].Score.ShouldBe(0.7965165732306252, 1e-12);
        suggestions[1].Score.ShouldBe(0.6638573911647507, 1e-12);
        suggestions[0].Because.Select(b => b.QuoteId).ShouldBe([Quote1, Quote3]);
    }

    [Fact]
    public void Suggest_LeavesOutExcludedCodes_TheQuoteItself_AndDissimilarQuotes()
    {
        var index = Index();

        CodeSuggester.Suggest(index, "Ik wacht op de brief", new SuggestionOptions { Exclude = [Wachten] })
            .Select(s => s.CodeId).ShouldBe([Brieven]);
        CodeSuggester.Suggest(index, "Wachten!", new SuggestionOptions { QuoteId = Quote3 })[0].Because
            .ShouldAllBe(b => b.QuoteId != Quote3);
        CodeSuggester.Suggest(index, "Het regende de hele dag").ShouldBeEmpty();
        CodeSuggester.Suggest(index, "Ik wacht op de brief", new SuggestionOptions { MinimumSimilarity = 0.5 })
            .Single(s => s.CodeId == Brieven).Because.Select(b => b.QuoteId).ShouldBe([Quote1]);
    }

    [Fact]
    public void Suggest_IsDeterministic()
    {
        var first = CodeSuggester.Suggest(Index(), "wachten op de brief");
        var second = CodeSuggester.Suggest(Index(), "wachten op de brief");

        second.Select(s => (s.CodeId, s.Score)).ShouldBe(first.Select(s => (s.CodeId, s.Score)));
    }
}
