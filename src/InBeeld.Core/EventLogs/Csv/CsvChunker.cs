namespace InBeeld.Core.EventLogs.Csv;

/// <summary>
/// Cuts the rows after the header into chunks of whole rows, so workers can convert them in
/// parallel. A chunk ends at the last line break of its bytes when they hold no quote at all (a
/// line break can then only end a row); otherwise a <see cref="CsvRowReader"/> — the very reader
/// the workers use — finds the last row that certainly ended, so quoted line breaks never cut a row.
/// </summary>
internal sealed class CsvChunker(Stream stream, byte[] initial, byte delimiter, int chunkBytes, long firstLine)
{
    private byte[] _buffer = Grow(initial, Math.Max(chunkBytes * 2, initial.Length));
    private int _length = initial.Length;
    private bool _eof;
    private long _line = firstLine;

    /// <summary>The next chunk: a buffer rented from the shared pool (return it when done), its length and first line.</summary>
    public (byte[] Bytes, int Length, long Line)? Next()
    {
        while (true)
        {
            while (!_eof && _length < chunkBytes)
            {
                Fill();
            }

            if (_length == 0)
            {
                return null;
            }

            var cut = _eof ? _length : Cut(_buffer.AsSpan(0, _length));
            if (cut > 0)
            {
                var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(cut);
                _buffer.AsSpan(0, cut).CopyTo(chunk);
                _buffer.AsSpan(cut, _length - cut).CopyTo(_buffer);
                _length -= cut;
                var line = _line;
                _line += chunk.AsSpan(0, cut).Count((byte)'\n');
                return (chunk, cut, line);
            }

            // Not one whole row yet: read more (a row is at most CsvRowReader.MaxRowBytes).
            if (_length >= CsvRowReader.MaxRowBytes)
            {
                throw new CsvSyntaxException("Csv_RowTooLong", _line);
            }

            Fill();
        }
    }

    private int Cut(ReadOnlySpan<byte> data)
    {
        if (data.IndexOf((byte)'"') < 0)
        {
            return data.LastIndexOf((byte)'\n') + 1;
        }

        // Quotes: read the rows; the last one may still go on, so the cut is after the one before it.
        var copy = data.ToArray();
        var rows = new CsvRowReader(copy, copy.Length, delimiter, 1);
        long previous = 0;
        long last = 0;
        try
        {
            while (rows.ReadRow())
            {
                previous = last;
                last = rows.RowEnd;
            }
        }
        catch (CsvSyntaxException)
        {
            // An open quote at the end of the data: the row may close after more bytes arrive.
            return (int)last;
        }

        return (int)previous;
    }

    private void Fill()
    {
        if (_length == _buffer.Length)
        {
            _buffer = Grow(_buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _length, _buffer.Length - _length);
        _eof = read == 0;
        _length += read;
    }

    private static byte[] Grow(byte[] data, int size)
    {
        var grown = new byte[size];
        data.CopyTo(grown, 0);
        return grown;
    }
}
