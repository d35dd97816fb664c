using System.CommandLine;
using System.IO.Compression;
using InBeeld.Cli.Infrastructure;
using InBeeld.Core.EventLogs.Generation;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary><c>inbeeld log generate --events N [--seed S] -o file.xes|file.xes.gz|file.csv</c>: a fictitious log.</summary>
internal static class GenerateLogCommand
{
    public const long MaxEvents = 100_000_000;

    public static Command Create(CliContext context)
    {
        var events = new Option<long>("--events") { Description = LogText.Get("Option_Events"), Required = true };
        var seed = new Option<int>("--seed") { Description = LogText.Get("Option_Seed"), DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--output", "-o") { Description = LogText.Get("Option_GenerateLogOutput"), Required = true };
        var command = new Command("generate", LogText.Get("Generate_Description")) { events, seed, output };
        command.SetAction(async (result, cancellationToken) =>
        {
            var count = result.GetValue(events);
            if (count is < 1 or > MaxEvents)
            {
                throw new CliUserException(LogText.Get("Error_Positive", "--events", count), CliUserException.UsageError);
            }

            var path = result.GetValue(output)!;
            var name = path.ToLowerInvariant();
            var gzip = name.EndsWith(".gz", StringComparison.Ordinal);
            var bare = gzip ? name[..^3] : name;
            var csv = bare.EndsWith(".csv", StringComparison.Ordinal);
            if (!csv && !bare.EndsWith(".xes", StringComparison.Ordinal))
            {
                throw new CliUserException(LogText.Get("Error_GenerateExtension", Path.GetFileName(path)), CliUserException.UsageError);
            }

            var options = new SyntheticLogOptions { Events = count, Seed = result.GetValue(seed) };
            await OutputFile.WriteAsync(path, stream => Task.Run(() =>
            {
                // Only the compressing wrapper is closed here; OutputFile owns the file stream.
                using var zipped = gzip ? new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true) : null;
                var target = (Stream?)zipped ?? stream;
                if (csv)
                {
                    SyntheticLogGenerator.WriteCsv(options, target, dutch: false);
                }
                else
                {
                    SyntheticLogGenerator.WriteXes(options, target);
                }
            }, cancellationToken), cancellationToken);
            context.WriteLine(LogText.Get("Generate_Written", path, count));
            return 0;
        });
        return command;
    }
}
