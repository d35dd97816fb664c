using System.CommandLine;
using InBeeld.Cli.Infrastructure;
using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using Spectre.Console;
using static InBeeld.Cli.Commands.EventLogs.LogTables;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary><c>inbeeld log dropout &lt;file&gt; --outcome A [--outcome B] [--quiet-days N]</c>: cases ending without an outcome.</summary>
internal static class DropoutCommand
{
    public static Command Create(CliContext context)
    {
        var options = new LogOptions("text", "json", "csv");
        var outcome = new Option<string[]>("--outcome") { Description = LogText.Get("Option_Outcome") };
        var quietDays = new Option<int>("--quiet-days") { Description = LogText.Get("Option_QuietDays"), DefaultValueFactory = _ => 0 };
        var command = options.AddTo(new Command("dropout", LogText.Get("Dropout_Description")));
        command.Options.Add(outcome);
        command.Options.Add(quietDays);
        command.SetAction(async (result, cancellationToken) =>
        {
            var format = LogLoader.Format(options, result);
            var outcomes = (result.GetValue(outcome) ?? []).Select(o => o.Trim()).Where(o => o.Length > 0).ToArray();
            if (outcomes.Length == 0)
            {
                throw new CliUserException(LogText.Get("Error_OutcomeNeeded"), CliUserException.UsageError);
            }

            var quiet = result.GetValue(quietDays);
            if (quiet < 0)
            {
                throw new CliUserException(LogText.Get("Error_Positive", "--quiet-days", quiet), CliUserException.UsageError);
            }

            var log = (await LogLoader.LoadAsync(context, options, result, cancellationToken)).Log;
            var report = DropOutAnalysis.Compute(log, outcomes, TimeSpan.FromDays(quiet));
            foreach (var unknown in report.UnknownOutcomes)
            {
                await context.Error.WriteLineAsync(LogText.Get("Warning_UnknownOutcome", unknown));
            }

            await LogOutput.WriteAsync(context, result.GetValue(options.Output), (writer, console) =>
            {
                switch (format)
                {
                    case "json":
                        LogOutput.WriteJson(writer, Json(report, log));
                        break;
                    case "csv":
                        WriteCsv(writer, report, log);
                        break;
                    default:
                        WriteText(console, report, log);
                        break;
                }
            }, cancellationToken);
            return 0;
        });
        return command;
    }

    private static void WriteText(IAnsiConsole console, DropOutReport report, EventLog log)
    {
        console.WriteLine(LogText.Get("Dropout_Summary", Number(report.Cases), Number(report.WithOutcome), Number(report.DroppedOut), Number(report.Running), Number(report.EmptyCases)));
        if (report.DroppedOut == 0)
        {
            return;
        }

        console.WriteLine(LogText.Get("Dropout_UnderWay", Duration(report.TimeUnderWay.Median), Duration(report.TimeUnderWay.Mean), Duration(report.TimeUnderWay.P90)));
        console.Write(Points(LogText.Get("Dropout_ByActivity"), LogText.Get("Column_Activity"), report.ByLastActivity, log.ActivityNames));
        if (report.ByLastOrganization.Count > 0)
        {
            console.Write(Points(LogText.Get("Dropout_ByOrganization"), LogText.Get("Column_Organization"), report.ByLastOrganization, log.OrganizationNames));
        }
    }

    private static Table Points(string title, string column, IReadOnlyList<DropOutPoint> points, IReadOnlyList<string> names)
    {
        var table = Table(column, LogText.Get("Column_Count"), LogText.Get("Column_Share"), LogText.Get("Column_UnderWay")).RightAlign(1, 2, 3);
        table.Title = new TableTitle(Text(title));
        foreach (var p in points)
        {
            table.AddRow(Text(names[p.Index]), Number(p.Count), Percent(p.Share), Duration(p.TimeUnderWay.Median));
        }

        return table;
    }

    private static void WriteCsv(TextWriter writer, DropOutReport report, EventLog log)
    {
        LogOutput.WriteCsvLine(writer, "groep", "naam", "aantal", "aandeel", "onderweg_mediaan_s", "onderweg_gemiddeld_s", "onderweg_p90_s");
        foreach (var p in report.ByLastActivity)
        {
            LogOutput.WriteCsvLine(writer, "activiteit", log.ActivityNames[p.Index], p.Count, LogOutput.Share(p.Share),
                LogOutput.Seconds(p.TimeUnderWay.Median), LogOutput.Seconds(p.TimeUnderWay.Mean), LogOutput.Seconds(p.TimeUnderWay.P90));
        }

        foreach (var p in report.ByLastOrganization)
        {
            LogOutput.WriteCsvLine(writer, "organisatie", log.OrganizationNames[p.Index], p.Count, LogOutput.Share(p.Share),
                LogOutput.Seconds(p.TimeUnderWay.Median), LogOutput.Seconds(p.TimeUnderWay.Mean), LogOutput.Seconds(p.TimeUnderWay.P90));
        }
    }

    private static object Json(DropOutReport report, EventLog log) => new
    {
        source = log.SourceName,
        cases = report.Cases,
        emptyCases = report.EmptyCases,
        withOutcome = report.WithOutcome,
        running = report.Running,
        droppedOut = report.DroppedOut,
        timeUnderWaySeconds = StatsCommand.Durations(report.TimeUnderWay),
        byLastActivity = report.ByLastActivity.Select(p => new { activity = log.ActivityNames[p.Index], count = p.Count, share = Math.Round(p.Share, 6), timeUnderWaySeconds = StatsCommand.Durations(p.TimeUnderWay) }),
        byLastOrganization = report.ByLastOrganization.Select(p => new { organization = log.OrganizationNames[p.Index], count = p.Count, share = Math.Round(p.Share, 6), timeUnderWaySeconds = StatsCommand.Durations(p.TimeUnderWay) }),
        unknownOutcomes = report.UnknownOutcomes,
    };
}
