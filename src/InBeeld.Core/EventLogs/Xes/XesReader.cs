using System.Text.RegularExpressions;
using System.Xml;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Xes;

/// <summary>
/// Reads an XES log (IEEE 1849; <c>.xes</c> or gzip-compressed <c>.xes.gz</c>) with
/// <see cref="XmlReader"/>, streaming: memory grows with the events kept, not with the file.
/// Standard extensions: concept (case id, activity), time, lifecycle, org (resource; group as the
/// organisation). Nothing is returned unless the whole file was read: any problem is an
/// <see cref="InputRejectedException"/> naming line and position.
/// </summary>
public static partial class XesReader
{
    private const int FlushEvents = 1 << 16;

    /// <summary>Logs from this size (decompressed) are read in parallel chunks.</summary>
    private const long ParallelFromBytes = 1 << 20;

    public static EventLog ReadFile(string path, EventLogReadOptions options, CancellationToken cancellationToken = default)
    {
        using var source = EventLogSource.Open(path);
        return Read(source, options, cancellationToken);
    }

    public static EventLog Read(EventLogSource source, EventLogReadOptions options, CancellationToken cancellationToken = default)
    {
        // About four chunks per worker, so the workers stay busy to the end; 256 kB to 4 MB each.
        var size = source.ContentLengthHint;
        var chunk = (int)Math.Clamp(size / (4L * Environment.ProcessorCount), 256 << 10, 4 << 20);
        return Read(source, options, parallel: size >= ParallelFromBytes && Environment.ProcessorCount > 1, chunk, cancellationToken);
    }

    /// <summary>Chooses the path explicitly (tests compare both, with small chunks).</summary>
    internal static EventLog Read(EventLogSource source, EventLogReadOptions options, bool parallel, int chunkBytes, CancellationToken cancellationToken)
    {
        var builder = new EventLogBuilder(source.Name);
        try
        {
            if (!parallel || !XesParallelReader.TryRead(source, builder, options, chunkBytes, Environment.ProcessorCount, cancellationToken))
            {
                if (parallel)
                {
                    source.Rewind();
                    builder = new EventLogBuilder(source.Name);
                }

                ReadSequential(source, builder, options, cancellationToken);
            }

            source.EnsureComplete();
        }
        catch (InputRejectedException) when (source.IsCompressed && source.IsTruncated())
        {
            // A cut-off .gz file often shows as a broken last row or event; say what really happened.
            throw source.GzipBroken();
        }
        catch (XmlException exception)
        {
            throw XmlError(exception, source);
        }
        catch (InvalidDataException)
        {
            throw source.GzipBroken();
        }
        catch (IOException exception)
        {
            throw new InputRejectedException(ReadLocation.File(source.Name), EventLogText.Get("Read_FileUnreadable", exception.Message));
        }

        return builder.Build(cancellationToken);
    }

    private static void ReadSequential(EventLogSource source, EventLogBuilder builder, EventLogReadOptions options, CancellationToken cancellationToken)
    {
        if (source.TotalBytes == 0)
        {
            throw new InputRejectedException(ReadLocation.File(source.Name), EventLogText.Get("Read_Empty"));
        }

        var table = new NameTable();
        var names = new XesNames(table);
        var keys = new XesKeys();
        using var reader = XmlReader.Create(source.Content, XesNames.Settings(table, ConformanceLevel.Document));
        XesHeaderReader.ReadUntilFirstTrace(reader, names, keys, source.Name);
        var traces = new XesTraceReader(names, keys, options, source.Name);
        var batch = new TraceBatch();
        while (reader.NodeType == XmlNodeType.Element && (object)reader.LocalName == names.Trace)
        {
            traces.ReadTrace(reader, batch);
            while (reader.NodeType != XmlNodeType.Element && reader.NodeType != XmlNodeType.EndElement && reader.Read())
            {
            }

            if (batch.EventCount >= FlushEvents)
            {
                Flush(batch, builder, source, options, cancellationToken);
            }

            if (reader.NodeType == XmlNodeType.Element && (object)reader.LocalName != names.Trace)
            {
                // Anything else between traces (log attributes written late) is skipped.
                reader.Skip();
                while (reader.NodeType != XmlNodeType.Element && reader.NodeType != XmlNodeType.EndElement && reader.Read())
                {
                }
            }
        }

        Flush(batch, builder, source, options, cancellationToken);

        // Read to the end, so anything after </log> (a second root, a cut-off tag) is caught.
        while (reader.Read())
        {
        }

        TimeNormalizer.CheckNotMixed([traces.Times]);
    }

    internal static void Flush(TraceBatch batch, EventLogBuilder builder, EventLogSource source, EventLogReadOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (builder.EventCount + (long)batch.EventCount > options.MaxEvents)
        {
            throw new InputRejectedException(ReadLocation.File(source.Name), EventLogText.Get("Read_TooManyEvents", options.MaxEvents));
        }

        batch.FlushTo(builder);
        options.Progress?.Report(new EventLogReadProgress(source.BytesRead, source.TotalBytes, builder.EventCount));
    }

    internal static InputRejectedException XmlError(XmlException exception, EventLogSource source)
    {
        if (source.IsTruncated())
        {
            return source.GzipBroken();
        }

        var location = ReadLocation.LinePosition(source.Name, exception.LineNumber, exception.LinePosition);
        var detail = PositionSuffix().Replace(exception.Message, string.Empty);
        var message = detail.Contains("end of file", StringComparison.OrdinalIgnoreCase)
            ? EventLogText.Get("Xml_Truncated")
            : EventLogText.Get("Xml_Malformed", EventLogText.Get("Xml_Detail", detail));
        return new InputRejectedException(location, message);
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex PositionSuffix();
}
