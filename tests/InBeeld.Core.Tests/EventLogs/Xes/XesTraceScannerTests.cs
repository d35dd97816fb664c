using System.Text;
using InBeeld.Core.EventLogs.Generation;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.EventLogs.Xes;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Tests.EventLogs.Xes;

/// <summary>
/// The byte scanner (the parallel read's fast path) against the XML reader (the sequential read):
/// whatever the scanner takes must give the very same log, and whatever it declines must still end
/// in the same log or the same message.
/// </summary>
public sealed class XesTraceScannerTests
{
    private const string Extensions = """
        <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
        <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
        <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>
        """;

    public static TheoryData<string, string> Accepted => new()
    {
        { "entities and character references", """
            <trace><string key="concept:name" value="&quot;12&amp;34&quot;"/>
              <event><string key="concept:name" value="Zorg &amp; Welzijn &lt;jeugd&gt;"/><string key="org:resource" value="&#233;cole &#x2013; 1"/>
                <date key="time:timestamp" value="2023-01-02T10:00:00+01:00"/></event></trace>
            """ },
        { "single quotes, spaces around =, value before key, other attributes", """
            <trace ><string value = '77' key= "concept:name" />
              <event id="e1"><string  value='Intake'   key='concept:name'/><date key='time:timestamp' value='2023-01-02T10:00:00+01:00' /></event  ></trace>
            """ },
        { "lifecycle pairs in any case, and non-ASCII text", """
            <trace><string key="concept:name" value="Dossier ä–1"/>
              <event><string key="concept:name" value="Overdracht naar jeugdzorg – één"/><string key="lifecycle:transition" value="START"/><date key="time:timestamp" value="2023-01-02T10:00:00+01:00"/></event>
              <event><string key="concept:name" value="Overdracht naar jeugdzorg – één"/><string key="lifecycle:transition" value="Complete"/><date key="time:timestamp" value="2023-01-03T10:00:00+01:00"/></event>
              <event><string key="concept:name" value="Overdracht"/><string key="lifecycle:transition" value="ſtart"/><date key="time:timestamp" value="2023-01-04T10:00:00+01:00"/></event>
              <event><string key="concept:name" value="Overdracht"/><string key="lifecycle:transition" value="suspend"/><date key="time:timestamp" value="2023-01-05T10:00:00+01:00"/></event>
            </trace>
            """ },
        { "nested lists and meta-attributes are passed by", """
            <trace><string key="concept:name" value="5"/><list key="doelen"><values><string key="doel" value="werk"/><list key="x"></list></values></list>
              <int key="leeftijd" value="19"><string key="meta" value="m"/></int>
              <event><string key="concept:name" value="Aanmelding"/><container key="c"><string key="a" value="b"/></container>
                <date key="time:timestamp" value="2023-01-02T10:00:00Z"/><float key="kosten" value="1.5"><float key="min" value="1"/></float></event></trace>
            """ },
        { "attributes without key or value, an empty resource, CRLF line ends", "<trace>\r\n<string key=\"concept:name\" value=\"6\"/>\r\n<string value=\"zonder sleutel\"/>\r\n" +
            "<event>\r\n<string key=\"concept:name\" value=\"A\"/>\r\n<string key=\"org:resource\"/>\r\n<string key=\"org:group\" value=\"\"/>\r\n" +
            "<date key=\"time:timestamp\" value=\"2023-01-02T10:00:00\"/>\r\n</event>\r\n<event><string key=\"concept:name\" value=\"B\"/><date key=\"time:timestamp\" value=\"2023-01-02T11:00:00\"/></event></trace>" },
        { "typed, identifying and kept attributes", """
            <trace><string key="concept:name" value="8"/><string key="naam" value="Fictief Persoon"/><boolean key="actief" value=" true "/>
              <date key="aangemeld" value="2023-10-01T09:00:00+02:00"/><id key="dossier" value="d-1"/>
              <event><string key="concept:name" value="A"/><string key="bsn" value="000000000"/><float key="kosten" value="12.5"/><int key="uren" value="3"/>
                <date key="time:timestamp" value="2023-01-02T10:00:00+01:00"/><string key="org:group" value="Wijkteam"/></event>
            </trace>
            """ },
    };

