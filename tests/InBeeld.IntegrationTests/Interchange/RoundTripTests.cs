using System.Text;
using InBeeld.Core.Generation;
using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;
using InBeeld.Data;
using InBeeld.Data.Interchange;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Interchange;

public sealed class RoundTripTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task ExportImportExport_IsByteIdentical(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await MigratedAsync(database);
        var document = StudyGenerator.Generate(new GenerationOptions { Interviews = 60, Seed = 7 });

        var firstId = await new StudyImporter(db, FixedTimeProvider.Default).ImportAsync(document, null, CancellationToken.None);
        var first = await ExportAsync(db, firstId);
        var secondId = await new StudyImporter(db, FixedTimeProvider.Default).ImportAsync(new MemoryStream(first), "eerste.json", null, CancellationToken.None);
        var second = await ExportAsync(db, secondId);

        secondId.ShouldNotBe(firstId);
        Encoding.UTF8.GetString(second).ShouldBe(Encoding.UTF8.GetString(first));
        second.SequenceEqual(first).ShouldBeTrue();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task GeneratedDocument_ExportsAsTheSameTextItWasSerialisedAs(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await MigratedAsync(database);
        var document = StudyGenerator.Generate(new GenerationOptions { Interviews = 25, Seed = 3 });
        using var serialised = new MemoryStream();
        await StudyJson.SerializeAsync(document, serialised, CancellationToken.None);

        var id = await new StudyImporter(db, FixedTimeProvider.Default).ImportAsync(document, null, CancellationToken.None);

        Encoding.UTF8.GetString(await ExportAsync(db, id)).ShouldBe(Encoding.UTF8.GetString(serialised.ToArray()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Import_StoresStepsWithIdsPrecisionAndQuotesReadableByEf(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await MigratedAsync(database);
        var document = InterchangeSamples.Small();

        var id = await new StudyImporter(db, FixedTimeProvider.Default).ImportAsync(document, null, CancellationToken.None);

        await using var check = database.CreateContext();
        var study = await check.Studies.SingleAsync(s => s.Id == id);
        study.Title.ShouldBe("Overgang naar het mbo");
        study.IsFictitious.ShouldBeTrue();
        study.CreatedAt.ShouldBe(FixedTimeProvider.Default.GetUtcNow());
        var interview = await check.Interviews.Include(i => i.Steps).ThenInclude(s => s.Quotes).SingleAsync(i => i.StudyId == id);
        interview.Consent.Given.ShouldBeTrue();
        interview.Mode.ShouldBe(InterviewMode.Phone);
        var steps = interview.Steps.OrderBy(s => s.Order).ToList();
        steps.Select(s => s.DatePrecision).ShouldBe([DatePrecision.Year, DatePrecision.Month, DatePrecision.Day]);
        steps.Select(s => s.Date).ShouldBe([new DateOnly(2019, 1, 1), new DateOnly(2019, 9, 1), new DateOnly(2019, 9, 15)]);
        steps[1].Handover.ShouldBe(HandoverKind.Cold);
        steps[1].Experience.ShouldBe(-2);
        steps[1].Quotes.Single().Text.ShouldBe("Ik moest mijn verhaal opnieuw vertellen.");
        var uwv = await check.Organizations.SingleAsync(o => o.StudyId == id && o.Name == "UWV");
        steps[1].OrganizationId.ShouldBe(uwv.Id);
        (await check.ParticipantAttributeValues.CountAsync()).ShouldBe(2);
    }

    internal static async Task<InBeeldDbContext> MigratedAsync(TestDatabase database)
    {
        var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        return db;
    }

    internal static async Task<byte[]> ExportAsync(InBeeldDbContext db, Guid studyId)
    {
        using var output = new MemoryStream();
        (await new StudyExporter(db).ExportAsync(studyId, output, null, CancellationToken.None)).ShouldBeTrue();
        return output.ToArray();
    }
}
