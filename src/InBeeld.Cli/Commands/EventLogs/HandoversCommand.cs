using System.CommandLine;
using InBeeld.Cli.Commands.Studies;
using InBeeld.Cli.Infrastructure;
using InBeeld.Core.Access;
using InBeeld.Core.EventLogs.Comparison;
using InBeeld.Data.EventLogs;
using Spectre.Console;
using static InBeeld.Cli.Commands.EventLogs.LogTables;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary>
/// <c>inbeeld log handovers &lt;file&gt; --study &lt;study&gt; [--outcome A] [--quiet-days N]</c>: the
/// study's interviews beside a log, per pair of organisations — the handover gaps people reported next
/// to the waits and drop-outs in the log, through the study's mapping table. Needs ViewPatterns.
/// </summary>
internal static class HandoversCommand
{
    public static Command Create(CliContext context)
    {
        var options = new LogOptions("text", "json", "csv");
        var study = new Option<string>("--study") { Description = LogText.Get("Option_Study"), Required = true };
        var outcome = new Option<string[]>("--outcome") { Description = LogText.Get("Option_Outcome") };
        var quietDays = new Option<int>("--quiet-days") { Description = LogText.Get("Option_QuietDays"), DefaultValueFactory = _ => 0 };
        var command = options.AddTo(new Command("handovers", LogText.Get("Handovers_Description")));
        command.Options.Add(study);
        command.Options.Add(outcome);
        command.Options.Add(quietDays);
        command.SetAction(async (result, cancellationToken) =>
        {
            var format = LogLoader.Format(options, result);
            var quiet = result.GetValue(quietDays);
            if (quiet < 0)
            {
                throw new CliUserException(LogText.Get("Error_Positive", "--quiet-days", quiet), CliUserException.UsageError);
            }

            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;
            var (studyId, title) = await StudyLookup.FindAsync(db, result.GetValue(study)!, cancellationToken);
            await identity.RequireAsync(db, studyId, StudyPermission.ViewPatterns, cancellationToken);
            var log = (await LogLoader.LoadAsync(context, options, result, cancellationToken)).Log;
            var outcomes = (result.GetValue(outcome) ?? []).Select(o => o.Trim()).Where(o => o.Length > 0).ToArray();
            var compared = await new HandoverComparisonQuery(db).CompareAsync(studyId, log, outcomes, TimeSpan.FromDays(quiet), cancellationToken);
            if (compared.MappedNames == 0)
            {
                await context.Error.WriteLineAsync(LogText.Get("Handovers_NoMapping", title));
            }

            string Name(Guid id) => compared.OrganizationNames.TryGetValue(id, out var name) ? name : id.ToString();
            await LogOutput.WriteAsync(context, result.GetValue(options.Output), (writer, console) =>
            {
                switch (format)
                {
                    case "json":
                        LogOutput.WriteJson(writer, Json(compared.Comparison, Name));
                        break;
                    case "csv":
                        WriteCsv(writer, compared.Comparison, Name);
                        break;
                    default:
                        WriteText(console, compared.Comparison, title, Name);
                        break;
                }
            }, cancellationToken);
            return 0;
        });
        return command;
    }

    private static void WriteText(IAnsiConsole console, HandoverComparisonResult result, string title, Func<Guid, string> name)
    {
        console.WriteLine(LogText.Get("Handovers_Summary", title, Number(result.Interviews), Number(result.Cases), Number(result.DroppedCases)));
        var table = Table(
            LogText.Get("Column_Handover"), LogText.Get("Column_InterviewsColdOrNone"), LogText.Get("Column_InterviewWaitDays"),
            LogText.Get("Column_LogCases"), LogText.Get("Column_LogWait"), LogText.Get("Column_LogDropped")).RightAlign(1, 2, 3, 4, 5);
        foreach (var row in result.Rows)
        {
            table.AddRow(
                Text($"{name(row.From)} → {name(row.To)}"),
                row.Interviews is { } g ? $"{g.ColdOrNoneInterviews} / {g.Interviews.Count}" : "–",
                row.Interviews?.Waiting.Median is { } days ? days.ToString("0.#", Core.EventLogs.EventLogText.Culture) : "–",
                row.Log is { } l ? Number(l.Cases) : "–",
                row.Log is { } w ? Duration(w.Waiting.Median) : "–",
                row.Log is { } d ? Number(d.DroppedAfter) : "–");
        }

        console.Write(table);
    }

    private static void WriteCsv(TextWriter writer, HandoverComparisonResult result, Func<Guid, string> name)
    {
        LogOutput.WriteCsvLine(writer, "van", "naar", "interviews", "interviews_koud_of_geen", "interviews_wachttijd_mediaan_dagen", "logboek_overgangen", "logboek_zaken", "logboek_wachttijd_mediaan_s", "logboek_uitval_na");
        foreach (var row in result.Rows)
        {
            LogOutput.WriteCsvLine(writer, name(row.From), name(row.To), row.Interviews?.Interviews.Count, row.Interviews?.ColdOrNoneInterviews,
                row.Interviews?.Waiting.Median?.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Log?.Transitions, row.Log?.Cases,
                row.Log is { } l ? LogOutput.Seconds(l.Waiting.Median) : null, row.Log?.DroppedAfter);
        }
    }

    private static object Json(HandoverComparisonResult result, Func<Guid, string> name) => new
    {
        interviews = result.Interviews,
        cases = result.Cases,
        droppedCases = result.DroppedCases,
        handovers = result.Rows.Select(r => new
        {
            from = name(r.From),
            to = name(r.To),
            interviews = r.Interviews is { } g
                ? new { withHandover = g.Interviews.Count, coldOrNone = g.ColdOrNoneInterviews, waitingDaysMedian = g.Waiting.Median, waitingDaysKnown = g.Waiting.Known }
                : null,
            log = r.Log is { } l
                ? new { transitions = l.Transitions, cases = l.Cases, waitingSeconds = StatsCommand.Durations(l.Waiting), droppedAfter = l.DroppedAfter }
                : null,
        }),
    };
}
