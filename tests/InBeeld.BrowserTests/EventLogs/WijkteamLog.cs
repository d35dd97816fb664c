namespace InBeeld.BrowserTests.EventLogs;

/// <summary>
/// The fictitious youth-care log of the integration tests (made-up case codes, no real people):
/// four cases, variants Aanmelding→Intake→Toewijzing→Start zorg (2), Aanmelding→Intake (1),
/// Aanmelding→Toewijzing (1); with "Start zorg (305)" as outcome 2 of 4 cases drop out.
/// </summary>
internal static class WijkteamLog
{
    public const string WijkteamXes = """
        <?xml version="1.0" encoding="UTF-8" ?>
        <!-- Fictitious youth-care log for tests: four cases, case ids are made-up codes, no real people. -->
        <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
          <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
          <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
          <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>
          <string key="concept:name" value="wijkteam"/>
          <trace>
            <string key="concept:name" value="Z-001"/>
            <event>
              <string key="concept:name" value="Aanmelding"/>
              <string key="org:group" value="Wijkteam"/>
              <date key="time:timestamp" value="2024-01-08T09:00:00.000+01:00"/>
            </event>
            <event>
              <string key="concept:name" value="Intake"/>
              <string key="org:group" value="Wijkteam"/>
              <date key="time:timestamp" value="2024-01-15T09:00:00.000+01:00"/>
            </event>
            <event>
              <string key="concept:name" value="Toewijzing (301)"/>
              <string key="org:group" value="Gemeente"/>
              <date key="time:timestamp" value="2024-01-29T09:00:00.000+01:00"/>
            </event>
            <event>
              <string key="concept:name" value="Start zorg (305)"/>
              <string key="org:group" value="Zorgaanbieder Oost"/>
              <date key="time:timestamp" value="2024-02-12T09:00:00.000+01:00"/>
            </event>
          </trace>
          <trace>
            <string key="concept:name" value="Z-002"/>
            <event>
              <string key="concept:name" value="Aanmelding"/>
              <string key="org:group" value="Wijkteam"/>
              <date key="time:timestamp" value="2024-01-09T10:00:00.000+01:00"/>
            </event>
            <event>
              <string key="concept:name" value="Intake"/>
              <string key="org:group" value="Wijkteam"/>
              <date key="time:timestamp" value="2024-01-20T10:00:00.000+01:00"/>
            </event>
            <event>
              <string key="concept:name" value="Toewijzing (301)"/>
              <string key="org:group" value="Gemeente"/>
              <date key="time:timestamp" value="2024-02-20T10:00:00.000+01:00"/>
            </event>
            <event>
              <string key="concept:name" value="Start zorg (305)"/>
              <string key="org:group" value="Zorgaanbieder Oost"/>
              <date key="time:timestamp" value="2024-03-01T10:00:00.000+01:00"/>
            </event>
          </trace>
          <trace>
            <string key="concept:name" value="Z-003"/>
            <event>
              <string key="concept:name" value="Aanmelding"/>
              <string key="org:group" value="Wijkteam"/>
              <date key="time:timestamp" value="2024-01-10T11:00:00.000+01:00"/>
            </event>
            <event>
              <string key="concept:name" value="Intake"/>
              <string key="org:group" value="Wijkteam"/>
              <date key="time:timestamp" value="2024-01-12T11:00:00.000+01:00"/>
            </event>
          </trace>
          <trace>
            <string key="concept:name" value="Z-004"/>
            <event>
              <string key="concept:name" value="Aanmelding"/>
              <string key="org:group" value="Wijkteam"/>
              <date key="time:timestamp" value="2024-02-01T12:00:00.000+01:00"/>
            </event>
            <event>
              <string key="concept:name" value="Toewijzing (301)"/>
              <string key="org:group" value="Gemeente"/>
              <date key="time:timestamp" value="2024-02-10T12:00:00.000+01:00"/>
            </event>
          </trace>
        </log>
        """;
}
