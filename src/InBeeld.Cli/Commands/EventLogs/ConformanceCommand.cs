using System.CommandLine;
using InBeeld.Cli.Infrastructure;
using InBeeld.Core.EventLogs.Conformance;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.Validation;
using Spectre.Console;
using static InBeeld.Cli.Commands.EventLogs.LogTables;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary>
/// <c>inbeeld log conformance &lt;file&gt; --model route.bpmn [--method alignments|replay|both]</c>:
/// how well the cases follow the intended route, and which steps they skip or add.
/// </summary>
internal static class ConformanceCommand
{
    private const int VariantsShown = 15;

    public static Command Create(CliContext context)
    {
        var options = new LogOptions("text", "json", "csv");
        var model = new Option<string>("--model", "-m") { Description = LogText.Get("Option_Model"), Required = true };
        var method = new Option<string>("--method") { Description = LogText.Get("Option_Method"), DefaultValueFactory = _ => "both" };
        var command = options.AddTo(new Command("conformance", LogText.Get("Conformance_Description")));
        command.Options.Add(model);
        command.Options.Add(method);
        command.SetAction(async (result, cancellationToken) =>
        {
            var format = LogLoader.Format(options, result);
            var which = result.GetValue(method)?.Trim().ToLowerInvariant() ?? "both";
            if (which is not ("alignments" or "replay" or "both"))
            {
                throw new CliUserException(LogText.Get("Error_Method", which), CliUserException.UsageError);
            }

            PetriNet net;
            try
            {
                net = ProcessModels.ReadFile(result.GetValue(model)!);
            }
            catch (InputRejectedException rejected)
            {
                throw LogLoader.Rejected("Error_ModelRejected", rejected);
            }

            var log = (await LogLoader.LoadAsync(context, options, result, cancellationToken)).Log;
            var alignments = which == "replay" ? null : await Task.Run(() => Aligner.Align(net, log, cancellationToken: cancellationToken), cancellationToken);
            var replay = which == "alignments" ? null : TokenReplay.Replay(net, log);
            await LogOutput.WriteAsync(context, result.GetValue(options.Output), (writer, console) =>
            {
                switch (format)
                {
                    case "json":
                        LogOutput.WriteJson(writer, Json(net, log, alignments, replay));
                        break;
                    case "csv":
                        WriteCsv(writer, alignments, replay, log);
                        break;
                    default:
                        WriteText(console, net, log, alignments, replay);
                        break;
                }
            }, cancellationToken);
            return 0;
        });
        return command;
    }

    private static void WriteText(IAnsiConsole console, PetriNet net, EventLog log, AlignmentResult? alignments, ReplayResult? replay)
    {
        console.WriteLine(LogText.Get("Conformance_Model", net.Name, net.Places.Count, net.Transitions.Count, net.Transitions.Count(t => t.IsSilent), net.Labels.Count));
        var unknown = alignments?.UnknownActivities ?? replay?.UnknownActivities.Select(a => log.ActivityNames[a]).ToList() ?? [];
        if (unknown.Count > 0)
        {
            console.WriteLine(LogText.Get("Conformance_Unknown", string.Join(", ", unknown.Select(u => $"'{u}'"))));
        }

        if (replay is not null)
        {
            console.WriteLine(LogText.Get("Conformance_Replay", Fitness(replay.Fitness), Fitness(replay.MeanCaseFitness), Number(replay.FittingCases)));
        }

        if (alignments is null)
        {
            return;
        }

        console.WriteLine(LogText.Get("Conformance_Alignments", Fitness(alignments.Fitness), Fitness(alignments.MeanCaseFitness), Number(alignments.FittingCases), Number(log.CaseCount)));
        if (alignments.CasesNotAligned > 0)
        {
            console.WriteLine(LogText.Get("Conformance_NotAligned", Number(alignments.CasesNotAligned)));
        }

        if (alignments.Deviations.Count == 0)
        {
            console.WriteLine(LogText.Get("Conformance_NoDeviations"));
            return;
        }

        var deviations = Table(LogText.Get("Column_Activity"), LogText.Get("Column_Affected"), LogText.Get("Column_Skipped"), LogText.Get("Column_Inserted")).RightAlign(1, 2, 3);
        deviations.Title = new TableTitle(Text(LogText.Get("Conformance_Deviations")));
        foreach (var d in alignments.Deviations)
        {
            deviations.AddRow(Text(d.Activity), Number(d.CasesAffected), Number(d.CasesSkipped), Number(d.CasesInserted));
        }

        console.Write(deviations);
        var variants = Table(LogText.Get("Column_Count"), LogText.Get("Column_Cost"), LogText.Get("Column_Fitness"), LogText.Get("Column_Alignment")).RightAlign(0, 1, 2);
        variants.Title = new TableTitle(Text(LogText.Get("Conformance_Variants")));
        foreach (var v in Enumerable.Range(0, alignments.Variants.Count).Where(v => alignments.Variants[v].Cost > 0).Take(VariantsShown))
        {
            var alignment = alignments.Variants[v];
            variants.AddRow(Number(alignments.VariantCounts[v]), Number(alignment.Cost), Fitness(alignment.Fitness), Text(Describe(alignment)));
        }

        console.Write(variants);
    }

