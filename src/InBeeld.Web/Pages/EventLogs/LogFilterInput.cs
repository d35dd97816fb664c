using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// The filters of the log page, from the query string so a filtered view can be bookmarked and the
/// exports follow the same view: a time window (cases overlapping it), an attribute (keep or leave
/// out the cases with one of the chosen values), the top variants, the least frequent arrow on the
/// map, and for drop-out the outcome activities and the quiet period.
/// </summary>
public sealed record LogFilterInput
{
    [FromQuery(Name = "van")]
    public string? From { get; init; }

    [FromQuery(Name = "tot")]
    public string? To { get; init; }

    [FromQuery(Name = "varianten")]
    public int? TopVariants { get; init; }

    [FromQuery(Name = "pijl")]
    public int? MinEdge { get; init; }

    [FromQuery(Name = "uitkomst")]
    public string[] Outcomes { get; init; } = [];

    [FromQuery(Name = "stil")]
    public int? QuietDays { get; init; }

    /// <summary>The attribute to filter on (see <see cref="AttributeChoices.Keys"/>); alone, it only lists its values.</summary>
    [FromQuery(Name = "kenmerk")]
    public string? AttributeKey { get; init; }

    [FromQuery(Name = "waarde")]
    public string[] AttributeValues { get; init; } = [];

    /// <summary>Values typed by hand, separated by semicolons (for values beyond the ones listed).</summary>
    [FromQuery(Name = "andere")]
    public string? OtherValues { get; init; }

    /// <summary>True: leave out the cases with one of the values, instead of keeping only those.</summary>
    [FromQuery(Name = "weglaten")]
    public bool Exclude { get; init; }

    /// <summary>
    /// The key the form showed values for. When the user picks another key, the ticked values
    /// belong to the old one: they are dropped, and the page lists the new key's values.
    /// </summary>
    [FromQuery(Name = "vorig")]
    public string? PreviousKey { get; init; }

    /// <summary>The chosen key, or null when none (blank counts as none).</summary>
    public string? Key => string.IsNullOrWhiteSpace(AttributeKey) ? null : AttributeKey.Trim();

    /// <summary>Ticked and typed values together, without blanks and doubles; none after a change of key.</summary>
    public IReadOnlyList<string> Values
    {
        get
        {
            if (Key is null || (PreviousKey is not null && PreviousKey != Key))
            {
                return [];
            }

            var typed = (OtherValues ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return [.. AttributeValues.Where(v => !string.IsNullOrEmpty(v)).Concat(typed).Distinct(StringComparer.Ordinal)];
        }
    }

    /// <summary>Query values for links that keep this view (exports, the case list).</summary>
    public Dictionary<string, object?> RouteValues() => new()
    {
        ["van"] = From, ["tot"] = To, ["varianten"] = TopVariants, ["pijl"] = MinEdge, ["uitkomst"] = Outcomes, ["stil"] = QuietDays,
        ["kenmerk"] = Key, ["waarde"] = Key is null ? Array.Empty<string>() : Values.ToArray(), ["weglaten"] = Exclude && Key is not null ? true : null,
    };

    /// <summary>
    /// The log with the filters that change which cases count; problems are named per field (field, value).
    /// A filter with a problem is left out, and <paramref name="applied"/> lists only the filters that
    /// were applied, so the page never presents unfiltered figures as filtered.
    /// </summary>
    public EventLog Apply(EventLog log, List<(string Field, string Value)> problems, List<AppliedFilter>? applied = null)
    {
        var full = log;
        var from = Date(From, "Field_From", endOfDay: false, problems);
        var to = Date(To, "Field_To", endOfDay: true, problems);
        if (from is not null || to is not null)
        {
            log = EventLogFilters.TimeWindow(log, from, to, TimeWindowMode.Intersecting);
            applied?.Add(Window(from, to));
        }

        log = ApplyAttribute(full, log, problems, applied);
        if (TopVariants is { } top)
        {
            if (top < 1)
            {
                problems.Add(("Field_TopVariants", Number(top)));
            }
            else
            {
                log = EventLogFilters.TopVariants(log, top);
                applied?.Add(new AppliedFilter("Applied_TopVariants", Number(top)));
            }
        }

        CheckEdgeAndQuiet(problems, applied);
        return log;
    }

    /// <summary>The Dutch (or English) message for a problem found by <see cref="Apply"/>, naming the field.</summary>
    public string Message(IStringLocalizer text, (string Field, string Value) problem) => problem.Field switch
    {
        "Field_AttributeKey" => text["FilterError_AttributeKey", text[problem.Field], problem.Value],
        LargeLogAttribute => text["FilterError_AttributeLargeLog", text["Field_AttributeKey"], problem.Value],
        "Field_AttributeValue" => text["FilterError_AttributeValue", text[problem.Field], problem.Value, Key ?? ""],
        _ => text["FilterError", text[problem.Field], problem.Value],
    };

    // The problem "attribute filter asked for on a log mined in the database"; its value is the key.
    private const string LargeLogAttribute = "AttributeLargeLog";

    /// <summary>
    /// The same filters for the database path, with the same problems named as <see cref="Apply"/>.
    /// A new case filter (such as stored attributes) must be added here too, or large logs ignore it.
    /// </summary>
    public Data.EventLogs.Sql.LogCaseFilter ToCaseFilter(List<(string Field, string Value)> problems, List<AppliedFilter>? applied = null)
    {
        var filter = new Data.EventLogs.Sql.LogCaseFilter
        {
            From = Date(From, "Field_From", endOfDay: false, problems),
            To = Date(To, "Field_To", endOfDay: true, problems),
            TopVariants = TopVariants is >= 1 ? TopVariants : null,
        };

        // The "Gefilterd: …" line names what the database path applied, in the order Apply names it.
        if (filter.HasTimeWindow)
        {
            applied?.Add(Window(filter.From, filter.To));
        }

        // Stored attributes are not yet filtered inside the database: say so, rather than show
        // unfiltered figures under a filter the user asked for.
        if (Key is { } key)
        {
            problems.Add((LargeLogAttribute, key));
        }

        if (TopVariants is < 1)
        {
            problems.Add(("Field_TopVariants", Number(TopVariants.Value)));
        }
        else if (filter.HasTopVariants)
        {
            applied?.Add(new AppliedFilter("Applied_TopVariants", Number(TopVariants!.Value)));
        }

        CheckEdgeAndQuiet(problems, applied);
        return filter;
    }

    /// <summary>The two filters that do not select cases: the least frequent arrow and the quiet period.</summary>
    private void CheckEdgeAndQuiet(List<(string Field, string Value)> problems, List<AppliedFilter>? applied)
    {
        if (MinEdge is < 1)
        {
            problems.Add(("Field_MinEdge", Number(MinEdge.Value)));
        }
        else if (MinEdge is > 1)
        {
            applied?.Add(new AppliedFilter("Applied_MinEdge", Number(MinEdge.Value)));
        }

        if (QuietDays is < 0)
        {
            problems.Add(("Field_QuietDays", Number(QuietDays.Value)));
        }
    }

    private static AppliedFilter Window(DateTime? from, DateTime? to) => new(
        from is null ? "Applied_To" : to is null ? "Applied_From" : "Applied_Window",
        from is null ? LogFormat.Date(to!.Value.Ticks) : LogFormat.Date(from.Value.Ticks),
        to is null ? "" : LogFormat.Date(to.Value.Ticks));

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.CurrentCulture);

