using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Tests.Interchange;

public sealed class StudyJsonReaderTests
{
    [Fact]
    public void ValidFile_IsReadWithEveryValue()
    {
        var document = new StudyJsonReader().Read(StudyJson.SerializeToUtf8Bytes(ReaderSamples.Document()));

        document.Interviews.Count.ShouldBe(4);
        document.Interviews[0].Steps[0].Handover.ShouldBe(HandoverKind.Warm);
        document.Participants[0].Attributes["schooljaren"].ShouldBe("4.5");
        document.Study.Municipalities.ShouldBe(["GM0222", "GM0197"]);
    }

    [Fact]
    public void Serialised_UsesCamelCaseNamesAndEnumStrings_AndLeavesOutNulls()
    {
        var text = Encoding.UTF8.GetString(StudyJson.SerializeToUtf8Bytes(ReaderSamples.Document()));

        text.ShouldContain("\"formatVersion\": 1");
        text.ShouldContain("\"handover\": \"warm\"");
        text.ShouldContain("\"type\": \"uwv\"");
        text.ShouldContain("\"date\": \"2020-03-17\"");
        text.ShouldNotContain("\"painPoint\"");
    }

    [Fact]
    public void MalformedJson_NamesLineAndPosition()
    {
        var json = "{\n  \"format\": \"inbeeld-study\",\n  \"formatVersion\" 1\n}";

        Errors(Encoding.UTF8.GetBytes(json)).ShouldBe(
            ["regel 3, positie 19: Dit is geen geldige JSON (of een veld staat twee keer in hetzelfde object). Kijk rond deze plek naar komma's, aanhalingstekens en haakjes."]);
    }

    [Fact]
    public void DuplicateProperty_IsRejected() =>
        Errors(Encoding.UTF8.GetBytes("{\"format\": \"inbeeld-study\", \"format\": \"x\"}")).Single().ShouldStartWith("regel 1, positie");

    [Fact]
    public void ExperienceOutOfRange_NamesTheJsonPath() =>
        Reject(json => json["interviews"]![3]!["steps"]![0]!["experience"] = 3)
            .ShouldBe(["$.interviews[3].steps[0].experience: 3 is te groot: het maximum is 2."]);

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        var errors = Reject(json =>
        {
            json["interviews"]![0]!["steps"]![0]!["organization"] = "Gemeente";
            json["interviews"]![1]!["steps"]![1]!["phase"] = "Nazorg";
            json["interviews"]![2]!["participant"] = "P-99";
            json["channels"]!.AsArray().Add(new JsonObject { ["name"] = "balie" });
        });

        errors.ShouldBe(
        [
            "$.channels[1]: 'balie' staat al eerder in 'channels' (op plaats 0); elke naam mag maar één keer voorkomen.",
            "$.interviews[0].steps[0].organization: Onbekende organisatie 'Gemeente': die staat niet in 'organizations'.",
            "$.interviews[1].steps[1].phase: Onbekende fase 'Nazorg': die staat niet in 'phases'.",
            "$.interviews[2].participant: Onbekende deelnemer 'P-99': die staat niet in 'participants'.",
        ]);
    }

    [Fact]
    public void DuplicateAndInvalidPseudonyms_AreRejected()
    {
        Reject(json => json["participants"]![1]!["code"] = "P-01").ShouldContain(
            "$.participants[1]: 'P-01' staat al eerder in 'participants' (op plaats 0); elke naam mag maar één keer voorkomen.");
        Reject(json => json["participants"]![0]!["code"] = "Jan Jansen").ShouldBe(
            ["$.participants[0].code: 'Jan Jansen' heeft niet de juiste vorm: verwacht een pseudoniemcode van letters, cijfers, '-' en '_' (geen spaties, geen naam)."]);
    }

    [Theory]
    [InlineData("schooljaren", "vier", "'vier' is geen getal; gebruik een punt als decimaalteken, zoals 12.5.")]
    [InlineData("schooljaren", "4,5", "'4,5' is geen getal; gebruik een punt als decimaalteken, zoals 12.5.")]
    [InlineData("eerste-contact", "01-08-2019", "'01-08-2019' is geen datum in de vorm 2020-03-17.")]
    [InlineData("leeftijdsgroep", "30+", "'30+' is geen van de keuzes van dit kenmerk: 16-17, 18-20.")]
    [InlineData("woonplaats", "Lochem", "Onbekend kenmerk 'woonplaats': het staat niet in 'attributes'.")]
    public void AttributeValue_MustFitItsDefinition(string key, string value, string message)
    {
        var path = key.Contains('-') ? $"$.participants[1].attributes['{key}']" : $"$.participants[1].attributes.{key}";

        Reject(json => json["participants"]![1]!["attributes"]![key] = value).ShouldBe([$"{path}: {message}"]);
    }

    [Fact]
    public void OversizedTranscript_IsRejected() =>
        Reject(json => json["interviews"]![0]!["transcript"] = new string('a', InterviewRules.MaxTranscriptLength + 1))
            .ShouldBe(["$.interviews[0].transcript: Deze tekst is 500001 tekens lang; het maximum is 500000."]);

    [Fact]
    public void MunicipalityCodes_MustHaveTheFormAndExist()
    {
        Reject(json => json["study"]!["municipalities"]![0] = "0222").ShouldBe(
            ["$.study.municipalities[0]: '0222' heeft niet de juiste vorm: verwacht een CBS-gemeentecode als GM0222."]);
        Reject(json => json["study"]!["municipalities"]![0] = "GM9999").ShouldBe(
            ["$.study.municipalities[0]: 'GM9999' is geen bekende CBS-gemeentecode."]);
    }

    [Fact]
    public void StepDateThatDoesNotExist_IsRejected() =>
        Reject(json => json["interviews"]![0]!["steps"]![0]!["date"] = "2019-02-30")
            .ShouldBe(["$.interviews[0].steps[0].date: '2019-02-30' is geen bestaande datum."]);

    [Fact]
    public void ManyErrors_AreCappedWithACount()
    {
        var errors = Reject(json =>
        {
            foreach (var interview in json["interviews"]!.AsArray())
            {
                interview!["steps"] = new JsonArray(Enumerable.Range(0, 30).Select(_ => (JsonNode)new JsonObject { ["description"] = "x", ["experience"] = 9 }).ToArray());
            }
        });

        errors.Count.ShouldBe(ValidationErrorList.DefaultMaxErrors + 1);
        errors[^1].ShouldBe("…: … en nog 70 andere fouten; alleen de eerste 50 staan hierboven.");
    }

    [Fact]
    public void Messages_AreEnglish_WhenTheUiCultureIsEnglish()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        try
        {
            Reject(json => json["interviews"]![3]!["steps"]![0]!["experience"] = -5)
                .ShouldBe(["$.interviews[3].steps[0].experience: -5 is too small: the minimum is -2."]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static List<string> Reject(Action<JsonObject> change)
    {
        var json = ReaderSamples.Json();
        change(json);
        return Errors(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    private static List<string> Errors(byte[] utf8) =>
        Should.Throw<InputRejectedException>(() => new StudyJsonReader().Read(utf8)).Errors.Select(e => e.ToString()).ToList();
}
