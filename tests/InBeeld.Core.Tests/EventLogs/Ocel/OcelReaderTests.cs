using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Ocel;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Tests.EventLogs.Ocel;

public sealed class OcelReaderTests
{
    // Events come before objects (allowed); e2 relates to two requests and to one twice; e4 to no request.
    private const string Json = """
        {
          "objectTypes": [ { "name": "aanvraag", "attributes": [] }, { "name": "medewerker", "attributes": [] } ],
          "eventTypes": [ { "name": "Indienen", "attributes": [] } ],
          "events": [
            { "id": "e1", "type": "Indienen", "time": "2024-01-01T09:00:00Z",
              "attributes": [ { "name": "resource", "value": "Petra" }, { "name": "kosten", "value": 12 } ],
              "relationships": [ { "objectId": "a1", "qualifier": "betreft" }, { "objectId": "m1", "qualifier": "door" } ] },
            { "id": "e2", "type": "Beoordelen", "time": "2024-01-02T09:00:00Z", "attributes": [],
              "relationships": [ { "objectId": "a1", "qualifier": "x" }, { "objectId": "a1", "qualifier": "y" }, { "objectId": "a2", "qualifier": "x" } ] },
            { "id": "e3", "type": "Indienen", "time": "2024-01-01T12:00:00Z", "attributes": [],
              "relationships": [ { "objectId": "a2", "qualifier": "betreft" } ] },
            { "id": "e4", "type": "Vergaderen", "time": "2024-01-03T09:00:00Z", "attributes": [],
              "relationships": [ { "objectId": "m1", "qualifier": "door" } ] }
          ],
          "objects": [
            { "id": "a1", "type": "aanvraag", "attributes": [], "relationships": [] },
            { "id": "a2", "type": "aanvraag" },
            { "id": "m1", "type": "medewerker" }
          ]
        }
        """;

