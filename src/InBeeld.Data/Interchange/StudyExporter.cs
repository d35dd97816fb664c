using InBeeld.Data.Privacy;
using System.Text.Json;
using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Interchange;

/// <summary>
/// Writes a study in the open JSON format, streaming interviews in chunks so memory stays flat.
/// Output is deterministic (vocabulary by position, participants and interviews by id, which an
/// import hands out in file order), so export → import → export gives the same bytes.
/// </summary>
public sealed class StudyExporter(InBeeldDbContext db)
{
    private const int InterviewsPerChunk = 1_000;
    private const int FlushThreshold = 1 << 20;

    /// <summary>Interviews of the study that an export leaves out because consent is missing or withdrawn.</summary>
    public async Task<int> CountWithoutConsentAsync(Guid studyId, CancellationToken cancellationToken) =>
        await db.Interviews.CountAsync(i => i.StudyId == studyId, cancellationToken)
        - await db.Interviews.Where(i => i.StudyId == studyId).Where(ConsentRule.Counts(db)).CountAsync(cancellationToken);

    /// <returns>False when there is no study with this id (nothing is written).</returns>
    public async Task<bool> ExportAsync(Guid studyId, Stream output, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var header = await StudyHeaderQuery.LoadAsync(db, studyId, cancellationToken);
        if (header is null)
        {
            return false;
        }

        // Only interviews that count under the consent rule leave the system.
        var interviewIds = (await db.Interviews.AsNoTracking().Where(i => i.StudyId == studyId).Where(ConsentRule.Counts(db)).Select(i => i.Id).ToListAsync(cancellationToken))
            .OrderBy(id => id.ToString(), StringComparer.Ordinal).ToList();

        await using var writer = new Utf8JsonWriter(output, StudyJson.WriterOptions);
        var options = StudyJson.Options;
        writer.WriteStartObject();
        writer.WriteString("format", StudyDocument.FormatName);
        writer.WriteNumber("formatVersion", StudyDocument.CurrentFormatVersion);
        Write(writer, "study", header.Study, options);
        Write(writer, "organizations", header.Organizations, options);
        Write(writer, "phases", header.Phases, options);
        Write(writer, "turningPoints", header.TurningPoints, options);
        Write(writer, "channels", header.Channels, options);
        Write(writer, "attributes", header.Attributes, options);
        Write(writer, "participants", header.Participants, options);

        writer.WriteStartArray("interviews");
        for (var start = 0; start < interviewIds.Count; start += InterviewsPerChunk)
        {
            var chunk = interviewIds.GetRange(start, Math.Min(InterviewsPerChunk, interviewIds.Count - start));
            foreach (var item in await LoadChunkAsync(chunk, header, cancellationToken))
            {
                JsonSerializer.Serialize(writer, item, options);
            }

            if (writer.BytesPending > FlushThreshold)
            {
                await writer.FlushAsync(cancellationToken);
            }

            progress?.Report(new ImportProgress(ImportStage.Writing, start + chunk.Count, interviewIds.Count));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        progress?.Report(new ImportProgress(ImportStage.Done, interviewIds.Count, interviewIds.Count));
        return true;
    }

    private static void Write<T>(Utf8JsonWriter writer, string name, T value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, options);
    }

    private async Task<IEnumerable<InterviewItem>> LoadChunkAsync(List<Guid> ids, StudyHeader header, CancellationToken cancellationToken)
    {
        var interviews = await db.Interviews.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        // Projections, not entities: materialising 150,000 Step entities costs about twice as much.
        var steps = (await db.Steps.AsNoTracking().Where(s => ids.Contains(s.InterviewId))
                .Select(s => new StepRow(
                    s.Id, s.InterviewId, s.Order, s.PhaseId, s.OrganizationId, s.ChannelId, s.TurningPointId, s.Description,
                    s.Date, s.DatePrecision, s.Experience, s.PainPoint, s.BrightSpot, s.Handover, s.WaitingDays))
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.InterviewId);
        var quotes = (await (from q in db.Quotes.AsNoTracking()
                             join s in db.Steps on q.StepId equals s.Id
                             where ids.Contains(s.InterviewId)
                             select new QuoteRow(q.StepId, q.Order, q.Text)).ToListAsync(cancellationToken))
            .ToLookup(q => q.StepId);

        return ids.Select(id => interviews[id]).Select(interview => new InterviewItem
        {
            Participant = header.ParticipantCodes[interview.ParticipantId],
            Date = interview.Date,
            Mode = interview.Mode,
            Interviewer = interview.Interviewer,
            Consent = new ConsentItem
            {
                Given = interview.Consent.Given,
                Date = interview.Consent.Date,
                RecordedBy = interview.Consent.RecordedBy,
                GivenByGuardian = interview.Consent.GivenByGuardian,
            },
            Transcript = interview.Transcript,
            Steps = steps[interview.Id].OrderBy(s => s.Order).Select(s => Step(s, header, quotes[s.Id])).ToList(),
        });
    }

    private static StepItem Step(StepRow step, StudyHeader header, IEnumerable<QuoteRow> quotes) => new()
    {
        Phase = Name(header.PhaseNames, step.PhaseId),
        Organization = Name(header.OrganizationNames, step.OrganizationId),
        Channel = Name(header.ChannelNames, step.ChannelId),
        TurningPoint = Name(header.TurningPointNames, step.TurningPointId),
        Description = step.Description,
        Date = step.Date is { } date ? StepDate.Format(date, step.DatePrecision) : null,
        Experience = step.Experience,
        PainPoint = step.PainPoint,
        BrightSpot = step.BrightSpot,
        Handover = step.Handover,
        WaitingDays = step.WaitingDays,
        Quotes = quotes.OrderBy(q => q.Order).Select(q => q.Text).ToList(),
    };

    private static string? Name(Dictionary<Guid, string> names, Guid? id) => id is { } value ? names[value] : null;

    private sealed record StepRow(
        Guid Id, Guid InterviewId, int Order, Guid? PhaseId, Guid? OrganizationId, Guid? ChannelId, Guid? TurningPointId,
        string Description, DateOnly? Date, DatePrecision DatePrecision, int? Experience, string? PainPoint, string? BrightSpot,
        HandoverKind Handover, int? WaitingDays);

    private sealed record QuoteRow(Guid StepId, int Order, string Text);
}
