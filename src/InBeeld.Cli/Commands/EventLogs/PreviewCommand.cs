using System.CommandLine;
using InBeeld.Cli.Infrastructure;
using InBeeld.Core.EventLogs.Csv;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;
using Spectre.Console;
using static InBeeld.Cli.Commands.EventLogs.LogTables;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary><c>inbeeld log preview &lt;file.csv&gt; [--rows N]</c>: what the CSV reader sees before reading it all.</summary>
internal static class PreviewCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = LogText.Get("Argument_File") };
        var rows = new Option<int>("--rows") { Description = LogText.Get("Option_Rows"), DefaultValueFactory = _ => 10 };
        var command = new Command("preview", LogText.Get("Preview_Description")) { file, rows };
        command.SetAction(async (result, cancellationToken) =>
        {
            CsvPreview preview;
            try
            {
                using var source = EventLogSource.Open(result.GetValue(file)!);
                preview = CsvInspector.Preview(source, Math.Max(0, result.GetValue(rows)));
            }
            catch (InputRejectedException rejected)
            {
                throw LogLoader.Rejected("Error_Rejected", rejected);
            }

            var console = context.Console;
            console.WriteLine(LogText.Get("Preview_Delimiter", preview.Dialect.DelimiterName, preview.Dialect.Encoding.WebName));
            var table = new Table().AddColumns(preview.Columns.Select(c => new TableColumn(Text(c))).ToArray());
            foreach (var row in preview.Rows)
            {
                table.AddRow(row.Select(Text).Concat(Enumerable.Repeat(string.Empty, Math.Max(0, preview.Columns.Count - row.Count))).Take(preview.Columns.Count).ToArray());
            }

            console.Write(table);
            console.WriteLine(LogText.Get("Preview_Mapping"));
            var mapping = new Grid().AddColumn().AddColumn();
            var s = preview.Suggestion;
            foreach (var (option, column) in new[]
            {
                ("case", s.Case), ("activity", s.Activity), ("time", s.Timestamp), ("start-time", s.StartTimestamp), ("organisation", s.Organization), ("resource", s.Resource),
            })
            {
                mapping.AddRow($"--{option}", Text(column ?? LogText.Get("Preview_Unknown", option)));
            }

            console.Write(mapping);
            if (preview.TimeFormat is { } times)
            {
                console.WriteLine(LogText.Get("Preview_Times", times));
            }

            await context.Output.FlushAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
