using System.Text;
using InBeeld.Core.EventLogs.Xes;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Tests.EventLogs.Xes;

public sealed class XesBadInputTests
{
    [Fact]
    public void MalformedXml_NamesLineAndPosition()
    {
        var xes = "<log>\n  <trace>\n    <event>\n  </trace>\n</log>";

        var error = Reject(xes);

        error.Location.ShouldBe("test.xes, regel 4, positie 5");
        error.Message.ShouldStartWith("Dit is geen goed gevormde XML.");
    }

    [Fact]
    public void TruncatedXml_SaysTheFileStopsInTheMiddle()
    {
        var error = Reject("<log>\n<trace><string key=\"concept:name\" value=\"1\"/>\n<event>");

        error.Message.ShouldBe("Het bestand houdt midden in een element op: het is afgebroken of onvolledig.");
        error.Location.ShouldStartWith("test.xes, regel 3");
    }

    [Fact]
    public void TruncatedGzip_IsRefusedAsBroken()
    {
        var whole = Sources.Gzip(Encoding.UTF8.GetBytes(XesSamples.Small));

        foreach (var length in new[] { whole.Length / 2, whole.Length - 3 })
        {
            var error = Should.Throw<InputRejectedException>(() =>
                XesReader.Read(Sources.Bytes(whole[..length], "log.xes.gz"), Sources.Options())).Errors.Single();

            error.Location.ShouldBe("log.xes.gz");
            error.Message.ShouldStartWith("Het gecomprimeerde bestand (.gz) is afgebroken of beschadigd");
        }
    }

    [Fact]
    public void MissingTimestamp_NamesTheEvent()
    {
        var xes = "<log>\n<trace><string key=\"concept:name\" value=\"1\"/>\n  <event><string key=\"concept:name\" value=\"A\"/></event>\n</trace></log>";

        var error = Reject(xes);

        error.Location.ShouldBe("test.xes, regel 3, positie 4");
        error.Message.ShouldBe("Deze gebeurtenis heeft geen tijdstip.");
    }

    [Fact]
    public void UnreadableTimestamp_QuotesIt()
    {
        var error = Reject(XesSamples.Log("""<trace><string key="concept:name" value="1"/>""" + XesSamples.Event("A", "gisteren") + "</trace>"));

        error.Message.ShouldStartWith("'gisteren' is geen tijdstip dat InBeeld herkent.");
    }

    [Fact]
    public void EventWithoutActivity_AndTraceWithoutId_AreRefused()
    {
        Reject(XesSamples.Log("""<trace><string key="concept:name" value="1"/><event><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event></trace>"""))
            .Message.ShouldBe("Deze gebeurtenis heeft geen concept:name (de activiteit).");
        Reject(XesSamples.Log("<trace>" + XesSamples.Event("A", "2024-01-01T00:00:00Z") + "</trace>"))
            .Message.ShouldStartWith("Deze zaak (trace) heeft geen concept:name");
    }

    [Fact]
    public void MixedTimeZones_NameTheFirstTimestampInTheOtherForm()
    {
        var xes = XesSamples.Log(
            "<trace><string key=\"concept:name\" value=\"1\"/>\n" + XesSamples.Event("A", "2024-01-01T10:00:00+01:00") + "\n" +
            XesSamples.Event("B", "2024-01-01T11:00:00") + "</trace>");

        var error = Reject(xes);

        // Line 1 is the XML declaration, 2 <log>, 3 the trace, 4 event A, 5 event B.
        error.Location.ShouldBe("test.xes, regel 5, positie 2");
        error.Message.ShouldStartWith("Tijdstippen met en zonder tijdzone staan door elkaar: '2024-01-01T11:00:00' heeft geen tijdzone, eerdere tijdstippen een tijdzone.");
    }

    [Fact]
    public void WrongTypedValue_IsRefused()
    {
        var xes = XesSamples.Log("<trace><string key=\"concept:name\" value=\"1\"/><int key=\"leeftijd\" value=\"zeventien\"/></trace>");

        Reject(xes).Message.ShouldBe("'zeventien' is geen geldige waarde voor het kenmerk 'leeftijd' van het type int.");
    }

    [Fact]
    public void AnotherRootElement_IsNotXes()
    {
        Reject("<definitions><process/></definitions>").Message.ShouldBe("Dit is geen XES-logboek: het hoofdelement heet <definitions>, niet <log>.");
    }

    [Fact]
    public void EmptyFile_IsRefused()
    {
        Reject(string.Empty).Message.ShouldBe("Het bestand is leeg.");
    }

    [Fact]
    public void DocumentTypeDefinitions_AreRefused()
    {
        // No DTDs: no entity expansion ("billion laughs") or external entities from a file from outside.
        var xes = "<?xml version=\"1.0\"?><!DOCTYPE log [<!ENTITY a \"aaaa\">]><log>&a;</log>";

        Reject(xes).Message.ShouldStartWith("Dit is geen goed gevormde XML.");
    }

    [Fact]
    public void LogOverTheEventLimit_IsRefusedWhole()
    {
        // The guard that keeps memory bounded for a file of gigabytes: reading stops at the limit, nothing is returned.
        var options = Sources.Options() with { MaxEvents = 2 };

        var error = Should.Throw<InputRejectedException>(() => XesReader.Read(Sources.Text(XesSamples.Small), options)).Errors.Single();

        error.Location.ShouldBe("test.xes");
        error.Message.ShouldBe("Het logboek heeft meer dan 2 gebeurtenissen; dat is de grens voor één keer inlezen.");
    }

    private static Validation.ValidationError Reject(string xes) =>
        Should.Throw<InputRejectedException>(() => XesReader.Read(Sources.Text(xes), Sources.Options())).Errors.Single();
}
