using InBeeld.Core.EventLogs;
using Spectre.Console;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary>Small helpers for the text output of the log commands.</summary>
internal static class LogTables
{
    public static Table Table(params string[] columns)
    {
        var table = new Table().AddColumns(columns.Select(c => new TableColumn(Markup.Escape(c))).ToArray());
        return table;
    }

    public static Table RightAlign(this Table table, params int[] columns)
    {
        foreach (var column in columns)
        {
            table.Columns[column].RightAligned();
        }

        return table;
    }

    public static string Number(long value) => value.ToString("N0", EventLogText.Culture);

    public static string Percent(double share) => share.ToString("P1", EventLogText.Culture);

    public static string Duration(TimeSpan duration) => DurationText.Format(duration);

    public static string Text(string value) => Markup.Escape(value);
}