    public static TheoryData<string, string> Declined => new()
    {
        { "a comment", """<trace><!-- nagekeken --><string key="concept:name" value="1"/><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2023-01-02T10:00:00Z"/></event></trace>""" },
        { "a prefixed element", """<trace><x:string xmlns:x="http://www.xes-standard.org/" key="concept:name" value="1"/><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2023-01-02T10:00:00Z"/></event></trace>""" },
        { "a tab in a value (XML makes it a space)", "<trace><string key=\"concept:name\" value=\"1\t2\"/><event><string key=\"concept:name\" value=\"A\"/><date key=\"time:timestamp\" value=\"2023-01-02T10:00:00Z\"/></event></trace>" },
        { "a character reference to a line break", """<trace><string key="concept:name" value="1&#10;2"/><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2023-01-02T10:00:00Z"/></event></trace>""" },
        { "CDATA text", """<trace><string key="concept:name" value="1"/><event><![CDATA[x]]><string key="concept:name" value="A"/><date key="time:timestamp" value="2023-01-02T10:00:00Z"/></event></trace>""" },
        { "a trace without a name", """<trace><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2023-01-02T10:00:00Z"/></event></trace>""" },
        { "an event without a time", """<trace><string key="concept:name" value="1"/><event><string key="concept:name" value="A"/></event></trace>""" },
        { "an unknown entity", """<trace><string key="concept:name" value="1&nbsp;"/><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2023-01-02T10:00:00Z"/></event></trace>""" },
        { "a duplicate attribute", """<trace><string key="concept:name" value="1" value="2"/><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2023-01-02T10:00:00Z"/></event></trace>""" },
        { "a wrong end tag", """<trace><string key="concept:name" value="1"/><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2023-01-02T10:00:00Z"/></evnt></trace>""" },
        { "attributes without space between them", """<trace><string key="concept:name"value="1"/><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2023-01-02T10:00:00Z"/></event></trace>""" },
        { "a bad integer", """<trace><string key="concept:name" value="1"/><int key="n" value="twee"/><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2023-01-02T10:00:00Z"/></event></trace>""" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Scanner_TakesTheCommonSubset_AndGivesTheXmlReadersLog(string what, string traces)
    {
        var xes = Log(traces);
        var options = Sources.Options(marked => marked.UnionWith(["naam", "bsn"]), "kosten", "uren");

        var (parallel, counts) = ReadParallel(xes, options);
        var sequential = XesReader.Read(Sources.Text(xes), options, parallel: false, 0, CancellationToken.None);

        counts.Xml.ShouldBe(0, what);
        counts.Fast.ShouldBeGreaterThan(0, what);
        AssertSameLog(parallel.ShouldNotBeNull(what), sequential);
    }

    [Theory]
    [MemberData(nameof(Declined))]
    public void Scanner_DeclinesTheRest_AndTheReadEndsAsTheSequentialRead(string what, string traces)
    {
        var xes = Log(traces);
        var options = Sources.Options();
        var builder = new EventLogBuilder("test.xes");
        var counts = new XesChunkCounts();
        using var source = Sources.Text(xes);

        var sequential = Outcome(() => XesReader.Read(Sources.Text(xes), options, parallel: false, 0, CancellationToken.None));
        var whole = Outcome(() => XesReader.Read(Sources.Text(xes), options, parallel: true, 1000, CancellationToken.None));
        try
        {
            XesParallelReader.TryRead(source, builder, options, 1000, workers: 2, counts, CancellationToken.None);
        }
        catch (InputRejectedException)
        {
        }

        counts.Fast.ShouldBe(0, what);
        whole.ShouldBe(sequential, what);
    }

    [Fact]
    public void Scanner_ReadsTheSameXmlReaderLog_OnAGeneratedLogInManyChunks()
    {
        var xes = Generated();
        var options = Sources.Options(marked => marked.Add("org:resource"));

        var builder = new EventLogBuilder("g.xes");
        var counts = new XesChunkCounts();
        using (var source = Sources.Bytes(xes, "g.xes"))
        {
            XesParallelReader.TryRead(source, builder, options, 3000, workers: 2, counts, CancellationToken.None).ShouldBeTrue();
        }

        counts.Xml.ShouldBe(0);
        counts.Fast.ShouldBeGreaterThan(3);
        AssertSameLog(builder.Build(), XesReader.Read(Sources.Bytes(xes, "g.xes"), options, parallel: false, 0, CancellationToken.None));
    }

    [Fact]
    public void MixedTimeZones_DeepInTheFile_AreNamedAtTheSamePlace_ByBothPaths()
    {
        // The scanner counts lines and positions itself (for the first time of each form); they must be the XML reader's.
        var text = Encoding.UTF8.GetString(Generated());
        var at = text.IndexOf("<date key=\"time:timestamp\"", text.Length * 2 / 3, StringComparison.Ordinal);
        var end = text.IndexOf("\"/>", at, StringComparison.Ordinal);
        var zone = text.LastIndexOfAny(['+', '-', 'Z'], end);
        var broken = Encoding.UTF8.GetBytes(text[..zone] + text[end..]);

        var sequential = Should.Throw<InputRejectedException>(() =>
            XesReader.Read(Sources.Bytes(broken, "g.xes"), Sources.Options(), parallel: false, 0, CancellationToken.None));
        var builder = new EventLogBuilder("g.xes");
        var counts = new XesChunkCounts();
        using var source = Sources.Bytes(broken, "g.xes");
        var parallel = Should.Throw<InputRejectedException>(() =>
            XesParallelReader.TryRead(source, builder, Sources.Options(), 3000, workers: 2, counts, CancellationToken.None));

        counts.Xml.ShouldBe(0);
        parallel.Errors.ShouldBe(sequential.Errors);
        sequential.Errors.Count.ShouldBeGreaterThan(0);
    }

    private static (EventLog? Log, XesChunkCounts Counts) ReadParallel(string xes, EventLogReadOptions options)
    {
        var builder = new EventLogBuilder("test.xes");
        var counts = new XesChunkCounts();
        using var source = Sources.Text(xes);
        var ok = XesParallelReader.TryRead(source, builder, options, 1000, workers: 2, counts, CancellationToken.None);
        return (ok ? builder.Build() : null, counts);
    }

    private static string Outcome(Func<EventLog> read)
    {
        try
        {
            var log = read();
            return $"{log.CaseCount} cases, {log.EventCount} events, {string.Join('|', LogBuilding.Sequences(log))}";
        }
        catch (InputRejectedException exception)
        {
            return string.Join('\n', exception.Errors.Select(e => $"{e.Location}: {e.Message}"));
        }
    }

    private static string Log(string traces) => $"""
        <?xml version="1.0" encoding="UTF-8" ?>
        <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
        {Extensions}
        {traces}
        </log>
        """;

    private static byte[] Generated()
    {
        using var stream = new MemoryStream();
        SyntheticLogGenerator.WriteXes(new SyntheticLogOptions { Events = 6000, Seed = 5 }, stream);
        return stream.ToArray();
    }

    /// <summary>Every column, name list and attribute, in order.</summary>
    internal static void AssertSameLog(EventLog actual, EventLog expected)
    {
        actual.CaseIds.ToArray().ShouldBe(expected.CaseIds.ToArray());
        actual.CaseOffsets.ToArray().ShouldBe(expected.CaseOffsets.ToArray());
        actual.ActivityNames.ShouldBe(expected.ActivityNames);
        actual.ResourceNames.ShouldBe(expected.ResourceNames);
        actual.OrganizationNames.ShouldBe(expected.OrganizationNames);
        actual.Activity.ToArray().ShouldBe(expected.Activity.ToArray());
        actual.Resource.ToArray().ShouldBe(expected.Resource.ToArray());
        actual.Organization.ToArray().ShouldBe(expected.Organization.ToArray());
        actual.Start.ToArray().ShouldBe(expected.Start.ToArray());
        actual.Complete.ToArray().ShouldBe(expected.Complete.ToArray());
        actual.HasStartTimes.ShouldBe(expected.HasStartTimes);
        actual.SkippedLifecycleEvents.ShouldBe(expected.SkippedLifecycleEvents);
        Columns(actual.CaseAttributes).ShouldBe(Columns(expected.CaseAttributes));
        Columns(actual.EventAttributes).ShouldBe(Columns(expected.EventAttributes));
    }

    private static string[] Columns(IReadOnlyList<AttributeColumn> columns) =>
    [
        .. columns.Select(c => $"{c.Key}: [{string.Join(", ", c.Values.ToArray())}] rows {string.Join(",", c.Rows.ToArray())}"),
    ];
}
