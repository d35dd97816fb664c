using System.Text;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Csv;

/// <summary>
/// Reads an event log from CSV (optionally gzip-compressed) with a column mapping — given, or
/// guessed from the header (<see cref="CsvColumnGuesser"/>). Delimiter and character set are
/// detected (<see cref="CsvDialect"/>); timestamps may be ISO 8601 or Dutch (day first), see
/// <see cref="TimestampParser"/>. Rows of one case may be spread over the file. Streams with
/// a fixed buffer and never turns a field into a string unless it is a new name. Any problem
/// refuses the whole file with line and column.
/// </summary>
public static class CsvLogReader
{
    /// <summary>Bytes looked at to detect the delimiter and character set.</summary>
    public const int SampleBytes = 64 * 1024;

    /// <summary>Files from this size (as stored) are converted by several workers.</summary>
    private const long ParallelFromBytes = 4 << 20;


    public static EventLog ReadFile(string path, CsvMapping? mapping, EventLogReadOptions options, CancellationToken cancellationToken = default)
    {
        using var source = EventLogSource.Open(path);
        return Read(source, mapping, options, cancellationToken);
    }

    public static EventLog Read(EventLogSource source, CsvMapping? mapping, EventLogReadOptions options, CancellationToken cancellationToken = default)
    {
        // About eight chunks per worker (fewer hand-overs than tiny chunks, still balanced); 256 kB to 4 MB each.
        var size = source.ContentLengthHint;
        var chunk = (int)Math.Clamp(size / (8L * Environment.ProcessorCount), 256 << 10, 4 << 20);
        return Read(source, mapping, options, size >= ParallelFromBytes && Environment.ProcessorCount > 1, chunk, cancellationToken);
    }

    /// <summary>Chooses parallel or not and the chunk size explicitly (tests compare both ways).</summary>
    internal static EventLog Read(
        EventLogSource source, CsvMapping? mapping, EventLogReadOptions options, bool parallel, int chunkBytes, CancellationToken cancellationToken)
    {
        try
        {
            var sample = ReadSample(source);
            var dialect = CsvDialect.Detect(sample);
            var rows = new CsvRowReader(source.Content, (byte)dialect.Delimiter, sample);
            var header = ReadHeader(rows, dialect, source.Name);
            var resolved = mapping ?? CsvColumnGuesser.Suggest(header).ToMapping() ?? throw Incomplete(header, source.Name);
            var columns = CsvColumns.Resolve(header, resolved, options.IdentifyingAttributes, source.Name);
            return Convert(source, rows, dialect, columns, options, ExpectedRows(source, sample), parallel, chunkBytes, cancellationToken);
        }
        catch (InputRejectedException) when (source.IsCompressed && source.IsTruncated())
        {
            // A cut-off .gz file often shows as a broken last row or event; say what really happened.
            throw source.GzipBroken();
        }
        catch (CsvSyntaxException syntax)
        {
            if (source.IsTruncated())
            {
                throw source.GzipBroken();
            }

            var text = syntax.TextKey == "Csv_RowTooLong"
                ? EventLogText.Get(syntax.TextKey, CsvRowReader.MaxRowBytes >> 20)
                : EventLogText.Get(syntax.TextKey);
            throw new InputRejectedException(ReadLocation.Line(source.Name, syntax.Line), text);
        }
        catch (InvalidDataException)
        {
            throw source.GzipBroken();
        }
        catch (IOException exception)
        {
            throw new InputRejectedException(ReadLocation.File(source.Name), EventLogText.Get("Read_FileUnreadable", exception.Message));
        }
    }

    internal static byte[] ReadSample(EventLogSource source)
    {
        var sample = new byte[SampleBytes];
        var read = source.Content.ReadAtLeast(sample, SampleBytes, throwOnEndOfStream: false);
        if (read == 0)
        {
            throw new InputRejectedException(ReadLocation.File(source.Name), EventLogText.Get("Read_Empty"));
        }

        return sample[..read];
    }

