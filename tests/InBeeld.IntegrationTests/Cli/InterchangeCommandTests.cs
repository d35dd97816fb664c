using InBeeld.Core.Interchange;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Cli;

public sealed class InterchangeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inbeeld-cli-").FullName;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task GenerateImportExport_GivesBackTheSameFile(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cli = new CliRunner(database);
        var generatedPath = Path.Combine(_folder, "gegenereerd.json");
        var exportedPath = Path.Combine(_folder, "export", "onderzoek.json");

        var generate = await cli.RunAsync("generate", "--interviews", "40", "--seed", "8", "-o", generatedPath);
        var import = await cli.RunAsync("import", generatedPath);
        var export = await cli.RunAsync("export", "Gegenereerd", "-o", exportedPath);

        generate.ExitCode.ShouldBe(0, generate.ToString());
        import.ExitCode.ShouldBe(0, import.ToString());
        import.Output.ShouldStartWith("'gegenereerd.json' is geïmporteerd als onderzoek ");
        import.Error.ShouldContain("Importeren van gegenereerd.json: opslaan 40/40");
        export.ExitCode.ShouldBe(0, export.ToString());
        File.ReadAllBytes(exportedPath).SequenceEqual(File.ReadAllBytes(generatedPath)).ShouldBeTrue();
        Directory.GetFiles(Path.GetDirectoryName(exportedPath)!).ShouldBe([exportedPath]);
    }

    [Fact]
    public async Task ImportOfInvalidFile_FailsWithEveryProblem_AndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var path = Path.Combine(_folder, "fout.json");
        await File.WriteAllTextAsync(path, """
            { "format": "inbeeld-study", "formatVersion": 1, "study": { "title": "Proef" },
              "participants": [ { "code": "P-1" } ],
              "interviews": [ { "participant": "P-1", "date": "2020-01-01", "consent": { "given": true },
                                "steps": [ { "description": "Intake", "experience": 5, "organisation": "UWV" } ] } ] }
            """);

        var result = await new CliRunner(database).RunAsync("import", path);

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain("Het bestand is niet geïmporteerd; er is niets gewijzigd. Gevonden problemen (2):");
        result.Error.ShouldContain("  $.interviews[0].steps[0].experience: 5 is te groot: het maximum is 2.");
        result.Error.ShouldContain("  $.interviews[0].steps[0].organisation: Onbekend veld 'organisation'.");
        result.Error.ShouldNotContain("   at ");
        await using var db = database.CreateContext();
        (await db.Studies.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ImportOfMalformedJson_NamesLineAndPosition()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var path = Path.Combine(_folder, "kapot.json");
        await File.WriteAllTextAsync(path, "{\n  \"format\": \"inbeeld-study\",\n  \"study\": { \"title\": \"x\" \n}");

        var result = await new CliRunner(database).RunAsync("import", path);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("  regel 4, positie 2: Dit is geen geldige JSON");
    }

    [Fact]
    public async Task Schema_WritesTheCommittedSchemaFile()
    {
        var path = Path.Combine(_folder, "study.schema.json");

        var toFile = await CliRunner.RunRawAsync("schema", "-o", path);
        var toStdout = await CliRunner.RunRawAsync("schema");

        toFile.ExitCode.ShouldBe(0);
        (await File.ReadAllTextAsync(path)).ShouldBe(StudySchema.ToText());
        toStdout.Output.ShouldBe(StudySchema.ToText());
    }

    [Fact]
    public async Task GenerateToStandardOutput_IsDeterministicJson()
    {
        var first = await CliRunner.RunRawAsync("generate", "--interviews", "3", "--seed", "9");
        var second = await CliRunner.RunRawAsync("generate", "--interviews", "3", "--seed", "9");

        first.ExitCode.ShouldBe(0);
        first.Output.ShouldBe(second.Output);
        new StudyJsonReader().Read(System.Text.Encoding.UTF8.GetBytes(first.Output)).Interviews.Count.ShouldBe(3);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
