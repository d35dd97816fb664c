using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Csv;

/// <summary>A mapping resolved against a header: column numbers per role (-1 when not mapped).</summary>
internal sealed record CsvColumns(
    string[] Header, int Case, int Activity, int Timestamp, int StartTimestamp, int Organization, int Resource, int Lifecycle, int[] Attributes)
{
    public static CsvColumns Resolve(string[] header, CsvMapping mapping, IReadOnlySet<string> identifying, string sourceName)
    {
        var used = new Dictionary<int, string>();
        int Find(string? name, string role, bool droppable)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return -1;
            }

            var index = Array.FindIndex(header, h => string.Equals(h.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new InputRejectedException(ReadLocation.Line(sourceName, 1), EventLogText.Get(
                    "Csv_ColumnNotFound", name, EventLogText.Get(role), string.Join(", ", header.Select(h => $"'{h}'"))));
            }

            if (used.TryGetValue(index, out var other))
            {
                throw new InputRejectedException(ReadLocation.Line(sourceName, 1), EventLogText.Get(
                    "Csv_SameColumnTwice", header[index], EventLogText.Get(other), EventLogText.Get(role)));
            }

            used[index] = role;

            // A column marked identifying is never read (the case column is pseudonymised instead).
            return droppable && IsIdentifying(header[index], identifying) ? -1 : index;
        }

        return new CsvColumns(
            header,
            Find(mapping.Case, "Csv_Role_Case", droppable: false),
            Find(mapping.Activity, "Csv_Role_Activity", droppable: false),
            Find(mapping.Timestamp, "Csv_Role_Timestamp", droppable: false),
            Find(mapping.StartTimestamp, "Csv_Role_StartTimestamp", droppable: false),
            Find(mapping.Organization, "Csv_Role_Organization", droppable: true),
            Find(mapping.Resource, "Csv_Role_Resource", droppable: true),
            Find(mapping.Lifecycle, "Csv_Role_Lifecycle", droppable: false),
            [.. mapping.Attributes.Select(a => Find(a, "Csv_Role_Attribute", droppable: true)).Where(i => i >= 0)]);
    }

    private static bool IsIdentifying(string column, IReadOnlySet<string> identifying) =>
        identifying.Any(i => string.Equals(i.Trim(), column.Trim(), StringComparison.OrdinalIgnoreCase));
}
