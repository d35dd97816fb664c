using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;

namespace InBeeld.IntegrationTests.Interchange;

/// <summary>Small fictitious documents for import tests.</summary>
internal static class InterchangeSamples
{
    public static StudyDocument Small() => new()
    {
        Format = StudyDocument.FormatName,
        FormatVersion = StudyDocument.CurrentFormatVersion,
        Study = new StudyInfo { Title = "Overgang naar het mbo", Fictitious = true, Municipalities = ["GM0222"] },
        Organizations = [new OrganizationItem { Name = "RMC", Type = OrganizationType.Rmc }, new OrganizationItem { Name = "UWV", Type = OrganizationType.Uwv }],
        Phases = [new PhaseItem { Name = "Aanmelden" }, new PhaseItem { Name = "Intake" }],
        Channels = [new ChannelItem { Name = "Telefoon" }],
        Attributes =
        [
            new AttributeItem { Key = "leeftijdsgroep", Label = "Leeftijdsgroep", Type = AttributeType.Choice, Choices = ["16-17", "18-20"] },
            new AttributeItem { Key = "schooljaren", Label = "Schooljaren", Type = AttributeType.Number },
        ],
        Participants = [new ParticipantItem { Code = "ACH-001", Attributes = new Dictionary<string, string> { ["leeftijdsgroep"] = "18-20", ["schooljaren"] = "3.5" } }],
        Interviews =
        [
            new InterviewItem
            {
                Participant = "ACH-001",
                Date = new DateOnly(2020, 3, 17),
                Mode = InterviewMode.Phone,
                Consent = new ConsentItem { Given = true, Date = new DateOnly(2020, 3, 17) },
                Steps =
                [
                    new StepItem { Description = "Van school af", Date = "2019", Phase = "Aanmelden", Organization = "RMC", Handover = HandoverKind.Warm },
                    new StepItem { Description = "Uitkering aangevraagd", Date = "2019-09", Phase = "Intake", Organization = "UWV", Channel = "Telefoon", Experience = -2, Handover = HandoverKind.Cold, Quotes = ["Ik moest mijn verhaal opnieuw vertellen."] },
                    new StepItem { Description = "Besluit ontvangen", Date = "2019-09-15", Experience = 1 },
                ],
            },
        ],
    };
}
