using System.Text.Json;
using System.Text.Json.Nodes;
using InBeeld.Core.Interchange;
using InBeeld.Core.Interchange.Schema;

namespace InBeeld.Core.Tests.Interchange;

public sealed class JsonSchemaValidatorTests
{
    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "name": { "type": "string", "minLength": 1, "maxLength": 3, "pattern": "^[a-z]*$" },
            "score": { "type": ["integer", "null"], "minimum": -2, "maximum": 2 },
            "kind": { "enum": ["warm", "cold"] },
            "tags": { "type": "array", "maxItems": 2, "items": { "$ref": "#/$defs/tag" } },
            "extra": { "type": "object", "additionalProperties": { "type": "string" } }
          },
          "required": ["name"],
          "additionalProperties": false,
          "$defs": { "tag": { "type": "string", "maxLength": 2 } }
        }
        """;

    [Fact]
    public void ValidInstance_HasNoErrors() =>
        Validate("""{ "name": "abc", "score": null, "kind": "warm", "tags": ["a", "bb"], "extra": { "x": "y" } }""").ShouldBeEmpty();

    [Fact]
    public void EachKeyword_ReportsItsOwnErrorAtTheRightPath()
    {
        var errors = Validate("""{ "score": 3, "kind": "hot", "tags": ["a", "bbb", "c"], "extra": { "x": 1 }, "other": true }""");

        errors.ShouldBe(
        [
            "$: Het verplichte veld 'name' ontbreekt.",
            "$.score: 3 is te groot: het maximum is 2.",
            "$.kind: \"hot\" is hier niet toegestaan. Kies uit: \"warm\", \"cold\".",
            "$.tags: Deze lijst heeft 3 elementen; het maximum is 2.",
            "$.tags[1]: Deze tekst is 3 tekens lang; het maximum is 2.",
            "$.extra.x: Hier hoort tekst tussen aanhalingstekens, maar er staat een geheel getal.",
            "$.other: Onbekend veld 'other'. Toegestaan zijn: name, score, kind, tags, extra.",
        ]);
    }

    [Theory]
    [InlineData("""{ "name": "" }""", "$.name: Deze tekst is te kort: minstens 1 teken(s).")]
    [InlineData("""{ "name": "AB" }""", "$.name: 'AB' heeft niet de juiste vorm: verwacht tekst volgens het patroon ^[a-z]*$.")]
    [InlineData("""{ "name": "ab", "score": 1.5 }""", "$.score: Hier hoort een geheel getal of null, maar er staat een getal.")]
    [InlineData("""{ "name": "ab", "score": -3 }""", "$.score: -3 is te klein: het minimum is -2.")]
    [InlineData("""[]""", "$: Hier hoort een object ({ … }), maar er staat een lijst ([ … ]).")]
    public void SingleProblem_IsDescribedInDutch(string json, string expected) =>
        Validate(json).ShouldBe([expected]);

    [Fact]
    public void MaxLength_CountsCodePointsNotUtf16Units() =>
        Validate("""{ "name": "abc", "tags": ["😀😀"] }""").ShouldBeEmpty();

    [Fact]
    public void UnsupportedKeyword_IsRefusedWhenTheSchemaIsLoaded() =>
        Should.Throw<NotSupportedException>(() => new JsonSchemaValidator(JsonNode.Parse("""{ "oneOf": [] }""")!.AsObject()));

    private static List<string> Validate(string json)
    {
        var validator = new JsonSchemaValidator(JsonNode.Parse(Schema)!.AsObject());
        var errors = new ValidationErrorList();
        using var document = JsonDocument.Parse(json);
        validator.Validate(document.RootElement, errors);
        return errors.Errors.Select(e => e.ToString()).ToList();
    }
}
