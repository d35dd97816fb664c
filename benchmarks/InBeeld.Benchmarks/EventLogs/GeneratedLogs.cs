using System.IO.Compression;
using InBeeld.Core.EventLogs.Generation;

namespace InBeeld.Benchmarks.EventLogs;

/// <summary>Writes the generated benchmark logs once per run (same seed, same files).</summary>
internal static class GeneratedLogs
{
    public static (string Xes, string XesGzip, string Csv) Write(string folder, long events)
    {
        var options = new SyntheticLogOptions { Events = events, Seed = 1 };
        var xes = System.IO.Path.Combine(folder, $"gen-{events}.xes");
        var gzip = xes + ".gz";
        var csv = System.IO.Path.Combine(folder, $"gen-{events}.csv");
        using (var file = File.Create(xes))
        {
            SyntheticLogGenerator.WriteXes(options, file);
        }

        using (var file = File.Create(gzip))
        using (var zip = new GZipStream(file, CompressionLevel.Fastest))
        using (var source = File.OpenRead(xes))
        {
            source.CopyTo(zip);
        }

        using (var file = File.Create(csv))
        {
            SyntheticLogGenerator.WriteCsv(options, file, dutch: false);
        }

        return (xes, gzip, csv);
    }
}
