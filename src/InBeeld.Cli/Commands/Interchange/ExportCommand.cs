using InBeeld.Core.Auditing;
using InBeeld.Core.Access;
using System.CommandLine;
using InBeeld.Cli.Commands.Studies;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Data.Interchange;

namespace InBeeld.Cli.Commands.Interchange;

/// <summary><c>inbeeld export &lt;study&gt; -o file.json</c> (or to standard output without -o).</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var study = new Argument<string>("study") { Description = CliText.Get("Argument_Study") };
        var output = new Option<string?>("--output", "-o") { Description = CliText.Get("Option_ExportOutput") };
        var command = new Command("export", CliText.Get("Export_Description")) { study, output };
        command.SetAction(async (result, cancellationToken) =>
        {
            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;
            var (id, title) = await StudyLookup.FindAsync(db, result.GetValue(study)!, cancellationToken);
            await identity.RequireAsync(db, id, StudyPermission.ExportRawData, cancellationToken);
            await identity.AuditAsync(db, AuditActions.Export, AuditResult.Succeeded, id, "Study", id, cancellationToken);
            var exporter = new StudyExporter(db);
            if (result.GetValue(output) is not { } path)
            {
                await using var stdout = new TextWriterStream(context.Output);
                await exporter.ExportAsync(id, stdout, null, cancellationToken);
                await context.Output.WriteLineAsync();
                return 0;
            }

            await OutputFile.WriteAsync(path, async stream =>
                await ProgressDisplay.RunAsync(context, CliText.Get("Export_Title", title),
                    progress => exporter.ExportAsync(id, stream, progress, cancellationToken)), cancellationToken);
            context.WriteLine(CliText.Get("Export_Done", title, path));
            if (await exporter.CountWithoutConsentAsync(id, cancellationToken) is > 0 and var excluded)
            {
                context.WriteLine(CliText.Get("Export_ExcludedWithoutConsent", excluded));
            }

            return 0;
        });
        return command;
    }
}
