using InBeeld.Core.Access;
using InBeeld.Data;
using InBeeld.Data.Coding;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Coding;

/// <summary>
/// The study's codebook as a tree: add, change, move, merge and delete codes, and memos on codes.
/// Researchers build the codebook while they code (inductive coding), so the rule is EditInterviews,
/// not ManageStudy. Deleting asks first, with what it touches ("raakt 14 coderingen in 9 interviews").
/// </summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class CodebookModel(InBeeldDbContext db, Codebook codebook, MemoStore memos, IStringLocalizer<AnalysisPageText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    public string StudyTitle { get; private set; } = "";

    public IReadOnlyList<CodebookRow> Rows { get; private set; } = [];

    [BindProperty]
    public NewCodeInput NewCode { get; set; } = new();

    /// <summary>What deleting the code asked about would touch, shown for confirmation.</summary>
    public CodeImpact? ConfirmDelete { get; private set; }

    /// <summary>The code whose forms stay open after a refused change, so its message is next to it.</summary>
    public Guid? OpenCodeId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? delete, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (delete is { } codeId)
        {
            ConfirmDelete = await codebook.ImpactAsync(StudyId, codeId, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var (code, problem) = await codebook.CreateAsync(StudyId, new CodeInput(NewCode.Name, NewCode.Description, NewCode.Colour, NewCode.ParentId), cancellationToken);
        if (problem is not null)
        {
            ModelState.AddModelError($"{nameof(NewCode)}.{problem.Field}", problem.Message);
            return await PageAsync(null, cancellationToken);
        }

        return Done(text["CodeCreated", code!.Name]);
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid codeId, string? name, string? description, string? colour, CancellationToken cancellationToken)
    {
        var problem = await codebook.UpdateAsync(StudyId, codeId, new CodeInput(name, description, colour), cancellationToken);
        return problem is null ? Done(text["CodeUpdated", name?.Trim() ?? ""]) : await RefusedAsync(codeId, problem, cancellationToken);
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid codeId, Guid? parentId, CancellationToken cancellationToken)
    {
        var problem = await codebook.MoveAsync(StudyId, codeId, parentId, cancellationToken);
        return problem is null ? Done(text["CodeMoved"]) : await RefusedAsync(codeId, problem, cancellationToken);
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid codeId, Guid? targetId, CancellationToken cancellationToken)
    {
        if (targetId is null)
        {
            return await RefusedAsync(codeId, new CodingProblem("TargetId", text["MergeTargetRequired"]), cancellationToken);
        }

        var (result, problem) = await codebook.MergeAsync(StudyId, codeId, targetId.Value, cancellationToken);
        return problem is null
            ? Done(text["CodeMerged", result!.CodingsMoved, result.CodingsFolded])
            : await RefusedAsync(codeId, problem, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid codeId, CancellationToken cancellationToken)
    {
        var deleted = await codebook.DeleteAsync(StudyId, codeId, cancellationToken);
        return deleted is null ? NotFound() : Done(text["CodeDeleted", deleted.Name, deleted.Codings, deleted.Interviews]);
    }

    public async Task<IActionResult> OnPostAddMemoAsync(Guid codeId, string? memoText, CancellationToken cancellationToken)
    {
        var (_, problem) = await memos.AddToCodeAsync(StudyId, codeId, User.CoderId(), memoText, cancellationToken);
        return problem is null ? Done(text["MemoAdded"]) : await RefusedAsync(codeId, problem with { Field = "Memo" }, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteMemoAsync(Guid memoId, CancellationToken cancellationToken)
    {
        var problem = await memos.DeleteAsync(StudyId, memoId, User.CoderId(), cancellationToken);
        if (problem is not null)
        {
            ModelState.AddModelError("", problem.Message);
            return await PageAsync(null, cancellationToken);
        }

        return Done(text["MemoDeleted"]);
    }

    /// <summary>The id of a per-code field, also the key of its error, so the error summary links to it.</summary>
    public static string FieldId(string field, Guid codeId) => $"{field.ToLowerInvariant()}-{codeId}";

    private IActionResult Done(string status)
    {
        TempData["Status"] = status;
        return RedirectToPage(null, null, new { studyId = StudyId }, "codes");
    }

    private Task<IActionResult> RefusedAsync(Guid codeId, CodingProblem problem, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(FieldId(problem.Field switch { "ParentId" => "Parent", "TargetId" => "Target", "CodeId" => "Name", var f => f }, codeId), problem.Message);
        return PageAsync(codeId, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(Guid? open, CancellationToken cancellationToken)
    {
        OpenCodeId = open;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.AsNoTracking().Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return false;
        }

        StudyTitle = title;
        var codes = await codebook.ListAsync(StudyId, cancellationToken);
        var ids = codes.Select(c => c.Id).ToList();
        var usage = await db.Codings.Where(c => ids.Contains(c.CodeId)).GroupBy(c => c.CodeId)
            .Select(g => new { g.Key, Codings = g.Count(), Interviews = g.Select(c => c.InterviewId).Distinct().Count() })
            .ToDictionaryAsync(u => u.Key, cancellationToken);
        var notes = await memos.ForCodesAsync(StudyId, cancellationToken);
        var authors = await CoderNames.LoadAsync(db, notes.Select(m => m.AuthorId), cancellationToken);
        var me = User.CoderId();
        var depths = CodeTree.Depths([.. codes]);
        Rows = [.. codes.Select(c => new CodebookRow(
            c, depths[c.Id], usage.GetValueOrDefault(c.Id)?.Codings ?? 0, usage.GetValueOrDefault(c.Id)?.Interviews ?? 0,
            [.. notes.Where(m => m.CodeId == c.Id).Select(m => new MemoView(m, authors[m.AuthorId], m.AuthorId == me))]))];
        return true;
    }
}
