using System.Text;
using InBeeld.Core.Generation;
using InBeeld.Core.Validation;
using InBeeld.Data;
using InBeeld.Data.Interchange;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Interchange;

public sealed class ImportAtomicityTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task ImportCancelledWhileWritingSteps_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await RoundTripTests.MigratedAsync(database);
        var document = StudyGenerator.Generate(new GenerationOptions { Interviews = 1_200, Seed = 2 });
        using var cancellation = new CancellationTokenSource();
        // Cancels after the first chunk of interviews, steps and quotes has been written.
        var progress = new SynchronousProgress(p =>
        {
            if (p is { Stage: ImportStage.Writing, Done: > 0 })
            {
                cancellation.Cancel();
            }
        });

        await Should.ThrowAsync<OperationCanceledException>(
            () => new StudyImporter(db, FixedTimeProvider.Default).ImportAsync(document, progress, cancellation.Token));

        await AssertEmptyAsync(database);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task RejectedFile_ChangesNothing_AndListsTheProblem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await RoundTripTests.MigratedAsync(database);
        var json = """{ "format": "inbeeld-study", "formatVersion": 1, "study": { "title": "Proef" }, "interviews": [ { "participant": "P-1", "date": "2020-01-01", "consent": { "given": true } } ] }""";

        var rejected = await Should.ThrowAsync<InputRejectedException>(() => new StudyImporter(db, FixedTimeProvider.Default)
            .ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "proef.json", null, CancellationToken.None));

        rejected.Errors.Single().ToString().ShouldBe("$.interviews[0].participant: Onbekende deelnemer 'P-1': die staat niet in 'participants'.");
        await AssertEmptyAsync(database);
    }

    private static async Task AssertEmptyAsync(TestDatabase database)
    {
        await using var check = database.CreateContext();
        (await check.Studies.CountAsync()).ShouldBe(0);
        (await check.Participants.CountAsync()).ShouldBe(0);
        (await check.Interviews.CountAsync()).ShouldBe(0);
        (await check.Steps.CountAsync()).ShouldBe(0);
        (await check.Quotes.CountAsync()).ShouldBe(0);
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
