using InBeeld.Core.Participants;

namespace InBeeld.Data.Analysis;

/// <summary>A participant attribute not compared, and why.</summary>
public sealed record SkippedAttribute(string Key, string Label, SkipReason Reason);

public enum SkipReason
{
    /// <summary>Numbers and dates need bands first (age → age band); every value would be its own group.</summary>
    NeedsBands,

    /// <summary>A text attribute with more different values than <see cref="ParticipantGroupsLoader.MaxGroups"/>.</summary>
    TooManyValues,
}

internal static class SkipReasons
{
    public static SkipReason? For(AttributeType type) => type is AttributeType.Number or AttributeType.Date ? SkipReason.NeedsBands : null;
}
