using InBeeld.Core.Interchange;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Interchange;

/// <summary>Loads a study's set-up, vocabulary and participants for export.</summary>
internal static class StudyHeaderQuery
{
    public static async Task<StudyHeader?> LoadAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken)
    {
        var study = await db.Studies.AsNoTracking().SingleOrDefaultAsync(s => s.Id == studyId, cancellationToken);
        if (study is null)
        {
            return null;
        }

        var municipalities = await db.StudyMunicipalities.AsNoTracking().Where(m => m.StudyId == studyId).Select(m => m.CbsCode).ToListAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.StudyId == studyId).OrderBy(o => o.Order).ToListAsync(cancellationToken);
        var phases = await db.Phases.AsNoTracking().Where(p => p.StudyId == studyId).OrderBy(p => p.Order).ToListAsync(cancellationToken);
        var turningPoints = await db.TurningPoints.AsNoTracking().Where(t => t.StudyId == studyId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().Where(c => c.StudyId == studyId).OrderBy(c => c.Order).ToListAsync(cancellationToken);
        var attributes = await db.AttributeDefinitions.AsNoTracking().Where(a => a.StudyId == studyId).OrderBy(a => a.Order).ToListAsync(cancellationToken);
        // Someone who withdrew consent does not leave the system in an export, not even as a code.
        var participants = (await db.Participants.AsNoTracking().Where(p => p.StudyId == studyId && p.ConsentWithdrawnOn == null).ToListAsync(cancellationToken))
            .OrderBy(p => p.Id.ToString(), StringComparer.Ordinal).ToList();
        var values = (await (from v in db.ParticipantAttributeValues.AsNoTracking()
                             join p in db.Participants on v.ParticipantId equals p.Id
                             where p.StudyId == studyId
                             select v).ToListAsync(cancellationToken))
            .ToLookup(v => v.ParticipantId);
        var attributeOrder = attributes.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var attributeKeys = attributes.ToDictionary(a => a.Id, a => a.Key);

        return new StudyHeader(
            new StudyInfo
            {
                Title = study.Title,
                TargetGroup = study.TargetGroup,
                CentralQuestion = study.CentralQuestion,
                PeriodStart = study.PeriodStart,
                PeriodEnd = study.PeriodEnd,
                Fictitious = study.IsFictitious,
                Municipalities = municipalities.Order(StringComparer.Ordinal).ToList(),
            },
            organizations.Select(o => new OrganizationItem { Name = o.Name, Type = o.Type }).ToList(),
            phases.Select(p => new PhaseItem { Name = p.Name, Description = p.Description }).ToList(),
            turningPoints.Select(t => new TurningPointItem { Name = t.Name, Description = t.Description }).ToList(),
            channels.Select(c => new ChannelItem { Name = c.Name }).ToList(),
            attributes.Select(a => new AttributeItem { Key = a.Key, Label = a.Label, Type = a.Type, Choices = a.Choices }).ToList(),
            participants.Select(p => new ParticipantItem
            {
                Code = p.Code,
                Attributes = values[p.Id].OrderBy(v => attributeOrder[v.AttributeDefinitionId])
                    .ToDictionary(v => attributeKeys[v.AttributeDefinitionId], v => v.Value, StringComparer.Ordinal),
            }).ToList(),
            organizations.ToDictionary(o => o.Id, o => o.Name),
            phases.ToDictionary(p => p.Id, p => p.Name),
            turningPoints.ToDictionary(t => t.Id, t => t.Name),
            channels.ToDictionary(c => c.Id, c => c.Name),
            participants.ToDictionary(p => p.Id, p => p.Code));
    }
}
