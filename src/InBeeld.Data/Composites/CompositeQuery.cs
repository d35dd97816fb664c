using InBeeld.Core.Composites;
using InBeeld.Core.Composites.Model;
using InBeeld.Core.Rendering;
using InBeeld.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Composites;

/// <summary>
/// Loads a group's composite journey with everything resolved: vocabulary names, texts from the source
/// steps (only from interviews that may still be used), quote texts, live provenance counts and whether
/// the composite is out of date. Builds its journey map model the way an interview's map is built, so
/// the same renderer draws it.
/// </summary>
public sealed class CompositeQuery(InBeeldDbContext db)
{
    public async Task<CompositeView?> GetAsync(Guid studyId, Guid groupId, CancellationToken cancellationToken)
    {
        var group = await db.JourneyGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId && g.StudyId == studyId, cancellationToken);
        if (group is null)
        {
            return null;
        }

        var title = await db.Studies.AsNoTracking().Where(s => s.Id == studyId).Select(s => s.Title).SingleAsync(cancellationToken);
        var memberCount = await db.JourneyGroupMembers.CountAsync(m => m.GroupId == groupId, cancellationToken);
        var persona = await db.Personas.AsNoTracking().Where(p => p.GroupId == groupId).OrderBy(p => p.Name).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        var composite = await db.CompositeJourneys.AsNoTracking()
            .Include(c => c.Steps).ThenInclude(s => s.Sources)
            .Include(c => c.Steps).ThenInclude(s => s.Quotes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.GroupId == groupId, cancellationToken);
        var view = new CompositeView { StudyId = studyId, StudyTitle = title, Group = group, MemberCount = memberCount, PersonaName = persona };
        if (composite is null)
        {
            return view;
        }

