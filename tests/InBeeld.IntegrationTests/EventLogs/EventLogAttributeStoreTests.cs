using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;
using InBeeld.Data.EventLogs;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.EventLogs;

/// <summary>Case and event attributes of stored logs (schema version 9), on SQLite and PostgreSQL.</summary>
public sealed class EventLogAttributeStoreTests
{
    /// <summary>
    /// Filters on every attribute type, with the number of cases each keeps counted by hand from
    /// <see cref="AttributeFixtures.TypedXes"/> (times are UTC: the file says +01:00).
    /// </summary>
    public static readonly TheoryData<DatabaseProvider, string, string, bool, int> XesFilters = Filters(
        ("wijk", "Noord", true, 2), ("leeftijd", "-3", true, 1), ("budget", "0.1", true, 1), ("spoed", "true", true, 1),
        ("aanmelddatum", "2024-01-08T08:00:00Z", true, 1), ("dossier", "9f1c", true, 1), ("kanaal", "telefoon", false, 1),
        ("uren", "NaN", true, 1), ("uren", "-0", true, 1), ("prioriteit", "9223372036854775807", true, 1),
        ("ontvangen", "2024-01-14T15:30:00Z", true, 1), ("herhaling", "true", true, 1), ("bericht", "b-77", true, 1),
        ("concept:name", "Besluit", true, 1), ("wijk", "Noord", false, 1));

    [Theory]
    [MemberData(nameof(XesFilters))]
    public async Task TypedXes_LoadsBackEqual_AndEveryFilterKeepsTheSameCases(DatabaseProvider provider, string key, string value, bool keep, int cases)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        using var pseudonymizer = CaseIdPseudonymizer.WithRandomSecret();
        var read = AttributeFixtures.ReadXes(pseudonymizer, AttributeFixtures.Identifying);
        read.CaseAttributes.Select(c => c.Key).ShouldBe(["wijk", "leeftijd", "budget", "aanmelddatum", "spoed", "dossier"]);
        read.EventAttributes.Select(c => c.Key).ShouldBe(["kanaal", "prioriteit", "uren", "ontvangen", "herhaling", "bericht"], ignoreOrder: true);

        var id = await new EventLogStore(db, TimeProvider.System).SaveAsync(Import(study.Id, AttributeFixtures.Identifying), read, null, CancellationToken.None);
        await using var other = database.CreateContext();
        var loaded = (await new EventLogStore(other, TimeProvider.System).LoadAsync(study.Id, id, CancellationToken.None)).ShouldNotBeNull();

