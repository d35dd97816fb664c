using System.CommandLine;
using System.Globalization;
using InBeeld.Cli.Infrastructure;
using InBeeld.Core.EventLogs.Mining;
using Spectre.Console;
using static InBeeld.Cli.Commands.EventLogs.LogTables;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary><c>inbeeld log stats &lt;file&gt;</c>: the size, period and throughput of a log.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var options = new LogOptions("text", "json");
        var command = options.AddTo(new Command("stats", LogText.Get("Stats_Description")));
        command.SetAction(async (result, cancellationToken) =>
        {
            var format = LogLoader.Format(options, result);
            var loaded = await LogLoader.LoadAsync(context, options, result, cancellationToken);
            var stats = LogStatistics.Compute(loaded.Log);
            await LogOutput.WriteAsync(context, result.GetValue(options.Output), (writer, console) =>
            {
                if (format == "json")
                {
                    LogOutput.WriteJson(writer, Json(stats, loaded.RandomKey));
                }
                else
                {
                    WriteText(console, stats, loaded.RandomKey);
                }
            }, cancellationToken);
            return 0;
        });
        return command;
    }

    private static void WriteText(IAnsiConsole console, LogStatistics stats, bool randomKey)
    {
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string key, string value) => grid.AddRow(Text(LogText.Get(key)), Text(value));
        Row("Stats_Source", stats.SourceName);
        Row("Stats_Cases", Number(stats.Cases));
        if (stats.EmptyCases > 0)
        {
            Row("Stats_EmptyCases", Number(stats.EmptyCases));
        }

        Row("Stats_Events", Number(stats.Events));
        Row("Stats_Activities", Number(stats.Activities));
        Row("Stats_Resources", Number(stats.Resources));
        Row("Stats_Organizations", Number(stats.Organizations));
        Row("Stats_Variants", Number(stats.Variants));
        if (stats.FirstEvent is { } first && stats.LastEvent is { } last)
        {
            Row("Stats_Period", $"{first.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} – {last.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
        }

        Row("Stats_EventsPerCase", $"{stats.MinEventsPerCase} / {stats.MeanEventsPerCase.ToString("0.0", Core.EventLogs.EventLogText.Culture)} / {stats.MaxEventsPerCase}");
        Row("Stats_Throughput", $"{Duration(stats.Throughput.Median)} / {Duration(stats.Throughput.Mean)} / {Duration(stats.Throughput.P90)}");
        if (stats.SkippedLifecycleEvents > 0)
        {
            Row("Stats_Skipped", Number(stats.SkippedLifecycleEvents));
        }

        Row("Stats_Memory", $"{(stats.HeldBytes / (1024.0 * 1024)).ToString("0.0", Core.EventLogs.EventLogText.Culture)} MB");
        Row("Stats_Pseudonyms", LogText.Get(randomKey ? "Stats_PseudonymsRandom" : "Stats_PseudonymsKey"));
        console.Write(grid);
    }

    private static object Json(LogStatistics stats, bool randomKey) => new
    {
        source = stats.SourceName,
        cases = stats.Cases,
        emptyCases = stats.EmptyCases,
        events = stats.Events,
        activities = stats.Activities,
        resources = stats.Resources,
        organizations = stats.Organizations,
        variants = stats.Variants,
        firstEvent = stats.FirstEvent,
        lastEvent = stats.LastEvent,
        eventsPerCase = new { min = stats.MinEventsPerCase, mean = Math.Round(stats.MeanEventsPerCase, 3), max = stats.MaxEventsPerCase },
        throughputSeconds = Durations(stats.Throughput),
        skippedLifecycleEvents = stats.SkippedLifecycleEvents,
        heldBytes = stats.HeldBytes,
        pseudonymKey = randomKey ? "random" : "given",
    };

    internal static object Durations(DurationStatistics d) => new
    {
        count = d.Count,
        mean = LogOutput.Seconds(d.Mean),
        median = LogOutput.Seconds(d.Median),
        p90 = LogOutput.Seconds(d.P90),
        min = LogOutput.Seconds(d.Min),
        max = LogOutput.Seconds(d.Max),
    };
}
