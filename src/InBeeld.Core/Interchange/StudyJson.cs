using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InBeeld.Core.Interchange;

/// <summary>
/// The one set of System.Text.Json settings for InBeeld's study format, shared by reading,
/// writing and the published JSON Schema so the three can never drift apart.
/// </summary>
public static class StudyJson
{
    /// <summary>
    /// camelCase names, enums as camelCase strings, unknown properties and duplicate properties
    /// rejected, <c>required</c> and nullable annotations honoured, nulls left out when writing.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writer settings matching <see cref="Options"/>, for streaming exports.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        // Dutch text (ë, é) and quotes stay readable in the file; it is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        AllowDuplicateProperties = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 32,
    };

    public static byte[] SerializeToUtf8Bytes(StudyDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(document, Options);

    public static async Task SerializeAsync(StudyDocument document, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        JsonSerializer.Serialize(writer, document, Options);
        await writer.FlushAsync(cancellationToken);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowDuplicateProperties = false,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
