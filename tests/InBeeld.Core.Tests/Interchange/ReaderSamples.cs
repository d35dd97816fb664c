using System.Text.Json.Nodes;
using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;

namespace InBeeld.Core.Tests.Interchange;

/// <summary>A small valid, fictitious study with four interviews, as a document and as editable JSON.</summary>
internal static class ReaderSamples
{
    public static StudyDocument Document() => new()
    {
        Format = StudyDocument.FormatName,
        FormatVersion = StudyDocument.CurrentFormatVersion,
        Study = new StudyInfo { Title = "Van school naar werk", Fictitious = true, Municipalities = ["GM0222", "GM0197"] },
        Organizations = [new OrganizationItem { Name = "UWV", Type = OrganizationType.Uwv }, new OrganizationItem { Name = "RMC", Type = OrganizationType.Rmc }],
        Phases = [new PhaseItem { Name = "Aanmelden" }, new PhaseItem { Name = "Intake" }],
        TurningPoints = [new TurningPointItem { Name = "18 worden" }],
        Channels = [new ChannelItem { Name = "Balie" }],
        Attributes =
        [
            new AttributeItem { Key = "leeftijdsgroep", Label = "Leeftijdsgroep", Type = AttributeType.Choice, Choices = ["16-17", "18-20"] },
            new AttributeItem { Key = "schooljaren", Label = "Schooljaren", Type = AttributeType.Number },
            new AttributeItem { Key = "eerste-contact", Label = "Eerste contact", Type = AttributeType.Date },
        ],
        Participants = [Participant("P-01"), Participant("P-02")],
        Interviews = [Interview("P-01"), Interview("P-02"), Interview("P-01"), Interview("P-02")],
    };

    public static JsonObject Json() => JsonNode.Parse(StudyJson.SerializeToUtf8Bytes(Document()))!.AsObject();

    private static ParticipantItem Participant(string code) => new()
    {
        Code = code,
        Attributes = new Dictionary<string, string> { ["leeftijdsgroep"] = "16-17", ["schooljaren"] = "4.5", ["eerste-contact"] = "2019-08-01" },
    };

    private static InterviewItem Interview(string participant) => new()
    {
        Participant = participant,
        Date = new DateOnly(2020, 3, 17),
        Consent = new ConsentItem { Given = true },
        Steps =
        [
            new StepItem { Description = "Aangemeld", Phase = "Aanmelden", Organization = "RMC", Channel = "Balie", Date = "2019-09", Experience = 1, Handover = HandoverKind.Warm },
            new StepItem { Description = "Intakegesprek", Phase = "Intake", Organization = "UWV", TurningPoint = "18 worden", Date = "2019", Quotes = ["Ik moest alles opnieuw vertellen."] },
        ],
    };
}
