using System.Text.Json;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using InBeeld.Core.Localization;

namespace InBeeld.Core.Interchange.Schema;

/// <summary>
/// A small JSON Schema (2020-12) validator for the keywords InBeeld's schemas use: type, required,
/// properties, additionalProperties, items, enum, pattern, minimum, maximum, minLength, maxLength,
/// maxItems and local $ref/$defs. Errors are Dutch (via <see cref="CoreText"/>) and name the JSON path.
/// </summary>
public sealed class JsonSchemaValidator
{
    private readonly SchemaNode _root;

    /// <exception cref="NotSupportedException">The schema uses a keyword this validator does not check.</exception>
    public JsonSchemaValidator(JsonObject schema)
    {
        _root = new SchemaCompiler(schema).Compile();
    }

    public void Validate(JsonElement instance, ValidationErrorList errors) =>
        Validate(instance, _root, new JsonPathBuilder(), errors);

    private static void Validate(JsonElement value, SchemaNode schema, JsonPathBuilder path, ValidationErrorList errors)
    {
        if (schema.Reference is { } reference)
        {
            Validate(value, reference, path, errors);
        }

        var kind = KindOf(value);
        if ((schema.Types & kind) != kind)
        {
            errors.Add(path.ToString(), CoreText.Get("Schema_WrongType", TypeNames(schema.Types), TypeName(kind)));
            return;
        }

        if (schema.Enum is { } allowed && !IsOneOf(value, allowed))
        {
            errors.Add(path.ToString(), CoreText.Get("Schema_NotInEnum", Show(value), string.Join(", ", allowed.Select(Show))));
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                ValidateObject(value, schema, path, errors);
                break;
            case JsonValueKind.Array:
                ValidateArray(value, schema, path, errors);
                break;
            case JsonValueKind.String when NeedsText(value, schema):
                ValidateString(value.GetString()!, schema, path, errors);
                break;
            case JsonValueKind.Number:
                ValidateNumber(value, schema, path, errors);
                break;
        }
    }

    private static void ValidateObject(JsonElement value, SchemaNode schema, JsonPathBuilder path, ValidationErrorList errors)
    {
        foreach (var name in schema.Required)
        {
            if (!value.TryGetProperty(name, out _))
            {
                errors.Add(path.ToString(), CoreText.Get("Schema_Required", name));
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            SchemaNode? child = null;
            if (schema.Properties?.TryGetValue(property.Name, out child) != true)
            {
                child = schema.AdditionalProperties;
            }

            if (child is null && !schema.AdditionalPropertiesAllowed)
            {
                var known = schema.Properties is null ? "" : string.Join(", ", schema.Properties.Keys);
                errors.Add(path.Child(property.Name), CoreText.Get("Schema_UnknownProperty", property.Name, known));
                continue;
            }

            if (child is not null)
            {
                path.Push(property.Name);
                Validate(property.Value, child, path, errors);
                path.Pop();
            }
        }
    }

    private static void ValidateArray(JsonElement value, SchemaNode schema, JsonPathBuilder path, ValidationErrorList errors)
    {
        var length = value.GetArrayLength();
        if (schema.MaxItems is { } maxItems && length > maxItems)
        {
            errors.Add(path.ToString(), CoreText.Get("Schema_MaxItems", length, maxItems));
        }

        if (schema.Items is not { } items)
        {
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            path.Push(index++);
            Validate(item, items, path, errors);
            path.Pop();
        }
    }

    private static void ValidateString(string text, SchemaNode schema, JsonPathBuilder path, ValidationErrorList errors)
    {
        // JSON Schema counts code points; a string's UTF-16 length is an upper bound, so count only when it matters.
        if (schema.MaxLength is { } max && text.Length > max && CodePoints(text) is var tooLong && tooLong > max)
        {
            errors.Add(path.ToString(), CoreText.Get("Schema_MaxLength", tooLong, max));
        }

        if (schema.MinLength is { } min && CodePoints(text) < min)
        {
            errors.Add(path.ToString(), CoreText.Get("Schema_MinLength", min));
        }

        if (schema.Pattern is { } pattern && !pattern.IsMatch(text))
        {
            var hint = SchemaPatterns.HintKey(pattern.ToString()) is { } key
                ? CoreText.Get(key)
                : CoreText.Get("Pattern_Generic", pattern.ToString());
            errors.Add(path.ToString(), CoreText.Get("Schema_Pattern", Shorten(text), hint));
        }
    }

    private static void ValidateNumber(JsonElement value, SchemaNode schema, JsonPathBuilder path, ValidationErrorList errors)
    {
        if (!value.TryGetDecimal(out var number))
        {
            return;
        }

        if (schema.Minimum is { } minimum && number < minimum)
        {
            errors.Add(path.ToString(), CoreText.Get("Schema_Minimum", Show(value), minimum));
        }

        if (schema.Maximum is { } maximum && number > maximum)
        {
            errors.Add(path.ToString(), CoreText.Get("Schema_Maximum", Show(value), maximum));
        }
    }

    /// <summary>
    /// Whether a string must be decoded to be checked. The raw UTF-8 length (without quotes) is at
    /// least the number of code points, so most length checks pass without allocating a string.
    /// </summary>
    private static bool NeedsText(JsonElement value, SchemaNode schema)
    {
        if (schema.Pattern is not null)
        {
            return true;
        }

        var rawLength = JsonMarshal.GetRawUtf8Value(value).Length - 2;
        return (schema.MaxLength is { } max && rawLength > max)
            || (schema.MinLength is { } min && (min > 1 || rawLength == 0));
    }

    private static bool IsOneOf(JsonElement value, JsonElement[] allowed)
    {
        foreach (var candidate in allowed)
        {
            if (candidate.ValueKind == JsonValueKind.String
                ? value.ValueKind == JsonValueKind.String && value.ValueEquals(candidate.GetString())
                : JsonElement.DeepEquals(candidate, value))
            {
                return true;
            }
        }

        return false;
    }

    private static JsonTypes KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => JsonTypes.Object,
        JsonValueKind.Array => JsonTypes.Array,
        JsonValueKind.String => JsonTypes.String,
        JsonValueKind.Number => value.TryGetInt64(out _) ? JsonTypes.Integer : JsonTypes.Number & ~JsonTypes.Integer,
        JsonValueKind.True or JsonValueKind.False => JsonTypes.Boolean,
        _ => JsonTypes.Null,
    };

    private static string TypeNames(JsonTypes types)
    {
        var names = new[] { JsonTypes.Object, JsonTypes.Array, JsonTypes.String, JsonTypes.Number, JsonTypes.Integer, JsonTypes.Boolean, JsonTypes.Null }
            .Where(t => (types & t) == t && !(t == JsonTypes.Integer && (types & JsonTypes.Number) == JsonTypes.Number))
            .Select(TypeName);
        return string.Join(CoreText.Get("Schema_Or"), names);
    }

    private static string TypeName(JsonTypes type) => CoreText.Get(type switch
    {
        JsonTypes.Object => "Type_Object",
        JsonTypes.Array => "Type_Array",
        JsonTypes.String => "Type_String",
        JsonTypes.Integer => "Type_Integer",
        JsonTypes.Boolean => "Type_Boolean",
        JsonTypes.Null => "Type_Null",
        _ => "Type_Number",
    });

    private static int CodePoints(string text) => text.EnumerateRunes().Count();

    private static string Show(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? $"\"{Shorten(value.GetString()!)}\"" : Shorten(value.GetRawText());

    private static string Shorten(string text) =>
        text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
