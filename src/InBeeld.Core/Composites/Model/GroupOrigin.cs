namespace InBeeld.Core.Composites.Model;

/// <summary>Whether a group is as InBeeld proposed it, or the researcher changed it since.</summary>
public enum GroupOrigin
{
    Proposed,
    ChangedByResearcher,
}
