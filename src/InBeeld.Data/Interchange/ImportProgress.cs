namespace InBeeld.Data.Interchange;

/// <summary>Where an import or export is: <paramref name="Done"/> of <paramref name="Total"/> units of the current stage.</summary>
public sealed record ImportProgress(ImportStage Stage, long Done, long Total);

public enum ImportStage
{
    Reading,
    Validating,
    Writing,
    Done,
}
