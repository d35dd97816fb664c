namespace InBeeld.Data.EventLogs.Sql;

/// <summary>One case of a variant as the case list shows it: pseudonym, occurrences, first start (UTC ticks) and throughput (last completion minus first start).</summary>
public sealed record VariantCase(Guid Pseudonym, int Events, long Start, TimeSpan Throughput);
