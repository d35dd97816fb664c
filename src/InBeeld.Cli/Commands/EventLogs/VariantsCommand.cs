using System.CommandLine;
using InBeeld.Cli.Infrastructure;
using InBeeld.Core.EventLogs.Mining;
using Spectre.Console;
using static InBeeld.Cli.Commands.EventLogs.LogTables;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary><c>inbeeld log variants &lt;file&gt; [--top N]</c>: routes with their counts and shares.</summary>
internal static class VariantsCommand
{
    public static Command Create(CliContext context)
    {
        var options = new LogOptions("text", "json", "csv");
        var top = new Option<int>("--top") { Description = LogText.Get("Option_Top"), DefaultValueFactory = _ => 20 };
        var command = options.AddTo(new Command("variants", LogText.Get("Variants_Description")));
        command.Options.Add(top);
        command.SetAction(async (result, cancellationToken) =>
        {
            var format = LogLoader.Format(options, result);
            var log = (await LogLoader.LoadAsync(context, options, result, cancellationToken)).Log;
            var variants = VariantMiner.Mine(log);
            var shown = result.GetValue(top) is var n and > 0 && format == "text" ? Math.Min(n, variants.Variants.Count) : variants.Variants.Count;
            await LogOutput.WriteAsync(context, result.GetValue(options.Output), (writer, console) =>
            {
                switch (format)
                {
                    case "json":
                        LogOutput.WriteJson(writer, new
                        {
                            source = log.SourceName,
                            cases = log.CaseCount,
                            variants = variants.Variants.Select((v, i) => new
                            {
                                rank = i + 1,
                                count = v.Count,
                                share = Math.Round(v.Share, 6),
                                activities = v.Activities.Select(a => variants.ActivityNames[a]),
                            }),
                        });
                        break;
                    case "csv":
                        LogOutput.WriteCsvLine(writer, "rang", "aantal", "aandeel", "stappen", "route");
                        for (var i = 0; i < variants.Variants.Count; i++)
                        {
                            var v = variants.Variants[i];
                            LogOutput.WriteCsvLine(writer, i + 1, v.Count, LogOutput.Share(v.Share), v.Activities.Count, variants.Describe(v));
                        }

                        break;
                    default:
                        WriteText(console, variants, log.CaseCount, shown);
                        break;
                }
            }, cancellationToken);
            return 0;
        });
        return command;
    }

    private static void WriteText(IAnsiConsole console, VariantSet variants, int cases, int shown)
    {
        var table = Table("#", LogText.Get("Column_Count"), LogText.Get("Column_Share"), LogText.Get("Column_Steps"), LogText.Get("Column_Route")).RightAlign(0, 1, 2, 3);
        table.Title = new TableTitle(Text(LogText.Get("Variants_Heading", Number(variants.Variants.Count), Number(cases))));
        for (var i = 0; i < shown; i++)
        {
            var v = variants.Variants[i];
            var route = v.Activities.Count == 0 ? LogText.Get("Variants_Empty") : variants.Describe(v);
            table.AddRow(Number(i + 1), Number(v.Count), Percent(v.Share), Number(v.Activities.Count), Text(route));
        }

        console.Write(table);
        if (shown < variants.Variants.Count)
        {
            console.WriteLine(LogText.Get("Variants_More", Number(variants.Variants.Count - shown)));
        }
    }
}
