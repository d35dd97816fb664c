namespace InBeeld.Core.Studies;

/// <summary>A municipality the study covers, by CBS code (GM0197) from the shipped reference list.</summary>
public sealed class StudyMunicipality
{
    public Guid StudyId { get; set; }

    /// <summary>CBS code such as "GM0197"; the name is looked up in the reference list.</summary>
    public required string CbsCode { get; set; }
}
