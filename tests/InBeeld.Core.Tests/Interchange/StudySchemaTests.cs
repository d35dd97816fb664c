using System.Text.Json.Nodes;
using InBeeld.Core.Interchange;
using InBeeld.Core.Interchange.Schema;
using InBeeld.Core.Interviews;

namespace InBeeld.Core.Tests.Interchange;

public sealed class StudySchemaTests
{
    [Fact]
    public void CommittedSchemaFile_EqualsTheSchemaTheCodeGenerates()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "schema", "study.schema.json");

        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");

        committed.ShouldBe(StudySchema.ToText(),
            "docs/schema/study.schema.json is out of date: regenerate it with `inbeeld schema -o docs/schema/study.schema.json` " +
            "(dotnet run --project src/InBeeld.Cli -- schema -o docs/schema/study.schema.json).");
    }

    [Fact]
    public void Schema_TakesItsLimitsFromInterviewRules()
    {
        var step = Step();

        step["properties"]!["experience"]!["minimum"]!.GetValue<int>().ShouldBe(InterviewRules.MinExperience);
        step["properties"]!["experience"]!["maximum"]!.GetValue<int>().ShouldBe(InterviewRules.MaxExperience);
        step["properties"]!["description"]!["maxLength"]!.GetValue<int>().ShouldBe(InterviewRules.MaxDescriptionLength);
        step["properties"]!["date"]!["pattern"]!.GetValue<string>().ShouldBe(StepDate.Pattern);
        step["additionalProperties"]!.GetValue<bool>().ShouldBeFalse();
        var interview = StudySchema.Create()["properties"]!["interviews"]!["items"]!;
        interview["properties"]!["transcript"]!["maxLength"]!.GetValue<int>().ShouldBe(InterviewRules.MaxTranscriptLength);
        interview["required"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["participant", "date", "consent"], ignoreOrder: true);
    }

    [Fact]
    public void Schema_DescribesFieldsInDutch_AndEnumsAsCamelCaseStrings()
    {
        var step = Step();

        step["properties"]!["experience"]!["description"]!.GetValue<string>().ShouldBe("Beleving van -2 (heel slecht) tot +2 (heel goed).");
        step["properties"]!["handover"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["notRecorded", "warm", "cold", "none"]);
    }

    [Fact]
    public void Schema_UsesOnlyKeywordsTheValidatorChecks() =>
        Should.NotThrow(() => new JsonSchemaValidator(StudySchema.Create()));

    private static JsonNode Step() =>
        StudySchema.Create()["properties"]!["interviews"]!["items"]!["properties"]!["steps"]!["items"]!;

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "InBeeld.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("InBeeld.slnx not found above the test binaries.");
    }
}
