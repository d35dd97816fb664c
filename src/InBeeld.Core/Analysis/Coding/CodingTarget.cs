namespace InBeeld.Core.Analysis.Coding;

/// <summary>What a coding labels: a quote, a whole step, or a fragment of the interview's transcript.</summary>
public enum CodingTarget
{
    Quote,
    Step,
    TranscriptFragment,
}
