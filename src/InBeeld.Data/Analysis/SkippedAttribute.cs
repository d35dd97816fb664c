namespace InBeeld.Data.Analysis;

/// <summary>A participant attribute not compared, and why.</summary>
public sealed record SkippedAttribute(string Key, string Label, SkipReason Reason);
