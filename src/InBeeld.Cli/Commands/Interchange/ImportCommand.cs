using System.CommandLine;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Data.Interchange;

namespace InBeeld.Cli.Commands.Interchange;

/// <summary><c>inbeeld import &lt;file.json&gt;</c>: a study file becomes a new study.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = CliText.Get("Argument_ImportFile") };
        var maxSize = new Option<int>("--max-size")
        {
            Description = CliText.Get("Option_MaxSize"),
            DefaultValueFactory = _ => (int)(StudyImportOptions.DefaultMaxFileBytes / 1024 / 1024),
        };
        var command = new Command("import", CliText.Get("Import_Description")) { file, maxSize };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            var options = new StudyImportOptions { MaxFileBytes = Math.Max(1, result.GetValue(maxSize)) * 1024L * 1024L };
            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;
            var importer = new StudyImporter(db, context.Time, options);
            var id = await ProgressDisplay.RunAsync(context, CliText.Get("Import_Title", Path.GetFileName(path)),
                progress => importer.ImportFileAsync(path, progress, cancellationToken));
            await CoordinatorGrant.GrantAsync(db, identity, id, context.Time, cancellationToken);
            context.WriteLine(CliText.Get("Import_Done", Path.GetFileName(path), id));
            return 0;
        });
        return command;
    }
}
