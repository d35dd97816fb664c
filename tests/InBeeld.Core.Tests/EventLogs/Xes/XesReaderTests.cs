using System.Text;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Xes;

namespace InBeeld.Core.Tests.EventLogs.Xes;

public sealed class XesReaderTests
{
    [Fact]
    public void Read_TakesCasesActivitiesTimesResourcesAndGroups()
    {
        var log = XesReader.Read(Sources.Text(XesSamples.Small), Sources.Options());

        log.CaseCount.ShouldBe(2);
        log.CaseIds.ToArray().ShouldBe([Sources.Pseudonym("123456782"), Sources.Pseudonym("999999990")]);
        LogBuilding.Sequences(log).ShouldBe(["Aanmelding,Toewijzing (301)", "Aanmelding"]);
        // +02:00 and +01:00 (summer and winter time) both become UTC.
        log.Complete[0].ShouldBe(new DateTime(2023, 10, 2, 8, 0, 0, DateTimeKind.Utc).Ticks);
        log.Complete[1].ShouldBe(new DateTime(2023, 11, 2, 9, 0, 0, DateTimeKind.Utc).Ticks);
        log.Complete[2].ShouldBe(new DateTime(2023, 10, 5, 8, 0, 0, DateTimeKind.Utc).Ticks);
        log.ResourceNames[log.Resource[0]].ShouldBe("Petra");
        log.Resource[1].ShouldBe(EventLog.None);
        log.OrganizationNames[log.Organization[1]].ShouldBe("Gemeente");
        log.EventAttributes.ShouldBeEmpty("event attributes are kept only when asked for");
    }

    [Fact]
    public void Read_KeepsTypedCaseAttributes_AndEventAttributesAskedFor()
    {
        var log = XesReader.Read(Sources.Text(XesSamples.Small), Sources.Options(null, "kosten"));

        log.FindCaseAttribute("leeftijd")!.TryGet(0, out var age).ShouldBeTrue();
        age.ShouldBe(AttributeValue.FromInteger(17));
        log.FindCaseAttribute("aangemeld")!.TryGet(0, out var registered).ShouldBeTrue();
        registered.ShouldBe(AttributeValue.FromDate(new DateTime(2023, 10, 1, 7, 0, 0, DateTimeKind.Utc).Ticks));
        log.FindCaseAttribute("leeftijd")!.TryGet(1, out _).ShouldBeFalse();
        log.FindEventAttribute("kosten")!.TryGet(0, out var cost).ShouldBeTrue();
        cost.ShouldBe(AttributeValue.FromFloat(12.5));
        log.FindEventAttribute("kosten")!.TryGet(1, out _).ShouldBeFalse();
    }

    [Fact]
    public void Read_DropsAttributesMarkedIdentifying()
    {
        var log = XesReader.Read(Sources.Text(XesSamples.Small), Sources.Options(marked =>
        {
            marked.Add("naam");
            marked.Add("org:resource");
        }));

        log.FindCaseAttribute("naam").ShouldBeNull();
        log.FindCaseAttribute("leeftijd").ShouldNotBeNull();
        log.ResourceNames.ShouldBeEmpty();
        log.Resource.ToArray().ShouldAllBe(r => r == EventLog.None);
    }

    [Fact]
    public void Read_FollowsADeclaredPrefix()
    {
        var xes = """
            <log xmlns="http://www.xes-standard.org/">
              <extension name="Concept" prefix="c" uri="http://www.xes-standard.org/concept.xesext"/>
              <extension name="Time" prefix="t" uri="http://www.xes-standard.org/time.xesext"/>
              <trace><string key="c:name" value="1"/>
                <event><string key="c:name" value="A"/><date key="t:timestamp" value="2024-01-01T00:00:00Z"/></event>
              </trace>
            </log>
            """;

        LogBuilding.Sequences(XesReader.Read(Sources.Text(xes), Sources.Options())).ShouldBe(["A"]);
    }

