namespace InBeeld.Core.Analysis.Subgroups;

/// <summary>What is compared between subgroups, each as "interviews with … of the interviews in the group".</summary>
public enum SubgroupMeasure
{
    /// <summary>Interviews with at least one koud or geen handover (of interviews in the group).</summary>
    ColdOrNoHandover,

    /// <summary>Interviews whose told experiences average below zero (of interviews with a told experience).</summary>
    NegativeExperience,

    /// <summary>Interviews with a code or one of its descendants.</summary>
    Code,
}
