using InBeeld.Core.Analysis.Coding;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Coding;

/// <summary>
/// Merges codes and moves sub-codes for <see cref="Codebook"/>, inside the caller's transaction.
/// Holds the study's codes untracked and keeps them in step with each bulk statement, so names can
/// be checked as the tree changes and no stale tracked entity can cascade a second time.
/// </summary>
internal sealed class CodeMerger(InBeeldDbContext db, List<Code> codes)
{
    private int _moved;
    private int _folded;
    private int _merged;

    public CodeMergeResult Result => new(_moved, _folded, _merged);

    public async Task MergeAsync(Code source, Code target, CancellationToken cancellationToken)
    {
        // A coding is "the same" as one on the target when the same coder labelled the same unit.
        var targetUnits = (await UnitsAsync(target.Id, cancellationToken)).Select(u => u.Unit).ToHashSet();
        var duplicates = (await UnitsAsync(source.Id, cancellationToken)).Where(u => targetUnits.Contains(u.Unit)).Select(u => u.Id).ToList();
        _folded += await db.Codings.Where(c => duplicates.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        _moved += await db.Codings.Where(c => c.CodeId == source.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CodeId, target.Id), cancellationToken);
        await db.Memos.Where(m => m.CodeId == source.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.CodeId, target.Id), cancellationToken);
        await db.RejectedSuggestions.Where(r => r.CodeId == source.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.CodeId, target.Id), cancellationToken);
        await MoveChildrenAsync(source, target.Id, cancellationToken);
        await DeleteCodeAsync(source, cancellationToken);
        _merged++;
    }

    /// <summary>Deletes one code whose sub-codes have been moved; its codings, memos and declined suggestions go with it.</summary>
    public async Task DeleteCodeAsync(Code code, CancellationToken cancellationToken)
    {
        await db.Codings.Where(c => c.CodeId == code.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Memos.Where(m => m.CodeId == code.Id).ExecuteDeleteAsync(cancellationToken);
        await db.RejectedSuggestions.Where(r => r.CodeId == code.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Codes.Where(c => c.Id == code.Id).ExecuteDeleteAsync(cancellationToken);
        codes.Remove(code);
    }

    /// <summary>Puts the sub-codes of <paramref name="code"/> under <paramref name="parentId"/>; one whose name is taken there merges into its namesake.</summary>
    public async Task MoveChildrenAsync(Code code, Guid? parentId, CancellationToken cancellationToken)
    {
        foreach (var child in codes.Where(c => c.ParentId == code.Id).OrderBy(c => c.Order).ThenBy(c => c.Name, StringComparer.Ordinal).ToList())
        {
            var namesake = Codebook.SameName(codes.Where(c => c.Id != code.Id), parentId, child.Name, child.Id);
            if (namesake is not null)
            {
                await MergeAsync(child, namesake, cancellationToken);
                continue;
            }

            var order = Codebook.NextOrder(codes, parentId);
            await db.Codes.Where(c => c.Id == child.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ParentId, parentId).SetProperty(c => c.Order, order), cancellationToken);
            (child.ParentId, child.Order) = (parentId, order);
        }
    }

    private async Task<List<(Guid Id, CodingUnitKey Unit)>> UnitsAsync(Guid codeId, CancellationToken cancellationToken) =>
        (await db.Codings.AsNoTracking().Where(c => c.CodeId == codeId)
            .Select(c => new
            {
                c.Id,
                c.CoderId,
                c.Target,
                c.InterviewId,
                c.StepId,
                c.QuoteId,
                Start = EF.Property<int?>(c, Configuration.CodingConfiguration.FragmentStart),
                Length = EF.Property<int?>(c, Configuration.CodingConfiguration.FragmentLength),
            })
            .ToListAsync(cancellationToken))
        .Select(c => (c.Id, new CodingUnitKey(c.CoderId, c.Target, c.InterviewId, c.StepId, c.QuoteId, c.Start, c.Length)))
        .ToList();

    private readonly record struct CodingUnitKey(string Coder, CodingTarget Target, Guid Interview, Guid? Step, Guid? Quote, int? Start, int? Length);
}
