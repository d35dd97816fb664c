using System.Text;
using System.Text.Unicode;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;

namespace InBeeld.Core.EventLogs.Xes;

/// <summary>
/// The fast path for a chunk of whole traces: reads the UTF-8 bytes directly (<see cref="XesTagCursor"/>)
/// instead of through <see cref="System.Xml.XmlReader"/>, and turns a name into a string only the
/// first time it sees it. It keeps exactly what <see cref="XesTraceReader"/> keeps, in the same order;
/// where it is unsure — markup outside the common subset, or anything the log would refuse (a trace
/// without a name, a bad timestamp) — it returns false and the chunk is read again by
/// <see cref="XesTraceReader"/>, which gives the exact result or the exact message.
/// </summary>
/// <remarks>
/// Measured on receipt.xes.gz (474 bytes of XML per event): the XML reader made a string of every
/// attribute value and spent most of the time decoding characters; here a value is compared or
/// interned as bytes where it lies in the file.
/// </remarks>
internal sealed class XesTraceScanner(XesKeys keys, EventLogReadOptions options, string sourceName)
{
    private readonly Utf8NameIndex _keys = new(new NameIndex());
    private readonly List<KeyInfo> _keyInfo = [];
    private readonly List<(int Key, AttributeValue Value)> _pending = [];
    private readonly int[] _tagScratch = new int[16];
    private int[] _stack = new int[32];
    private byte[] _keyBuffer = new byte[64];
    private byte[] _valueBuffer = new byte[256];
    private byte[] _caseId = new byte[64];
    private byte[] _activity = new byte[64];
    private byte[] _time = new byte[64];

    private enum Role
    {
        Other,
        Name,
        Timestamp,
        Transition,
        Resource,
        Group,
    }

    public TimeNormalizer Times { get; } = new(options.LocalTimeZone);

    /// <summary>Lines before the chunk in the file.</summary>
    public int LineOffset { get; init; }

    /// <summary>Characters before the chunk on its first line.</summary>
    public int FirstLineColumnOffset { get; init; }

