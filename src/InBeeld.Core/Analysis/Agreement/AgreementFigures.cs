namespace InBeeld.Core.Analysis.Agreement;

/// <summary>
/// Agreement on one question (does code X apply?) over <see cref="Units"/> units that at least two
/// coders judged. Each figure is null where it is undefined, e.g. α when every judgement was the same.
/// </summary>
public sealed record AgreementFigures
{
    /// <summary>Units judged by at least two coders: the n behind the figures.</summary>
    public required int Units { get; init; }

    /// <summary>Share (0–1) of agreeing pairs of judgements; see <see cref="PercentAgreement"/>.</summary>
    public required double? PercentAgreement { get; init; }

    /// <summary>Cohen's κ; only when exactly two coders are compared.</summary>
    public required double? Kappa { get; init; }

    /// <summary>Krippendorff's α (nominal).</summary>
    public required double? Alpha { get; init; }

    public static AgreementFigures From(ReliabilityData data)
    {
        var matrix = CoincidenceMatrix.From(data);
        return new AgreementFigures
        {
            Units = matrix.PairableUnits,
            PercentAgreement = Agreement.PercentAgreement.Compute(matrix),
            Kappa = data.Coders == 2 ? CohenKappa.Compute(data).Kappa : null,
            Alpha = KrippendorffAlpha.Nominal(matrix),
        };
    }
}
