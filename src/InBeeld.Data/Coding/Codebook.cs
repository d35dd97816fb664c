using InBeeld.Core.Analysis.Coding;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Coding;

/// <summary>
/// A study's codebook: create, change, move, merge and delete codes. Every change is checked first
/// (name, colour, place in the tree) and refused with a <see cref="CodingProblem"/> without changing
/// anything. A codebook holds tens to a few hundred codes, so the tree is read whole and checked in memory.
/// </summary>
public sealed class Codebook(InBeeldDbContext db)
{
    /// <summary>The codes in codebook order: depth first, siblings by order then name.</summary>
    public async Task<IReadOnlyList<Code>> ListAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var codes = await db.Codes.AsNoTracking().Where(c => c.StudyId == studyId).ToListAsync(cancellationToken);
        return CodeTree.InOrder(codes);
    }

    public async Task<(Code? Code, CodingProblem? Problem)> CreateAsync(Guid studyId, CodeInput input, CancellationToken cancellationToken)
    {
        var codes = await db.Codes.Where(c => c.StudyId == studyId).ToListAsync(cancellationToken);
        if (input.ParentId is { } parent && codes.All(c => c.Id != parent))
        {
            return (null, CodingProblem.Of(nameof(CodeInput.ParentId), "ParentNotFound"));
        }

        var (name, description, colour, problem) = Validate(input, codes, input.ParentId, except: null);
        if (problem is not null)
        {
            return (null, problem);
        }

        var code = new Code
        {
            StudyId = studyId,
            ParentId = input.ParentId,
            Name = name,
            Description = description,
            Colour = colour,
            Order = NextOrder(codes, input.ParentId),
        };
        db.Codes.Add(code);
        await db.SaveChangesAsync(cancellationToken);
        return (code, null);
    }

    /// <summary>Renames a code and sets its description and colour; its place in the tree stays.</summary>
    public async Task<CodingProblem?> UpdateAsync(Guid studyId, Guid codeId, CodeInput input, CancellationToken cancellationToken)
    {
        var codes = await db.Codes.Where(c => c.StudyId == studyId).ToListAsync(cancellationToken);
        if (codes.SingleOrDefault(c => c.Id == codeId) is not { } code)
        {
            return CodingProblem.Of("CodeId", "CodeNotFound");
        }

        var (name, description, colour, problem) = Validate(input, codes, code.ParentId, except: code.Id);
        if (problem is not null)
        {
            return problem;
        }

        (code.Name, code.Description, code.Colour) = (name, description, colour);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Places a code (with its sub-codes and codings) under another parent, or at the top with null.</summary>
    public async Task<CodingProblem?> MoveAsync(Guid studyId, Guid codeId, Guid? parentId, CancellationToken cancellationToken)
    {
        var codes = await db.Codes.Where(c => c.StudyId == studyId).ToListAsync(cancellationToken);
        if (codes.SingleOrDefault(c => c.Id == codeId) is not { } code)
        {
            return CodingProblem.Of("CodeId", "CodeNotFound");
        }

        if (parentId is { } p && codes.All(c => c.Id != p))
        {
            return CodingProblem.Of(nameof(CodeInput.ParentId), "ParentNotFound");
        }

        if (parentId is { } target && CodeTree.IsInBranch(codes, target, code.Id))
        {
            return CodingProblem.Of(nameof(CodeInput.ParentId), "MoveIntoOwnBranch");
        }

        if (code.ParentId == parentId)
        {
            return null;
        }

        if (SameName(codes, parentId, code.Name, code.Id) is not null)
        {
            return CodingProblem.Of(nameof(CodeInput.ParentId), "DuplicateName", code.Name);
        }

        code.Order = NextOrder(codes, parentId);
        code.ParentId = parentId;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>What <see cref="DeleteAsync"/> would touch; null when the code is not in the study.</summary>
    public async Task<CodeImpact?> ImpactAsync(Guid studyId, Guid codeId, CancellationToken cancellationToken)
    {
        var code = await db.Codes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == codeId && c.StudyId == studyId, cancellationToken);
        if (code is null)
        {
            return null;
        }

        var codings = db.Codings.Where(c => c.CodeId == codeId);
        return new CodeImpact(
            code.Id,
            code.Name,
            await codings.CountAsync(cancellationToken),
            await codings.Select(c => c.InterviewId).Distinct().CountAsync(cancellationToken),
            await db.Memos.CountAsync(m => m.CodeId == codeId, cancellationToken),
            await db.Codes.CountAsync(c => c.ParentId == codeId, cancellationToken));
    }

    /// <summary>
    /// Deletes a code with its own codings and memos. Its sub-codes move up to its parent with
    /// their codings; one whose name is already taken there is merged into that namesake.
    /// </summary>
    /// <returns>What was deleted, or null when the code is not in the study.</returns>
    public async Task<CodeImpact?> DeleteAsync(Guid studyId, Guid codeId, CancellationToken cancellationToken)
    {
        var impact = await ImpactAsync(studyId, codeId, cancellationToken);
        if (impact is null)
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var codes = await db.Codes.AsNoTracking().Where(c => c.StudyId == studyId).ToListAsync(cancellationToken);
        var code = codes.Single(c => c.Id == codeId);
        var merger = new CodeMerger(db, codes);
        await merger.MoveChildrenAsync(code, code.ParentId, cancellationToken);
        await merger.DeleteCodeAsync(code, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return impact;
    }

    /// <summary>
    /// Merges <paramref name="sourceId"/> into <paramref name="targetId"/>: every coding of the source
    /// becomes a coding of the target (a coding the same coder already made there is folded into it),
    /// memos follow, sub-codes move under the target (same-named ones merge too), and the source goes.
    /// </summary>
    public async Task<(CodeMergeResult? Result, CodingProblem? Problem)> MergeAsync(Guid studyId, Guid sourceId, Guid targetId, CancellationToken cancellationToken)
    {
        var codes = await db.Codes.AsNoTracking().Where(c => c.StudyId == studyId).ToListAsync(cancellationToken);
        var source = codes.SingleOrDefault(c => c.Id == sourceId);
        var target = codes.SingleOrDefault(c => c.Id == targetId);
        if (source is null || target is null)
        {
            return (null, CodingProblem.Of(source is null ? "CodeId" : "TargetId", "CodeNotFound"));
        }

        if (source.Id == target.Id)
        {
            return (null, CodingProblem.Of("TargetId", "MergeIntoSelf"));
        }

        if (CodeTree.IsInBranch(codes, target.Id, source.Id))
        {
            return (null, CodingProblem.Of("TargetId", "MergeIntoOwnBranch"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var merger = new CodeMerger(db, codes);
        await merger.MergeAsync(source, target, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (merger.Result, null);
    }

    private static (string Name, string? Description, string Colour, CodingProblem? Problem) Validate(
        CodeInput input, List<Code> codes, Guid? parentId, Guid? except)
    {
        var name = input.Name?.Trim() ?? "";
        var description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        var colour = string.IsNullOrWhiteSpace(input.Colour) ? CodeRules.DefaultColour : input.Colour.Trim().ToLowerInvariant();
        CodingProblem? problem = null;
        if (name.Length == 0)
        {
            problem = CodingProblem.Of(nameof(CodeInput.Name), "NameRequired");
        }
        else if (name.Length > CodeRules.MaxNameLength)
        {
            problem = CodingProblem.Of(nameof(CodeInput.Name), "NameTooLong", name.Length, CodeRules.MaxNameLength);
        }
        else if (SameName(codes, parentId, name, except) is not null)
        {
            problem = CodingProblem.Of(nameof(CodeInput.Name), "DuplicateName", name);
        }
        else if (description?.Length > CodeRules.MaxDescriptionLength)
        {
            problem = CodingProblem.Of(nameof(CodeInput.Description), "DescriptionTooLong", description.Length, CodeRules.MaxDescriptionLength);
        }
        else if (!CodeRules.IsValidColour(colour))
        {
            problem = CodingProblem.Of(nameof(CodeInput.Colour), "ColourInvalid", input.Colour?.Trim());
        }

        return (name, description, colour, problem);
    }

    /// <summary>A sibling under <paramref name="parentId"/> with this name (case and surrounding spaces ignored), other than <paramref name="except"/>.</summary>
    internal static Code? SameName(IEnumerable<Code> codes, Guid? parentId, string name, Guid? except) =>
        codes.FirstOrDefault(c => c.ParentId == parentId && c.Id != except && string.Equals(c.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));

    internal static int NextOrder(IEnumerable<Code> codes, Guid? parentId) =>
        codes.Where(c => c.ParentId == parentId).Select(c => c.Order + 1).DefaultIfEmpty(0).Max();
}
