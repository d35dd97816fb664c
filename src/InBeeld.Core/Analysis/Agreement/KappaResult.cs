namespace InBeeld.Core.Analysis.Agreement;

/// <summary>κ with the figures behind it: observed and chance agreement over <see cref="Units"/> units.</summary>
public sealed record KappaResult(double? Kappa, double? ObservedAgreement, double? ChanceAgreement, int Units);
