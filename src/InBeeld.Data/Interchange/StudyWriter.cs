using System.Data.Common;
using InBeeld.Core.Interchange;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;

namespace InBeeld.Data.Interchange;

/// <summary>
/// Writes a validated <see cref="StudyDocument"/> as new rows, table by table in foreign-key
/// order, inside the caller's transaction. Vocabulary names become ids here.
/// </summary>
internal sealed class StudyWriter(InBeeldDbContext db, DbTransaction transaction, TimeProvider time)
{
    private const int InterviewsPerChunk = 500;

    private readonly SequentialGuids _ids = new(time);
    private readonly DateTimeOffset _now = time.GetUtcNow();

    public async Task<Guid> WriteAsync(StudyDocument document, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var info = document.Study;
        var study = new Study
        {
            Id = _ids.Next(),
            Title = info.Title,
            TargetGroup = info.TargetGroup,
            CentralQuestion = info.CentralQuestion,
            PeriodStart = info.PeriodStart,
            PeriodEnd = info.PeriodEnd,
            IsFictitious = info.Fictitious,
            CreatedAt = _now,
        };
        await InsertAsync([study], cancellationToken);
        await InsertAsync(info.Municipalities.Select(code => new StudyMunicipality { StudyId = study.Id, CbsCode = code }), cancellationToken);

        var id = study.Id;
        var organizations = await VocabularyAsync(
            document.Organizations,
            (o, i) => new Organization { Id = _ids.Next(), StudyId = id, Name = o.Name, Type = o.Type, Order = i },
            o => (o.Name, o.Id),
            cancellationToken);
        var phases = await VocabularyAsync(
            document.Phases,
            (p, i) => new Phase { Id = _ids.Next(), StudyId = id, Name = p.Name, Description = p.Description, Order = i },
            p => (p.Name, p.Id),
            cancellationToken);
        var turningPoints = await VocabularyAsync(
            document.TurningPoints,
            (t, i) => new TurningPoint { Id = _ids.Next(), StudyId = id, Name = t.Name, Description = t.Description, Order = i },
            t => (t.Name, t.Id),
            cancellationToken);
        var channels = await VocabularyAsync(
            document.Channels,
            (c, i) => new Channel { Id = _ids.Next(), StudyId = id, Name = c.Name, Order = i },
            c => (c.Name, c.Id),
            cancellationToken);
        var attributes = await VocabularyAsync(
            document.Attributes,
            (a, i) => new AttributeDefinition { Id = _ids.Next(), StudyId = id, Key = a.Key, Label = a.Label, Type = a.Type, Choices = a.Choices.ToList(), Order = i },
            a => (a.Key, a.Id),
            cancellationToken);
        var participants = await ParticipantsAsync(study.Id, document.Participants, attributes, cancellationToken);

        var steps = new StepMapper(_ids, organizations, phases, channels, turningPoints);
        using var interviewWriter = new BulkTableWriter<Interview>(db, transaction);
        using var stepWriter = new BulkTableWriter<Step>(db, transaction);
        using var quoteWriter = new BulkTableWriter<Quote>(db, transaction);
        var total = document.Interviews.Count;
        for (var start = 0; start < total; start += InterviewsPerChunk)
        {
            var chunk = document.Interviews.Skip(start).Take(InterviewsPerChunk)
                .Select(item => Interview(item, study.Id, participants[item.Participant], steps)).ToList();
            await interviewWriter.AddRangeAsync(chunk, cancellationToken);
            await interviewWriter.FlushAsync(cancellationToken);
            await stepWriter.AddRangeAsync(chunk.SelectMany(i => i.Steps), cancellationToken);
            await stepWriter.FlushAsync(cancellationToken);
            await quoteWriter.AddRangeAsync(chunk.SelectMany(i => i.Steps).SelectMany(s => s.Quotes), cancellationToken);
            await quoteWriter.FlushAsync(cancellationToken);
            progress?.Report(new ImportProgress(ImportStage.Writing, start + chunk.Count, total));
        }

        return study.Id;
    }

    private Interview Interview(InterviewItem item, Guid studyId, Guid participantId, StepMapper steps)
    {
        var interview = BlankEntity.Create<Interview>();
        interview.Id = _ids.Next();
        interview.StudyId = studyId;
        interview.ParticipantId = participantId;
        interview.Date = item.Date;
        interview.Mode = item.Mode;
        interview.Interviewer = item.Interviewer;
        interview.Transcript = item.Transcript;
        interview.CreatedAt = _now;
        interview.UpdatedAt = _now;
        interview.Consent = new Consent
        {
            Given = item.Consent.Given,
            Date = item.Consent.Date,
            RecordedBy = item.Consent.RecordedBy,
            GivenByGuardian = item.Consent.GivenByGuardian,
        };
        interview.Steps = item.Steps.Select((step, order) => steps.Map(step, interview.Id, order)).ToList();
        return interview;
    }

    private async Task<Dictionary<string, Guid>> ParticipantsAsync(
        Guid studyId, IReadOnlyList<ParticipantItem> items, Dictionary<string, Guid> attributes, CancellationToken cancellationToken)
    {
        var participants = items.Select(p => Participant(studyId, p.Code)).ToList();
        await InsertAsync(participants, cancellationToken);
        await InsertAsync(
            items.Zip(participants).SelectMany(pair => pair.First.Attributes.Select(a => new ParticipantAttributeValue
            {
                ParticipantId = pair.Second.Id, AttributeDefinitionId = attributes[a.Key], Value = a.Value,
            })),
            cancellationToken);
        return participants.ToDictionary(p => p.Code, p => p.Id, StringComparer.Ordinal);
    }

    private Participant Participant(Guid studyId, string code)
    {
        var participant = BlankEntity.Create<Participant>();
        participant.Id = _ids.Next();
        participant.StudyId = studyId;
        participant.Code = code;
        participant.CreatedAt = _now;
        participant.Attributes = [];
        return participant;
    }

    private async Task<Dictionary<string, Guid>> VocabularyAsync<TItem, TEntity>(
        IReadOnlyList<TItem> items, Func<TItem, int, TEntity> create, Func<TEntity, (string Name, Guid Id)> key, CancellationToken cancellationToken)
        where TEntity : class
    {
        var entities = items.Select(create).ToList();
        await InsertAsync(entities, cancellationToken);
        return entities.Select(key).ToDictionary(k => k.Name, k => k.Id, StringComparer.Ordinal);
    }

    private async Task InsertAsync<TEntity>(IEnumerable<TEntity> entities, CancellationToken cancellationToken)
        where TEntity : class
    {
        using var writer = new BulkTableWriter<TEntity>(db, transaction);
        await writer.AddRangeAsync(entities, cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }
}
