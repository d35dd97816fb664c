namespace InBeeld.Core.Analysis.Hartslag;

/// <summary>What the hartslag is broken down by.</summary>
public enum HartslagDimension
{
    Phase,
    Organization,
}
