using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;
using Microsoft.AspNetCore.Mvc;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// The filters of the log page, from the query string so a filtered view can be bookmarked and the
/// exports follow the same view: a time window (cases overlapping it), the top variants, the least
/// frequent arrow on the map, and for drop-out the outcome activities and the quiet period.
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

    /// <summary>Query values for links that keep this view (exports, the case list).</summary>
    public Dictionary<string, object?> RouteValues() => new()
    {
        ["van"] = From, ["tot"] = To, ["varianten"] = TopVariants, ["pijl"] = MinEdge, ["uitkomst"] = Outcomes, ["stil"] = QuietDays,
    };

    /// <summary>The log with the filters that change which cases count; problems are named per field (field, value).</summary>
    public EventLog Apply(EventLog log, List<(string Field, string Value)> problems)
    {
        var from = Date(From, "Field_From", endOfDay: false, problems);
        var to = Date(To, "Field_To", endOfDay: true, problems);
        if (from is not null || to is not null)
        {
            log = EventLogFilters.TimeWindow(log, from, to, TimeWindowMode.Intersecting);
        }

        if (TopVariants is { } top)
        {
            if (top < 1)
            {
                problems.Add(("Field_TopVariants", top.ToString(System.Globalization.CultureInfo.CurrentCulture)));
            }
            else
            {
                log = EventLogFilters.TopVariants(log, top);
            }
        }

        if (MinEdge is < 1)
        {
            problems.Add(("Field_MinEdge", MinEdge.Value.ToString(System.Globalization.CultureInfo.CurrentCulture)));
        }

        if (QuietDays is < 0)
        {
            problems.Add(("Field_QuietDays", QuietDays.Value.ToString(System.Globalization.CultureInfo.CurrentCulture)));
        }

        return log;
    }

    /// <summary>
    /// The same filters for the database path, with the same problems named as <see cref="Apply"/>.
    /// A new case filter (such as stored attributes) must be added here too, or large logs ignore it.
    /// </summary>
    public Data.EventLogs.Sql.LogCaseFilter ToCaseFilter(List<(string Field, string Value)> problems)
    {
        var filter = new Data.EventLogs.Sql.LogCaseFilter
        {
            From = Date(From, "Field_From", endOfDay: false, problems),
            To = Date(To, "Field_To", endOfDay: true, problems),
            TopVariants = TopVariants is >= 1 ? TopVariants : null,
        };
        void Check(string field, int? value, bool wrong)
        {
            if (wrong)
            {
                problems.Add((field, value!.Value.ToString(System.Globalization.CultureInfo.CurrentCulture)));
            }
        }

        Check("Field_TopVariants", TopVariants, TopVariants is < 1);
        Check("Field_MinEdge", MinEdge, MinEdge is < 1);
        Check("Field_QuietDays", QuietDays, QuietDays is < 0);
        return filter;
    }

    public int EffectiveMinEdge => MinEdge is >= 1 ? MinEdge.Value : 1;

    public TimeSpan QuietPeriod => TimeSpan.FromDays(QuietDays is >= 0 ? QuietDays.Value : 0);

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