        loaded.ShouldEqual(read);
        var filter = new AttributeFilter(key, new HashSet<string> { value }, keep);
        var fromFile = EventLogFilters.Attribute(read, filter);
        var fromStore = EventLogFilters.Attribute(loaded, filter);
        fromFile.CaseCount.ShouldBe(cases, "hand-counted from the fixture");
        fromStore.ShouldEqual(fromFile);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task CsvWithExtraColumns_LoadsBackEqual(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        using var pseudonymizer = CaseIdPseudonymizer.WithRandomSecret();
        var read = AttributeFixtures.ReadCsv(pseudonymizer, ["naam"]);
        read.EventAttributes.Select(c => c.Key).ShouldBe(["kanaal", "bedrag", "regio"]);

        var id = await new EventLogStore(db, TimeProvider.System).SaveAsync(Import(study.Id, ["naam"]), read, null, CancellationToken.None);
        var loaded = (await new EventLogStore(database.CreateContext(), TimeProvider.System).LoadAsync(study.Id, id, CancellationToken.None)).ShouldNotBeNull();

        loaded.ShouldEqual(read);
        var sevens = new AttributeFilter("bedrag", new HashSet<string> { "7" });
        EventLogFilters.Attribute(loaded, sevens).CaseCount.ShouldBe(2, "D2 and D3 paid 7");
        EventLogFilters.Attribute(loaded, sevens).ShouldEqual(EventLogFilters.Attribute(read, sevens));
        var noord = new AttributeFilter("regio", new HashSet<string> { "Noord" });
        EventLogFilters.Attribute(loaded, noord).CaseCount.ShouldBe(2, "D1 and D3");
        EventLogFilters.Attribute(loaded, noord).ShouldEqual(EventLogFilters.Attribute(read, noord));

        // D1's three lines all say Noord: one row for the whole case (sequence −1); D2 and D3 have one
        // line each, stored as is. "kanaal" differs within D1 (telefoon, balie, balie): a row per line.
        var regio = await db.Set<StoredLogAttribute>().Where(a => a.LogId == id && a.Key == "regio").Select(a => a.ColumnNo).SingleAsync();
        var kanaal = await db.Set<StoredLogAttribute>().Where(a => a.LogId == id && a.Key == "kanaal").Select(a => a.ColumnNo).SingleAsync();
        var rows = await db.Set<StoredLogEventAttribute>().Where(a => a.LogId == id).ToListAsync();
        rows.Where(r => r.ColumnNo == regio).Select(r => r.Seq).OrderBy(s => s).ShouldBe([-1, 0, 0]);
        rows.Count(r => r.ColumnNo == kanaal).ShouldBe(4);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task IdentifyingAttributes_AreNotInTheDatabase_EvenWhenTheLogStillHoldsThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        using var pseudonymizer = CaseIdPseudonymizer.WithRandomSecret();
        var store = new EventLogStore(db, TimeProvider.System);

        // The usual way: the reader drops them. And a log read without that choice, stored with it
        // (key spelled differently): the store leaves them out as well.
        var dropped = AttributeFixtures.ReadXes(pseudonymizer, AttributeFixtures.Identifying);
        var holding = AttributeFixtures.ReadXes(pseudonymizer, []);
        holding.FindCaseAttribute("bsn").ShouldNotBeNull();
        holding.FindEventAttribute("naam").ShouldNotBeNull();
        await store.SaveAsync(Import(study.Id, AttributeFixtures.Identifying), dropped, null, CancellationToken.None);
        var second = await store.SaveAsync(Import(study.Id, [" BSN", "Naam"]), holding, null, CancellationToken.None);

        await using var check = database.CreateContext();
        var keys = await check.Set<StoredLogAttribute>().Select(a => a.Key).ToListAsync();
        keys.Count.ShouldBe(24, "12 kept attributes per log");
        keys.ShouldNotContain("bsn");
        keys.ShouldNotContain("naam");
        var texts = await check.Set<StoredLogAttributeValue>().Where(v => v.Text != null).Select(v => v.Text!).ToListAsync();
        texts.ShouldContain("Noord");
        texts.ShouldNotContain("123456782");
        texts.ShouldNotContain("111222333");
        texts.ShouldNotContain("Jansen");
        texts.ShouldNotContain("De Vries");
        var loaded = (await new EventLogStore(check, TimeProvider.System).LoadAsync(study.Id, second, CancellationToken.None)).ShouldNotBeNull();
        loaded.FindCaseAttribute("bsn").ShouldBeNull();
        loaded.FindEventAttribute("naam").ShouldBeNull();
        loaded.FindCaseAttribute("wijk").ShouldNotBeNull();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Delete_RemovesTheAttributeRowsOfThatLogOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        using var pseudonymizer = CaseIdPseudonymizer.WithRandomSecret();
        var store = new EventLogStore(db, TimeProvider.System);
        var keep = await store.SaveAsync(Import(study.Id, []), AttributeFixtures.ReadXes(pseudonymizer, []), null, CancellationToken.None);
        var drop = await store.SaveAsync(Import(study.Id, []), AttributeFixtures.ReadXes(pseudonymizer, []), null, CancellationToken.None);

        (await store.DeleteAsync(study.Id, drop, CancellationToken.None)).ShouldBeTrue();

        await using var check = database.CreateContext();
        (await check.Set<StoredLogAttribute>().AnyAsync(a => a.LogId == drop)).ShouldBeFalse();
        (await check.Set<StoredLogAttributeValue>().AnyAsync(a => a.LogId == drop)).ShouldBeFalse();
        (await check.Set<StoredLogCaseAttribute>().AnyAsync(a => a.LogId == drop)).ShouldBeFalse();
        (await check.Set<StoredLogEventAttribute>().AnyAsync(a => a.LogId == drop)).ShouldBeFalse();

        // The fixture has 13 case values (7 + 4 + 2) and 15 event values (4 + 4 + 3 + 2 + 2).
        (await check.Set<StoredLogCaseAttribute>().CountAsync(a => a.LogId == keep)).ShouldBe(13);
        (await check.Set<StoredLogEventAttribute>().CountAsync(a => a.LogId == keep)).ShouldBe(15);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task SaveCancelledWhileWritingEventAttributes_LeavesNoRows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        var log = WithEventAttribute(TestLogs.Awkward(20_000));
        log.EventCount.ShouldBeGreaterThan(65_536, "progress (and the cancellation) comes after 65,536 rows");

        using var cancel = new CancellationTokenSource();
        var reported = new List<long>();
        var progress = new SyncProgress(written =>
        {
            reported.Add(written);
            if (written > log.EventCount)
            {
                cancel.Cancel();
            }
        });
        await Should.ThrowAsync<OperationCanceledException>(() =>
            new EventLogStore(db, TimeProvider.System).SaveAsync(Import(study.Id, []), log, progress, cancel.Token));

        reported.ShouldContain(w => w > log.EventCount, "progress goes on through the attribute rows");
        await using var check = database.CreateContext();
        (await check.EventLogs.CountAsync()).ShouldBe(0);
        (await check.Set<StoredLogEvent>().CountAsync()).ShouldBe(0);
        (await check.Set<StoredLogAttribute>().CountAsync()).ShouldBe(0);
        (await check.Set<StoredLogAttributeValue>().CountAsync()).ShouldBe(0);
        (await check.Set<StoredLogCaseAttribute>().CountAsync()).ShouldBe(0);
        (await check.Set<StoredLogEventAttribute>().CountAsync()).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task TooLongAttributeKey_IsRefusedInDutch_AndNothingStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        var builder = new EventLogBuilder("lang.xes");
        var c = builder.AddCase(Guid.NewGuid());
        builder.SetCaseAttribute(c, builder.CaseAttributeKey(new string('k', 401)), AttributeValue.FromText("x"));
        builder.AddEvent(c, builder.Activities.Intern("Aanmelding"), EventLog.None, EventLog.None, 0, LifecycleTransition.Complete);

        var error = await Should.ThrowAsync<InputRejectedException>(() =>
            new EventLogStore(db, TimeProvider.System).SaveAsync(Import(study.Id, []), builder.Build(), null, CancellationToken.None));

        error.Errors.Single().Message.ShouldContain("kenmerknaam");
        error.Errors.Single().Message.ShouldContain("langer dan 400 tekens");
        (await db.EventLogs.CountAsync()).ShouldBe(0);
    }

