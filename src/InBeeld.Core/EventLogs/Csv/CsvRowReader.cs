using System.Text;

namespace InBeeld.Core.EventLogs.Csv;

/// <summary>
/// Splits CSV bytes into rows and fields without allocating per row (RFC 4180: fields may be quoted,
/// a quote inside a quoted field is doubled, a quoted field may span lines). Lines end in LF or
/// CRLF. Memory is the buffer: 1 MB, growing only for a row longer than that (up to 64 MB).
/// </summary>
internal sealed class CsvRowReader
{
    public const int MaxRowBytes = 64 << 20;
    private readonly Stream? _stream;
    private readonly byte _delimiter;
    private byte[] _buffer;
    private int _position;
    private long _discarded;
    private int _end;
    private bool _eof;
    private long _nextLine;
    private int[] _start = new int[64];
    private int[] _length = new int[64];
    private bool[] _escaped = new bool[64];
    private byte[] _scratch = new byte[256];

    /// <param name="prefix">Bytes already read from <paramref name="stream"/> (e.g. to detect the delimiter).</param>
    /// <param name="firstLine">Line number of the first byte (a chunk of a larger file starts further on).</param>
    public CsvRowReader(Stream stream, byte delimiter, ReadOnlySpan<byte> prefix, long firstLine = 1)
    {
        _nextLine = firstLine;
        _stream = stream;
        _delimiter = delimiter;
        _buffer = new byte[Math.Max(1 << 20, prefix.Length * 2)];
        prefix.CopyTo(_buffer);
        _end = prefix.Length;
        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _position = 3;
        }
    }

    /// <summary>Rows of bytes already in memory (a chunk): read in place, without copying.</summary>
    public CsvRowReader(byte[] data, int length, byte delimiter, long firstLine)
    {
        _nextLine = firstLine;
        _delimiter = delimiter;
        _buffer = data;
        _end = length;
        _eof = true;
    }

    public int FieldCount { get; private set; }

    /// <summary>Bytes (from the first byte given) up to the end of the current row, line break included.</summary>
    public long RowEnd => _discarded + _position;

    /// <summary>Bytes read from the stream but not yet consumed as rows (after the last row read).</summary>
    public byte[] TakeRemainder()
    {
        var rest = _buffer.AsSpan(_position, _end - _position).ToArray();
        _discarded += _end - _position;
        _position = _end;
        return rest;
    }

    /// <summary>Line (1-based) on which the next row starts.</summary>
    public long NextLine => _nextLine;

    /// <summary>Line (1-based) on which the current row starts.</summary>
    public long Line { get; private set; }

    /// <summary>Reads the next row; false at the end. Throws <see cref="CsvSyntaxException"/> for a broken quote.</summary>
    public bool ReadRow()
    {
        while (true)
        {
            var result = TryParseRow();
            if (result == Parse.Done)
            {
                return true;
            }

            if (result == Parse.End)
            {
                return false;
            }

            Refill();
        }
    }

    /// <summary>The field's bytes, with doubled quotes made single.</summary>
    public ReadOnlySpan<byte> Field(int index)
    {
        var raw = _buffer.AsSpan(_start[index], _length[index]);
        if (!_escaped[index])
        {
            return raw;
        }

        if (_scratch.Length < raw.Length)
        {
            _scratch = new byte[raw.Length * 2];
        }

        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            _scratch[length++] = raw[i];
            if (raw[i] == (byte)'"')
            {
                i++;
            }
        }

        return _scratch.AsSpan(0, length);
    }

    public string FieldText(int index, Encoding encoding) => encoding.GetString(Field(index)).Trim();

    private Parse TryParseRow()
    {
        var data = _buffer.AsSpan(0, _end);
        var p = _position;
        if (p >= _end && _eof)
        {
            return Parse.End;
        }

        var lines = 0;
        var count = 0;
        while (true)
        {
            if (count == _start.Length)
            {
                Array.Resize(ref _start, count * 2);
                Array.Resize(ref _length, count * 2);
                Array.Resize(ref _escaped, count * 2);
            }

            byte terminator;
            if (p < _end && data[p] == (byte)'"')
            {
                var q = p + 1;
                var escaped = false;
                int close;
                while (true)
                {
                    var found = data[q.._end].IndexOf((byte)'"');
                    if (found < 0)
                    {
                        if (_eof)
                        {
                            throw new CsvSyntaxException("Csv_UnclosedQuote", _nextLine + lines);
                        }

                        return Parse.NeedMore;
                    }

                    close = q + found;
                    if (close + 1 >= _end && !_eof)
                    {
                        return Parse.NeedMore;
                    }

                    if (close + 1 < _end && data[close + 1] == (byte)'"')
                    {
                        escaped = true;
                        q = close + 2;
                        continue;
                    }

                    break;
                }

                lines += data[(p + 1)..close].Count((byte)'\n');
                _start[count] = p + 1;
                _length[count] = close - p - 1;
                _escaped[count] = escaped;
                count++;
                p = close + 1;
                if (p < _end && data[p] == (byte)'\r')
                {
                    p++;
                }

                if (p >= _end)
                {
                    if (!_eof)
                    {
                        return Parse.NeedMore;
                    }

                    terminator = (byte)'\n';
                }
                else
                {
                    terminator = data[p];
                    if (terminator != _delimiter && terminator != (byte)'\n')
                    {
                        throw new CsvSyntaxException("Csv_TextAfterQuote", _nextLine + lines);
                    }

                    p++;
                }
            }
            else
            {
                var found = data[p.._end].IndexOfAny(_delimiter, (byte)'\n');
                int stop;
                if (found < 0)
                {
                    if (!_eof)
                    {
                        return Parse.NeedMore;
                    }

                    stop = _end;
                    terminator = (byte)'\n';
                }
                else
                {
                    stop = p + found;
                    terminator = data[stop];
                    var fieldEnd = terminator == (byte)'\n' && stop > p && data[stop - 1] == (byte)'\r' ? stop - 1 : stop;
                    _start[count] = p;
                    _length[count] = fieldEnd - p;
                    _escaped[count] = false;
                    p = stop + 1;
                    count++;
                    goto Terminated;
                }

                // The last line of the file, without a line break.
                var last = stop > p && data[stop - 1] == (byte)'\r' ? stop - 1 : stop;
                _start[count] = p;
                _length[count] = last - p;
                _escaped[count] = false;
                p = _end;
                count++;
            }

        Terminated:
            if (terminator == (byte)'\n')
            {
                FieldCount = count;
                Line = _nextLine;
                _nextLine += 1 + lines;
                _position = p;
                return Parse.Done;
            }
        }
    }

    private void Refill()
    {
        if (_position > 0)
        {
            _discarded += _position;
            _buffer.AsSpan(_position, _end - _position).CopyTo(_buffer);
            _end -= _position;
            _position = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxRowBytes)
            {
                throw new CsvSyntaxException("Csv_RowTooLong", _nextLine);
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream?.Read(_buffer, _end, _buffer.Length - _end) ?? 0;
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private enum Parse
    {
        Done,
        NeedMore,
        End,
    }
}

/// <summary>A CSV syntax problem at a line; the reader turns it into a Dutch message.</summary>
internal sealed class CsvSyntaxException(string textKey, long line) : Exception(textKey)
{
    public string TextKey { get; } = textKey;

    public long Line { get; } = line;
}
