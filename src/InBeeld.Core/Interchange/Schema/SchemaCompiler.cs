using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace InBeeld.Core.Interchange.Schema;

/// <summary>
/// Turns a JSON Schema document into <see cref="SchemaNode"/>s. Supports the keywords InBeeld's
/// schemas use and refuses any other validation keyword, so a schema can never silently promise
/// a check that is not made.
/// </summary>
internal sealed class SchemaCompiler(JsonObject root)
{
    private static readonly HashSet<string> Annotations =
        ["$schema", "$id", "$defs", "title", "description", "format", "default", "examples", "$comment"];

    private readonly Dictionary<string, SchemaNode> _byPointer = new(StringComparer.Ordinal);

    public SchemaNode Compile() => Compile(root, "#");

    private SchemaNode Compile(JsonObject schema, string pointer)
    {
        if (_byPointer.TryGetValue(pointer, out var known))
        {
            return known;
        }

        var node = new SchemaNode();
        _byPointer[pointer] = node; // registered first so recursive $refs find it
        foreach (var (keyword, value) in schema)
        {
            Apply(node, keyword, value, pointer);
        }

        return node;
    }

    private void Apply(SchemaNode node, string keyword, JsonNode? value, string pointer)
    {
        switch (keyword)
        {
            case "type":
                node.Types = value is JsonArray list
                    ? list.Aggregate(JsonTypes.None, (all, t) => all | ParseType(t!.GetValue<string>()))
                    : ParseType(value!.GetValue<string>());
                break;
            case "properties":
                node.Properties = value!.AsObject().ToDictionary(
                    p => p.Key, p => Compile(p.Value!.AsObject(), $"{pointer}/properties/{Escape(p.Key)}"), StringComparer.Ordinal);
                break;
            case "required":
                node.Required = value!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
                break;
            case "additionalProperties" when value is JsonValue flag:
                node.AdditionalPropertiesAllowed = flag.GetValue<bool>();
                break;
            case "additionalProperties":
                node.AdditionalProperties = Compile(value!.AsObject(), $"{pointer}/additionalProperties");
                break;
            case "items":
                node.Items = Compile(value!.AsObject(), $"{pointer}/items");
                break;
            case "enum":
                node.Enum = value!.AsArray().Select(n => JsonSerializer.SerializeToElement(n)).ToArray();
                break;
            case "pattern":
                node.Pattern = new Regex(value!.GetValue<string>(), RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
                break;
            case "minimum":
                node.Minimum = Number<decimal>(value);
                break;
            case "maximum":
                node.Maximum = Number<decimal>(value);
                break;
            case "minLength":
                node.MinLength = Number<int>(value);
                break;
            case "maxLength":
                node.MaxLength = Number<int>(value);
                break;
            case "maxItems":
                node.MaxItems = Number<int>(value);
                break;
            case "$ref":
                node.Reference = Resolve(value!.GetValue<string>());
                break;
            case var annotation when Annotations.Contains(annotation):
                break;
            default:
                throw new NotSupportedException($"JSON Schema keyword '{keyword}' at {pointer} is not supported by this validator.");
        }
    }

    private SchemaNode Resolve(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            throw new NotSupportedException($"Only local $refs are supported, not '{reference}'.");
        }

        JsonNode? target = root;
        foreach (var part in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            target = target is JsonArray array ? array[int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)] : target?[name];
        }

        return target is JsonObject schema
            ? Compile(schema, reference)
            : throw new NotSupportedException($"$ref '{reference}' does not point to a schema.");
    }

    // Nodes built in code hold CLR ints, parsed ones hold JSON text: deserialising reads both.
    private static T Number<T>(JsonNode? value) => value.Deserialize<T>()!;

    private static string Escape(string name) =>
        name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static JsonTypes ParseType(string name) => name switch
    {
        "object" => JsonTypes.Object,
        "array" => JsonTypes.Array,
        "string" => JsonTypes.String,
        "integer" => JsonTypes.Integer,
        "number" => JsonTypes.Number,
        "boolean" => JsonTypes.Boolean,
        "null" => JsonTypes.Null,
        _ => throw new NotSupportedException($"Unknown JSON Schema type '{name}'."),
    };
}
