namespace InBeeld.Core.Composites.MemberCheck;

/// <summary>What the participant said about their printed route.</summary>
public enum MemberCheckAnswer
{
    /// <summary>Bevestigd: the route is right.</summary>
    Confirmed,

    /// <summary>Gecorrigeerd: something must change (see the correction).</summary>
    Corrected,
}
