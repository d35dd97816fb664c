using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InBeeld.Cli.Infrastructure;
using Spectre.Console;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary>
/// Where a log command writes: standard output, or a file given with -o (written through a
/// temporary file, like every CLI output). Text goes through a console so tables render; JSON and
/// CSV are plain.
/// </summary>
internal static class LogOutput
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(CliContext context, string? path, Action<TextWriter, IAnsiConsole> write, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            write(context.Output, context.Console);
            await context.Output.FlushAsync(cancellationToken);
            return;
        }

        await OutputFile.WriteAsync(path, async stream =>
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(writer),
            });
            console.Profile.Width = 200;
            write(writer, console);
            await writer.FlushAsync(cancellationToken);
        }, cancellationToken);
    }

    public static void WriteJson(TextWriter writer, object value)
    {
        writer.Write(JsonSerializer.Serialize(value, Json));
        writer.Write('\n');
    }

    /// <summary>One CSV line, ';'-separated; fields with ';', quotes or line breaks are quoted.</summary>
    public static void WriteCsvLine(TextWriter writer, params object?[] fields)
    {
        writer.Write(string.Join(';', fields.Select(Field)));
        writer.Write('\n');
    }

    public static long Seconds(TimeSpan duration) => (long)Math.Round(duration.TotalSeconds);

    public static string Share(double share) => share.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture);

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return text.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
