using System.Globalization;
using System.Text;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Privacy;

namespace InBeeld.Core.EventLogs.Generation;

/// <summary>
/// Deterministic fictitious event logs for tests and benchmarks (same seed, same log): cases walk
/// <see cref="SyntheticProcess"/> with random waits (exponential around each step's mean, about
/// one in fifty with no wait at all, so timestamps tie), a provider and employees per case.
/// Written as XES (like the OpenXES files of the 4TU logs), as CSV, or built straight into a log.
/// </summary>
public static class SyntheticLogGenerator
{
    private static readonly string[] Providers = ["Zorgaanbieder Oost", "Zorgaanbieder West", "Jeugdhulp Achterhoek"];

    public static IEnumerable<SyntheticCase> Cases(SyntheticLogOptions options)
    {
        var random = new Random(options.Seed);
        long events = 0;
        for (var number = 1; events < options.Events; number++)
        {
            var @case = NextCase(random, number, options.Start);
            events += @case.Events.Count;
            yield return @case;
        }
    }

    /// <summary>The generated log, built directly (no file): for mining benchmarks and tests.</summary>
    public static EventLog Build(SyntheticLogOptions options, CaseIdPseudonymizer pseudonymizer)
    {
        var builder = new EventLogBuilder("synthetic");
        foreach (var @case in Cases(options))
        {
            var index = builder.AddCase(pseudonymizer.Pseudonymize(@case.Id));
            foreach (var e in @case.Events)
            {
                builder.AddEvent(
                    index, builder.Activities.Intern(e.Activity), builder.Resources.Intern(e.Resource),
                    builder.Organizations.Intern(e.Organization), e.Utc.Ticks, LifecycleTransition.Complete);
            }
        }

        return builder.Build();
    }

    /// <summary>Writes the log as XES 1.0 with Amsterdam local times and their offsets, the layout OpenXES uses.</summary>
    public static void WriteXes(SyntheticLogOptions options, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write("""
            <?xml version="1.0" encoding="UTF-8" ?>
            <log xes.version="1.0" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">
            	<extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>
            	<extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>
            	<extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
            	<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
            	<classifier name="Activity classifier" keys="concept:name lifecycle:transition"/>
            	<string key="concept:name" value="InBeeld synthetisch logboek"/>

            """);
        var zone = Reading.EventLogReadOptions.DefaultTimeZone;
        foreach (var @case in Cases(options))
        {
            writer.Write("\t<trace>\n\t\t<string key=\"concept:name\" value=\"");
            writer.Write(@case.Id);
            writer.Write("\"/>\n");
            foreach (var e in @case.Events)
            {
                var local = new DateTimeOffset(e.Utc).ToOffset(zone.GetUtcOffset(e.Utc));
                writer.Write("\t\t<event>\n\t\t\t<string key=\"org:group\" value=\"");
                writer.Write(e.Organization);
                writer.Write("\"/>\n\t\t\t<string key=\"org:resource\" value=\"");
                writer.Write(e.Resource);
                writer.Write("\"/>\n\t\t\t<string key=\"concept:name\" value=\"");
                writer.Write(e.Activity);
                writer.Write("\"/>\n\t\t\t<date key=\"time:timestamp\" value=\"");
                writer.Write(local.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
                writer.Write("\"/>\n\t\t\t<string key=\"lifecycle:transition\" value=\"complete\"/>\n\t\t</event>\n");
            }

            writer.Write("\t</trace>\n");
        }

        writer.Write("</log>\n");
    }

    /// <summary>
    /// Writes the log as CSV with a header. Dutch style: ';' and local <c>dd-MM-yyyy HH:mm:ss</c>;
    /// ISO style: ',' and <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.
    /// </summary>
    public static void WriteCsv(SyntheticLogOptions options, Stream stream, bool dutch)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var separator = dutch ? ';' : ',';
        writer.Write(string.Join(separator, "zaak", "activiteit", "tijdstip", "organisatie", "medewerker"));
        writer.Write('\n');
        var zone = Reading.EventLogReadOptions.DefaultTimeZone;
        foreach (var @case in Cases(options))
        {
            foreach (var e in @case.Events)
            {
                writer.Write(@case.Id);
                writer.Write(separator);
                writer.Write(e.Activity);
                writer.Write(separator);
                writer.Write(dutch
                    ? TimeZoneInfo.ConvertTimeFromUtc(e.Utc, zone).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture)
                    : e.Utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                writer.Write(separator);
                writer.Write(e.Organization);
                writer.Write(separator);
                writer.Write(e.Resource);
                writer.Write('\n');
            }
        }
    }

    private static SyntheticCase NextCase(Random random, int number, DateTime origin)
    {
        var provider = Providers[random.Next(Providers.Length)];
        var time = origin.AddMinutes(random.Next(0, 2 * 365 * 24 * 60));
        var events = new List<SyntheticEvent>(12);
        var step = 0;
        while (true)
        {
            var definition = SyntheticProcess.Steps[step];
            if (events.Count > 0 && random.Next(50) != 0)
            {
                // Exponential wait around the step's mean, rounded to whole seconds.
                var hours = -definition.MeanWaitHours * Math.Log(1 - random.NextDouble());
                time = time.AddSeconds(Math.Round(Math.Min(hours, 24 * 365) * 3600));
            }

            var organization = definition.Role == SyntheticProcess.Provider ? provider : definition.Role;
            var resource = $"{organization} medewerker {random.Next(1, 13):D2}";
            events.Add(new SyntheticEvent(definition.Activity, organization, resource, time));
            if (definition.Next.Length == 0 || events.Count >= 60)
            {
                break;
            }

            step = Choose(random, definition.Next);
        }

        return new SyntheticCase($"zaak-{number:D8}", events);
    }

    private static int Choose(Random random, (int Next, int Weight)[] next)
    {
        var total = 0;
        foreach (var (_, weight) in next)
        {
            total += weight;
        }

        var pick = random.Next(total);
        foreach (var (target, weight) in next)
        {
            if (pick < weight)
            {
                return target;
            }

            pick -= weight;
        }

        return next[^1].Next;
    }
}