    private static TheoryData<DatabaseProvider, string, string, bool, int> Filters(params (string Key, string Value, bool Keep, int Cases)[] filters)
    {
        var data = new TheoryData<DatabaseProvider, string, string, bool, int>();
        foreach (var provider in new Providers())
        {
            foreach (var (key, value, keep, cases) in filters)
            {
                data.Add(provider, key, value, keep, cases);
            }
        }

        return data;
    }

    /// <summary>The log with one event attribute ("team": one of three values, none on every fifth event).</summary>
    private static EventLog WithEventAttribute(EventLog log)
    {
        AttributeValue[] values = [AttributeValue.FromText("A"), AttributeValue.FromText("B"), AttributeValue.FromInteger(3)];
        var rows = Enumerable.Range(0, log.EventCount).Select(e => e % 5 == 4 ? EventLog.None : e % 3).ToArray();
        return new EventLogColumns
        {
            SourceName = log.SourceName, CaseIds = log.CaseIds.ToArray(), CaseOffsets = log.CaseOffsets.ToArray(), Activity = log.Activity.ToArray(),
            Resource = log.Resource.ToArray(), Organization = log.Organization.ToArray(), Complete = log.Complete.ToArray(),
            Start = log.HasStartTimes ? log.Start.ToArray() : null, ActivityNames = log.ActivityNames, ResourceNames = log.ResourceNames,
            OrganizationNames = log.OrganizationNames, EventAttributes = [AttributeColumn.FromParts("team", values, rows)],
        }.ToEventLog();
    }

    private static EventLogImport Import(Guid studyId, string[] dropped) => new()
    {
        StudyId = studyId, Name = "Kenmerken", Format = EventLogFormat.Xes, SourceName = "typed.xes", ImportedBy = "coordinator@example.org",
        DroppedAttributes = dropped,
    };

    private sealed class SyncProgress(Action<long> act) : IProgress<long>
    {
        public void Report(long value) => act(value);
    }
}
