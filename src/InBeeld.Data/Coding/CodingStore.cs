using InBeeld.Core.Analysis.Coding;
using InBeeld.Data.Configuration;
using Microsoft.EntityFrameworkCore;
using CodingEntity = InBeeld.Core.Analysis.Coding.Coding;

namespace InBeeld.Data.Coding;

/// <summary>
/// Codes and uncodes quotes, steps and transcript fragments for one coder. Each coder's codings are
/// their own: researchers code independently (see the agreement page), so nobody changes another's.
/// Every unit is looked up inside the study, so an id from another study finds nothing.
/// </summary>
public sealed class CodingStore(InBeeldDbContext db, TimeProvider time)
{
    /// <summary>Applies one code; applying it again to the same unit changes nothing and returns the existing coding.</summary>
    public async Task<(Guid? CodingId, CodingProblem? Problem)> ApplyAsync(Guid studyId, CodingUnit unit, Guid codeId, string coderId, CancellationToken cancellationToken)
    {
        var (place, problem) = await ResolveAsync(studyId, unit, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        if (!await db.Codes.AnyAsync(c => c.Id == codeId && c.StudyId == studyId, cancellationToken))
        {
            return (null, CodingProblem.Of("CodeId", "CodeNotFound"));
        }

        var existing = await OnUnit(unit, coderId).Where(c => c.CodeId == codeId).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return (existing, null);
        }

        var coding = NewCoding(place!, unit, codeId, coderId);
        CodingRows.Add(db, coding);
        await db.SaveChangesAsync(cancellationToken);
        return (coding.Id, null);
    }

