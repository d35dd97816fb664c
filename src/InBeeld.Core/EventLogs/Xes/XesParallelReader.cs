using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Xes;

/// <summary>
/// The fast path for large XES files: one thread decompresses and cuts the file into chunks of
/// whole traces (<see cref="XesChunker"/>), workers parse chunks with their own
/// <see cref="XmlReader"/>, and the results are merged in file order — the same log a sequential
/// read gives. Any doubt (another encoding than UTF-8, a chunk or the tail that does not parse)
/// returns false and the caller reads sequentially, which also gives the exact error message.
/// </summary>
internal static partial class XesParallelReader
{
    public static bool TryRead(
        EventLogSource source, EventLogBuilder builder, EventLogReadOptions options, int chunkBytes, int workers, CancellationToken cancellationToken)
        => TryRead(source, builder, options, chunkBytes, workers, new XesChunkCounts(), cancellationToken);

    /// <param name="counts">Counts the chunks each path read (tests check the fast path is really taken).</param>
    public static bool TryRead(
        EventLogSource source, EventLogBuilder builder, EventLogReadOptions options, int chunkBytes, int workers, XesChunkCounts counts,
        CancellationToken cancellationToken)
    {
        using var chunker = new XesChunker(source.Content, chunkBytes);
        if (chunker.ReadHeader() is not { } header)
        {
            return false;
        }

        var keys = IsUtf8(header) ? TryReadHeader(header) : null;
        XesChunker.ReturnHeader(header);
        if (keys is null)
        {
            return false;
        }

        var pending = new Queue<Task<ChunkResult>>();
        var batches = new System.Collections.Concurrent.ConcurrentBag<TraceBatch>();
        var normalizers = new List<TimeNormalizer>();
        var ok = true;
        try
        {
            var number = 0;
            while (ok && chunker.Next(number++) is { } chunk)
            {
                while (ok && pending.Count > workers)
                {
                    ok = Merge(pending.Dequeue(), builder, normalizers, source, options, batches, counts, cancellationToken);
                }

                pending.Enqueue(Task.Run(() => Parse(chunk, keys, options, source.Name, batches), cancellationToken));
                while (ok && pending.Count > 0 && pending.Peek().IsCompleted)
                {
                    ok = Merge(pending.Dequeue(), builder, normalizers, source, options, batches, counts, cancellationToken);
                }
            }

            while (ok && pending.Count > 0)
            {
                ok = Merge(pending.Dequeue(), builder, normalizers, source, options, batches, counts, cancellationToken);
            }
        }
        finally
        {
            // Let running workers finish before the caller rewinds or leaves (their errors no longer matter).
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

        if (!ok || !TailIsEndOfLog(chunker.Tail()))
        {
            return false;
        }

        TimeNormalizer.CheckNotMixed(normalizers);
        return true;
    }

    private static bool Merge(
        Task<ChunkResult> task, EventLogBuilder builder, List<TimeNormalizer> normalizers, EventLogSource source, EventLogReadOptions options,
        System.Collections.Concurrent.ConcurrentBag<TraceBatch> batches, XesChunkCounts counts, CancellationToken cancellationToken)
    {
        var result = task.GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            return false;
        }

        if (result.FastPath)
        {
            counts.Fast++;
        }
        else
        {
            counts.Xml++;
        }

        // Flushing empties the batch; its buffers serve the next chunk.
        XesReader.Flush(result.Batch, builder, source, options, cancellationToken);
        batches.Add(result.Batch);
        normalizers.Add(result.Times);
        return true;
    }

