using InBeeld.Core.Interchange;
using InBeeld.Core.Reference;

namespace InBeeld.Core.Demo;

/// <summary>
/// A complete fictitious study to explore InBeeld with: 36 young people in the nine Achterhoek
/// municipalities, modelled on the kind of research described in the source documents. Every
/// participant, interview and quote is made up; no real person or organisation is described.
/// </summary>
public static class DemoStudy
{
    public const string Title = "Jongeren 16-27 in de Achterhoek (fictief)";
    public const int ParticipantCount = 36;

    /// <summary>Builds the demo study. Every call returns an equal document (same content, same order).</summary>
    public static StudyDocument Create()
    {
        var arcs = DemoArcs.All;
        var participants = new List<ParticipantItem>(ParticipantCount);
        var interviews = new List<InterviewItem>(ParticipantCount);
        for (var i = 0; i < ParticipantCount; i++)
        {
            var arc = arcs[i % arcs.Count];
            participants.Add(DemoInterviewBuilder.Participant(i, arc));
            interviews.Add(DemoInterviewBuilder.Interview(i, arc));
        }

        return new StudyDocument
        {
            Format = StudyDocument.FormatName,
            FormatVersion = StudyDocument.CurrentFormatVersion,
            Study = new StudyInfo
            {
                Title = Title,
                TargetGroup = "Jongeren van 16 tot en met 27 jaar in de negen Achterhoekse gemeenten. "
                    + "Fictief voorbeeld: alle deelnemers en verhalen zijn verzonnen.",
                CentralQuestion = "Hoe vinden we elkaar en hoe sluiten we goed op elkaar aan?",
                PeriodStart = new DateOnly(2020, 2, 1),
                PeriodEnd = new DateOnly(2020, 12, 31),
                Fictitious = true,
                Municipalities = [.. MunicipalityRegistry.Achterhoek],
            },
            Organizations = DemoVocabulary.OrganizationItems,
            Phases = DemoVocabulary.PhaseItems,
            TurningPoints = DemoVocabulary.TurningPointItems,
            Channels = DemoVocabulary.ChannelItems,
            Attributes = DemoVocabulary.AttributeItems,
            Participants = participants,
            Interviews = interviews,
        };
    }
}
