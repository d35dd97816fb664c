using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Privacy;

/// <summary>
/// Everything InBeeld holds about one participant, for an access request (AVG art. 15): the
/// pseudonym, attributes with their labels, consent, every interview with transcript, steps and
/// quotes in the study's own words, and — when the caller may read it — the contact details.
/// </summary>
public sealed class ParticipantDataExport(InBeeldDbContext db)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <returns>UTF-8 JSON, or null when the participant is not in this study.</returns>
    public async Task<byte[]?> ExportAsync(Guid studyId, Guid participantId, string? contactDetails, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.AsNoTracking().Include(p => p.Attributes)
            .SingleOrDefaultAsync(p => p.Id == participantId && p.StudyId == studyId, cancellationToken);
        if (participant is null)
        {
            return null;
        }

        var study = await db.Studies.AsNoTracking().Where(s => s.Id == studyId).Select(s => new { s.Title, s.RetentionMonths }).SingleAsync(cancellationToken);
        var labels = await db.AttributeDefinitions.AsNoTracking().Where(a => a.StudyId == studyId).ToDictionaryAsync(a => a.Id, a => a.Label, cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.StudyId == studyId).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var phases = await db.Phases.AsNoTracking().Where(o => o.StudyId == studyId).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var interviews = await db.Interviews.AsNoTracking().Where(i => i.ParticipantId == participantId)
            .Include(i => i.Steps.OrderBy(s => s.Order)).ThenInclude(s => s.Quotes.OrderBy(q => q.Order))
            .ToListAsync(cancellationToken);

        var document = new
        {
            about = "Alle gegevens die InBeeld over deze deelnemer bewaart (inzageverzoek, AVG artikel 15).",
            exportedAt = now,
            study = study.Title,
            retentionMonths = study.RetentionMonths,
            pseudonym = participant.Code,
            consent = new { scope = participant.ConsentScope?.ToString(), withdrawnOn = participant.ConsentWithdrawnOn },
            contactDetails,
            attributes = participant.Attributes.Select(a => new { attribute = labels.GetValueOrDefault(a.AttributeDefinitionId), a.Value }),
            interviews = interviews.OrderBy(i => i.Date).Select(i => new
            {
                i.Date,
                mode = i.Mode.ToString(),
                i.Interviewer,
                consent = new { i.Consent.Given, i.Consent.Date, i.Consent.RecordedBy, i.Consent.GivenByGuardian },
                i.AnonymizedAt,
                i.Transcript,
                steps = i.Steps.Select(s => new
                {
                    s.Order,
                    organization = s.OrganizationId is { } o ? organizations.GetValueOrDefault(o) : null,
                    phase = s.PhaseId is { } p ? phases.GetValueOrDefault(p) : null,
                    s.Description,
                    s.Date,
                    s.Experience,
                    s.PainPoint,
                    s.BrightSpot,
                    handover = s.Handover.ToString(),
                    s.WaitingDays,
                    quotes = s.Quotes.Select(q => q.Text),
                }),
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Options);
    }
}
