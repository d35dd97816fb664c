using InBeeld.Core.Analysis.Coding;

namespace InBeeld.Data.Coding;

/// <summary>What a coding labels: a quote or a step (by id), or a fragment of an interview's transcript (interview id and range).</summary>
public sealed record CodingUnit(CodingTarget Target, Guid Id, TextRange? Fragment = null)
{
    public static CodingUnit Quote(Guid quoteId) => new(CodingTarget.Quote, quoteId);

    public static CodingUnit Step(Guid stepId) => new(CodingTarget.Step, stepId);

    public static CodingUnit TranscriptFragment(Guid interviewId, TextRange range) => new(CodingTarget.TranscriptFragment, interviewId, range);
}
