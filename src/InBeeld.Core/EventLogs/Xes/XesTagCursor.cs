using System.Buffers;
using System.Text;

namespace InBeeld.Core.EventLogs.Xes;

/// <summary>What <see cref="XesTagCursor.Next"/> found.</summary>
internal enum XesTag
{
    /// <summary>Nothing but whitespace was left.</summary>
    EndOfText,
    Start,
    End,

    /// <summary>Anything the fast path does not handle: text, comments, CDATA, prefixes, odd quoting, broken markup.</summary>
    Unsupported,
}

/// <summary>
/// Walks the tags of a piece of UTF-8 XES, the common subset only: elements with plain ASCII names,
/// attributes in quotes, the five predefined entities and character references, whitespace between
/// tags. It never decides that a file is wrong — whatever falls outside the subset is
/// <see cref="XesTag.Unsupported"/>, and the caller lets <see cref="System.Xml.XmlReader"/> read that
/// piece, which accepts what XML allows and names the line and position of what it does not.
/// </summary>
/// <remarks>
/// Of a start tag it keeps the name and the <c>key</c> and <c>value</c> attributes, the only ones XES
/// elements carry data in; other attributes are checked (name, quotes, no duplicates) and passed by.
/// Values with a tab or line break are left to the XML reader, because XML turns those into spaces.
/// </remarks>
internal ref struct XesTagCursor(ReadOnlySpan<byte> text)
{
    private const int MaxOtherAttributes = 8;
    private static readonly SearchValues<byte> NotInValue = SearchValues.Create("<\t\r\n"u8);

    private readonly ReadOnlySpan<byte> _text = text;
    private int _position;
    private Span<int> _others;

    public int NameStart { get; private set; }

    public int NameLength { get; private set; }

    public bool SelfClosing { get; private set; }

    public bool HasKey => KeyStart >= 0;

    public bool HasValue => ValueStart >= 0;

    public int KeyStart { get; private set; }

    public int KeyLength { get; private set; }

    public bool KeyHasEntity { get; private set; }

    public int ValueStart { get; private set; }

    public int ValueLength { get; private set; }

    public bool ValueHasEntity { get; private set; }

    public readonly ReadOnlySpan<byte> Name => _text.Slice(NameStart, NameLength);

    public readonly ReadOnlySpan<byte> Text => _text;

    /// <summary>Moves to the next tag; between tags only whitespace is accepted.</summary>
    public XesTag Next(Span<int> scratch)
    {
        _others = scratch;
        SkipWhitespace();
        if (_position == _text.Length)
        {
            return XesTag.EndOfText;
        }

        if (_text[_position] != (byte)'<' || _position + 1 == _text.Length)
        {
            return XesTag.Unsupported;
        }

        _position++;
        var isEnd = _text[_position] == (byte)'/';
        if (isEnd)
        {
            _position++;
        }

        if (!ReadName(out var start, out var length))
        {
            return XesTag.Unsupported;
        }

        NameStart = start;
        NameLength = length;
        if (isEnd)
        {
            SkipWhitespace();
            if (_position == _text.Length || _text[_position] != (byte)'>')
            {
                return XesTag.Unsupported;
            }

            _position++;
            return XesTag.End;
        }

        return ReadAttributes() ? XesTag.Start : XesTag.Unsupported;
    }

    /// <summary>
    /// The value of an attribute with the entities replaced, or false when it holds one the fast path
    /// does not decode. Returns the bytes of the file itself when there is nothing to replace.
    /// </summary>
    public readonly bool TryDecode(int start, int length, bool hasEntity, ref byte[] buffer, out ReadOnlySpan<byte> value)
    {
        var raw = _text.Slice(start, length);
        if (!hasEntity)
        {
            value = raw;
            return true;
        }

        if (buffer.Length < raw.Length)
        {
            buffer = new byte[Math.Max(raw.Length, buffer.Length * 2)];
        }

        // Replacing an entity never makes the text longer: "&#x10FFFF;" (10 bytes) is 4 bytes of UTF-8.
        var written = 0;
        while (!raw.IsEmpty)
        {
            var amp = raw.IndexOf((byte)'&');
            if (amp < 0)
            {
                raw.CopyTo(buffer.AsSpan(written));
                written += raw.Length;
                break;
            }

            raw[..amp].CopyTo(buffer.AsSpan(written));
            written += amp;
            raw = raw[(amp + 1)..];
            var semicolon = raw.IndexOf((byte)';');
            if (semicolon <= 0 || !TryEntity(raw[..semicolon], buffer.AsSpan(written), out var bytes))
            {
                value = default;
                return false;
            }

            written += bytes;
            raw = raw[(semicolon + 1)..];
        }

        value = buffer.AsSpan(0, written);
        return true;
    }

    /// <summary>Line (from 1) and position (in characters, from 1) of an offset, counted as an XML reader counts them.</summary>
    public readonly (int Line, int Position) LineInfo(int offset)
    {
        var before = _text[..offset];
        var line = 1;
        var lineStart = 0;
        if (before.IndexOf((byte)'\r') < 0)
        {
            line += before.Count((byte)'\n');
            lineStart = before.LastIndexOf((byte)'\n') + 1;
        }
        else
        {
            // XML counts "\r\n" as one line break and a "\r" alone as one too.
            for (var i = 0; i < before.Length; i++)
            {
                if (before[i] == (byte)'\n' || (before[i] == (byte)'\r' && (i + 1 >= before.Length || before[i + 1] != (byte)'\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }
        }

        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    private bool ReadAttributes()
    {
        KeyStart = ValueStart = -1;
        KeyHasEntity = ValueHasEntity = false;
        var others = 0;
        while (true)
        {
            var spaced = SkipWhitespace();
            if (_position == _text.Length)
            {
                return false;
            }

            var c = _text[_position];
            if (c == (byte)'>')
            {
                _position++;
                SelfClosing = false;
                return true;
            }

            if (c == (byte)'/')
            {
                if (_position + 1 == _text.Length || _text[_position + 1] != (byte)'>')
                {
                    return false;
                }

                _position += 2;
                SelfClosing = true;
                return true;
            }

            if (!spaced || !ReadName(out var nameStart, out var nameLength))
            {
                return false;
            }

            SkipWhitespace();
            if (_position == _text.Length || _text[_position] != (byte)'=')
            {
                return false;
            }

            _position++;
            SkipWhitespace();
            if (_position == _text.Length || _text[_position] is not ((byte)'"' or (byte)'\''))
            {
                return false;
            }

            var quote = _text[_position++];
            var length = _text[_position..].IndexOf(quote);
            if (length < 0)
            {
                return false;
            }

            var value = _text.Slice(_position, length);
            if (value.IndexOfAny(NotInValue) >= 0)
            {
                return false;
            }

            var hasEntity = value.IndexOf((byte)'&') >= 0;
            var name = _text.Slice(nameStart, nameLength);
            if (name.SequenceEqual("key"u8))
            {
                if (HasKey)
                {
                    return false;
                }

                (KeyStart, KeyLength, KeyHasEntity) = (_position, length, hasEntity);
            }
            else if (name.SequenceEqual("value"u8))
            {
                if (HasValue)
                {
                    return false;
                }

                (ValueStart, ValueLength, ValueHasEntity) = (_position, length, hasEntity);
            }
            else
            {
                // Another attribute: not kept, but a duplicate would make the file invalid XML.
                if (others == MaxOtherAttributes || others * 2 + 1 >= _others.Length)
                {
                    return false;
                }

                for (var i = 0; i < others; i++)
                {
                    if (name.SequenceEqual(_text.Slice(_others[2 * i], _others[(2 * i) + 1])))
                    {
                        return false;
                    }
                }

                _others[2 * others] = nameStart;
                _others[(2 * others) + 1] = nameLength;
                others++;
            }

            _position += length + 1;
        }
    }

    /// <summary>A name of ASCII letters, digits, '_', '-' and '.', starting with a letter or '_' (no prefix).</summary>
    private bool ReadName(out int start, out int length)
    {
        start = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            var letter = (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == (byte)'_';
            if (letter || (_position > start && ((uint)(c - '0') <= 9 || c is (byte)'-' or (byte)'.')))
            {
                _position++;
                continue;
            }

            break;
        }

        length = _position - start;
        if (length == 0 || _position == _text.Length)
        {
            return false;
        }

        // The name must end where markup goes on; anything else (':', a non-ASCII letter) is for the XML reader.
        return _text[_position] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'>' or (byte)'/' or (byte)'=';
    }

    private bool SkipWhitespace()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            _position++;
        }

        return _position > start;
    }

    private static bool TryEntity(ReadOnlySpan<byte> name, Span<byte> destination, out int written)
    {
        written = 1;
        switch (name)
        {
            case [(byte)'l', (byte)'t']:
                destination[0] = (byte)'<';
                return true;
            case [(byte)'g', (byte)'t']:
                destination[0] = (byte)'>';
                return true;
            case [(byte)'a', (byte)'m', (byte)'p']:
                destination[0] = (byte)'&';
                return true;
            case [(byte)'q', (byte)'u', (byte)'o', (byte)'t']:
                destination[0] = (byte)'"';
                return true;
            case [(byte)'a', (byte)'p', (byte)'o', (byte)'s']:
                destination[0] = (byte)'\'';
                return true;
        }

        written = 0;
        if (name.Length < 2 || name[0] != (byte)'#')
        {
            return false;
        }

        var hex = name[1] == (byte)'x';
        var digits = name[(hex ? 2 : 1)..];
        if (digits.IsEmpty || digits.Length > 8)
        {
            return false;
        }

        var code = 0;
        foreach (var d in digits)
        {
            int digit;
            if ((uint)(d - '0') <= 9)
            {
                digit = d - '0';
            }
            else if (hex && (uint)((d | 0x20) - 'a') <= 5)
            {
                digit = (d | 0x20) - 'a' + 10;
            }
            else
            {
                return false;
            }

            code = (code * (hex ? 16 : 10)) + digit;
        }

        // Only characters XML allows; the others (and a character reference to a line break, which
        // XML keeps while it normalises a literal one) are left to the XML reader.
        if (code is 0x9 or 0xA or 0xD || code < 0x20 || code is >= 0xD800 and <= 0xDFFF or 0xFFFE or 0xFFFF || code > 0x10FFFF)
        {
            return false;
        }

        return new Rune(code).TryEncodeToUtf8(destination, out written);
    }
}
