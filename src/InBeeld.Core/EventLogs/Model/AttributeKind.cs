namespace InBeeld.Core.EventLogs.Model;

/// <summary>The XES attribute types (IEEE 1849), also used for CSV and OCEL attributes.</summary>
public enum AttributeKind : byte
{
    Text,
    Integer,
    Float,
    Boolean,
    Date,
    Id,
}
