namespace InBeeld.Data.Analysis;

/// <summary>Why a participant attribute was not compared.</summary>
public enum SkipReason
{
    /// <summary>Numbers and dates need bands first (age → age band); every value would be its own group.</summary>
    NeedsBands,

    /// <summary>A text attribute with more different values than <see cref="ParticipantGroupsLoader.MaxGroups"/>.</summary>
    TooManyValues,
}
