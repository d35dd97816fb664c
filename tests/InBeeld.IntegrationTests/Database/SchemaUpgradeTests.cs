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

            // Written while the database is at version 1: only tables of that version are touched.
            var study = new Study { Title = "Onderzoek uit versie 1", CreatedAt = DateTimeOffset.UnixEpoch };
            var phase = new Phase { Name = "Overstap", Order = 0 };
            var uwv = new Organization { Name = "UWV", Type = OrganizationType.Uwv };
            study.Phases.Add(phase);
            study.Organizations.Add(uwv);
            study.Municipalities.Add(new StudyMunicipality { CbsCode = "GM0222" });
            var participant = new Participant { StudyId = study.Id, Code = "V1-01" };
            db.AddRange(study, participant);
            db.Interviews.Add(new Interview
            {
                StudyId = study.Id,
                ParticipantId = participant.Id,
                Date = new DateOnly(2020, 3, 17),
                Consent = new Consent { Given = true, Date = new DateOnly(2020, 3, 1), RecordedBy = "Onderzoeker A" },
                Steps =
                [
                    new Step
                    {
                        Description = "Aanmelding bij UWV",
                        PhaseId = phase.Id,
                        OrganizationId = uwv.Id,
                        Experience = -1,
                        Handover = HandoverKind.Cold,
                        WaitingDays = 21,
                        Quotes = [new Quote { Text = "Ik moest alles opnieuw vertellen." }],
                    },
                ],
            });
            await db.SaveChangesAsync();
            studyId = study.Id;
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