    internal static string[] ReadHeader(CsvRowReader rows, CsvDialect dialect, string sourceName)
    {
        if (!rows.ReadRow())
        {
            throw new InputRejectedException(ReadLocation.File(sourceName), EventLogText.Get("Csv_NoHeader"));
        }

        var header = new string[rows.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = rows.FieldText(i, dialect.Encoding);
        }

        return header;
    }

    /// <summary>Rows the file will have, judged by the sample, so the builder allocates once (capped; a guess may be off).</summary>
    private static int ExpectedRows(EventLogSource source, byte[] sample)
    {
        var lines = Math.Max(1, sample.AsSpan().Count((byte)'\n'));
        var bytes = source.IsCompressed ? source.TotalBytes * 8 : source.TotalBytes;
        return (int)Math.Clamp(bytes / Math.Max(1, sample.Length / lines), 4096, 32 << 20);
    }

    private static InputRejectedException Incomplete(string[] header, string sourceName)
    {
        var suggestion = CsvColumnGuesser.Suggest(header);
        var role = suggestion.Case is null ? "Csv_Role_Case" : suggestion.Activity is null ? "Csv_Role_Activity" : "Csv_Role_Timestamp";
        return new InputRejectedException(ReadLocation.Line(sourceName, 1), EventLogText.Get(
            "Csv_MappingIncomplete", EventLogText.Get(role), string.Join(", ", header.Select(h => $"'{h}'"))));
    }

    /// <summary>
    /// Converts the rows after the header in chunks (see <see cref="CsvChunker"/>), in parallel for
    /// large files, and merges them in file order: the same log, and the same first error, as one
    /// pass from top to bottom.
    /// </summary>
    private static EventLog Convert(
        EventLogSource source, CsvRowReader rows, CsvDialect dialect, CsvColumns columns, EventLogReadOptions options, int expectedRows,
        bool parallel, int chunkBytes, CancellationToken cancellationToken)
    {
        var builder = new EventLogBuilder(source.Name, expectedRows);
        var attributeKeys = columns.Attributes.Select(c => builder.EventAttributeKey(columns.Header[c])).ToArray();
        var chunker = new CsvChunker(source.Content, rows.TakeRemainder(), (byte)dialect.Delimiter, chunkBytes, rows.NextLine);
        var workers = parallel ? Environment.ProcessorCount : 0;
        var pending = new Queue<Task<CsvBatch>>();
        var normalizers = new List<TimeNormalizer>();
        var pool = new System.Collections.Concurrent.ConcurrentBag<CsvBatch>();
        CsvBatch Parse((byte[] Bytes, int Length, long Line) chunk)
        {
            var batch = pool.TryTake(out var reused) ? reused : new CsvBatch(options.LocalTimeZone);
            try
            {
                batch.Convert(new CsvRowReader(chunk.Bytes, chunk.Length, (byte)dialect.Delimiter, chunk.Line), columns, dialect, options, source.Name);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(chunk.Bytes);
            }

            return batch;
        }

        void Merge(CsvBatch batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (batch.Error is { } error)
            {
                throw error;
            }

            if (builder.EventCount + (long)batch.Rows > options.MaxEvents)
            {
                throw new InputRejectedException(ReadLocation.File(source.Name), EventLogText.Get("Read_TooManyEvents", options.MaxEvents));
            }

            batch.FlushTo(builder, attributeKeys);
            normalizers.Add(batch.Times.Detach());
            batch.Clear();
            pool.Add(batch);
            options.Progress?.Report(new EventLogReadProgress(source.BytesRead, source.TotalBytes, builder.EventCount));
        }

        try
        {
            while (chunker.Next() is { } chunk)
            {
                if (!parallel)
                {
                    Merge(Parse(chunk));
                    continue;
                }

                while (pending.Count > workers)
                {
                    Merge(pending.Dequeue().GetAwaiter().GetResult());
                }

                pending.Enqueue(Task.Run(() => Parse(chunk), cancellationToken));
            }

            while (pending.Count > 0)
            {
                Merge(pending.Dequeue().GetAwaiter().GetResult());
            }
        }
        finally
        {
            foreach (var task in pending)
            {
                try
                {
                    task.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                }
            }
        }

        source.EnsureComplete();
        TimeNormalizer.CheckNotMixed(normalizers);
        return builder.Build(cancellationToken);
    }
}
