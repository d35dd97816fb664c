using System.Xml;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.EventLogs.Xes;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Ocel;

/// <summary>
/// Reads an OCEL 2.0 XML log (<c>.xmlocel</c>, <c>.xml</c>, optionally gzip) and flattens it on an
/// object type, in two streaming passes like <see cref="OcelJsonReader"/>. Event-to-object links are
/// read from every child of <c>&lt;objects&gt;</c> with an <c>object-id</c> (the standard's
/// <c>&lt;object&gt;</c> and the common <c>&lt;relationship&gt;</c> alike).
/// </summary>
public static class OcelXmlReader
{
    public static EventLog ReadFile(string path, OcelOptions ocel, EventLogReadOptions options, CancellationToken cancellationToken = default)
    {
        using var source = EventLogSource.Open(path);
        return Read(source, ocel, options, cancellationToken);
    }

    public static EventLog Read(EventLogSource source, OcelOptions ocel, EventLogReadOptions options, CancellationToken cancellationToken = default)
    {
        if (source.TotalBytes == 0)
        {
            throw new InputRejectedException(ReadLocation.File(source.Name), EventLogText.Get("Read_Empty"));
        }

        var flattener = new OcelFlattener(ocel, options, source.Name);
        try
        {
            Pass(source, flattener, events: false, options, cancellationToken);
            source.EnsureComplete();
            flattener.ChooseObjectType();
            source.Rewind();
            Pass(source, flattener, events: true, options, cancellationToken);
            source.EnsureComplete();
            return flattener.Build(cancellationToken);
        }
        catch (InputRejectedException) when (source.IsCompressed && source.IsTruncated())
        {
            throw source.GzipBroken();
        }
        catch (XmlException exception)
        {
            throw XesReader.XmlError(exception, source);
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

    private static void Pass(EventLogSource source, OcelFlattener flattener, bool events, EventLogReadOptions options, CancellationToken cancellationToken)
    {
        var table = new NameTable();
        using var reader = XmlReader.Create(source.Content, XesNames.Settings(table, ConformanceLevel.Document));
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "log")
        {
            var info = (IXmlLineInfo)reader;
            throw new InputRejectedException(
                ReadLocation.LinePosition(source.Name, info.LineNumber, info.LinePosition),
                EventLogText.Get("Ocel_NotOcel", EventLogText.Get("Ocel_RootNotLog", reader.LocalName)));
        }

        var count = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "object-type" when !events && reader.GetAttribute("name") is { } name:
                    flattener.AddObjectType(name);
                    break;
                case "object" when !events && reader.Depth == 2 && reader.GetAttribute("id") is { } id && reader.GetAttribute("type") is { } type:
                    flattener.AddObject(id, type);
                    break;
                case "event" when events && reader.Depth == 2:
                    ReadEvent(reader, flattener, source.Name);
                    if (++count % 8192 == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        options.Progress?.Report(new EventLogReadProgress(source.BytesRead, source.TotalBytes, flattener.EventCount));
                    }

                    break;
            }
        }
    }

    private static void ReadEvent(XmlReader reader, OcelFlattener flattener, string sourceName)
    {
        var info = (IXmlLineInfo)reader;
        var line = info.LineNumber;
        var position = info.LinePosition;
        var type = reader.GetAttribute("type");
        var time = reader.GetAttribute("time");
        string? resource = null;
        string? organization = null;
        var objects = new List<string>();
        var attributes = new List<(string, AttributeValue)>();
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            reader.Read();
            while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 2 && reader.GetAttribute("object-id") is { } objectId)
                {
                    objects.Add(objectId);
                    reader.Skip();
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "attribute" && reader.GetAttribute("name") is { } name)
                {
                    // Reads the text and moves past the end tag.
                    var value = reader.ReadElementContentAsString();
                    if (flattener.IsIdentifying(name))
                    {
                        continue;
                    }

                    if (flattener.IsResource(name))
                    {
                        resource = value;
                    }
                    else if (flattener.IsOrganization(name))
                    {
                        organization = value;
                    }
                    else if (flattener.Keeps(name))
                    {
                        attributes.Add((name, AttributeValue.FromText(value)));
                    }
                }
                else
                {
                    reader.Read();
                }
            }
        }

        flattener.AddEvent(type, time, resource, organization, objects, attributes,
            ReadLocation.LinePosition(sourceName, line, position), ((long)line << 20) + position);
    }
}
