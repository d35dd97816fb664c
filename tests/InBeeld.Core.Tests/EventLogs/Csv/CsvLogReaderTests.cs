using System.Text;
using InBeeld.Core.EventLogs.Csv;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;

namespace InBeeld.Core.Tests.EventLogs.Csv;

public sealed class CsvLogReaderTests
{
    [Fact]
    public void Read_GuessesTheMapping_AndGroupsInterleavedRowsByCase()
    {
        var csv = """
            Zaaknummer;Activiteit;Tijdstip;Organisatie;Medewerker
            Z1;Aanmelding;02-10-2023 10:00;Wijkteam;Petra
            Z2;Aanmelding;02-10-2023 11:00;Wijkteam;Ali
            Z1;Toewijzing (301);01-11-2023 09:30:00;Gemeente;
            """;

        var log = Read(csv);

        LogBuilding.Sequences(log).ShouldBe(["Aanmelding,Toewijzing (301)", "Aanmelding"]);
        log.CaseIds.ToArray().ShouldBe([Sources.Pseudonym("Z1"), Sources.Pseudonym("Z2")]);
        // Dutch local times without zone: summer time (UTC+2) in October, winter time (UTC+1) in November.
        new DateTime(log.Complete[0]).ShouldBe(new DateTime(2023, 10, 2, 8, 0, 0));
        new DateTime(log.Complete[1]).ShouldBe(new DateTime(2023, 11, 1, 8, 30, 0));
        log.OrganizationNames[log.Organization[1]].ShouldBe("Gemeente");
        log.Resource[1].ShouldBe(EventLog.None, "an empty resource field means no resource");
    }

    [Fact]
    public void Read_UsesAGivenMapping_QuotedFieldsAndExtraAttributes()
    {
        var csv = "id,wat,wanneer,kanaal\r\n" +
            "1,\"Melding, \"\"urgent\"\"\",2024-01-01T10:00:00Z,telefoon\r\n" +
            "1,\"Besluit\nmet regelafbreking\",2024-01-02T10:00:00Z,\r\n";
        var mapping = new CsvMapping { Case = "ID", Activity = "wat", Timestamp = "wanneer", Attributes = ["kanaal"] };

        var log = CsvLogReader.Read(Sources.Text(csv, "x.csv"), mapping, Sources.Options());

        log.ActivityNames.ShouldBe(["Melding, \"urgent\"", "Besluit\nmet regelafbreking"]);
        log.FindEventAttribute("kanaal")!.TryGet(0, out var channel).ShouldBeTrue();
        channel.ShouldBe(AttributeValue.FromText("telefoon"));
        log.FindEventAttribute("kanaal")!.TryGet(1, out _).ShouldBeFalse();
    }

    [Fact]
    public void Read_StartAndEndColumns_GiveOccurrencesWithDuration()
    {
        var csv = """
            case,activity,start_timestamp,timestamp
            c,A,2024-01-01T10:00:00Z,2024-01-01T10:20:00Z
            c,B,2024-01-01T10:30:00Z,2024-01-01T11:00:00Z
            """;
        var mapping = new CsvMapping { Case = "case", Activity = "activity", Timestamp = "timestamp", StartTimestamp = "start_timestamp" };

        var log = CsvLogReader.Read(Sources.Text(csv, "x.csv"), mapping, Sources.Options());

        LogBuilding.Sequences(log).ShouldBe(["A,B"]);
        log.HasStartTimes.ShouldBeTrue();
        new DateTime(log.Start[1]).ShouldBe(new DateTime(2024, 1, 1, 10, 30, 0));
        new DateTime(log.Complete[1]).ShouldBe(new DateTime(2024, 1, 1, 11, 0, 0));
    }

    [Fact]
    public void Read_DropsIdentifyingColumns_ButStillPseudonymisesTheCase()
    {
        var csv = "bsn;activiteit;tijdstip;medewerker\n123456782;A;2024-01-01 10:00;Jan de Vries\n";

        var log = CsvLogReader.Read(Sources.Text(csv, "x.csv"), null, Sources.Options(marked =>
        {
            marked.Add("medewerker");
            marked.Add("bsn");
        }));

        log.ResourceNames.ShouldBeEmpty();
        log.CaseIds[0].ShouldBe(Sources.Pseudonym("123456782"));
    }

    [Theory]
    [InlineData("a;b;c\n1;2;3\n", ';')]
    [InlineData("a,b,c\n1,2,3\n", ',')]
    [InlineData("a\tb\tc\n1\t2\t3\n", '\t')]
    [InlineData("a|b|c\n1|2|3\n", '|')]
    [InlineData("\"a;x\",b,c\n\"1;2\",2,3\n", ',')]
    public void Dialect_DetectsTheDelimiter(string sample, char delimiter)
    {
        CsvDialect.Detect(Encoding.UTF8.GetBytes(sample)).Delimiter.ShouldBe(delimiter);
    }

    [Fact]
    public void Read_Windows1252_IsDecoded()
    {
        // "Gemeente Súdwest-Fryslân" as Excel writes it on a Dutch Windows machine.
        var bytes = CsvDialect.Windows1252().GetBytes("zaak;activiteit;tijdstip;organisatie\nZ1;Aanvraag;01-02-2024 09:00;Gemeente Súdwest-Fryslân\n");

        var log = CsvLogReader.Read(Sources.Bytes(bytes, "excel.csv"), null, Sources.Options());

        log.OrganizationNames.ShouldBe(["Gemeente Súdwest-Fryslân"]);
    }

    [Fact]
    public void Read_SameResult_ForGzip()
    {
        var csv = "zaak,activiteit,tijdstip\nZ1,A,2024-01-01T10:00:00Z\nZ1,B,2024-01-01T11:00:00Z\n";

        var log = CsvLogReader.Read(Sources.Bytes(Sources.Gzip(Encoding.UTF8.GetBytes(csv)), "x.csv.gz"), null, Sources.Options());

        LogBuilding.Sequences(log).ShouldBe(["A,B"]);
    }

    [Fact]
    public void Preview_ShowsDialectColumnsRowsMappingAndTimeFormat()
    {
        var csv = "Zaak;Activiteit;Datum\nZ1;A;12-03-2024 14:05\nZ1;B;13-03-2024 09:00\n";

        var preview = CsvInspector.Preview(Sources.Text(csv, "p.csv"), rows: 1);

        preview.Dialect.Delimiter.ShouldBe(';');
        preview.Columns.ShouldBe(["Zaak", "Activiteit", "Datum"]);
        preview.Rows.Count.ShouldBe(1);
        preview.Rows[0].ShouldBe(["Z1", "A", "12-03-2024 14:05"]);
        preview.Suggestion.ShouldBe(new CsvMappingSuggestion("Zaak", "Activiteit", "Datum", null, null, null, null));
        preview.TimeFormat.ShouldBe("Nederlands, dag eerst (zoals 12-03-2024 14:05), zonder tijdzone: gelezen als Europe/Amsterdam");
    }

    private static EventLog Read(string csv) => CsvLogReader.Read(Sources.Text(csv, "x.csv"), null, Sources.Options());
}
