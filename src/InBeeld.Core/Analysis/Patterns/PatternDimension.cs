namespace InBeeld.Core.Analysis.Patterns;

/// <summary>What a frequency table counts by.</summary>
public enum PatternDimension
{
    Code,
    Phase,
    Organization,
    TurningPoint,
}