    private static string Describe(TraceAlignment alignment) => string.Join("  ", alignment.Moves.Where(m => m.Kind != MoveKind.Silent).Select(m => m.Kind switch
    {
        MoveKind.Synchronous => "=" + m.Activity,
        MoveKind.LogOnly => "+" + m.Activity,
        _ => "−" + m.Activity,
    }));

    private static string Fitness(double value) => value.ToString("0.000", Core.EventLogs.EventLogText.Culture);

    private static void WriteCsv(TextWriter writer, AlignmentResult? alignments, ReplayResult? replay, EventLog log)
    {
        if (alignments is not null)
        {
            LogOutput.WriteCsvLine(writer, "activiteit", "zaken_geraakt", "zaken_overgeslagen", "zaken_ingevoegd", "keer_overgeslagen", "keer_ingevoegd");
            foreach (var d in alignments.Deviations)
            {
                LogOutput.WriteCsvLine(writer, d.Activity, d.CasesAffected, d.CasesSkipped, d.CasesInserted, d.Skipped, d.Inserted);
            }

            return;
        }

        LogOutput.WriteCsvLine(writer, "activiteit", "zaken_met_ontbrekende_tokens");
        foreach (var m in replay!.MissingByActivity)
        {
            LogOutput.WriteCsvLine(writer, log.ActivityNames[m.Activity], m.Cases);
        }
    }

    private static object Json(PetriNet net, EventLog log, AlignmentResult? alignments, ReplayResult? replay) => new
    {
        source = log.SourceName,
        model = new { name = net.Name, places = net.Places.Count, transitions = net.Transitions.Count, silent = net.Transitions.Count(t => t.IsSilent), activities = net.Labels },
        cases = log.CaseCount,
        alignments = alignments is null ? null : new
        {
            fitness = Math.Round(alignments.Fitness, 6),
            meanCaseFitness = Math.Round(alignments.MeanCaseFitness, 6),
            fittingCases = alignments.FittingCases,
            casesNotAligned = alignments.CasesNotAligned,
            cheapestModelRun = alignments.CheapestModelRun,
            unknownActivities = alignments.UnknownActivities,
            deviations = alignments.Deviations,
            variants = alignments.Variants.Select((a, v) => new
            {
                count = alignments.VariantCounts[v],
                aligned = a.Completed,
                cost = a.Cost,
                fitness = Math.Round(a.Fitness, 6),
                moves = a.Moves.Where(m => m.Kind != MoveKind.Silent).Select(m => new
                {
                    kind = m.Kind switch { MoveKind.Synchronous => "sync", MoveKind.LogOnly => "log", _ => "model" },
                    activity = m.Activity,
                }),
            }),
        },
        replay = replay is null ? null : new
        {
            fitness = Math.Round(replay.Fitness, 6),
            meanCaseFitness = Math.Round(replay.MeanCaseFitness, 6),
            fittingCases = replay.FittingCases,
            produced = replay.Cases.Sum(c => (long)c.Produced),
            consumed = replay.Cases.Sum(c => (long)c.Consumed),
            missing = replay.Cases.Sum(c => (long)c.Missing),
            remaining = replay.Cases.Sum(c => (long)c.Remaining),
            missingByActivity = replay.MissingByActivity.Select(m => new { activity = log.ActivityNames[m.Activity], cases = m.Cases }),
        },
    };
}
