using InBeeld.Core.Analysis.Agreement;
using InBeeld.Core.Analysis.Coding;

namespace InBeeld.Data.Coding;

/// <summary>Agreement between the coders of a study, with what is needed to show it: names of coders and codes, and the units judged.</summary>
public sealed record StudyAgreement(
    CodingAgreementReport? Report,
    IReadOnlyList<string> CoderIds,
    IReadOnlyDictionary<string, string> CoderNames,
    IReadOnlyList<Code> Codes,
    IReadOnlyDictionary<Guid, AgreementUnit> Units)
{
    /// <summary>Agreement needs at least two coders; until then <see cref="Report"/> is null.</summary>
    public bool Comparable => Report is not null;
}
