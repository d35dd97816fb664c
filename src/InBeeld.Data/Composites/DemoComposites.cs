using InBeeld.Core.Composites.Personas;
using InBeeld.Core.Demo;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Composites;

/// <summary>
/// Gives the freshly imported demo study what composites look like: InBeeld's proposed grouping, the
/// drop-out group named with its composite journey made, and a persona for it — so a newcomer (and the
/// desired-journey feature) has a composite to start from.
/// </summary>
public static class DemoComposites
{
    public static async Task SeedAsync(InBeeldDbContext db, Guid studyId, TimeProvider time, CancellationToken cancellationToken)
    {
        var grouping = new GroupingService(db, time);
        await grouping.SaveAsync(studyId, await grouping.ComputeAsync(studyId, null, [], cancellationToken), [], "demo", cancellationToken);

        var groupId = await db.Interviews.Where(i => i.StudyId == studyId)
            .Join(db.Participants.Where(p => p.Code == DemoPersona.AnchorParticipant), i => i.ParticipantId, p => p.Id, (i, p) => i.Id)
            .Join(db.JourneyGroupMembers, i => i, m => m.InterviewId, (i, m) => m.GroupId)
            .SingleAsync(cancellationToken);
        await new GroupEditor(db, time).RenameAsync(studyId, groupId, DemoPersona.GroupName, cancellationToken);
        await new CompositeService(db, time).BuildAsync(studyId, groupId, cancellationToken);

        var now = time.GetUtcNow();
        db.Personas.Add(new Persona
        {
            StudyId = studyId,
            GroupId = groupId,
            Name = DemoPersona.Name,
            Age = DemoPersona.Age,
            Situation = DemoPersona.Situation,
            WhatMatters = DemoPersona.WhatMatters,
            Story = DemoPersona.Story,
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
