using System.CommandLine;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Core.Generation;
using InBeeld.Core.Interchange;
using InBeeld.Data.Interchange;

namespace InBeeld.Cli.Commands.Generation;

/// <summary><c>inbeeld generate --interviews N [--seed S] [-o file.json | --import]</c>: a fictitious study.</summary>
internal static class GenerateCommand
{
    public const int MaxInterviews = 1_000_000;

    public static Command Create(CliContext context)
    {
        var interviews = new Option<int>("--interviews") { Description = CliText.Get("Option_Interviews"), Required = true };
        var seed = new Option<int>("--seed") { Description = CliText.Get("Option_Seed"), DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--output", "-o") { Description = CliText.Get("Option_GenerateOutput") };
        var import = new Option<bool>("--import") { Description = CliText.Get("Option_GenerateImport") };
        var command = new Command("generate", CliText.Get("Generate_Description")) { interviews, seed, output, import };
        command.SetAction(async (result, cancellationToken) =>
        {
            var count = result.GetValue(interviews);
            if (count is < 1 or > MaxInterviews)
            {
                throw new CliUserException(CliText.Get("Generate_BadCount", count, MaxInterviews), CliUserException.UsageError);
            }

            var document = StudyGenerator.Generate(new GenerationOptions { Interviews = count, Seed = result.GetValue(seed) });
            var path = result.GetValue(output);
            if (path is not null)
            {
                await OutputFile.WriteAsync(path, stream => StudyJson.SerializeAsync(document, stream, cancellationToken), cancellationToken);
                context.WriteLine(CliText.Get("Generate_Written", count, path));
            }

            if (result.GetValue(import))
            {
                var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
                await using var _ = db;
                var importer = new StudyImporter(db, context.Time);
                var id = await ProgressDisplay.RunAsync(context, CliText.Get("Import_Title", CliText.Get("Generate_ShortName")),
                    progress => importer.ImportAsync(document, progress, cancellationToken));
                await CoordinatorGrant.GrantAsync(db, identity, id, context.Time, cancellationToken);
                context.WriteLine(CliText.Get("Generate_Imported", document.Study.Title, id));
            }
            else if (path is null)
            {
                await using var stdout = new TextWriterStream(context.Output);
                await StudyJson.SerializeAsync(document, stdout, cancellationToken);
                await context.Output.WriteLineAsync();
            }

            return 0;
        });
        return command;
    }
}