    private static ChunkResult Parse(XesChunk chunk, XesKeys keys, EventLogReadOptions options, string sourceName, System.Collections.Concurrent.ConcurrentBag<TraceBatch> batches)
    {
        var batch = batches.TryTake(out var reused) ? reused : new TraceBatch();
        try
        {
            var scanner = new XesTraceScanner(keys, options, sourceName)
            {
                LineOffset = (int)(chunk.Line - 1),
                FirstLineColumnOffset = chunk.Column,
            };
            if (scanner.TryRead(chunk.Bytes.AsSpan(0, chunk.Length), batch))
            {
                return new ChunkResult(true, batch, scanner.Times, FastPath: true);
            }

            // The fast path gave up part-way: its batch holds half a chunk, so the XML reader starts on a clean one.
            return ParseWithXmlReader(chunk, keys, options, sourceName, new TraceBatch());
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk.Bytes);
        }
    }

    private static ChunkResult ParseWithXmlReader(XesChunk chunk, XesKeys keys, EventLogReadOptions options, string sourceName, TraceBatch batch)
    {
        var table = new NameTable();
        var names = new XesNames(table);
        var traces = new XesTraceReader(names, keys, options, sourceName)
        {
            LineOffset = (int)(chunk.Line - 1),
            FirstLineColumnOffset = chunk.Column,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(chunk.Bytes, 0, chunk.Length, writable: false), XesNames.Settings(table, ConformanceLevel.Fragment));
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    if (reader.NodeType == XmlNodeType.EndElement)
                    {
                        return ChunkResult.Failed;
                    }

                    reader.Read();
                }
                else if ((object)reader.LocalName == names.Trace)
                {
                    traces.ReadTrace(reader, batch);
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (Exception exception) when (exception is XmlException or InputRejectedException)
        {
            return ChunkResult.Failed;
        }

        return new ChunkResult(true, batch, traces.Times, FastPath: false);
    }

    private static XesKeys? TryReadHeader(ArraySegment<byte> header)
    {
        var table = new NameTable();
        var names = new XesNames(table);
        var keys = new XesKeys();

        // The header closed with </log>, in a pooled copy (headers of receipt-like logs run to 170 kB).
        var closing = "</log>"u8;
        var closed = System.Buffers.ArrayPool<byte>.Shared.Rent(header.Count + closing.Length);
        header.AsSpan().CopyTo(closed);
        closing.CopyTo(closed.AsSpan(header.Count));
        try
        {
            using var stream = new MemoryStream(closed, 0, header.Count + closing.Length, writable: false);
            using var reader = XmlReader.Create(stream, XesNames.Settings(table, ConformanceLevel.Document));
            XesHeaderReader.ReadUntilFirstTrace(reader, names, keys, string.Empty);
            while (reader.Read())
            {
            }

            return keys;
        }
        catch (Exception exception) when (exception is XmlException or InputRejectedException)
        {
            return null;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(closed);
        }
    }

    private static bool TailIsEndOfLog(byte[] tail)
    {
        try
        {
            using var stream = new MemoryStream([.. "<log>"u8, .. tail]);
            using var reader = XmlReader.Create(stream, XesNames.Settings(new NameTable(), ConformanceLevel.Document));
            while (reader.Read())
            {
            }

            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>Chunks are parsed as UTF-8: only files declared (or defaulting to) UTF-8 or ASCII qualify.</summary>
    private static bool IsUtf8(ArraySegment<byte> header)
    {
        if (header.Count >= 2 && ((header[0] == 0xFE && header[1] == 0xFF) || (header[0] == 0xFF && header[1] == 0xFE)))
        {
            return false;
        }

        var start = Encoding.ASCII.GetString(header.AsSpan(0, Math.Min(header.Count, 200)));
        var declared = EncodingDeclaration().Match(start);
        return !declared.Success || declared.Groups[1].Value.ToLowerInvariant() is "utf-8" or "utf8" or "us-ascii" or "ascii";
    }

    [GeneratedRegex("""^(?:\xEF\xBB\xBF|[^<]*)<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']""")]
    private static partial Regex EncodingDeclaration();

    private sealed record ChunkResult(bool Succeeded, TraceBatch Batch, TimeNormalizer Times, bool FastPath)
    {
        public static ChunkResult Failed { get; } = new(false, new TraceBatch(), new TimeNormalizer(TimeZoneInfo.Utc), FastPath: false);
    }
}
