using System.Security.Cryptography;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;
using InBeeld.Data.EventLogs;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.EventLogs;

public sealed class EventLogStoreTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task SavedLog_LoadsBackEqual(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        var log = TestLogs.Awkward(500);
        log.HasStartTimes.ShouldBeTrue();
        log.CaseOffsets.ToArray().Zip(log.CaseOffsets.ToArray().Skip(1)).ShouldContain(p => p.First == p.Second, "the log has empty cases");

        var store = new EventLogStore(db, TimeProvider.System);
        var reported = new List<long>();
        var id = await store.SaveAsync(Import(study.Id, ["bsn", "naam"]), log, new SyncProgress(reported), CancellationToken.None);

        await using var other = database.CreateContext();
        var loaded = await new EventLogStore(other, TimeProvider.System).LoadAsync(study.Id, id, CancellationToken.None);
        loaded.ShouldNotBeNull().ShouldEqual(log);
        var row = await other.EventLogs.SingleAsync();
        (row.Name, row.SourceFormat, row.SourceName, row.ImportedBy).ShouldBe(("Wijkteam 2024", EventLogFormat.Xes, "wijkteam.xes.gz", "coordinator@example.org"));
        (row.CaseCount, row.EventCount, row.HasStartTimes).ShouldBe((log.CaseCount, log.EventCount, true));
        row.DroppedAttributes.Split('\n').ShouldBe(["bsn", "naam"]);
        reported[^1].ShouldBe(log.EventCount);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task LogWithoutStartTimes_AndAnEmptyLog_LoadBackEqual(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        var builder = new EventLogBuilder("twee.csv");
        var a = builder.AddCase(Guid.NewGuid());
        builder.AddEvent(a, builder.Activities.Intern("Aanvraag"), EventLog.None, EventLog.None, TestLogs.Origin.Ticks, LifecycleTransition.Complete);
        builder.AddEvent(a, builder.Activities.Intern("Besluit"), EventLog.None, EventLog.None, TestLogs.Origin.Ticks, LifecycleTransition.Complete);
        var simple = builder.Build();
        var empty = new EventLogBuilder("leeg.csv").Build();

        var store = new EventLogStore(db, TimeProvider.System);
        var simpleId = await store.SaveAsync(Import(study.Id, []), simple, null, CancellationToken.None);
        var emptyId = await store.SaveAsync(Import(study.Id, []), empty, null, CancellationToken.None);

        (await store.LoadAsync(study.Id, simpleId, CancellationToken.None)).ShouldNotBeNull().ShouldEqual(simple);
        (await store.LoadAsync(study.Id, emptyId, CancellationToken.None)).ShouldNotBeNull().EventCount.ShouldBe(0);
        (await store.LoadAsync(Guid.NewGuid(), simpleId, CancellationToken.None)).ShouldBeNull("another study's log is not found");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task FailedSave_LeavesNoRows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        var log = TestLogs.Awkward(20_000);
        log.EventCount.ShouldBeGreaterThan(65_536, "progress (and the cancellation) comes after 65,536 rows");

        // Cancelled half-way through the events: the log row, names and cases were already written.
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress([], written => { written.ShouldBeLessThan(log.EventCount); cancel.Cancel(); });
        await Should.ThrowAsync<OperationCanceledException>(() =>
            new EventLogStore(db, TimeProvider.System).SaveAsync(Import(study.Id, []), log, progress, cancel.Token));

        await using var check = database.CreateContext();
        (await check.EventLogs.CountAsync()).ShouldBe(0);
        (await check.Set<StoredLogName>().CountAsync()).ShouldBe(0);
        (await check.Set<StoredLogCase>().CountAsync()).ShouldBe(0);
        (await check.Set<StoredLogEvent>().CountAsync()).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task TooLongActivityName_IsRefusedInDutch_AndNothingStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        var builder = new EventLogBuilder("lang.csv");
        var c = builder.AddCase(Guid.NewGuid());
        builder.AddEvent(c, builder.Activities.Intern(new string('x', 401)), EventLog.None, EventLog.None, 0, LifecycleTransition.Complete);

        var error = await Should.ThrowAsync<InputRejectedException>(() =>
            new EventLogStore(db, TimeProvider.System).SaveAsync(Import(study.Id, []), builder.Build(), null, CancellationToken.None));

        error.Errors.Single().Message.ShouldContain("langer dan 400 tekens");
        (await db.EventLogs.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Delete_RemovesEveryRowOfThatLogOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        var store = new EventLogStore(db, TimeProvider.System);
        var keep = await store.SaveAsync(Import(study.Id, []), TestLogs.Awkward(50, seed: 1), null, CancellationToken.None);
        var drop = await store.SaveAsync(Import(study.Id, []), TestLogs.Awkward(50, seed: 2), null, CancellationToken.None);

        (await store.DeleteAsync(Guid.NewGuid(), drop, CancellationToken.None)).ShouldBeFalse("not in that study");
        (await store.DeleteAsync(study.Id, drop, CancellationToken.None)).ShouldBeTrue();

        (await db.EventLogs.Select(l => l.Id).ToListAsync()).ShouldBe([keep]);
        (await db.Set<StoredLogEvent>().AnyAsync(e => e.LogId == drop)).ShouldBeFalse();
        (await db.Set<StoredLogCase>().AnyAsync(e => e.LogId == drop)).ShouldBeFalse();
        (await db.Set<StoredLogEvent>().AnyAsync(e => e.LogId == keep)).ShouldBeTrue();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task StudySecret_IsMadeOnce_StoredEncrypted_AndGivesTheSamePseudonymEveryTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        var otherStudy = await TestLogs.StudyAsync(db, "Ander onderzoek");
        var protector = new XorProtector();

        Guid first, second, elsewhere;
        using (var p = await new EventLogSecrets(db, protector, TimeProvider.System).PseudonymizerAsync(study.Id, CancellationToken.None))
        {
            first = p.Pseudonymize("123456782");
        }

        await using (var again = database.CreateContext())
        using (var p = await new EventLogSecrets(again, protector, TimeProvider.System).PseudonymizerAsync(study.Id, CancellationToken.None))
        {
            second = p.Pseudonymize("123456782");
        }

        using (var p = await new EventLogSecrets(db, protector, TimeProvider.System).PseudonymizerAsync(otherStudy.Id, CancellationToken.None))
        {
            elsewhere = p.Pseudonymize("123456782");
        }

        second.ShouldBe(first, "two logs of one study join on the same person");
        elsewhere.ShouldNotBe(first, "each study has its own secret");
        var stored = await db.Set<EventLogKey>().SingleAsync(k => k.StudyId == study.Id);
        stored.Protected.ShouldStartWith("protected:");
    }

    private static EventLogImport Import(Guid studyId, string[] dropped) => new()
    {
        StudyId = studyId, Name = "Wijkteam 2024", Format = EventLogFormat.Xes, SourceName = "/tmp/upload/wijkteam.xes.gz",
        ImportedBy = "coordinator@example.org", DroppedAttributes = dropped,
    };

    /// <summary>Reports synchronously (Progress&lt;T&gt; posts to the thread pool), so a test can act at once.</summary>
    private sealed class SyncProgress(List<long> reported, Action<long>? act = null) : IProgress<long>
    {
        public void Report(long value)
        {
            reported.Add(value);
            act?.Invoke(value);
        }
    }

    /// <summary>A stand-in for Data Protection: reversible, visibly not the plain secret.</summary>
    private sealed class XorProtector : ISecretProtector
    {
        public string Protect(Guid studyId, byte[] secret) => "protected:" + Convert.ToBase64String(Xor(secret));

        public byte[] Unprotect(Guid studyId, string protectedText) =>
            protectedText.StartsWith("protected:", StringComparison.Ordinal) ? Xor(Convert.FromBase64String(protectedText["protected:".Length..])) : throw new CryptographicException();

        private static byte[] Xor(byte[] bytes) => [.. bytes.Select(b => (byte)(b ^ 0x5A))];
    }
}
