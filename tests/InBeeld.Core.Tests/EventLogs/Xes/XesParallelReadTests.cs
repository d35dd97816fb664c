using System.Text;
using InBeeld.Core.EventLogs.Generation;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Xes;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Tests.EventLogs.Xes;

public sealed class XesParallelReadTests
{
    private static readonly byte[] Generated = Generate();

    [Fact]
    public void ParallelRead_InSmallChunks_GivesTheSequentialLog()
    {
        var sequential = XesReader.Read(Sources.Bytes(Generated, "g.xes"), Sources.Options(), parallel: false, 0, CancellationToken.None);

        var parallel = XesReader.Read(Sources.Bytes(Generated, "g.xes"), Sources.Options(), parallel: true, chunkBytes: 3000, CancellationToken.None);

        sequential.EventCount.ShouldBeGreaterThan(5000);
        AssertSame(parallel, sequential);
    }

    [Fact]
    public void ParallelPath_ReadsWellFormedLogsWithoutFallingBack()
    {
        // The parallel reader must succeed on its own (a fallback would hide a broken fast path).
        foreach (var chunkBytes in new[] { 3000, 50_000, 4 << 20 })
        {
            var builder = new EventLogBuilder("g.xes");
            using var source = Sources.Bytes(Generated, "g.xes");

            XesParallelReader.TryRead(source, builder, Sources.Options(), chunkBytes, workers: 2, CancellationToken.None).ShouldBeTrue($"chunks of {chunkBytes} bytes");

            var sequential = XesReader.Read(Sources.Bytes(Generated, "g.xes"), Sources.Options(), parallel: false, 0, CancellationToken.None);
            AssertSame(builder.Build(), sequential);
        }
    }

    [Fact]
    public void ParallelRead_OfGzip_GivesTheSequentialLog()
    {
        var zipped = Sources.Gzip(Generated);
        var sequential = XesReader.Read(Sources.Bytes(Generated, "g.xes"), Sources.Options(), parallel: false, 0, CancellationToken.None);

        var parallel = XesReader.Read(Sources.Bytes(zipped, "g.xes.gz"), Sources.Options(), parallel: true, chunkBytes: 5000, CancellationToken.None);

        AssertSame(parallel, sequential);
    }

    [Fact]
    public void ParallelRead_ReportsAnErrorDeepInTheFile_AtTheSamePlaceAsSequential()
    {
        var text = Encoding.UTF8.GetString(Generated);
        var at = text.IndexOf("<date key=\"time:timestamp\"", text.Length / 2, StringComparison.Ordinal);
        var broken = Encoding.UTF8.GetBytes(text[..at] + "<date key=\"time:timestamp\" value=\"31-02-2023\"/>" + text[text.IndexOf('\n', at)..]);

        var sequential = Should.Throw<InputRejectedException>(() =>
            XesReader.Read(Sources.Bytes(broken, "g.xes"), Sources.Options(), parallel: false, 0, CancellationToken.None)).Errors.Single();
        var parallel = Should.Throw<InputRejectedException>(() =>
            XesReader.Read(Sources.Bytes(broken, "g.xes"), Sources.Options(), parallel: true, 4000, CancellationToken.None)).Errors.Single();

        parallel.ShouldBe(sequential);
        sequential.Message.ShouldStartWith("'31-02-2023' is geen tijdstip");
        var line = text[..at].Count(c => c == '\n') + 1;
        sequential.Location.ShouldStartWith($"g.xes, regel {line - 4}, ");
    }

    [Fact]
    public void ParallelRead_OfAFileWithoutTraces_FallsBackAndReadsIt()
    {
        var xes = Encoding.UTF8.GetBytes("<log xmlns=\"http://www.xes-standard.org/\"><string key=\"concept:name\" value=\"leeg\"/></log>");

        var log = XesReader.Read(Sources.Bytes(xes, "e.xes"), Sources.Options(), parallel: true, 1000, CancellationToken.None);

        log.CaseCount.ShouldBe(0);
    }

    private static void AssertSame(EventLog actual, EventLog expected)
    {
        actual.CaseIds.ToArray().ShouldBe(expected.CaseIds.ToArray());
        actual.CaseOffsets.ToArray().ShouldBe(expected.CaseOffsets.ToArray());
        LogBuilding.Sequences(actual).ShouldBe(LogBuilding.Sequences(expected));
        actual.Complete.ToArray().ShouldBe(expected.Complete.ToArray());
        actual.Resource.ToArray().Select(r => actual.ResourceNames[r]).ShouldBe(expected.Resource.ToArray().Select(r => expected.ResourceNames[r]));
    }

    private static byte[] Generate()
    {
        using var stream = new MemoryStream();
        SyntheticLogGenerator.WriteXes(new SyntheticLogOptions { Events = 6000, Seed = 3 }, stream);
        return stream.ToArray();
    }
}
