using InBeeld.Core.Participants;
using InBeeld.Data;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Participants;

/// <summary>Loads a participant only within the study in the route, so a guessed id from another study finds nothing.</summary>
internal static class ParticipantPage
{
    public static async Task<(Participant? Participant, string StudyTitle)> LoadAsync(InBeeldDbContext db, Guid studyId, Guid participantId, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == participantId && p.StudyId == studyId, cancellationToken);
        var title = participant is null ? "" : await db.Studies.Where(s => s.Id == studyId).Select(s => s.Title).SingleAsync(cancellationToken);
        return (participant, title);
    }
}
