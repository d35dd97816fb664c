namespace InBeeld.Core.Composites.Composition;

/// <summary>
/// Picks the most telling quotes of a composite step, from the quotes at its source steps:
/// <list type="number">
/// <item>quotes said where the experience went the same way as the composite step's typical experience
/// (below or above neutral) come first — they tell the step as most lived it;</item>
/// <item>then the strongest feeling (|experience|, unknown counts as 0): hotspots are what a map is for;</item>
/// <item>then the longer quote (more of the person's own words), then interview id and quote order, so
/// the choice is reproducible;</item>
/// <item>at most one quote per interview, so several voices are heard, and the same words only once
/// (retellings may share a quote word for word).</item>
/// </list>
/// </summary>
public static class QuoteChooser
{
    public static IReadOnlyList<SourceQuoteRef> Choose(IReadOnlyList<(Guid InterviewId, SourceStep Step)> sources, int? typicalExperience, int max)
    {
        var sign = Math.Sign(typicalExperience ?? 0);
        return sources
            .SelectMany(s => s.Step.Quotes.Where(q => !string.IsNullOrWhiteSpace(q.Text)).Select(q => (s.InterviewId, s.Step, Quote: q)))
            .OrderByDescending(x => sign != 0 && Math.Sign(x.Step.Experience ?? 0) == sign)
            .ThenByDescending(x => Math.Abs(x.Step.Experience ?? 0))
            .ThenByDescending(x => x.Quote.Text.Trim().Length)
            .ThenBy(x => x.InterviewId)
            .ThenBy(x => x.Quote.Order)
            .ThenBy(x => x.Quote.Id)
            .DistinctBy(x => x.InterviewId)
            .DistinctBy(x => x.Quote.Text.Trim())
            .Take(max)
            .Select(x => new SourceQuoteRef(x.InterviewId, x.Step.Id, x.Quote.Id))
            .ToList();
    }
}
