namespace InBeeld.Core.EventLogs.Xes;

/// <summary>
/// Cuts the decompressed bytes of an XES file into a header (everything before the first
/// <c>&lt;trace</c>), chunks of whole traces (each ending with <c>&lt;/trace&gt;</c>), and a tail (from
/// the last <c>&lt;/trace&gt;</c> to the end). It looks only at bytes: in well-formed XES a <c>&lt;</c>
/// never occurs inside a value, so these markers can only be tags — except inside comments, where a
/// wrong cut makes a chunk fail to parse and the reader falls back to reading sequentially.
/// </summary>
internal sealed class XesChunker(Stream content, int chunkBytes) : IDisposable
{
    private const int MaxHeaderBytes = 64 << 20;
    private static ReadOnlySpan<byte> TraceStart => "<trace"u8;
    private static ReadOnlySpan<byte> TraceEnd => "</trace>"u8;

    // Pooled, like the chunks: a buffer of megabytes per read would land on the large-object heap.
    private byte[] _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(chunkBytes * 2, 1 << 16));
    private int _start;
    private int _end;
    private bool _eof;
    private long _line = 1;
    private int _column;

    /// <summary>
    /// The bytes before the first trace (in a pooled array: give it back with
    /// <see cref="ReturnHeader"/>), or null when the file has no trace (or a huge header).
    /// </summary>
    public ArraySegment<byte>? ReadHeader()
    {
        var searched = 0;
        while (true)
        {
            var found = Find(_buffer.AsSpan(searched, _end - searched));
            if (found >= 0)
            {
                var length = searched + found;
                var header = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                _buffer.AsSpan(0, length).CopyTo(header);
                Advance(searched + found);
                return new ArraySegment<byte>(header, 0, length);
            }

            searched = Math.Max(0, _end - TraceStart.Length);
            if (_eof || _end >= MaxHeaderBytes || !Fill())
            {
                return null;
            }
        }
    }

    /// <summary>
    /// The next chunk of about <c>chunkBytes</c> whole traces (its buffer rented from the shared pool:
    /// return it when done), or null when only the tail is left.
    /// </summary>
    public XesChunk? Next(int number)
    {
        while (!_eof && _end - _start < chunkBytes)
        {
            if (!Fill())
            {
                break;
            }
        }

        var cut = _buffer.AsSpan(_start, _end - _start).LastIndexOf(TraceEnd);
        while (cut < 0 && !_eof)
        {
            // A single trace larger than the buffer: read on until its end tag.
            if (!Fill())
            {
                break;
            }

            cut = _buffer.AsSpan(_start, _end - _start).LastIndexOf(TraceEnd);
        }

        if (cut < 0)
        {
            return null;
        }

        var length = cut + TraceEnd.Length;
        // Pooled: chunks of megabytes would otherwise land on the large-object heap and cost full collections.
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        _buffer.AsSpan(_start, length).CopyTo(bytes);
        var chunk = new XesChunk(number, bytes, length, _line, _column);
        Advance(_start + length);
        return chunk;
    }

    /// <summary>What follows the last trace (normally <c>&lt;/log&gt;</c>); reads to the end of the content.</summary>
    public byte[] Tail()
    {
        while (Fill())
        {
        }

        return _buffer.AsSpan(_start, _end - _start).ToArray();
    }

    /// <summary>Line number of the tail's (or next chunk's) first byte.</summary>
    public long Line => _line;

    private static int Find(ReadOnlySpan<byte> span)
    {
        var offset = 0;
        while (true)
        {
            var at = span[offset..].IndexOf(TraceStart);
            if (at < 0)
            {
                return -1;
            }

            var after = offset + at + TraceStart.Length;
            if (after >= span.Length)
            {
                return -1;
            }

            // "<trace>" or "<trace " — not "<traces" or another name starting with "trace".
            if (span[after] is (byte)'>' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/')
            {
                return offset + at;
            }

            offset = after;
        }
    }

    private void Advance(int to)
    {
        var consumed = _buffer.AsSpan(_start, to - _start);
        var newlines = consumed.Count((byte)'\n');
        if (newlines > 0)
        {
            _line += newlines;
            _column = consumed.Length - consumed.LastIndexOf((byte)'\n') - 1;
        }
        else
        {
            _column += consumed.Length;
        }

        _start = to;
    }

    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        if (_start > 0 && _start == _end)
        {
            _start = _end = 0;
        }
        else if (_start > _buffer.Length / 2)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(larger);
            System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = content.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return false;
        }

        _end += read;
        return true;
    }

    public static void ReturnHeader(ArraySegment<byte> header) => System.Buffers.ArrayPool<byte>.Shared.Return(header.Array!);

    public void Dispose()
    {
        System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
