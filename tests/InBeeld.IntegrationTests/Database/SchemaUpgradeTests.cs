using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.Data.Migrations;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InBeeld.IntegrationTests.Database;

public sealed class SchemaUpgradeTests
{
    private static readonly string Version1 = typeof(M0001_InitialSchema)
        .GetCustomAttributes(typeof(MigrationAttribute), false).Cast<MigrationAttribute>().Single().Id;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task DatabaseOfSchemaVersion1_UpgradesWithoutLosingData(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid studyId;
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(Version1);
            (await db.Database.GetAppliedMigrationsAsync()).ShouldBe([Version1]);

            // Written with plain SQL in version 1's own columns: later versions add columns to these
            // tables, so the current model cannot write a version-1 row.
            studyId = Guid.CreateVersion7();
            var phase = Guid.CreateVersion7();
            var uwv = Guid.CreateVersion7();
            var participant = Guid.CreateVersion7();
            var interview = Guid.CreateVersion7();
            var step = Guid.CreateVersion7();
            var epoch = DateTimeOffset.UnixEpoch;
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Studies" ("Id", "Title", "IsFictitious", "CreatedAt") VALUES ({0}, {1}, {2}, {3})""",
                studyId, "Onderzoek uit versie 1", false, epoch);
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "Phases" ("Id", "StudyId", "Name", "Order") VALUES ({0}, {1}, {2}, 0)""", phase, studyId, "Overstap");
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Organizations" ("Id", "StudyId", "Name", "Type", "Order") VALUES ({0}, {1}, {2}, {3}, 0)""", uwv, studyId, "UWV", "Uwv");
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "StudyMunicipalities" ("StudyId", "CbsCode") VALUES ({0}, {1})""", studyId, "GM0222");
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Participants" ("Id", "StudyId", "Code", "CreatedAt") VALUES ({0}, {1}, {2}, {3})""", participant, studyId, "V1-01", epoch);
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "Interviews" ("Id", "StudyId", "ParticipantId", "Date", "Mode", "CreatedAt", "UpdatedAt", "ConsentGiven", "ConsentDate", "ConsentRecordedBy", "ConsentByGuardian")
                VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {5}, {6}, {7}, {8}, {9})
                """,
                interview, studyId, participant, new DateOnly(2020, 3, 17), "FaceToFace", epoch, true, new DateOnly(2020, 3, 1), "Onderzoeker A", false);
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "Steps" ("Id", "InterviewId", "Order", "PhaseId", "OrganizationId", "Description", "DatePrecision", "Experience", "Handover", "WaitingDays")
                VALUES ({0}, {1}, 0, {2}, {3}, {4}, {5}, {6}, {7}, {8})
                """,
                step, interview, phase, uwv, "Aanmelding bij UWV", "Unknown", -1, "Cold", 21);
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Quotes" ("Id", "StepId", "Text", "Order") VALUES ({0}, {1}, {2}, 0)""", Guid.CreateVersion7(), step, "Ik moest alles opnieuw vertellen.");
        }

        await using (var db = database.CreateContext())
        {
            await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        }

        await using (var db = database.CreateContext())
        {
            var study = await db.Studies.Include(s => s.Municipalities).Include(s => s.Phases).SingleAsync();
            study.Id.ShouldBe(studyId);
            study.Title.ShouldBe("Onderzoek uit versie 1");
            study.Municipalities.Single().CbsCode.ShouldBe("GM0222");
            var interview = await db.Interviews.Include(i => i.Steps).ThenInclude(s => s.Quotes).SingleAsync();
            interview.Consent.RecordedBy.ShouldBe("Onderzoeker A");
            var step = interview.Steps.Single();
            (step.Experience, step.Handover, step.WaitingDays).ShouldBe((-1, HandoverKind.Cold, 21));
            step.Quotes.Single().Text.ShouldBe("Ik moest alles opnieuw vertellen.");

            // What version 2 added works on the upgraded data.
            var definition = new AttributeDefinition
            {
                StudyId = studyId, Key = "leeftijdsgroep", Label = "Leeftijdsgroep", Type = AttributeType.Choice, Choices = ["16-17", "18-22"],
            };
            db.AttributeDefinitions.Add(definition);
            var participant = await db.Participants.SingleAsync();
            participant.Attributes.Add(new ParticipantAttributeValue { AttributeDefinitionId = definition.Id, Value = "18-22" });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var participant = await db.Participants.Include(p => p.Attributes).SingleAsync();
            participant.Code.ShouldBe("V1-01");
            participant.Attributes.Single().Value.ShouldBe("18-22");
            (await db.AttributeDefinitions.SingleAsync()).Choices.ShouldBe(["16-17", "18-22"]);
        }
    }
}