    /// <summary>Reads every trace of the chunk into the batch; false when the chunk must go to the XML reader (the batch is then spoilt).</summary>
    public bool TryRead(ReadOnlySpan<byte> chunk, TraceBatch batch)
    {
        if (!Utf8.IsValid(chunk))
        {
            return false;
        }

        var cursor = new XesTagCursor(chunk);
        while (true)
        {
            switch (cursor.Next(_tagScratch))
            {
                case XesTag.EndOfText:
                    return true;
                case XesTag.Start when cursor.Name.SequenceEqual("trace"u8):
                    if (!ReadTrace(ref cursor, batch))
                    {
                        return false;
                    }

                    break;
                case XesTag.Start:
                    if (!SkipContent(ref cursor))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }
    }

    private bool ReadTrace(ref XesTagCursor cursor, TraceBatch batch)
    {
        var caseIdLength = -1;
        batch.BeginCase();
        if (!cursor.SelfClosing)
        {
            while (true)
            {
                var tag = cursor.Next(_tagScratch);
                if (tag == XesTag.End)
                {
                    if (!cursor.Name.SequenceEqual("trace"u8))
                    {
                        return false;
                    }

                    break;
                }

                if (tag != XesTag.Start)
                {
                    return false;
                }

                if (cursor.Name.SequenceEqual("event"u8))
                {
                    if (!ReadEvent(ref cursor, batch))
                    {
                        return false;
                    }

                    continue;
                }

                if (KindOf(cursor.Name) is { } kind)
                {
                    if (!TryKey(ref cursor, out var key) || !TryValue(ref cursor, out var value))
                    {
                        return false;
                    }

                    if (key >= 0 && _keyInfo[key].Role == Role.Name)
                    {
                        caseIdLength = cursor.HasValue ? Keep(value, ref _caseId) : -1;
                    }
                    else if (key >= 0 && cursor.HasValue && !_keyInfo[key].Identifying)
                    {
                        if (!TryParse(kind, value, out var parsed))
                        {
                            return false;
                        }

                        batch.AddCaseAttribute(batch.CaseAttributeKeys.Intern(_keys.Names[key]), parsed);
                    }
                }

                if (!SkipContent(ref cursor))
                {
                    return false;
                }
            }
        }

        if (caseIdLength <= 0)
        {
            return false;
        }

        batch.SetCaseId(options.Pseudonymizer.Pseudonymize(_caseId.AsSpan(0, caseIdLength)));
        batch.EndCase();
        return true;
    }

    private bool ReadEvent(ref XesTagCursor cursor, TraceBatch batch)
    {
        var at = cursor.NameStart;
        var activityLength = -1;
        var timeLength = -1;
        var lifecycle = LifecycleTransition.Complete;
        var resource = EventLog.None;
        var organization = EventLog.None;
        _pending.Clear();
        if (!cursor.SelfClosing)
        {
            while (true)
            {
                var tag = cursor.Next(_tagScratch);
                if (tag == XesTag.End)
                {
                    if (!cursor.Name.SequenceEqual("event"u8))
                    {
                        return false;
                    }

                    break;
                }

                if (tag != XesTag.Start)
                {
                    return false;
                }

                if (KindOf(cursor.Name) is { } kind)
                {
                    if (!TryKey(ref cursor, out var key) || !TryValue(ref cursor, out var value))
                    {
                        return false;
                    }

                    var info = key >= 0 ? _keyInfo[key] : default;
                    if (key < 0)
                    {
                        // No key: nothing to keep.
                    }
                    else if (info.Role == Role.Name)
                    {
                        activityLength = cursor.HasValue ? Keep(value, ref _activity) : -1;
                    }
                    else if (info.Role == Role.Timestamp)
                    {
                        timeLength = cursor.HasValue ? Keep(value, ref _time) : -1;
                    }
                    else if (info.Role == Role.Transition)
                    {
                        lifecycle = !cursor.HasValue ? LifecycleTransition.Complete : Transition(value);
                    }
                    else if (info.Identifying)
                    {
                        // Identifying: never read into the log.
                    }
                    else if (info.Role == Role.Resource)
                    {
                        resource = cursor.HasValue ? batch.ResourceBytes.Intern(value) : EventLog.None;
                    }
                    else if (info.Role == Role.Group)
                    {
                        organization = cursor.HasValue ? batch.OrganizationBytes.Intern(value) : EventLog.None;
                    }
                    else if (info.Kept && cursor.HasValue)
                    {
                        if (!TryParse(kind, value, out var parsed))
                        {
                            return false;
                        }

                        _pending.Add((batch.EventAttributeKeys.Intern(_keys.Names[key]), parsed));
                    }
                }

                if (!SkipContent(ref cursor))
                {
                    return false;
                }
            }
        }

        if (activityLength <= 0 || timeLength < 0
            || !TimestampParser.TryParse(_time.AsSpan(0, timeLength), out var ticks, out var hasZone))
        {
            return false;
        }

        if (Times.IsFirstOfItsForm(hasZone))
        {
            var (line, position) = cursor.LineInfo(at);
            Times.Record(hasZone, new TimeSample(Location(line, position), Encoding.UTF8.GetString(_time, 0, timeLength), Order(line, position)));
        }

        batch.AddEvent(batch.ActivityBytes.Intern(_activity.AsSpan(0, activityLength)), resource, organization, Times.ToUtc(ticks, hasZone), lifecycle);
        foreach (var (key, value) in _pending)
        {
            batch.AddEventAttribute(key, value);
        }

        return true;
    }

    /// <summary>After a start tag: passes its content up to and including its end tag (nothing to pass when it closed itself).</summary>
    private bool SkipContent(ref XesTagCursor cursor)
    {
        if (cursor.SelfClosing)
        {
            return true;
        }

        var depth = 0;
        Push(ref depth, cursor.NameStart, cursor.NameLength);
        while (depth > 0)
        {
            switch (cursor.Next(_tagScratch))
            {
                case XesTag.Start:
                    if (!cursor.SelfClosing)
                    {
                        Push(ref depth, cursor.NameStart, cursor.NameLength);
                    }

                    break;
                case XesTag.End:
                    depth--;
                    if (!cursor.Name.SequenceEqual(cursor.Text.Slice(_stack[2 * depth], _stack[(2 * depth) + 1])))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private void Push(ref int depth, int start, int length)
    {
        if ((2 * depth) + 2 > _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[2 * depth] = start;
        _stack[(2 * depth) + 1] = length;
        depth++;
    }

    /// <summary>The key's number (-1 when the element has none); false when it cannot be decoded here.</summary>
    private bool TryKey(ref XesTagCursor cursor, out int key)
    {
        key = -1;
        if (!cursor.HasKey)
        {
            return true;
        }

        if (!cursor.TryDecode(cursor.KeyStart, cursor.KeyLength, cursor.KeyHasEntity, ref _keyBuffer, out var bytes))
        {
            return false;
        }

        key = _keys.Intern(bytes);
        while (_keyInfo.Count <= key)
        {
            var text = _keys.Names[_keyInfo.Count];
            _keyInfo.Add(new KeyInfo(
                RoleOf(text),
                options.IdentifyingAttributes.Contains(text),
                options.KeepEventAttributes.Contains(text)));
        }

        return true;
    }

    private bool TryValue(ref XesTagCursor cursor, out ReadOnlySpan<byte> value)
    {
        if (!cursor.HasValue)
        {
            value = default;
            return true;
        }

        return cursor.TryDecode(cursor.ValueStart, cursor.ValueLength, cursor.ValueHasEntity, ref _valueBuffer, out value);
    }

    private Role RoleOf(string key) =>
        key == keys.Name ? Role.Name
        : key == keys.Timestamp ? Role.Timestamp
        : key == keys.Transition ? Role.Transition
        : key == keys.Resource ? Role.Resource
        : key == keys.Group ? Role.Group
        : Role.Other;

    private bool TryParse(AttributeKind kind, ReadOnlySpan<byte> value, out AttributeValue parsed) =>
        AttributeParser.TryParse(kind, Encoding.UTF8.GetString(value), Times, out parsed);

    private static int Keep(ReadOnlySpan<byte> value, ref byte[] buffer)
    {
        if (buffer.Length < value.Length)
        {
            buffer = new byte[Math.Max(value.Length, buffer.Length * 2)];
        }

        value.CopyTo(buffer);
        return value.Length;
    }

    private static AttributeKind? KindOf(ReadOnlySpan<byte> name) => name switch
    {
        [(byte)'s', (byte)'t', (byte)'r', (byte)'i', (byte)'n', (byte)'g'] => AttributeKind.Text,
        [(byte)'d', (byte)'a', (byte)'t', (byte)'e'] => AttributeKind.Date,
        [(byte)'i', (byte)'n', (byte)'t'] => AttributeKind.Integer,
        [(byte)'f', (byte)'l', (byte)'o', (byte)'a', (byte)'t'] => AttributeKind.Float,
        [(byte)'b', (byte)'o', (byte)'o', (byte)'l', (byte)'e', (byte)'a', (byte)'n'] => AttributeKind.Boolean,
        [(byte)'i', (byte)'d'] => AttributeKind.Id,
        _ => null,
    };

    // Non-ASCII text goes the string way, so case folding is exactly the XML reader path's.
    private static LifecycleTransition Transition(ReadOnlySpan<byte> value) =>
        !Ascii.IsValid(value) ? XesTraceReader.Transition(Encoding.UTF8.GetString(value))
        : Ascii.EqualsIgnoreCase(value, "complete"u8) ? LifecycleTransition.Complete
        : Ascii.EqualsIgnoreCase(value, "start"u8) ? LifecycleTransition.Start
        : LifecycleTransition.Other;

    // The same place numbering as XesTraceReader, so samples from both paths compare.
    private string Location(int line, int position) => ReadLocation.LinePosition(
        sourceName, line + LineOffset, line == 1 ? position + FirstLineColumnOffset : position);

    private long Order(int line, int position) => ((long)(line + LineOffset) << 20) + (line == 1 ? position + FirstLineColumnOffset : position);

    private readonly record struct KeyInfo(Role Role, bool Identifying, bool Kept);
}