    [Fact]
    public void Read_FoldsLifecycleStartAndComplete()
    {
        var xes = XesSamples.Log("""<trace><string key="concept:name" value="1"/>""" +
            XesSamples.Event("A", "2024-01-01T10:00:00Z", "start") +
            XesSamples.Event("A", "2024-01-01T10:30:00Z", "complete") +
            XesSamples.Event("B", "2024-01-01T11:00:00Z", "schedule") +
            XesSamples.Event("B", "2024-01-01T12:00:00Z", "complete") + "</trace>");

        var log = XesReader.Read(Sources.Text(xes), Sources.Options());

        LogBuilding.Sequences(log).ShouldBe(["A,B"]);
        new DateTime(log.Start[0]).ShouldBe(new DateTime(2024, 1, 1, 10, 0, 0));
        new DateTime(log.Complete[0]).ShouldBe(new DateTime(2024, 1, 1, 10, 30, 0));
        log.SkippedLifecycleEvents.ShouldBe(1);
    }

    [Fact]
    public void Read_KeepsATraceWithoutEvents()
    {
        var xes = XesSamples.Log("""<trace><string key="concept:name" value="leeg"/></trace>""");

        var log = XesReader.Read(Sources.Text(xes), Sources.Options());

        log.CaseCount.ShouldBe(1);
        log.EventCount.ShouldBe(0);
    }

    [Fact]
    public void Read_LocalTimesWithoutZone_AreAmsterdamTime()
    {
        var xes = XesSamples.Log("""<trace><string key="concept:name" value="1"/>""" +
            XesSamples.Event("A", "2024-07-01T12:00:00") + XesSamples.Event("B", "2024-12-01T12:00:00") + "</trace>");

        var log = XesReader.Read(Sources.Text(xes), Sources.Options());

        new DateTime(log.Complete[0]).ShouldBe(new DateTime(2024, 7, 1, 10, 0, 0), "summer time: UTC+2");
        new DateTime(log.Complete[1]).ShouldBe(new DateTime(2024, 12, 1, 11, 0, 0), "winter time: UTC+1");
    }

    [Fact]
    public void Read_ReportsProgress_EndingAtTheWholeFile()
    {
        using var stream = new MemoryStream();
        InBeeld.Core.EventLogs.Generation.SyntheticLogGenerator.WriteXes(new InBeeld.Core.EventLogs.Generation.SyntheticLogOptions { Events = 100_000 }, stream);
        var reports = new List<InBeeld.Core.EventLogs.Reading.EventLogReadProgress>();
        var options = Sources.Options() with { Progress = new Collect(reports) };

        var log = XesReader.Read(Sources.Bytes(stream.ToArray(), "g.xes"), options);

        reports.Count.ShouldBeGreaterThan(1);
        reports.Select(r => r.Events).ShouldBeInOrder();
        reports[^1].Events.ShouldBe(log.EventCount);
        reports[^1].BytesRead.ShouldBe(reports[^1].TotalBytes);
    }

    [Fact]
    public void Read_GzipFile_GivesTheSameLog()
    {
        var bytes = Encoding.UTF8.GetBytes(XesSamples.Small);
        var plain = XesReader.Read(Sources.Bytes(bytes, "a.xes"), Sources.Options());

        var zipped = XesReader.Read(Sources.Bytes(Sources.Gzip(bytes), "a.xes.gz"), Sources.Options());

        LogBuilding.Sequences(zipped).ShouldBe(LogBuilding.Sequences(plain));
        zipped.Complete.ToArray().ShouldBe(plain.Complete.ToArray());
    }

    /// <summary>Collects reports synchronously (Progress&lt;T&gt; would post them elsewhere).</summary>
    private sealed class Collect(List<InBeeld.Core.EventLogs.Reading.EventLogReadProgress> reports) : IProgress<InBeeld.Core.EventLogs.Reading.EventLogReadProgress>
    {
        public void Report(InBeeld.Core.EventLogs.Reading.EventLogReadProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
