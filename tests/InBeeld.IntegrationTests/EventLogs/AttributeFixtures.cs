using System.Text;
using InBeeld.Core.EventLogs.Csv;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Core.EventLogs.Reading;

namespace InBeeld.IntegrationTests.EventLogs;

/// <summary>
/// Fictitious logs with typed attributes (made-up codes, no real people; "bsn" holds the well-known
/// test number 123456782): every XES type at case and event level, values missing here and there,
/// a NaN and a −0 float, and attributes marked identifying (bsn, naam) that must never be stored.
/// </summary>
internal static class AttributeFixtures
{
    public const string TypedXes = """
        <?xml version="1.0" encoding="UTF-8" ?>
        <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
          <trace>
            <string key="concept:name" value="K-1"/>
            <string key="wijk" value="Noord"/>
            <int key="leeftijd" value="17"/>
            <float key="budget" value="1250.5"/>
            <date key="aanmelddatum" value="2024-01-08T09:00:00.000+01:00"/>
            <boolean key="spoed" value="true"/>
            <id key="dossier" value="9f1c"/>
            <string key="bsn" value="123456782"/>
            <event>
              <string key="concept:name" value="Aanmelding"/>
              <date key="time:timestamp" value="2024-01-08T09:00:00.000+01:00"/>
              <string key="kanaal" value="telefoon"/>
              <int key="prioriteit" value="2"/>
              <float key="uren" value="1.5"/>
              <string key="naam" value="Jansen"/>
            </event>
            <event>
              <string key="concept:name" value="Intake"/>
              <date key="time:timestamp" value="2024-01-15T09:00:00.000+01:00"/>
              <string key="kanaal" value="balie"/>
              <date key="ontvangen" value="2024-01-14T16:30:00.000+01:00"/>
              <boolean key="herhaling" value="false"/>
              <float key="uren" value="-0.0"/>
            </event>
          </trace>
          <trace>
            <string key="concept:name" value="K-2"/>
            <string key="wijk" value="Zuid"/>
            <int key="leeftijd" value="-3"/>
            <boolean key="spoed" value="false"/>
            <string key="bsn" value="111222333"/>
            <event>
              <string key="concept:name" value="Aanmelding"/>
              <date key="time:timestamp" value="2024-01-09T10:00:00.000+01:00"/>
              <string key="kanaal" value="telefoon"/>
              <id key="bericht" value="b-77"/>
              <float key="uren" value="NaN"/>
            </event>
            <event>
              <string key="concept:name" value="Besluit"/>
              <date key="time:timestamp" value="2024-02-01T10:00:00.000+01:00"/>
              <int key="prioriteit" value="9223372036854775807"/>
              <string key="naam" value="De Vries"/>
            </event>
          </trace>
          <trace>
            <string key="concept:name" value="K-3"/>
            <string key="wijk" value="Noord"/>
            <float key="budget" value="0.1"/>
            <event>
              <string key="concept:name" value="Aanmelding"/>
              <date key="time:timestamp" value="2024-01-10T11:00:00.000+01:00"/>
              <string key="kanaal" value="website &amp; app"/>
              <boolean key="herhaling" value="true"/>
            </event>
          </trace>
        </log>
        """;

    /// <summary>
    /// An export with three extra columns kept as attributes — "regio" repeated on every line of a
    /// case, as exports do with case-level fields — and a name column marked identifying.
    /// </summary>
    public const string ExtraColumnsCsv = """
        dossier;stap;wanneer;kanaal;bedrag;regio;naam
        D1;Aanmelding;2024-01-08 09:00;telefoon;12,50;Noord;Jansen
        D1;Intake;2024-01-15 09:00;balie;;Noord;Jansen
        D1;Besluit;2024-01-20 09:00;balie;;Noord;Jansen
        D2;Aanmelding;2024-01-09 10:00;telefoon;7;Zuid;De Vries
        D3;Aanmelding;2024-01-10 11:00;;7;Noord;Bakker
        """;

    /// <summary>
    /// The youth-care log of <see cref="LogFixtures"/> with a case attribute "wijk" (Z-001 and Z-003
    /// Noord, Z-002 Zuid, Z-004 none) and an event attribute "kanaal" on each Aanmelding (Z-001 and
    /// Z-002 telefoon, Z-003 balie, Z-004 website). Hand-counted: wijk Noord keeps 2 cases with
    /// 4 + 2 = 6 events; kanaal telefoon keeps Z-001 and Z-002, both the full route: 2 cases, 8 events.
    /// </summary>
    public static readonly string WijkteamWithAttributes = LogFixtures.WijkteamXes
        .Replace("""value="Z-001"/>""", """value="Z-001"/><string key="wijk" value="Noord"/>""", StringComparison.Ordinal)
        .Replace("""value="Z-002"/>""", """value="Z-002"/><string key="wijk" value="Zuid"/>""", StringComparison.Ordinal)
        .Replace("""value="Z-003"/>""", """value="Z-003"/><string key="wijk" value="Noord"/>""", StringComparison.Ordinal)
        .Replace("""value="2024-01-08T09:00:00.000+01:00"/>""", """value="2024-01-08T09:00:00.000+01:00"/><string key="kanaal" value="telefoon"/>""", StringComparison.Ordinal)
        .Replace("""value="2024-01-09T10:00:00.000+01:00"/>""", """value="2024-01-09T10:00:00.000+01:00"/><string key="kanaal" value="telefoon"/>""", StringComparison.Ordinal)
        .Replace("""value="2024-01-10T11:00:00.000+01:00"/>""", """value="2024-01-10T11:00:00.000+01:00"/><string key="kanaal" value="balie"/>""", StringComparison.Ordinal)
        .Replace("""value="2024-02-01T12:00:00.000+01:00"/>""", """value="2024-02-01T12:00:00.000+01:00"/><string key="kanaal" value="website"/>""", StringComparison.Ordinal);

    public static readonly string[] XesEventKeys = ["kanaal", "prioriteit", "uren", "ontvangen", "herhaling", "bericht", "naam"];

    public static readonly string[] Identifying = ["bsn", "naam"];

    public static EventLog ReadXes(CaseIdPseudonymizer pseudonymizer, IReadOnlyCollection<string> identifying) =>
        Read("typed.xes", TypedXes, pseudonymizer, identifying, null);

    public static EventLog ReadCsv(CaseIdPseudonymizer pseudonymizer, IReadOnlyCollection<string> identifying) =>
        Read("extra.csv", ExtraColumnsCsv, pseudonymizer, identifying, new CsvMapping
        {
            Case = "dossier", Activity = "stap", Timestamp = "wanneer", Attributes = ["kanaal", "bedrag", "regio", "naam"],
        });

    private static EventLog Read(string name, string text, CaseIdPseudonymizer pseudonymizer, IReadOnlyCollection<string> identifying, CsvMapping? mapping)
    {
        using var source = EventLogSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);
        return EventLogFiles.Read(source, new EventLogFileOptions
        {
            Read = new EventLogReadOptions
            {
                Pseudonymizer = pseudonymizer,
                IdentifyingAttributes = identifying.ToHashSet(),
                KeepEventAttributes = XesEventKeys.ToHashSet(),
            },
            CsvMapping = mapping,
        });
    }
}
