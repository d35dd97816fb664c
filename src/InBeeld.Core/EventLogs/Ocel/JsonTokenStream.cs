using System.Text.Json;

namespace InBeeld.Core.EventLogs.Ocel;

/// <summary>
/// Reads JSON tokens from a stream with a bounded buffer (a <see cref="Utf8JsonReader"/> resumed
/// block by block), and keeps the line and position of each token for messages.
/// </summary>
internal sealed class JsonTokenStream(Stream stream)
{
    private const int MaxTokenBytes = 64 << 20;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
    private long _bufferOffset;
    private long _countedUpTo;
    private long _line = 1;
    private long _lineStart;

    public JsonTokenType TokenType { get; private set; }

    /// <summary>The text of a property name or string token; null for other tokens.</summary>
    public string? Text { get; private set; }

    /// <summary>The value of a number token.</summary>
    public double Number { get; private set; }

    /// <summary>Whether the number token is a whole number that fits a long (then <see cref="Integer"/> holds it).</summary>
    public bool IsInteger { get; private set; }

    public long Integer { get; private set; }

    public long Line { get; private set; } = 1;

    public long Position { get; private set; } = 1;

    /// <summary>Reads the next token; false at the end of the data.</summary>
    public bool Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (JsonException)
            {
                Locate(_bufferOffset + _start);
                throw;
            }

            if (read)
            {
                Locate(_bufferOffset + _start + reader.TokenStartIndex);
                TokenType = reader.TokenType;
                Text = TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
                if (TokenType == JsonTokenType.Number)
                {
                    IsInteger = reader.TryGetInt64(out var integer);
                    Integer = integer;
                    Number = reader.GetDouble();
                }

                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                return true;
            }

            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            if (_final)
            {
                return false;
            }

            Refill();
        }
    }

    /// <summary>Skips the value that starts at the current token (a whole object or array).</summary>
    public void SkipValue()
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = 1;
        while (depth > 0 && Read())
        {
            if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                depth++;
            }
            else if (TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                depth--;
            }
        }
    }

    /// <summary>Moves to the next token and fails with <see cref="JsonException"/> when the data ends.</summary>
    public void Next()
    {
        if (!Read())
        {
            throw new JsonException("end of data");
        }
    }

    private void Locate(long offset)
    {
        var from = Math.Max(_countedUpTo, _bufferOffset);
        if (offset > from)
        {
            var span = _buffer.AsSpan((int)(from - _bufferOffset), (int)(offset - from));
            var newlines = span.Count((byte)'\n');
            if (newlines > 0)
            {
                _line += newlines;
                _lineStart = from + span.LastIndexOf((byte)'\n') + 1;
            }

            _countedUpTo = offset;
        }

        Line = _line;
        Position = offset - _lineStart + 1;
    }

    private void Refill()
    {
        if (_start > 0)
        {
            // Bytes before _start hold no line breaks not yet counted (tokens contain none).
            Locate(_bufferOffset + _start);
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxTokenBytes)
            {
                throw new JsonException("token too large");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _final = read == 0;
        _end += read;
    }
}
