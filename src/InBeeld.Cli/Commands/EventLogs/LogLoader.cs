using System.CommandLine;
using InBeeld.Cli.Infrastructure;
using InBeeld.Core.EventLogs.Csv;
using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Ocel;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary>Reads the log a command names (with progress on large files) and applies the filters given.</summary>
internal static class LogLoader
{
    public const string SecretVariable = "INBEELD_LOG_SECRET";

    public sealed record Loaded(EventLog Log, bool RandomKey);

    public static async Task<Loaded> LoadAsync(CliContext context, LogOptions options, ParseResult result, CancellationToken cancellationToken)
    {
        var path = result.GetValue(options.File)!;
        var (pseudonymizer, random) = Pseudonymizer(result.GetValue(options.Secret));
        using var pseudonyms = pseudonymizer;
        var read = new EventLogReadOptions
        {
            Pseudonymizer = pseudonymizer,
            IdentifyingAttributes = Split(result.GetValue(options.Identifying)).ToHashSet(),
            KeepEventAttributes = Split(result.GetValue(options.Attributes)).ToHashSet(),
            LocalTimeZone = TimeZone(result.GetValue(options.TimeZone)),
        };
        var filters = Filters(options, result);
        try
        {
            var fileOptions = new EventLogFileOptions
            {
                Read = read,
                CsvMapping = Mapping(path, options, result, read.KeepEventAttributes),
                Ocel = new OcelOptions { ObjectType = result.GetValue(options.ObjectType) },
            };
            var log = await LogProgress.RunAsync(context, LogText.Get("Progress_Reading", Path.GetFileName(path)), progress =>
                Core.EventLogs.Reading.EventLogFiles.Read(path, fileOptions with { Read = read with { Progress = progress } }, cancellationToken));
            foreach (var filter in filters)
            {
                log = filter(log);
            }

            return new Loaded(log, random);
        }
        catch (InputRejectedException rejected)
        {
            throw Rejected("Error_Rejected", rejected);
        }
    }

    public static CliUserException Rejected(string key, InputRejectedException rejected) => new(
        LogText.Get(key, rejected.Errors.Count) + Environment.NewLine +
        string.Join(Environment.NewLine, rejected.Errors.Select(e => $"  {e.Location}: {e.Message}")));

    /// <summary>The format chosen, checked against what the command can write.</summary>
    public static string Format(LogOptions options, ParseResult result)
    {
        var format = (result.GetValue(options.Format) ?? options.Formats[0]).Trim().ToLowerInvariant();
        return options.Formats.Contains(format)
            ? format
            : throw new CliUserException(LogText.Get("Error_Format", format, string.Join(", ", options.Formats)), CliUserException.UsageError);
    }

    private static (CaseIdPseudonymizer Pseudonymizer, bool Random) Pseudonymizer(string? option)
    {
        var (text, source) = option is not null ? (option, "--secret") : (Environment.GetEnvironmentVariable(SecretVariable), SecretVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (CaseIdPseudonymizer.WithRandomSecret(), true);
        }

        var bytes = Decode(text.Trim());
        return bytes is { Length: >= CaseIdPseudonymizer.MinimumSecretBytes }
            ? (new CaseIdPseudonymizer(bytes), false)
            : throw new CliUserException(LogText.Get("Error_Secret", source), CliUserException.UsageError);
    }

    private static byte[]? Decode(string text)
    {
        try
        {
            return text.Length % 2 == 0 && text.All(Uri.IsHexDigit) ? Convert.FromHexString(text) : Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static TimeZoneInfo TimeZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return EventLogReadOptions.DefaultTimeZone;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new CliUserException(LogText.Get("Error_TimeZone", id), CliUserException.UsageError);
        }
    }

