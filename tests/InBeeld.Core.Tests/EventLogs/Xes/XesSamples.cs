namespace InBeeld.Core.Tests.EventLogs.Xes;

internal static class XesSamples
{
    /// <summary>Two cases; times in two offsets (summer and winter time in Amsterdam); typed case attributes.</summary>
    public const string Small = """
        <?xml version="1.0" encoding="UTF-8" ?>
        <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
          <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
          <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
          <global scope="event"><string key="concept:name" value="UNKNOWN"/></global>
          <classifier name="Activity" keys="concept:name"/>
          <string key="concept:name" value="proef"/>
          <trace>
            <string key="concept:name" value="123456782"/>
            <int key="leeftijd" value="17"/>
            <string key="naam" value="Jan Jansen"/>
            <date key="aangemeld" value="2023-10-01T09:00:00+02:00"/>
            <event>
              <string key="concept:name" value="Aanmelding"/>
              <string key="org:resource" value="Petra"/>
              <string key="org:group" value="Wijkteam"/>
              <date key="time:timestamp" value="2023-10-02T10:00:00.000+02:00"/>
              <string key="lifecycle:transition" value="complete"/>
              <float key="kosten" value="12.5"><string key="meta" value="nested, skipped"/></float>
            </event>
            <event>
              <string key="concept:name" value="Toewijzing (301)"/>
              <string key="org:group" value="Gemeente"/>
              <date key="time:timestamp" value="2023-11-02T10:00:00.000+01:00"/>
            </event>
          </trace>
          <trace>
            <string key="concept:name" value="999999990"/>
            <event>
              <string key="concept:name" value="Aanmelding"/>
              <date key="time:timestamp" value="2023-10-05T08:00:00Z"/>
            </event>
          </trace>
        </log>
        """;

    public static string Log(string traces) => $"""
        <?xml version="1.0" encoding="UTF-8" ?>
        <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
        {traces}
        </log>
        """;

    public static string Event(string activity, string time, string? lifecycle = null) =>
        $"""<event><string key="concept:name" value="{activity}"/><date key="time:timestamp" value="{time}"/>""" +
        (lifecycle is null ? string.Empty : $"""<string key="lifecycle:transition" value="{lifecycle}"/>""") + "</event>";
}
