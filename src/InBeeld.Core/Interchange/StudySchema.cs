using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace InBeeld.Core.Interchange;

/// <summary>
/// The JSON Schema of the study format, generated from <see cref="StudyDocument"/> and
/// <see cref="StudyJson.Options"/>. docs/schema/study.schema.json is this text; a test keeps the two equal.
/// </summary>
public static class StudySchema
{
    public const string SchemaId = "https://inbeeld.nl/schema/study.schema.json";

    private static readonly Lazy<JsonObject> Cached = new(Build);

    /// <summary>A fresh copy of the schema (callers may change it).</summary>
    public static JsonObject Create() => (JsonObject)Cached.Value.DeepClone();

    /// <summary>The schema as the committed file holds it: indented, "\n" line ends, final newline.</summary>
    public static string ToText() =>
        Cached.Value.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = StudyJson.WriterOptions.Encoder,
        }).ReplaceLineEndings("\n") + "\n";

    internal static JsonObject Cache => Cached.Value;

    private static JsonObject Build()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = StudySchemaTransform.Apply,
        };
        var generated = (JsonObject)StudyJson.Options.GetJsonSchemaAsNode(typeof(StudyDocument), exporterOptions);

        // Identification keywords first, so the file reads well.
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SchemaId,
            ["title"] = "InBeeld-onderzoek (study)",
        };
        foreach (var (name, value) in generated.ToList())
        {
            generated.Remove(name);
            schema[name] = value;
        }

        return schema;
    }
}
