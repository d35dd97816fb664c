using System.Text.Json;
using InBeeld.Core.Interchange.Schema;
using InBeeld.Core.Localization;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Interchange;

/// <summary>
/// Reads a study file in three passes: well-formed JSON (else: line and position), conformance
/// to the published schema (else: every JSON path that is wrong), then the checks of
/// <see cref="StudyDocumentValidator"/>. Throws <see cref="InputRejectedException"/> listing all problems.
/// </summary>
public sealed class StudyJsonReader(StudyDocumentValidator? semanticValidator = null, int maxErrors = ValidationErrorList.DefaultMaxErrors)
{
    private static readonly Lazy<JsonSchemaValidator> SchemaValidator = new(() => new JsonSchemaValidator(StudySchema.Cache));

    private readonly StudyDocumentValidator _semanticValidator = semanticValidator ?? new StudyDocumentValidator();

    public StudyDocument Read(ReadOnlyMemory<byte> utf8Json)
    {
        using var json = Parse(utf8Json);
        var errors = new ValidationErrorList(maxErrors);
        SchemaValidator.Value.Validate(json.RootElement, errors);
        errors.ThrowIfAny();

        StudyDocument document;
        try
        {
            document = json.RootElement.Deserialize<StudyDocument>(StudyJson.Options)
                ?? throw new InputRejectedException("$", CoreText.Get("Json_Unreadable"));
        }
        catch (JsonException exception)
        {
            // The schema passed, so this is a value of the right shape that does not exist (2019-02-30).
            throw new InputRejectedException(exception.Path ?? "$", CoreText.Get("Json_Unreadable"));
        }

        _semanticValidator.Validate(document, errors);
        errors.ThrowIfAny();
        return document;
    }

    /// <summary>Checks a document built in code exactly as a file with the same content would be checked.</summary>
    public StudyDocument Validate(StudyDocument document) => Read(StudyJson.SerializeToUtf8Bytes(document));

    private static JsonDocument Parse(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            return JsonDocument.Parse(utf8Json, StudyJson.DocumentOptions);
        }
        catch (JsonException exception)
        {
            var location = CoreText.Get("Json_Position", (exception.LineNumber ?? 0) + 1, (exception.BytePositionInLine ?? 0) + 1);
            throw new InputRejectedException(location, CoreText.Get(utf8Json.IsEmpty ? "Json_Empty" : "Json_Malformed"));
        }
    }
}
