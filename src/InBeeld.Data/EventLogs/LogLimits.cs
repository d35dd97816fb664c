namespace InBeeld.Data.EventLogs;

/// <summary>Sizes the schema allows for stored logs.</summary>
public static class LogLimits
{
    /// <summary>Longest activity, resource or organisation name stored; longer names are refused on import.</summary>
    public const int MaxNameLength = 400;
}
