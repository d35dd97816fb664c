namespace InBeeld.Web.Pages.Coding;

/// <summary>The checkbox form for one unit (a step or a quote): which codes the coder has on it.</summary>
public sealed record CodeChoices(string Handler, string UnitField, Guid UnitId, string Label, IReadOnlyList<(Core.Analysis.Coding.Code Code, int Depth)> Codes, IReadOnlySet<Guid> Chosen);
