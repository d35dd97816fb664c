using InBeeld.Core.Analysis.Coding;
using InBeeld.Data.Configuration;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Coding;

/// <summary>
/// Keeps the fragment codings of one interview true to its transcript after the text was changed
/// (see <see cref="FragmentRealignment"/>): a fragment whose words are still there, unambiguously,
/// follows them; one whose words changed, or whose transcript is gone, is removed — of every coder,
/// since a coding that points at other words than were coded would count wrongly in every figure.
/// The caller runs this in the transaction that saves the new text, so both happen or neither.
/// </summary>
public sealed class FragmentCodingRealigner(InBeeldDbContext db)
{
    public async Task<FragmentRealignmentResult> RealignAsync(Guid interviewId, string? before, string? after, CancellationToken cancellationToken)
    {
        if (before == after)
        {
            return new FragmentRealignmentResult(0, 0);
        }

        var codings = await db.Codings.AsNoTracking()
            .Where(c => c.InterviewId == interviewId && c.Target == CodingTarget.TranscriptFragment)
            .Select(c => new { c.Id, c.CodeId, c.CoderId, Start = EF.Property<int?>(c, CodingConfiguration.FragmentStart), Length = EF.Property<int?>(c, CodingConfiguration.FragmentLength) })
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        if (codings.Count == 0)
        {
            return new FragmentRealignmentResult(0, 0);
        }

        var edit = new FragmentRealignment.Edit(before ?? "", after ?? "");
        var placed = codings.Select(c => (c.Id, c.CodeId, c.CoderId, c.Start,
            To: after is null || c.Start is not { } start || c.Length is not { } length || start < 0 || length <= 0 ? null : edit.Realign(new TextRange(start, length))))
            // Unmoved first, so where a moved coding lands on one the coder already had, the moved one folds into it.
            .OrderBy(c => c.To is { } to && to.Start != c.Start ? 1 : 0).ToList();
        var kept = new HashSet<(Guid, string, TextRange)>();
        var removed = new List<Guid>();
        var moved = new List<(Guid Id, int Start)>();
        foreach (var c in placed)
        {
            if (c.To is not { } to || !kept.Add((c.CodeId, c.CoderId, to)))
            {
                removed.Add(c.Id);
            }
            else if (to.Start != c.Start)
            {
                moved.Add((c.Id, to.Start));
            }
        }

        foreach (var chunk in removed.Chunk(500))
        {
            await db.Codings.Where(c => chunk.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var (id, start) in moved)
        {
            await db.Codings.Where(c => c.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(c => EF.Property<int?>(c, CodingConfiguration.FragmentStart), start), cancellationToken);
        }

        return new FragmentRealignmentResult(moved.Count, removed.Count);
    }
}
