namespace InBeeld.Data.EventLogs;

/// <summary>What a row of the mapping table maps: a log's activity, its organisation name, or its resource.</summary>
public enum LogMappingKind
{
    Activity,
    Organization,
    Resource,
}
