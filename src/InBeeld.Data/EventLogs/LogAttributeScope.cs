namespace InBeeld.Data.EventLogs;

/// <summary>Whether a stored attribute column has a row per case or a row per occurrence.</summary>
public enum LogAttributeScope
{
    Case,
    Event,
}
