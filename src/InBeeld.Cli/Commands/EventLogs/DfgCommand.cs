using System.CommandLine;
using InBeeld.Cli.Infrastructure;
using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Rendering;
using Spectre.Console;
using static InBeeld.Cli.Commands.EventLogs.LogTables;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary><c>inbeeld log dfg &lt;file&gt; [--min-edge N] [--format text|json|csv|svg]</c>: the process map.</summary>
internal static class DfgCommand
{
    public static Command Create(CliContext context)
    {
        var options = new LogOptions("text", "json", "csv", "svg");
        var minEdge = new Option<int>("--min-edge") { Description = LogText.Get("Option_MinEdge"), DefaultValueFactory = _ => 1 };
        var noWaits = new Option<bool>("--no-waits") { Description = LogText.Get("Option_NoWaits") };
        var command = options.AddTo(new Command("dfg", LogText.Get("Dfg_Description")));
        command.Options.Add(minEdge);
        command.Options.Add(noWaits);
        command.SetAction(async (result, cancellationToken) =>
        {
            var format = LogLoader.Format(options, result);
            var minimum = result.GetValue(minEdge);
            if (minimum < 1)
            {
                throw new CliUserException(LogText.Get("Error_Positive", "--min-edge", minimum), CliUserException.UsageError);
            }

            var log = (await LogLoader.LoadAsync(context, options, result, cancellationToken)).Log;
            var dfg = DfgMiner.Mine(log).WithMinimumEdgeCount(minimum);
            await LogOutput.WriteAsync(context, result.GetValue(options.Output), (writer, console) =>
            {
                switch (format)
                {
                    case "svg":
                        writer.Write(SvgDfgWriter.Write(DfgLayouter.Layout(dfg, log.SourceName, new DfgLayoutOptions { ShowWaits = !result.GetValue(noWaits) })));
                        break;
                    case "json":
                        LogOutput.WriteJson(writer, Json(dfg, log));
                        break;
                    case "csv":
                        WriteCsv(writer, dfg);
                        break;
                    default:
                        WriteText(console, dfg, log);
                        break;
                }
            }, cancellationToken);
            return 0;
        });
        return command;
    }

    private static void WriteText(IAnsiConsole console, DirectlyFollowsGraph dfg, EventLog log)
    {
        var names = dfg.ActivityNames;
        var starts = Table(LogText.Get("Dfg_Starts"), LogText.Get("Column_Cases")).RightAlign(1);
        foreach (var s in dfg.StartActivities)
        {
            starts.AddRow(Text(names[s.Activity]), Number(s.Count));
        }

        var edges = Table(LogText.Get("Column_From"), LogText.Get("Column_To"), LogText.Get("Column_Count"), LogText.Get("Column_Median"), LogText.Get("Column_Mean"), LogText.Get("Column_P90"))
            .RightAlign(2, 3, 4, 5);
        edges.Title = new TableTitle(Text(LogText.Get("Dfg_Heading", dfg.Edges.Count)));
        foreach (var e in dfg.Edges)
        {
            edges.AddRow(Text(names[e.From]), Text(names[e.To]), Number(e.Count), Duration(e.Waiting.Median), Duration(e.Waiting.Mean), Duration(e.Waiting.P90));
        }

        var ends = Table(LogText.Get("Dfg_Ends"), LogText.Get("Column_Cases")).RightAlign(1);
        foreach (var s in dfg.EndActivities)
        {
            ends.AddRow(Text(names[s.Activity]), Number(s.Count));
        }

        console.Write(starts);
        console.Write(edges);
        console.Write(ends);
        var handovers = OrganizationWaits.Compute(log);
        if (handovers.Count > 0)
        {
            var table = Table(LogText.Get("Column_From"), LogText.Get("Column_To"), LogText.Get("Column_Count"), LogText.Get("Column_Cases"), LogText.Get("Column_Median"), LogText.Get("Column_Mean"), LogText.Get("Column_P90"))
                .RightAlign(2, 3, 4, 5, 6);
            table.Title = new TableTitle(Text(LogText.Get("Dfg_Organizations")));
            foreach (var h in handovers)
            {
                table.AddRow(Text(log.OrganizationNames[h.From]), Text(log.OrganizationNames[h.To]), Number(h.Count), Number(h.Cases),
                    Duration(h.Waiting.Median), Duration(h.Waiting.Mean), Duration(h.Waiting.P90));
            }

            console.Write(table);
        }
    }

    private static void WriteCsv(TextWriter writer, DirectlyFollowsGraph dfg)
    {
        LogOutput.WriteCsvLine(writer, "van", "naar", "aantal", "wachttijd_gemiddeld_s", "wachttijd_mediaan_s", "wachttijd_p90_s", "wachttijd_min_s", "wachttijd_max_s");
        foreach (var e in dfg.Edges)
        {
            LogOutput.WriteCsvLine(writer, dfg.ActivityNames[e.From], dfg.ActivityNames[e.To], e.Count,
                LogOutput.Seconds(e.Waiting.Mean), LogOutput.Seconds(e.Waiting.Median), LogOutput.Seconds(e.Waiting.P90),
                LogOutput.Seconds(e.Waiting.Min), LogOutput.Seconds(e.Waiting.Max));
        }
    }

    private static object Json(DirectlyFollowsGraph dfg, EventLog log) => new
    {
        source = log.SourceName,
        cases = dfg.CaseCount,
        emptyCases = dfg.EmptyCases,
        activities = dfg.ActivityNames.Select((name, i) => new { name, count = dfg.ActivityCounts[i] }).Where(a => a.count > 0),
        startActivities = dfg.StartActivities.Select(s => new { activity = dfg.ActivityNames[s.Activity], count = s.Count }),
        endActivities = dfg.EndActivities.Select(s => new { activity = dfg.ActivityNames[s.Activity], count = s.Count }),
        edges = dfg.Edges.Select(e => new
        {
            from = dfg.ActivityNames[e.From],
            to = dfg.ActivityNames[e.To],
            count = e.Count,
            waitingSeconds = StatsCommand.Durations(e.Waiting),
        }),
        organizationWaits = OrganizationWaits.Compute(log).Select(h => new
        {
            from = log.OrganizationNames[h.From],
            to = log.OrganizationNames[h.To],
            count = h.Count,
            cases = h.Cases,
            waitingSeconds = StatsCommand.Durations(h.Waiting),
        }),
    };
}
