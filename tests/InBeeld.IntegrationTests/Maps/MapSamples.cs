using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;
using InBeeld.Data;
using InBeeld.Data.Interchange;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Interchange;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Maps;

/// <summary>
/// A small fictitious study for map tests: ACH-07 with an Arabic and a Tigrinya step and three
/// quotes on one step, ACH-08 without consent, and ACH-09 interviewed twice.
/// </summary>
internal static class MapSamples
{
    public const string Title = "Kaarten in de Achterhoek";
    public const string Arabic = "ذهبت إلى البلدية";
    public const string Tigrinya = "ናብ ቤት ጽሕፈት ከይደ";

    public static StudyDocument Document() => new()
    {
        Format = StudyDocument.FormatName,
        FormatVersion = StudyDocument.CurrentFormatVersion,
        Study = new StudyInfo { Title = Title, Fictitious = true },
        Organizations = [new OrganizationItem { Name = "School" }, new OrganizationItem { Name = "UWV" }, new OrganizationItem { Name = "Gemeente" }],
        Phases = [new PhaseItem { Name = "Oriëntatie" }, new PhaseItem { Name = "Aanmelding" }],
        Channels = [new ChannelItem { Name = "Balie" }],
        Participants = [new ParticipantItem { Code = "ACH-07" }, new ParticipantItem { Code = "ACH-08" }, new ParticipantItem { Code = "ACH-09" }],
        Interviews =
        [
            new InterviewItem
            {
                Participant = "ACH-07",
                Date = new DateOnly(2024, 3, 14),
                Consent = new ConsentItem { Given = true },
                Steps =
                [
                    new StepItem
                    {
                        Description = "Mentor bespreekt wat na het examen komt.", Phase = "Oriëntatie", Organization = "School", Experience = 1,
                        Handover = HandoverKind.Cold, WaitingDays = 14,
                        Quotes = ["Ze zei: kijk maar op internet.", "Ik wist niet waar ik moest beginnen.", "Niemand belde terug."],
                    },
                    new StepItem { Description = Arabic, Phase = "Aanmelding", Organization = "UWV", Channel = "Balie", Experience = -2, PainPoint = "Formulier onduidelijk", Handover = HandoverKind.Warm },
                    new StepItem { Description = Tigrinya, Phase = "Aanmelding", Organization = "Gemeente", Experience = 0 },
                ],
            },
            new InterviewItem
            {
                Participant = "ACH-08",
                Date = new DateOnly(2024, 3, 15),
                Consent = new ConsentItem { Given = false },
                Steps = [new StepItem { Description = "Zonder toestemming" }],
            },
            new InterviewItem { Participant = "ACH-09", Date = new DateOnly(2024, 4, 1), Consent = new ConsentItem { Given = true }, Steps = [new StepItem { Description = "Eerste gesprek" }] },
            new InterviewItem { Participant = "ACH-09", Date = new DateOnly(2024, 6, 1), Consent = new ConsentItem { Given = true }, Steps = [new StepItem { Description = "Tweede gesprek" }] },
        ],
    };

    /// <summary>Brings the schema up to date and imports <see cref="Document"/>; returns the study id.</summary>
    public static async Task<Guid> ImportAsync(InBeeldDbContext db)
    {
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        return await new StudyImporter(db, FixedTimeProvider.Default).ImportAsync(Document(), null, CancellationToken.None);
    }

    public static async Task<Guid> InterviewIdAsync(InBeeldDbContext db, string code) =>
        await db.Interviews.Join(db.Participants, i => i.ParticipantId, p => p.Id, (i, p) => new { i.Id, p.Code })
            .Where(x => x.Code == code).Select(x => x.Id).FirstAsync();
}