    /// <summary>
    /// For a CSV file with columns named on the command line: those columns, the others as guessed
    /// from the header (a quick look at the file's start). Null: the reader guesses everything.
    /// </summary>
    private static CsvMapping? Mapping(string path, LogOptions options, ParseResult result, IReadOnlySet<string> attributes)
    {
        var given = new CsvMappingSuggestion(
            result.GetValue(options.CaseColumn), result.GetValue(options.ActivityColumn), result.GetValue(options.TimeColumn),
            result.GetValue(options.StartColumn), result.GetValue(options.OrganizationColumn), result.GetValue(options.ResourceColumn), null);
        if (given == new CsvMappingSuggestion(null, null, null, null, null, null, null) && attributes.Count == 0)
        {
            return null;
        }

        using var source = EventLogSource.Open(path);
        if (EventLogFiles.Detect(source) != EventLogFormat.Csv)
        {
            return null;
        }

        var preview = CsvInspector.Preview(source, rows: 0);
        var guess = preview.Suggestion;
        var merged = new CsvMappingSuggestion(
            given.Case ?? guess.Case, given.Activity ?? guess.Activity, given.Timestamp ?? guess.Timestamp, given.StartTimestamp ?? guess.StartTimestamp,
            given.Organization ?? guess.Organization, given.Resource ?? guess.Resource, guess.Lifecycle);
        var mapping = merged.ToMapping() ?? throw new InputRejectedException(
            ReadLocation.Line(source.Name, 1),
            Core.EventLogs.EventLogText.Get("Csv_MappingIncomplete",
                Core.EventLogs.EventLogText.Get(merged.Case is null ? "Csv_Role_Case" : merged.Activity is null ? "Csv_Role_Activity" : "Csv_Role_Timestamp"),
                string.Join(", ", preview.Columns.Select(c => $"'{c}'"))));
        return mapping with { Attributes = [.. attributes] };
    }

    private static List<Func<EventLog, EventLog>> Filters(LogOptions options, ParseResult result)
    {
        var filters = new List<Func<EventLog, EventLog>>();
        var from = Date(result.GetValue(options.From), "--from", endOfDay: false);
        var to = Date(result.GetValue(options.To), "--to", endOfDay: true);
        if (from is not null || to is not null)
        {
            var mode = result.GetValue(options.Window)?.Trim().ToLowerInvariant() switch
            {
                null or "intersecting" => TimeWindowMode.Intersecting,
                "contained" => TimeWindowMode.Contained,
                "started" => TimeWindowMode.Started,
                "trim" => TimeWindowMode.TrimEvents,
                var other => throw new CliUserException(LogText.Get("Error_Window", other), CliUserException.UsageError),
            };
            filters.Add(log => EventLogFilters.TimeWindow(log, from, to, mode));
        }

        foreach (var (text, keep) in (result.GetValue(options.Where) ?? []).Select(w => (w, true)).Concat((result.GetValue(options.WhereNot) ?? []).Select(w => (w, false))))
        {
            var at = text.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                throw new CliUserException(LogText.Get("Error_Where", text), CliUserException.UsageError);
            }

            var filter = new AttributeFilter(text[..at].Trim(), text[(at + 1)..].Split(',').Select(v => v.Trim()).ToHashSet(), keep);
            filters.Add(log => EventLogFilters.Attribute(log, filter));
        }

        if (result.GetValue(options.TopVariants) is { } top)
        {
            if (top < 1)
            {
                throw new CliUserException(LogText.Get("Error_Positive", "--top-variants", top), CliUserException.UsageError);
            }

            filters.Add(log => EventLogFilters.TopVariants(log, top));
        }

        return filters;
    }

    /// <summary>A date (ISO or Dutch, optionally with time) as UTC, read in Amsterdam time; --to without time means the end of that day.</summary>
    private static DateTime? Date(string? text, string option, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!TimestampParser.TryParse(text, out var ticks, out var hasZone))
        {
            throw new CliUserException(LogText.Get("Error_Date", text, option), CliUserException.UsageError);
        }

        var dateOnly = !text.Contains(':', StringComparison.Ordinal);
        if (endOfDay && dateOnly)
        {
            ticks += TimeSpan.TicksPerDay - 1;
        }

        var utc = hasZone ? ticks : ticks - EventLogReadOptions.DefaultTimeZone.GetUtcOffset(new DateTime(ticks, DateTimeKind.Unspecified)).Ticks;
        return new DateTime(utc, DateTimeKind.Utc);
    }

    private static IEnumerable<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0);
}
