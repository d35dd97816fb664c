using InBeeld.Core.Analysis.Coding;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Coding;

/// <summary>Memos on a code or an interview. Anyone who codes reads them; only the author deletes one.</summary>
public sealed class MemoStore(InBeeldDbContext db, TimeProvider time)
{
    public async Task<(Memo? Memo, CodingProblem? Problem)> AddToCodeAsync(Guid studyId, Guid codeId, string authorId, string? text, CancellationToken cancellationToken) =>
        await db.Codes.AnyAsync(c => c.Id == codeId && c.StudyId == studyId, cancellationToken)
            ? await AddAsync(new Memo { StudyId = studyId, CodeId = codeId, AuthorId = authorId, Text = "" }, text, cancellationToken)
            : (null, CodingProblem.Of("CodeId", "CodeNotFound"));

    public async Task<(Memo? Memo, CodingProblem? Problem)> AddToInterviewAsync(Guid studyId, Guid interviewId, string authorId, string? text, CancellationToken cancellationToken) =>
        await db.Interviews.AnyAsync(i => i.Id == interviewId && i.StudyId == studyId, cancellationToken)
            ? await AddAsync(new Memo { StudyId = studyId, InterviewId = interviewId, AuthorId = authorId, Text = "" }, text, cancellationToken)
            : (null, CodingProblem.Of("InterviewId", "UnitNotFound"));

    public async Task<IReadOnlyList<Memo>> ForCodesAsync(Guid studyId, CancellationToken cancellationToken) =>
        InOrder(await db.Memos.AsNoTracking().Where(m => m.StudyId == studyId && m.CodeId != null).ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<Memo>> ForInterviewAsync(Guid studyId, Guid interviewId, CancellationToken cancellationToken) =>
        InOrder(await db.Memos.AsNoTracking().Where(m => m.StudyId == studyId && m.InterviewId == interviewId).ToListAsync(cancellationToken));

    /// <summary>Oldest first, sorted here: SQLite cannot order by a DateTimeOffset column.</summary>
    private static List<Memo> InOrder(List<Memo> memos) => [.. memos.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)];

    public async Task<CodingProblem?> DeleteAsync(Guid studyId, Guid memoId, string authorId, CancellationToken cancellationToken) =>
        await db.Memos.Where(m => m.Id == memoId && m.StudyId == studyId && m.AuthorId == authorId).ExecuteDeleteAsync(cancellationToken) > 0
            ? null
            : CodingProblem.Of("MemoId", "MemoNotFound");

    private async Task<(Memo? Memo, CodingProblem? Problem)> AddAsync(Memo memo, string? text, CancellationToken cancellationToken)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return (null, CodingProblem.Of("Text", "MemoEmpty"));
        }

        if (trimmed.Length > Memo.MaxTextLength)
        {
            return (null, CodingProblem.Of("Text", "MemoTooLong", trimmed.Length, Memo.MaxTextLength));
        }

        memo.Text = trimmed;
        memo.CreatedAt = time.GetUtcNow();
        db.Memos.Add(memo);
        await db.SaveChangesAsync(cancellationToken);
        return (memo, null);
    }
}
