using System.Text;
using System.Text.Unicode;

namespace InBeeld.Core.EventLogs.Csv;

/// <summary>
/// The delimiter and character set of a CSV file, detected from its first bytes: the candidate
/// (';', ',', tab, '|') that splits the header line most often and every sample line into as
/// many fields; UTF-8 unless the sample is not valid UTF-8, then Windows-1252 (Excel's export in
/// the Netherlands).
/// </summary>
public sealed record CsvDialect(char Delimiter, Encoding Encoding)
{
    private static readonly byte[] Candidates = [(byte)';', (byte)',', (byte)'\t', (byte)'|'];

    public static CsvDialect Detect(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith("\xEF\xBB\xBF"u8))
        {
            sample = sample[3..];
        }

        var lastNewline = sample.LastIndexOf((byte)'\n');
        var complete = lastNewline >= 0 ? sample[..(lastNewline + 1)] : sample;
        var encoding = Utf8.IsValid(complete) ? (Encoding)new UTF8Encoding(false) : Windows1252();
        var lines = SampleLines(complete.Length > 0 ? complete : sample, 20);
        var best = (byte)',';
        var bestScore = -1;
        foreach (var candidate in Candidates)
        {
            var header = lines.Count > 0 ? CountOutsideQuotes(lines[0], candidate) : 0;
            if (header == 0)
            {
                continue;
            }

            var consistent = lines.All(line => line.Length == 0 || CountOutsideQuotes(line, candidate) == header);

            // Consistency first, then the most fields.
            var score = (consistent ? 1_000_000 : 0) + header;
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return new CsvDialect((char)best, encoding);
    }

    /// <summary>The delimiter's name for people (puntkomma, komma, tab, verticale streep).</summary>
    public string DelimiterName => Delimiter switch
    {
        ';' => EventLogText.Get("Csv_Delimiter_Semicolon"),
        '\t' => EventLogText.Get("Csv_Delimiter_Tab"),
        '|' => EventLogText.Get("Csv_Delimiter_Pipe"),
        _ => EventLogText.Get("Csv_Delimiter_Comma"),
    };

    internal static Encoding Windows1252() => CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    /// <summary>Whole lines (quoted line breaks kept inside their line), without the line break.</summary>
    private static List<byte[]> SampleLines(ReadOnlySpan<byte> sample, int max)
    {
        var lines = new List<byte[]>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < sample.Length && lines.Count < max; i++)
        {
            if (sample[i] == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (sample[i] == (byte)'\n' && !quoted)
            {
                lines.Add(sample[start..i].TrimEnd((byte)'\r').ToArray());
                start = i + 1;
            }
        }

        if (lines.Count == 0 && sample.Length > 0)
        {
            lines.Add(sample.ToArray());
        }

        return lines;
    }

    private static int CountOutsideQuotes(ReadOnlySpan<byte> line, byte delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var b in line)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (b == delimiter && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}
