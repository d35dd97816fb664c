using System.Text;
using InBeeld.Core.EventLogs.Csv;
using InBeeld.Core.EventLogs.Generation;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Tests.EventLogs.Csv;

/// <summary>Reading in small chunks (in parallel or not) gives the one-pass result, errors included.</summary>
public sealed class CsvChunkedReadTests
{
    [Theory]
    [InlineData(true, 700)]
    [InlineData(false, 700)]
    [InlineData(true, 1 << 20)]
    public void ChunkedRead_OfAGeneratedLog_EqualsTheWholeRead(bool parallel, int chunkBytes)
    {
        using var stream = new MemoryStream();
        SyntheticLogGenerator.WriteCsv(new SyntheticLogOptions { Events = 5000, Seed = 9 }, stream, dutch: true);
        var bytes = stream.ToArray();
        var whole = CsvLogReader.Read(Sources.Bytes(bytes, "g.csv"), null, Sources.Options(), parallel: false, chunkBytes: int.MaxValue / 4, CancellationToken.None);

        var chunked = CsvLogReader.Read(Sources.Bytes(bytes, "g.csv"), null, Sources.Options(), parallel, chunkBytes, CancellationToken.None);

        whole.EventCount.ShouldBeGreaterThanOrEqualTo(5000);
        chunked.CaseIds.ToArray().ShouldBe(whole.CaseIds.ToArray());
        LogBuilding.Sequences(chunked).ShouldBe(LogBuilding.Sequences(whole));
        chunked.Complete.ToArray().ShouldBe(whole.Complete.ToArray());
        chunked.Resource.ToArray().Select(r => chunked.ResourceNames[r]).ShouldBe(whole.Resource.ToArray().Select(r => whole.ResourceNames[r]));
    }

    [Fact]
    public void QuotedLineBreaks_AcrossChunkBoundaries_StayInTheirRow()
    {
        var csv = new StringBuilder("zaak,activiteit,tijdstip,toelichting\n");
        for (var i = 0; i < 300; i++)
        {
            csv.Append($"Z{i % 7},\"Stap {i % 3}\",2024-01-01T10:{i % 60:D2}:00Z,\"regel een\nregel \"\"twee\"\"\"\n");
        }

        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        var mapping = new CsvMapping { Case = "zaak", Activity = "activiteit", Timestamp = "tijdstip", Attributes = ["toelichting"] };
        var whole = CsvLogReader.Read(Sources.Bytes(bytes, "q.csv"), mapping, Sources.Options(), parallel: false, chunkBytes: int.MaxValue / 4, CancellationToken.None);

        var chunked = CsvLogReader.Read(Sources.Bytes(bytes, "q.csv"), mapping, Sources.Options(), parallel: true, chunkBytes: 97, CancellationToken.None);

        chunked.EventCount.ShouldBe(300);
        LogBuilding.Sequences(chunked).ShouldBe(LogBuilding.Sequences(whole));
        chunked.FindEventAttribute("toelichting")!.Values.ToArray().Select(v => v.Text).ShouldBe(["regel een\nregel \"twee\""]);
    }

    [Fact]
    public void AnErrorInALaterChunk_IsReportedWithItsLine_AndTheFirstErrorWins()
    {
        var csv = new StringBuilder("zaak;activiteit;tijdstip\n");
        for (var i = 0; i < 200; i++)
        {
            var time = i switch { 120 => "gisteren", 150 => "ook fout", _ => "01-02-2024 10:00" };
            csv.Append($"Z{i};A;{time}\n");
        }

        var error = Should.Throw<InputRejectedException>(() => CsvLogReader.Read(
            Sources.Bytes(Encoding.UTF8.GetBytes(csv.ToString()), "x.csv"), null, Sources.Options(), parallel: true, chunkBytes: 64, CancellationToken.None)).Errors.Single();

        // Row 120 is on line 122 (line 1 is the header).
        error.Location.ShouldBe("x.csv, regel 122, kolom 'tijdstip'");
        error.Message.ShouldStartWith("'gisteren' is geen tijdstip");
    }
}
