using InBeeld.Core.Validation;
using InBeeld.Data.Interchange;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.Interchange;

public sealed class ImportLimitTests
{
    [Fact]
    public async Task FileOverTheLimit_IsRefusedBeforeReading_NamingFileAndLimit()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await RoundTripTests.MigratedAsync(database);
        var path = Path.Combine(Path.GetTempPath(), $"groot-{Guid.NewGuid():N}.json");
        try
        {
            // Sparse: 200 MB long, but nothing is written to disk.
            await using (var file = new FileStream(path, FileMode.CreateNew))
            {
                file.SetLength(200L * 1024 * 1024);
            }

            var rejected = await Should.ThrowAsync<InputRejectedException>(
                () => new StudyImporter(db, FixedTimeProvider.Default).ImportFileAsync(path, null, CancellationToken.None));

            var error = rejected.Errors.Single();
            error.Location.ShouldBe(Path.GetFileName(path));
            error.Message.ShouldBe($"Het bestand '{Path.GetFileName(path)}' is 200 MB; een import mag hoogstens 100 MB zijn.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Limit_IsConfigurable_AndAppliesToStreamsToo()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await RoundTripTests.MigratedAsync(database);
        var importer = new StudyImporter(db, FixedTimeProvider.Default, new StudyImportOptions { MaxFileBytes = 1024 * 1024 });

        var rejected = await Should.ThrowAsync<InputRejectedException>(
            () => importer.ImportAsync(new MemoryStream(new byte[2 * 1024 * 1024]), "upload.json", null, CancellationToken.None));

        rejected.Errors.Single().Message.ShouldBe("Het bestand 'upload.json' is 2 MB; een import mag hoogstens 1 MB zijn.");
    }

    [Fact]
    public async Task MissingFile_IsNamed()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await RoundTripTests.MigratedAsync(database);

        var rejected = await Should.ThrowAsync<InputRejectedException>(
            () => new StudyImporter(db, FixedTimeProvider.Default).ImportFileAsync("/tmp/bestaat-niet.json", null, CancellationToken.None));

        rejected.Errors.Single().Message.ShouldBe("Het bestand '/tmp/bestaat-niet.json' bestaat niet.");
    }

    [Fact]
    public async Task ExportOfUnknownStudy_WritesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await RoundTripTests.MigratedAsync(database);
        using var output = new MemoryStream();

        (await new StudyExporter(db).ExportAsync(Guid.NewGuid(), output, null, CancellationToken.None)).ShouldBeFalse();
        output.Length.ShouldBe(0);
    }
}