    public int EffectiveMinEdge => MinEdge is >= 1 ? MinEdge.Value : 1;

    public TimeSpan QuietPeriod => TimeSpan.FromDays(QuietDays is >= 0 ? QuietDays.Value : 0);

    /// <summary>
    /// The attribute filter, checked against the log before any other filter: the key must be one
    /// the log offers and every value must occur (a typing error would otherwise silently match
    /// nothing). A key without values is no filter yet: the page lists the values to choose from.
    /// </summary>
    private EventLog ApplyAttribute(EventLog full, EventLog log, List<(string Field, string Value)> problems, List<AppliedFilter>? applied)
    {
        if (Key is not { } key)
        {
            return log;
        }

        if (!AttributeChoices.IsKnown(full, key))
        {
            problems.Add(("Field_AttributeKey", key));
            return log;
        }

        var values = Values;
        if (values.Count == 0)
        {
            return log;
        }

        var known = AttributeChoices.Values(full, key).Select(v => v.Text).ToHashSet(StringComparer.Ordinal);
        var unknown = values.Where(v => !known.Contains(v)).ToList();
        if (unknown.Count > 0)
        {
            problems.AddRange(unknown.Select(v => ("Field_AttributeValue", v)));
            return log;
        }

        applied?.Add(new AppliedFilter(Exclude ? "Applied_AttributeWithout" : "Applied_Attribute", key, string.Join(" / ", values)));
        return EventLogFilters.Attribute(log, new AttributeFilter(key, values.ToHashSet(StringComparer.Ordinal), Keep: !Exclude));
    }

    /// <summary>A date (ISO or Dutch, optionally with a time) read in Amsterdam time, as UTC; a date alone as "to" means the end of that day.</summary>
    private static DateTime? Date(string? text, string field, bool endOfDay, List<(string Field, string Value)> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!TimestampParser.TryParse(text.Trim(), out var ticks, out var hasZone))
        {
            problems.Add((field, text));
            return null;
        }

        if (endOfDay && !text.Contains(':', StringComparison.Ordinal))
        {
            ticks += TimeSpan.TicksPerDay - 1;
        }

        var utc = hasZone ? ticks : ticks - EventLogReadOptions.DefaultTimeZone.GetUtcOffset(new DateTime(ticks, DateTimeKind.Unspecified)).Ticks;
        return new DateTime(utc, DateTimeKind.Utc);
    }
}