        var fingerprint = await CompositeSources.FingerprintAsync(db, studyId, groupId, cancellationToken);
        var steps = await ResolveAsync(studyId, composite, cancellationToken);
        return view with
        {
            Composite = composite,
            Outdated = composite.OutdatedSince is not null || !string.Equals(fingerprint, composite.SourceFingerprint, StringComparison.Ordinal),
            Steps = steps,
            Map = await MapAsync(studyId, title, group, persona, composite, steps, cancellationToken),
        };
    }

    private async Task<List<CompositeStepView>> ResolveAsync(Guid studyId, CompositeJourney composite, CancellationToken cancellationToken)
    {
        var stepIds = composite.Steps
            .SelectMany(s => new[] { s.DescriptionStepId, s.PainPointStepId, s.BrightSpotStepId })
            .Where(id => id is not null).Select(id => id!.Value).Distinct().ToList();
        var usable = db.Interviews.Where(i => i.StudyId == studyId).Where(ConsentRule.Counts(db)).Select(i => i.Id);
        var texts = await db.Steps.AsNoTracking().Where(s => stepIds.Contains(s.Id) && usable.Contains(s.InterviewId))
            .Select(s => new { s.Id, s.Description, s.PainPoint, s.BrightSpot }).ToDictionaryAsync(s => s.Id, cancellationToken);
        var quoteIds = composite.Steps.SelectMany(s => s.Quotes).Select(q => q.QuoteId).ToList();
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => quoteIds.Contains(q.Id) && db.Steps.Any(s => s.Id == q.StepId && usable.Contains(s.InterviewId)))
            .Select(q => new { q.Id, q.Text }).ToDictionaryAsync(q => q.Id, q => q.Text, cancellationToken);
        var names = await NamesAsync(studyId, cancellationToken);
        var gone = CompositeCoreText.Get(CompositeCoreText.Dutch, "SourceGone");

        return composite.Steps.OrderBy(s => s.Order).Select((s, i) => new CompositeStepView
        {
            Id = s.Id,
            Number = i + 1,
            PhaseId = s.PhaseId,
            OrganizationId = s.OrganizationId,
            Phase = s.PhaseId is { } p ? names.GetValueOrDefault(p) : null,
            Organization = s.OrganizationId is { } o ? names.GetValueOrDefault(o) : null,
            Channel = s.ChannelId is { } c ? names.GetValueOrDefault(c) : null,
            Description = s.Description ?? (s.DescriptionStepId is { } d && texts.TryGetValue(d, out var source) ? source.Description : gone),
            OwnDescription = s.Description is not null,
            PainPoint = s.PainPoint is { } ownPain ? NullIfEmpty(ownPain) : (s.PainPointStepId is { } pp && texts.TryGetValue(pp, out var pain) ? pain.PainPoint : null),
            BrightSpot = s.BrightSpot is { } ownBright ? NullIfEmpty(ownBright) : (s.BrightSpotStepId is { } bs && texts.TryGetValue(bs, out var bright) ? bright.BrightSpot : null),
            Experience = s.Experience,
            Handover = s.Handover,
            WaitingDays = s.WaitingDays,
            Edited = s.Edited,
            Sources = s.Sources.Count,
            Interviews = s.Sources.Select(x => x.InterviewId).Distinct().Count(),
            Quotes = s.Quotes.OrderBy(q => q.Order).Where(q => quotes.ContainsKey(q.QuoteId)).Select(q => quotes[q.QuoteId]).ToList(),
        }).ToList();
    }

    /// <summary>An own empty text means the researcher removed the source's text.</summary>
    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private async Task<JourneyMapModel> MapAsync(
        Guid studyId, string title, JourneyGroup group, string? persona, CompositeJourney composite, List<CompositeStepView> steps, CancellationToken cancellationToken)
    {
        // Columns and lanes in the study's vocabulary order, exactly as InterviewMapQuery orders them.
        var phases = await db.Phases.AsNoTracking().Where(p => p.StudyId == studyId)
            .OrderBy(p => p.Order).ThenBy(p => p.Name).ThenBy(p => p.Id).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.StudyId == studyId)
            .OrderBy(o => o.Order).ThenBy(o => o.Name).ThenBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        int? IndexOf<T>(List<T> list, Func<T, Guid> id, Guid? value) =>
            value is { } v && list.FindIndex(x => id(x) == v) is var i and >= 0 ? i : null;

        return new JourneyMapModel
        {
            Header = new JourneyMapHeader
            {
                StudyTitle = title,
                Subject = persona ?? group.Name,
                Date = DateOnly.FromDateTime(composite.UpdatedAt.UtcDateTime),
                InterviewCount = composite.MemberCount,
                IsFictitiousPerson = persona is not null,
            },
            Phases = phases.Select(p => p.Name).ToList(),
            Organizations = organizations.Select(o => o.Name).ToList(),
            Steps = steps.Select(s => new JourneyMapStep
            {
                Phase = IndexOf(phases, p => p.Id, s.PhaseId),
                Organization = IndexOf(organizations, o => o.Id, s.OrganizationId),
                Channel = s.Channel,
                Description = s.Description,
                Experience = s.Experience,
                PainPoint = s.PainPoint,
                BrightSpot = s.BrightSpot,
                Handover = s.Handover,
                WaitingDays = s.WaitingDays,
                Quote = s.Quotes.FirstOrDefault(),
                OtherQuotes = s.Quotes.Skip(1).ToList(),
            }).ToList(),
        };
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var (id, name) in await db.Phases.AsNoTracking().Where(p => p.StudyId == studyId).Select(p => new ValueTuple<Guid, string>(p.Id, p.Name)).ToListAsync(cancellationToken))
        {
            names[id] = name;
        }

        foreach (var (id, name) in await db.Organizations.AsNoTracking().Where(p => p.StudyId == studyId).Select(p => new ValueTuple<Guid, string>(p.Id, p.Name)).ToListAsync(cancellationToken))
        {
            names[id] = name;
        }

        foreach (var (id, name) in await db.Channels.AsNoTracking().Where(p => p.StudyId == studyId).Select(p => new ValueTuple<Guid, string>(p.Id, p.Name)).ToListAsync(cancellationToken))
        {
            names[id] = name;
        }

        return names;
    }
}
