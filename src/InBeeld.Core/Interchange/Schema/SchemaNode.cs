using System.Text.Json;
using System.Text.RegularExpressions;

namespace InBeeld.Core.Interchange.Schema;

/// <summary>One compiled (sub)schema: the keywords of a JSON Schema object, looked up once.</summary>
internal sealed class SchemaNode
{
    public JsonTypes Types { get; set; } = JsonTypes.Any;
    public Dictionary<string, SchemaNode>? Properties { get; set; }
    public string[] Required { get; set; } = [];
    public bool AdditionalPropertiesAllowed { get; set; } = true;
    public SchemaNode? AdditionalProperties { get; set; }
    public SchemaNode? Items { get; set; }
    public JsonElement[]? Enum { get; set; }
    public Regex? Pattern { get; set; }
    public decimal? Minimum { get; set; }
    public decimal? Maximum { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public int? MaxItems { get; set; }

    /// <summary>Set for a <c>$ref</c>: validation continues in the referenced schema.</summary>
    public SchemaNode? Reference { get; set; }
}

[Flags]
internal enum JsonTypes
{
    None = 0,
    Object = 1,
    Array = 2,
    String = 4,
    Integer = 8,
    Number = 16 | Integer,
    Boolean = 32,
    Null = 64,
    Any = Object | Array | String | Number | Boolean | Null,
}
