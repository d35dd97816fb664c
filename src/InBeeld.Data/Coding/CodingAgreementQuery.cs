using InBeeld.Core.Analysis.Agreement;
using InBeeld.Core.Analysis.Coding;
using InBeeld.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Coding;

/// <summary>
/// Builds the reliability data of a study's codings. The units are quotes and steps. A coder
/// judged every quote and step of each interview they coded anything in (so a quote they left
/// uncoded there is a "no"); interviews they did not touch are missing values, not "no".
/// Transcript fragments are not compared: two coders rarely select exactly the same characters,
/// so fragments are not shared units. Only interviews that count under the consent rule take part.
/// </summary>
public sealed class CodingAgreementQuery(InBeeldDbContext db)
{
    public async Task<StudyAgreement> GetAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var interviews = db.Interviews.Where(i => i.StudyId == studyId).Where(ConsentRule.Counts(db));
        var codings = await db.Codings.AsNoTracking()
            .Where(c => c.Target != CodingTarget.TranscriptFragment && interviews.Any(i => i.Id == c.InterviewId))
            .Select(c => new { c.CoderId, c.InterviewId, c.CodeId, Unit = c.Target == CodingTarget.Quote ? c.QuoteId!.Value : c.StepId!.Value })
            .ToListAsync(cancellationToken);
        var workedOn = await db.Codings.AsNoTracking().Where(c => interviews.Any(i => i.Id == c.InterviewId))
            .Select(c => new { c.CoderId, c.InterviewId }).Distinct().ToListAsync(cancellationToken);
        var codes = CodeTree.InOrder(await db.Codes.AsNoTracking().Where(c => c.StudyId == studyId).ToListAsync(cancellationToken));
        var coderIds = workedOn.Select(w => w.CoderId).Distinct().Order(StringComparer.Ordinal).ToList();
        var names = await CoderNames.LoadAsync(db, coderIds, cancellationToken);
        var interviewIds = workedOn.Select(w => w.InterviewId).Distinct().ToList();
        var units = await UnitsAsync(interviewIds, cancellationToken);
        if (coderIds.Count < 2)
        {
            return new StudyAgreement(null, coderIds, names, codes, units);
        }

        var applied = codings.ToLookup(c => (c.CoderId, c.Unit), c => c.CodeId);
        var unitsByInterview = units.Values.ToLookup(u => u.InterviewId);
        var judgements = workedOn
            .OrderBy(w => w.InterviewId).ThenBy(w => w.CoderId, StringComparer.Ordinal)
            .SelectMany(w => unitsByInterview[w.InterviewId].Select(u => new UnitCoding(u.Id, w.CoderId, [.. applied[(w.CoderId, u.Id)].Distinct()])))
            .OrderBy(u => units[u.UnitId].InterviewId).ThenBy(u => units[u.UnitId].StepPosition).ThenBy(u => u.UnitId).ThenBy(u => u.CoderId, StringComparer.Ordinal)
            .ToList();
        var used = codings.Select(c => c.CodeId).ToHashSet();
        var report = judgements.Count == 0 ? null : CodingAgreement.Compare(judgements, [.. codes.Where(c => used.Contains(c.Id)).Select(c => c.Id)]);
        return new StudyAgreement(report, coderIds, names, codes, units);
    }

    private async Task<Dictionary<Guid, AgreementUnit>> UnitsAsync(List<Guid> interviewIds, CancellationToken cancellationToken)
    {
        var steps = await db.Steps.AsNoTracking().Where(s => interviewIds.Contains(s.InterviewId))
            .Join(db.Interviews, s => s.InterviewId, i => i.Id, (s, i) => new { s.Id, s.InterviewId, s.Order, s.Description, i.ParticipantId })
            .Join(db.Participants, x => x.ParticipantId, p => p.Id, (x, p) => new { x.Id, x.InterviewId, x.Order, x.Description, p.Code })
            .ToListAsync(cancellationToken);
        var stepIds = steps.Select(s => s.Id).ToList();
        var quotes = await db.Quotes.AsNoTracking().Where(q => stepIds.Contains(q.StepId)).Select(q => new { q.Id, q.StepId, q.Text }).ToListAsync(cancellationToken);
        var byStep = steps.ToDictionary(s => s.Id);
        var units = steps.Select(s => new AgreementUnit(s.Id, CodingTarget.Step, s.InterviewId, s.Code, s.Order, s.Description))
            .Concat(quotes.Select(q => byStep[q.StepId] is var s ? new AgreementUnit(q.Id, CodingTarget.Quote, s.InterviewId, s.Code, s.Order, q.Text) : null!));
        return units.ToDictionary(u => u.Id);
    }
}
