namespace InBeeld.Core.Analysis.Coding;

/// <summary>
/// One code applied by one coder to a quote, a step or a transcript fragment. Several coders may
/// code the same material independently (see Agreement); analyses take the codings they are given.
/// </summary>
/// <remarks>
/// <see cref="InterviewId"/> is stored for every target, so counting per interview never needs a join.
/// <see cref="CoderId"/> is the account's id as text (ASP.NET Identity keys are strings by default).
/// </remarks>
public sealed class Coding
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CodeId { get; set; }
    public Guid InterviewId { get; set; }
    public CodingTarget Target { get; set; }

    /// <summary>The coded step; also set for a quote (the quote's step), null for a transcript fragment.</summary>
    public Guid? StepId { get; set; }

    /// <summary>The coded quote when <see cref="Target"/> is <see cref="CodingTarget.Quote"/>.</summary>
    public Guid? QuoteId { get; set; }

    /// <summary>The coded part of the transcript when <see cref="Target"/> is <see cref="CodingTarget.TranscriptFragment"/>.</summary>
    public TextRange? Fragment { get; set; }

    public required string CoderId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
