namespace InBeeld.Core.Analysis.Agreement;

/// <summary>
/// Agreement between coders who coded the same units independently: per code, overall, and the
/// list of (unit, code) pairs where they differ, to discuss and settle.
/// </summary>
public sealed record CodingAgreementReport
{
    /// <summary>The coders compared, in a fixed (ordinal) order; per-coder lists follow it.</summary>
    public required IReadOnlyList<string> Coders { get; init; }

    /// <summary>
    /// Every (unit, code) decision pooled: one binary judgement per coder per code per unit. Pooled
    /// figures lean towards frequent codes; read them next to <see cref="PerCode"/>.
    /// </summary>
    public required AgreementFigures Overall { get; init; }

    public required IReadOnlyList<CodeAgreement> PerCode { get; init; }

    /// <summary>In unit order (as given), then code order.</summary>
    public required IReadOnlyList<CodingDisagreement> Disagreements { get; init; }
}
