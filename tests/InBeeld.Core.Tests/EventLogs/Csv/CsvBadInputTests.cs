using System.Text;
using InBeeld.Core.EventLogs.Csv;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Tests.EventLogs.Csv;

public sealed class CsvBadInputTests
{
    [Fact]
    public void WrongDelimiterInARow_NamesTheLineAndTheDelimiter()
    {
        var error = Reject("zaak;activiteit;tijdstip\nZ1;A;2024-01-01 10:00\nZ1,B,2024-01-01 11:00\n");

        error.Location.ShouldBe("x.csv, regel 3");
        error.Message.ShouldBe("Deze regel heeft 1 velden, de kopregel 3. Klopt het scheidingsteken (puntkomma (;))? Staat er een aanhalingsteken verkeerd?");
    }

    [Fact]
    public void WrongMapping_TimestampColumnHoldsActivities_NamesLineAndColumn()
    {
        var mapping = new CsvMapping { Case = "zaak", Activity = "tijdstip", Timestamp = "activiteit" };

        var error = Reject("zaak;activiteit;tijdstip\nZ1;Aanmelding;2024-01-01 10:00\n", mapping);

        error.Location.ShouldBe("x.csv, regel 2, kolom 'activiteit'");
        error.Message.ShouldStartWith("'Aanmelding' is geen tijdstip dat InBeeld herkent.");
    }

    [Fact]
    public void MappingToAColumnThatDoesNotExist_ListsTheColumns()
    {
        var mapping = new CsvMapping { Case = "dossier", Activity = "activiteit", Timestamp = "tijdstip" };

        var error = Reject("zaak;activiteit;tijdstip\nZ1;A;2024-01-01 10:00\n", mapping);

        error.Message.ShouldBe("De kolom 'dossier' (voor het zaak-id) staat niet in de kopregel. Kolommen: 'zaak', 'activiteit', 'tijdstip'.");
    }

    [Fact]
    public void HeaderWithoutRecognisableNames_AsksWhichColumn()
    {
        var error = Reject("kolom1;kolom2;kolom3\nZ1;A;2024-01-01 10:00\n");

        error.Message.ShouldBe("Kies welke kolom het zaak-id bevat; dat valt niet uit de kolomnamen af te leiden. Kolommen: 'kolom1', 'kolom2', 'kolom3'.");
    }

    [Fact]
    public void SameColumnForTwoRoles_IsRefused()
    {
        var mapping = new CsvMapping { Case = "zaak", Activity = "zaak", Timestamp = "tijdstip" };

        Reject("zaak;tijdstip\nZ1;2024-01-01 10:00\n", mapping).Message.ShouldBe("De kolom 'zaak' is gekozen voor zowel het zaak-id als de activiteit.");
    }

    [Fact]
    public void MissingTimestamp_AndEmptyCase_NameLineAndColumn()
    {
        var missing = Reject("zaak;activiteit;tijdstip\nZ1;A;\n");
        var noCase = Reject("zaak;activiteit;tijdstip\n ;A;2024-01-01 10:00\n");

        missing.Location.ShouldBe("x.csv, regel 2, kolom 'tijdstip'");
        missing.Message.ShouldBe("Deze gebeurtenis heeft geen tijdstip.");
        noCase.Message.ShouldBe("Het veld voor het zaak-id is leeg.");
    }

    [Fact]
    public void MixedTimeZones_AreRefused()
    {
        var error = Reject("zaak;activiteit;tijdstip\nZ1;A;2024-01-01T10:00:00Z\nZ1;B;2024-01-01 11:00\n");

        error.Location.ShouldBe("x.csv, regel 3, kolom 'tijdstip'");
        error.Message.ShouldStartWith("Tijdstippen met en zonder tijdzone staan door elkaar: '2024-01-01 11:00' heeft geen tijdzone");
    }

    [Fact]
    public void UnclosedQuote_NamesTheLine()
    {
        Reject("zaak;activiteit;tijdstip\nZ1;\"A;2024-01-01 10:00\n").ShouldBe(new ValidationError("x.csv, regel 2", "Een veld tussen aanhalingstekens wordt niet afgesloten."));
    }

    [Fact]
    public void TruncatedGzip_IsRefused_EvenWhenTheRowsLookComplete()
    {
        var csv = new StringBuilder("zaak,activiteit,tijdstip\n");
        for (var i = 0; i < 2000; i++)
        {
            csv.Append($"Z{i},A,2024-01-01T10:00:00Z\n");
        }

        var zipped = Sources.Gzip(Encoding.UTF8.GetBytes(csv.ToString()));

        Should.Throw<InputRejectedException>(() => CsvLogReader.Read(Sources.Bytes(zipped[..(zipped.Length * 2 / 3)], "x.csv.gz"), null, Sources.Options()))
            .Errors.Single().Message.ShouldStartWith("Het gecomprimeerde bestand (.gz) is afgebroken of beschadigd");
    }

    [Fact]
    public void EmptyFile_IsRefused()
    {
        Reject(string.Empty).Message.ShouldBe("Het bestand is leeg.");
    }

    private static ValidationError Reject(string csv, CsvMapping? mapping = null) =>
        Should.Throw<InputRejectedException>(() => CsvLogReader.Read(Sources.Text(csv, "x.csv"), mapping, Sources.Options())).Errors.Single();
}