    /// <summary>Makes the coder's codes on one unit exactly <paramref name="codeIds"/> (the checkboxes of a form).</summary>
    public async Task<CodingProblem?> SetCodesAsync(Guid studyId, CodingUnit unit, string coderId, IReadOnlyCollection<Guid> codeIds, CancellationToken cancellationToken)
    {
        var (place, problem) = await ResolveAsync(studyId, unit, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var wanted = codeIds.ToHashSet();
        var known = await db.Codes.Where(c => c.StudyId == studyId && wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        if (known.Count != wanted.Count)
        {
            return CodingProblem.Of("CodeId", "CodeNotFound");
        }

        var current = await OnUnit(unit, coderId).ToListAsync(cancellationToken);
        db.Codings.RemoveRange(current.Where(c => !wanted.Contains(c.CodeId)));
        foreach (var codeId in wanted.Where(id => current.All(c => c.CodeId != id)).Order())
        {
            CodingRows.Add(db, NewCoding(place!, unit, codeId, coderId));
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Removes one of the coder's own codings; false when there is no such coding in the study.</summary>
    public async Task<bool> RemoveAsync(Guid studyId, Guid codingId, string coderId, CancellationToken cancellationToken) =>
        await db.Codings.Where(c => c.Id == codingId && c.CoderId == coderId && db.Interviews.Any(i => i.Id == c.InterviewId && i.StudyId == studyId))
            .ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Every coding in one interview, by every coder, in the order they were made.</summary>
    public async Task<IReadOnlyList<CodingEntity>> ListAsync(Guid studyId, Guid interviewId, CancellationToken cancellationToken) =>
        (await CodingRows.ReadAsync(db.Codings.Where(c => c.InterviewId == interviewId && db.Interviews.Any(i => i.Id == interviewId && i.StudyId == studyId)), cancellationToken))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToList();

    /// <summary>
    /// The range of <paramref name="text"/> in the transcript, for coding a fragment without a mouse
    /// selection: the text must occur exactly once (line endings may differ).
    /// </summary>
    public static (TextRange? Range, CodingProblem? Problem) FindFragment(string transcript, string? text)
    {
        var wanted = TranscriptPositions.Normalize(text?.Trim() ?? "");
        if (wanted.Length == 0)
        {
            return (null, CodingProblem.Of("FragmentText", "FragmentTextRequired"));
        }

        var normalized = TranscriptPositions.Normalize(transcript);
        var first = normalized.IndexOf(wanted, StringComparison.Ordinal);
        if (first < 0)
        {
            return (null, CodingProblem.Of("FragmentText", "FragmentNotFound", Shorten(wanted)));
        }

        var count = 0;
        for (var at = first; at >= 0; at = normalized.IndexOf(wanted, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count > 1
            ? (null, CodingProblem.Of("FragmentText", "FragmentAmbiguous", Shorten(wanted), count))
            : (TranscriptPositions.FromUtf16(normalized, first, wanted.Length), null);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

    private CodingEntity NewCoding(Place place, CodingUnit unit, Guid codeId, string coderId) => new()
    {
        CodeId = codeId,
        InterviewId = place.InterviewId,
        Target = unit.Target,
        StepId = place.StepId,
        QuoteId = place.QuoteId,
        Fragment = unit.Target == CodingTarget.TranscriptFragment ? unit.Fragment : null,
        CoderId = coderId,
        CreatedAt = time.GetUtcNow(),
    };

    private IQueryable<CodingEntity> OnUnit(CodingUnit unit, string coderId)
    {
        var mine = db.Codings.Where(c => c.CoderId == coderId && c.Target == unit.Target);
        return unit.Target switch
        {
            CodingTarget.Quote => mine.Where(c => c.QuoteId == unit.Id),
            CodingTarget.Step => mine.Where(c => c.StepId == unit.Id),
            _ => mine.Where(c => c.InterviewId == unit.Id
                && EF.Property<int?>(c, CodingConfiguration.FragmentStart) == unit.Fragment!.Value.Start
                && EF.Property<int?>(c, CodingConfiguration.FragmentLength) == unit.Fragment!.Value.Length),
        };
    }

    private async Task<(Place? Place, CodingProblem? Problem)> ResolveAsync(Guid studyId, CodingUnit unit, CancellationToken cancellationToken)
    {
        var interviews = db.Interviews.Where(i => i.StudyId == studyId);
        switch (unit.Target)
        {
            case CodingTarget.Quote:
                var quote = await db.Quotes.Where(q => q.Id == unit.Id)
                    .Join(db.Steps, q => q.StepId, s => s.Id, (q, s) => s)
                    .Where(s => interviews.Any(i => i.Id == s.InterviewId))
                    .Select(s => new Place(s.InterviewId, s.Id, unit.Id)).SingleOrDefaultAsync(cancellationToken);
                return quote is null ? (null, CodingProblem.Of("QuoteId", "UnitNotFound")) : (quote, null);
            case CodingTarget.Step:
                var step = await db.Steps.Where(s => s.Id == unit.Id && interviews.Any(i => i.Id == s.InterviewId))
                    .Select(s => new Place(s.InterviewId, s.Id, null)).SingleOrDefaultAsync(cancellationToken);
                return step is null ? (null, CodingProblem.Of("StepId", "UnitNotFound")) : (step, null);
            default:
                var interview = await interviews.Where(i => i.Id == unit.Id).Select(i => new { i.Transcript }).SingleOrDefaultAsync(cancellationToken);
                if (interview is null)
                {
                    return (null, CodingProblem.Of("InterviewId", "UnitNotFound"));
                }

                if (string.IsNullOrEmpty(interview.Transcript))
                {
                    return (null, CodingProblem.Of("FragmentText", "NoTranscript"));
                }

                var range = unit.Fragment ?? default;
                var length = TranscriptPositions.Length(interview.Transcript);
                if (range.Length == 0)
                {
                    return (null, CodingProblem.Of("Start", "RangeEmpty", range.Start, range.Length));
                }

                return range.End > length
                    ? (null, CodingProblem.Of("Start", "RangeOutside", range.Start, range.End, length))
                    : (new Place(unit.Id, null, null), null);
        }
    }

    private sealed record Place(Guid InterviewId, Guid? StepId, Guid? QuoteId);
}
