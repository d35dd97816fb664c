using System.Text.Json;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Ocel;

/// <summary>
/// Reads an OCEL 2.0 JSON log (<c>.jsonocel</c>, <c>.json</c>, optionally gzip) and flattens it on
/// an object type (<see cref="OcelOptions"/>). Streams in two passes — objects first, then events —
/// so memory holds the chosen objects' ids, not the file, whatever order the sections are in.
/// </summary>
public static class OcelJsonReader
{
    public static EventLog ReadFile(string path, OcelOptions ocel, EventLogReadOptions options, CancellationToken cancellationToken = default)
    {
        using var source = EventLogSource.Open(path);
        return Read(source, ocel, options, cancellationToken);
    }

    public static EventLog Read(EventLogSource source, OcelOptions ocel, EventLogReadOptions options, CancellationToken cancellationToken = default)
    {
        var flattener = new OcelFlattener(ocel, options, source.Name);
        JsonTokenStream? tokens = null;
        try
        {
            tokens = Open(source);
            ReadSections(tokens, flattener, events: false, source, options, cancellationToken);
            source.EnsureComplete();
            flattener.ChooseObjectType();
            source.Rewind();
            tokens = Open(source);
            ReadSections(tokens, flattener, events: true, source, options, cancellationToken);
            source.EnsureComplete();
            return flattener.Build(cancellationToken);
        }
        catch (InputRejectedException) when (source.IsCompressed && source.IsTruncated())
        {
            throw source.GzipBroken();
        }
        catch (JsonException exception)
        {
            if (source.IsTruncated())
            {
                throw source.GzipBroken();
            }

            var truncated = exception.Message.Contains("end of data", StringComparison.Ordinal) || exception.Message.Contains("incomplete", StringComparison.OrdinalIgnoreCase);
            throw new InputRejectedException(
                ReadLocation.LinePosition(source.Name, tokens?.Line ?? 1, tokens?.Position ?? 1),
                EventLogText.Get(truncated ? "Json_Truncated" : "Json_Malformed"));
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

    private static JsonTokenStream Open(EventLogSource source)
    {
        if (source.TotalBytes == 0)
        {
            throw new InputRejectedException(ReadLocation.File(source.Name), EventLogText.Get("Read_Empty"));
        }

        var tokens = new JsonTokenStream(source.Content);
        if (!tokens.Read() || tokens.TokenType != JsonTokenType.StartObject)
        {
            throw new InputRejectedException(ReadLocation.LinePosition(source.Name, tokens.Line, tokens.Position), EventLogText.Get("Ocel_NotOcel", EventLogText.Get("Ocel_RootNotObject")));
        }

        return tokens;
    }

    private static void ReadSections(
        JsonTokenStream tokens, OcelFlattener flattener, bool events, EventLogSource source, EventLogReadOptions options, CancellationToken cancellationToken)
    {
        tokens.Next();
        while (tokens.TokenType == JsonTokenType.PropertyName)
        {
            var section = tokens.Text;
            tokens.Next();
            if (tokens.TokenType != JsonTokenType.StartArray)
            {
                tokens.SkipValue();
            }
            else if (!events && section == "objectTypes")
            {
                EachObject(tokens, () => ReadObjectType(tokens, flattener));
            }
            else if (!events && section == "objects")
            {
                EachObject(tokens, () => ReadObject(tokens, flattener));
            }
            else if (events && section == "events")
            {
                var count = 0;
                EachObject(tokens, () =>
                {
                    ReadEvent(tokens, flattener, source.Name);
                    if (++count % 8192 == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        options.Progress?.Report(new EventLogReadProgress(source.BytesRead, source.TotalBytes, flattener.EventCount));
                    }
                });
            }
            else
            {
                tokens.SkipValue();
            }

            tokens.Next();
        }

        if (tokens.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException("unexpected token");
        }

        // Nothing may follow the root object.
        if (tokens.Read())
        {
            throw new JsonException("unexpected token");
        }
    }

    /// <summary>Calls <paramref name="read"/> on each element of the array the stream is on (each must be an object).</summary>
    private static void EachObject(JsonTokenStream tokens, Action read)
    {
        tokens.Next();
        while (tokens.TokenType != JsonTokenType.EndArray)
        {
            if (tokens.TokenType == JsonTokenType.StartObject)
            {
                read();
            }
            else
            {
                tokens.SkipValue();
            }

            tokens.Next();
        }
    }

    private static void ReadObjectType(JsonTokenStream tokens, OcelFlattener flattener)
    {
        if (Strings(tokens).TryGetValue("name", out var name))
        {
            flattener.AddObjectType(name);
        }
    }

    private static void ReadObject(JsonTokenStream tokens, OcelFlattener flattener)
    {
        var strings = Strings(tokens);
        if (strings.TryGetValue("id", out var id) && strings.TryGetValue("type", out var type))
        {
            flattener.AddObject(id, type);
        }
    }

    /// <summary>The string properties of the object the stream is on; other values are skipped.</summary>
    private static Dictionary<string, string> Strings(JsonTokenStream tokens)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        tokens.Next();
        while (tokens.TokenType == JsonTokenType.PropertyName)
        {
            var name = tokens.Text!;
            tokens.Next();
            if (tokens.TokenType == JsonTokenType.String)
            {
                found[name] = tokens.Text!;
            }
            else
            {
                tokens.SkipValue();
            }

            tokens.Next();
        }

        return found;
    }

    private static void ReadEvent(JsonTokenStream tokens, OcelFlattener flattener, string sourceName)
    {
        var line = tokens.Line;
        var position = tokens.Position;
        string? type = null;
        string? time = null;
        string? resource = null;
        string? organization = null;
        var objects = new List<string>();
        var attributes = new List<(string, AttributeValue)>();
        tokens.Next();
        while (tokens.TokenType == JsonTokenType.PropertyName)
        {
            var name = tokens.Text;
            tokens.Next();
            switch (name)
            {
                case "type" when tokens.TokenType == JsonTokenType.String:
                    type = tokens.Text;
                    break;
                case "time" when tokens.TokenType == JsonTokenType.String:
                    time = tokens.Text;
                    break;
                case "relationships" when tokens.TokenType == JsonTokenType.StartArray:
                    EachObject(tokens, () =>
                    {
                        foreach (var (key, value) in Fields(tokens))
                        {
                            if (key == "objectId" && value.Text is { } id)
                            {
                                objects.Add(id);
                            }
                        }
                    });
                    break;
                case "attributes" when tokens.TokenType == JsonTokenType.StartArray:
                    EachObject(tokens, () =>
                    {
                        string? attribute = null;
                        AttributeValue? value = null;
                        foreach (var (key, field) in Fields(tokens))
                        {
                            if (key == "name")
                            {
                                attribute = field.Text;
                            }
                            else if (key == "value")
                            {
                                value = field;
                            }
                        }

                        if (attribute is null || value is not { } v || flattener.IsIdentifying(attribute))
                        {
                            return;
                        }

                        if (flattener.IsResource(attribute))
                        {
                            resource = v.ToString();
                        }
                        else if (flattener.IsOrganization(attribute))
                        {
                            organization = v.ToString();
                        }
                        else if (flattener.Keeps(attribute))
                        {
                            attributes.Add((attribute, v));
                        }
                    });
                    break;
                default:
                    tokens.SkipValue();
                    break;
            }

            tokens.Next();
        }

        flattener.AddEvent(type, time, resource, organization, objects, attributes,
            ReadLocation.LinePosition(sourceName, line, position), (line << 20) + position);
    }

    /// <summary>The scalar properties of the object the stream is on, as typed values (nested values skipped).</summary>
    private static List<(string Key, AttributeValue Value)> Fields(JsonTokenStream tokens)
    {
        var fields = new List<(string, AttributeValue)>();
        tokens.Next();
        while (tokens.TokenType == JsonTokenType.PropertyName)
        {
            var key = tokens.Text!;
            tokens.Next();
            AttributeValue? value = tokens.TokenType switch
            {
                JsonTokenType.String => AttributeValue.FromText(tokens.Text!),
                JsonTokenType.Number => tokens.IsInteger ? AttributeValue.FromInteger(tokens.Integer) : AttributeValue.FromFloat(tokens.Number),
                JsonTokenType.True => AttributeValue.FromBoolean(true),
                JsonTokenType.False => AttributeValue.FromBoolean(false),
                _ => null,
            };
            if (value is { } v)
            {
                fields.Add((key, v));
            }
            else
            {
                tokens.SkipValue();
            }

            tokens.Next();
        }

        return fields;
    }
}
