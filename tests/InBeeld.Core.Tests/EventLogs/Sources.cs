using System.IO.Compression;
using System.Text;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Core.EventLogs.Reading;

namespace InBeeld.Core.Tests.EventLogs;

/// <summary>In-memory files for reader tests.</summary>
internal static class Sources
{
    public static readonly byte[] Secret = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    public static EventLogReadOptions Options(Action<HashSet<string>>? identifying = null, params string[] keep)
    {
        var marked = new HashSet<string>();
        identifying?.Invoke(marked);
        return new EventLogReadOptions
        {
            Pseudonymizer = new CaseIdPseudonymizer(Secret),
            IdentifyingAttributes = marked,
            KeepEventAttributes = keep.ToHashSet(),
        };
    }

    public static Guid Pseudonym(string caseId) => new CaseIdPseudonymizer(Secret).Pseudonymize(caseId);

    public static EventLogSource Text(string text, string name = "test.xes") => Bytes(Encoding.UTF8.GetBytes(text), name);

    public static EventLogSource Bytes(byte[] bytes, string name) => EventLogSource.FromStream(new MemoryStream(bytes), name);

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