    private const string Xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <log>
          <object-types>
            <object-type name="aanvraag"><attributes/></object-type>
            <object-type name="medewerker"><attributes/></object-type>
          </object-types>
          <event-types><event-type name="Indienen"><attributes/></event-type></event-types>
          <objects>
            <object id="a1" type="aanvraag"><attributes/></object>
            <object id="a2" type="aanvraag"/>
            <object id="m1" type="medewerker"/>
          </objects>
          <events>
            <event id="e1" type="Indienen" time="2024-01-01T09:00:00Z">
              <attributes><attribute name="resource">Petra</attribute><attribute name="kosten">12</attribute></attributes>
              <objects><relationship object-id="a1" qualifier="betreft"/><object object-id="m1" qualifier="door"/></objects>
            </event>
            <event id="e2" type="Beoordelen" time="2024-01-02T09:00:00Z">
              <objects><relationship object-id="a1" qualifier="x"/><relationship object-id="a1" qualifier="y"/><relationship object-id="a2" qualifier="x"/></objects>
            </event>
            <event id="e3" type="Indienen" time="2024-01-01T12:00:00Z"><objects><relationship object-id="a2" qualifier="betreft"/></objects></event>
            <event id="e4" type="Vergaderen" time="2024-01-03T09:00:00Z"><objects><relationship object-id="m1" qualifier="door"/></objects></event>
          </events>
        </log>
        """;

    [Theory]
    [InlineData("log.jsonocel")]
    [InlineData("log.xmlocel")]
    public void Read_FlattensOnTheChosenObjectType(string name)
    {
        var log = Read(name, new OcelOptions { ObjectType = "aanvraag" }, "kosten");

        log.CaseIds.ToArray().ShouldBe([Sources.Pseudonym("a1"), Sources.Pseudonym("a2")]);
        LogBuilding.Sequences(log).ShouldBe(["Indienen,Beoordelen", "Indienen,Beoordelen"]);
        log.ResourceNames[log.Resource[0]].ShouldBe("Petra");
        log.FindEventAttribute("kosten")!.TryGet(0, out var cost).ShouldBeTrue();
        cost.ToString().ShouldBe("12");
    }

    [Theory]
    [InlineData("log.jsonocel")]
    [InlineData("log.xmlocel")]
    public void Read_OnAnotherType_GivesOtherCases(string name)
    {
        var log = Read(name, new OcelOptions { ObjectType = "medewerker" });

        LogBuilding.Sequences(log).ShouldBe(["Indienen,Vergaderen"]);
    }

    [Theory]
    [InlineData("log.jsonocel")]
    [InlineData("log.xmlocel")]
    public void Read_WithoutObjectType_ListsTheTypes(string name)
    {
        var error = Should.Throw<InputRejectedException>(() => Read(name, new OcelOptions())).Errors.Single();

        error.Message.ShouldBe("Kies het objecttype waarop het logboek wordt platgeslagen (elk object van dat type wordt een zaak). Objecttypen: 'aanvraag', 'medewerker'.");
    }

    [Theory]
    [InlineData("log.jsonocel")]
    [InlineData("log.xmlocel")]
    public void Read_UnknownObjectType_IsRefused(string name)
    {
        Should.Throw<InputRejectedException>(() => Read(name, new OcelOptions { ObjectType = "zaak" }))
            .Errors.Single().Message.ShouldStartWith("Het objecttype 'zaak' komt niet voor in dit logboek.");
    }

    [Fact]
    public void Read_MalformedJson_NamesLineAndPosition()
    {
        var broken = Json.Replace("\"time\": \"2024-01-02T09:00:00Z\",", "\"time\": \"2024-01-02T09:00:00Z\"", StringComparison.Ordinal);

        var error = Should.Throw<InputRejectedException>(() =>
            OcelJsonReader.Read(Sources.Text(broken, "log.jsonocel"), new OcelOptions { ObjectType = "aanvraag" }, Sources.Options())).Errors.Single();

        // Line 8 holds event e2; the reader stops where the comma should have been, before "attributes".
        error.Location.ShouldBe("log.jsonocel, regel 8, positie 71");
        error.Message.ShouldStartWith("Dit is geen geldige JSON.");
    }

    [Fact]
    public void Read_EventWithoutTime_IsRefused()
    {
        var broken = Json.Replace("\"time\": \"2024-01-01T12:00:00Z\",", string.Empty, StringComparison.Ordinal);

        var error = Should.Throw<InputRejectedException>(() =>
            OcelJsonReader.Read(Sources.Text(broken, "log.jsonocel"), new OcelOptions { ObjectType = "aanvraag" }, Sources.Options())).Errors.Single();

        error.Location.ShouldBe("log.jsonocel, regel 10, positie 5", "event e3 starts on line 10");
        error.Message.ShouldBe("Deze gebeurtenis heeft geen tijdstip.");
    }

    [Fact]
    public void Detect_RecognisesFormatsByNameAndContent()
    {
        EventLogFiles.Detect(Sources.Text(Json, "export.json")).ShouldBe(EventLogFormat.OcelJson);
        EventLogFiles.Detect(Sources.Text(Xml, "export.xml")).ShouldBe(EventLogFormat.OcelXml);
        EventLogFiles.Detect(Sources.Text("<log><trace/></log>", "export.xml")).ShouldBe(EventLogFormat.Xes);
        EventLogFiles.Detect(Sources.Text("a;b", "export.txt")).ShouldBe(EventLogFormat.Csv);
        EventLogFiles.Detect(Sources.Text("{}", "x.xes.gz")).ShouldBe(EventLogFormat.Xes);
    }

    private static EventLog Read(string name, OcelOptions ocel, params string[] keep) =>
        EventLogFiles.Read(Sources.Text(name.EndsWith("jsonocel", StringComparison.Ordinal) ? Json : Xml, name), new EventLogFileOptions
        {
            Read = Sources.Options(null, keep),
            Ocel = ocel,
        });
}
