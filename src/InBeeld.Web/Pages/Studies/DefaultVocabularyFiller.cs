using InBeeld.Core.Reference;
using InBeeld.Core.Studies;

namespace InBeeld.Web.Pages.Studies;

/// <summary>
/// Gives a new study the default phases, turning points and channels, so a researcher starts
/// from the usual words and edits them. Chain partners are left out: those are real organisations.
/// </summary>
internal static class DefaultVocabularyFiller
{
    public static void Fill(Study study)
    {
        study.Phases.AddRange(DefaultVocabulary.Phases.Select((t, i) => new Phase { StudyId = study.Id, Name = t.Name, Description = t.Description, Order = i }));
        study.TurningPoints.AddRange(DefaultVocabulary.TurningPoints.Select((t, i) => new TurningPoint { StudyId = study.Id, Name = t.Name, Description = t.Description, Order = i }));
        study.Channels.AddRange(DefaultVocabulary.Channels.Select((t, i) => new Channel { StudyId = study.Id, Name = t.Name, Order = i }));
    }
}
