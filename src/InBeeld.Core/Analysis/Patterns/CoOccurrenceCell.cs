using InBeeld.Core.Analysis.Evidence;

namespace InBeeld.Core.Analysis.Patterns;

/// <summary>
/// Two codes in the same interviews. <see cref="Jaccard"/> is the share of interviews with either
/// code that have both: unlike a raw count it does not grow just because a code is frequent, and it
/// is shown with its n (<see cref="BothOfEither"/>). <see cref="OfA"/> and <see cref="OfB"/> give the
/// one-sided view ("of the 20 interviews with A, 12 also have B").
/// </summary>
public sealed record CoOccurrenceCell(Guid CodeA, Guid CodeB, int Both, int WithA, int WithB, EvidenceFilter Evidence)
{
    public Proportion BothOfEither => new(Both, WithA + WithB - Both);
    public Proportion OfA => new(Both, WithA);
    public Proportion OfB => new(Both, WithB);

    /// <summary>Both / (WithA + WithB − Both); 0 when neither code occurs.</summary>
    public double Jaccard => BothOfEither.Share ?? 0;
}
