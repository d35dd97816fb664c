using System.Xml;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Xes;

/// <summary>
/// Reads <c>&lt;trace&gt;</c> elements into a <see cref="TraceBatch"/>: the case id (pseudonymised at
/// once), case attributes, and per event the activity, timestamp, lifecycle, resource, group and the
/// event attributes asked for. One per thread; the same code serves the sequential and the parallel read.
/// </summary>
internal sealed class XesTraceReader(XesNames names, XesKeys keys, EventLogReadOptions options, string sourceName)
{
    private readonly bool _keepsEventAttributes = options.KeepEventAttributes.Count > 0;
    private readonly List<(int Key, AttributeValue Value)> _pending = [];

    public TimeNormalizer Times { get; } = new(options.LocalTimeZone);

    /// <summary>Lines before the text this reader sees (0 for the whole file; more for a chunk).</summary>
    public int LineOffset { get; set; }

    /// <summary>Characters before the text on the chunk's first line.</summary>
    public int FirstLineColumnOffset { get; set; }

    /// <summary>Reads the trace the reader is on and leaves it on the node after the trace's end tag.</summary>
    public void ReadTrace(XmlReader reader, TraceBatch batch)
    {
        var info = (IXmlLineInfo)reader;
        var traceLine = info.LineNumber;
        var tracePosition = info.LinePosition;
        string? caseId = null;
        batch.BeginCase();
        if (reader.IsEmptyElement)
        {
            reader.Read();
        }
        else
        {
            var depth = reader.Depth;
            Next(reader);
            while (reader.NodeType != XmlNodeType.EndElement || reader.Depth != depth)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    Next(reader);
                    continue;
                }

                var local = reader.LocalName;
                if ((object)local == names.Event)
                {
                    ReadEvent(reader, batch);
                    continue;
                }

                if (KindOf(local) is { } kind)
                {
                    var key = reader.GetAttribute(names.Key);
                    var value = reader.GetAttribute(names.Value);
                    if (key == keys.Name)
                    {
                        caseId = value;
                    }
                    else if (key is not null && value is not null && !options.IdentifyingAttributes.Contains(key))
                    {
                        batch.AddCaseAttribute(batch.CaseAttributeKeys.Intern(key), Parse(reader, kind, key, value));
                    }
                }

                SkipElement(reader);
            }

            // Past </trace>; the end of a parallel chunk may come right after it.
            reader.Read();
        }

        if (string.IsNullOrEmpty(caseId))
        {
            throw Error(traceLine, tracePosition, EventLogText.Get("Xes_TraceWithoutName"));
        }

        batch.SetCaseId(options.Pseudonymizer.Pseudonymize(caseId));
        batch.EndCase();
    }

    private void ReadEvent(XmlReader reader, TraceBatch batch)
    {
        var info = (IXmlLineInfo)reader;
        var line = info.LineNumber;
        var position = info.LinePosition;
        string? activity = null;
        string? time = null;
        var lifecycle = LifecycleTransition.Complete;
        var resource = EventLog.None;
        var organization = EventLog.None;
        _pending.Clear();
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            Next(reader);
            while (reader.NodeType != XmlNodeType.EndElement || reader.Depth != depth)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    Next(reader);
                    continue;
                }

                if (KindOf(reader.LocalName) is { } kind)
                {
                    var key = reader.GetAttribute(names.Key);
                    if (key == keys.Name)
                    {
                        activity = reader.GetAttribute(names.Value);
                    }
                    else if (key == keys.Timestamp)
                    {
                        time = reader.GetAttribute(names.Value);
                    }
                    else if (key == keys.Transition)
                    {
                        lifecycle = Transition(reader.GetAttribute(names.Value));
                    }
                    else if (key is null || options.IdentifyingAttributes.Contains(key))
                    {
                        // Identifying: never read into the log.
                    }
                    else if (key == keys.Resource)
                    {
                        resource = reader.GetAttribute(names.Value) is { } name ? batch.Resources.Intern(name) : EventLog.None;
                    }
                    else if (key == keys.Group)
                    {
                        organization = reader.GetAttribute(names.Value) is { } name ? batch.Organizations.Intern(name) : EventLog.None;
                    }
                    else if (_keepsEventAttributes && options.KeepEventAttributes.Contains(key) && reader.GetAttribute(names.Value) is { } value)
                    {
                        _pending.Add((batch.EventAttributeKeys.Intern(key), Parse(reader, kind, key, value)));
                    }
                }

                SkipElement(reader);
            }
        }

        Next(reader);
        if (string.IsNullOrEmpty(activity))
        {
            throw Error(line, position, EventLogText.Get("Xes_EventWithoutName"));
        }

        if (time is null)
        {
            throw Error(line, position, EventLogText.Get("Time_Missing"));
        }

        if (!TimestampParser.TryParse(time, out var ticks, out var hasZone))
        {
            throw Error(line, position, EventLogText.Get("Time_Invalid", time));
        }

        if (Times.IsFirstOfItsForm(hasZone))
        {
            Times.Record(hasZone, new TimeSample(Location(line, position), time, Order(line, position)));
        }

        batch.AddEvent(batch.Activities.Intern(activity), resource, organization, Times.ToUtc(ticks, hasZone), lifecycle);
        foreach (var (key, value) in _pending)
        {
            batch.AddEventAttribute(key, value);
        }
    }

    private AttributeValue Parse(XmlReader reader, AttributeKind kind, string key, string text)
    {
        if (AttributeParser.TryParse(kind, text, Times, out var value))
        {
            return value;
        }

        var info = (IXmlLineInfo)reader;
        throw Error(info.LineNumber, info.LinePosition, EventLogText.Get("Attribute_BadValue", text, key, AttributeParser.TypeName(kind)));
    }

    private AttributeKind? KindOf(string local)
    {
        if ((object)local == names.String)
        {
            return AttributeKind.Text;
        }

        if ((object)local == names.Date)
        {
            return AttributeKind.Date;
        }

        if ((object)local == names.Int)
        {
            return AttributeKind.Integer;
        }

        if ((object)local == names.Float)
        {
            return AttributeKind.Float;
        }

        if ((object)local == names.Boolean)
        {
            return AttributeKind.Boolean;
        }

        return (object)local == names.Id ? AttributeKind.Id : null;
    }

    internal static LifecycleTransition Transition(string? value) => value switch
    {
        null => LifecycleTransition.Complete,
        _ when value.Equals("complete", StringComparison.OrdinalIgnoreCase) => LifecycleTransition.Complete,
        _ when value.Equals("start", StringComparison.OrdinalIgnoreCase) => LifecycleTransition.Start,
        _ => LifecycleTransition.Other,
    };

    /// <summary>Moves past the element the reader is on, with its nested attributes (meta-attributes are not kept).</summary>
    private static void SkipElement(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            Next(reader);
        }
        else
        {
            reader.Skip();
        }
    }

    private static void Next(XmlReader reader)
    {
        if (!reader.Read())
        {
            // Only reachable in fragment mode: the chunk ended inside an element.
            throw new XmlException("Unexpected end of file.");
        }
    }

    internal string Location(int line, int position) => ReadLocation.LinePosition(
        sourceName, line + LineOffset, line == 1 ? position + FirstLineColumnOffset : position);

    private long Order(int line, int position) => ((long)(line + LineOffset) << 20) + (line == 1 ? position + FirstLineColumnOffset : position);

    private InputRejectedException Error(int line, int position, string message) => new(Location(line, position), message);
}
