namespace InBeeld.Core.Analysis.Agreement;

/// <summary>Agreement on one code, and how many units each coder applied it to (in the report's coder order).</summary>
public sealed record CodeAgreement(Guid CodeId, AgreementFigures Figures, IReadOnlyList<int> AppliedPerCoder);
