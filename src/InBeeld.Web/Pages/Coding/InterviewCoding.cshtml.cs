using InBeeld.Core.Access;
using InBeeld.Core.Analysis.Coding;
using InBeeld.Core.Analysis.Suggestions;
using InBeeld.Data;
using InBeeld.Data.Coding;
using InBeeld.Web.Pages.Interviews;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using CodingEntity = InBeeld.Core.Analysis.Coding.Coding;

namespace InBeeld.Web.Pages.Coding;

/// <summary>
/// Coding one interview: codes on steps and quotes with checkboxes, code suggestions for quotes,
/// transcript fragments (selected with the mouse, or typed without JavaScript), memos. Each
/// researcher sees and changes only their own codings, so coders stay independent.
/// </summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class InterviewCodingModel(
    InBeeldDbContext db, Codebook codebook, CodingStore store, CodeSuggestions suggestions, MemoStore memos, IStringLocalizer<AnalysisPageText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid InterviewId { get; set; }

    public InterviewRoute? Route { get; private set; }

    /// <summary>The codebook in order, with each code's depth for indentation.</summary>
    public IReadOnlyList<(Code Code, int Depth)> Codes { get; private set; } = [];

    /// <summary>The signed-in coder's codings in this interview.</summary>
    public IReadOnlyList<CodingEntity> Mine { get; private set; } = [];

    /// <summary>How many other coders coded this interview (their codings are not shown: coding stays independent).</summary>
    public int OtherCoders { get; private set; }

    public IReadOnlyDictionary<Guid, IReadOnlyList<CodeSuggestion>> Suggestions { get; private set; } = new Dictionary<Guid, IReadOnlyList<CodeSuggestion>>();

    public IReadOnlyDictionary<Guid, string> QuoteTexts { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<MemoView> Memos { get; private set; } = [];

    /// <summary>The fragment form's text, kept after a refused attempt.</summary>
    public string? FragmentText { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await PageAsync(cancellationToken);

    public Task<IActionResult> OnPostStepAsync(Guid stepId, List<Guid> codeIds, CancellationToken cancellationToken) =>
        SetAsync(CodingUnit.Step(stepId), codeIds, $"step-{stepId}", cancellationToken);

    public Task<IActionResult> OnPostQuoteAsync(Guid quoteId, List<Guid> codeIds, CancellationToken cancellationToken) =>
        SetAsync(CodingUnit.Quote(quoteId), codeIds, $"quote-{quoteId}", cancellationToken);

    public async Task<IActionResult> OnPostAcceptAsync(Guid quoteId, Guid codeId, CancellationToken cancellationToken)
    {
        var (_, problem) = await store.ApplyAsync(StudyId, CodingUnit.Quote(quoteId), codeId, User.CoderId(), cancellationToken);
        return await AfterAsync(problem, $"quote-{quoteId}", text["SuggestionAccepted"], cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid quoteId, Guid codeId, CancellationToken cancellationToken)
    {
        var done = await suggestions.RejectAsync(StudyId, quoteId, codeId, User.CoderId(), cancellationToken);
        return done ? Done(text["SuggestionRejected"], $"quote-{quoteId}") : NotFound();
    }

    /// <summary>
    /// A transcript fragment. The ES module sends the selection as UTF-16 positions in the text as
    /// the browser shows it (line endings already LF) together with its text; without JavaScript
    /// only the text comes, and is looked up. When the two disagree (the text was edited), the text wins.
    /// </summary>
    public async Task<IActionResult> OnPostFragmentAsync(int? start, int? length, string? fragmentText, Guid? codeId, CancellationToken cancellationToken)
    {
        FragmentText = fragmentText;
        var transcript = await db.Interviews.Where(i => i.Id == InterviewId && i.StudyId == StudyId).Select(i => i.Transcript).SingleOrDefaultAsync(cancellationToken);
        if (codeId is null)
        {
            return await AfterAsync(new CodingProblem("FragmentCode", text["FragmentCodeRequired"]), "fragment", "", cancellationToken);
        }

        var (range, problem) = FragmentRange(transcript ?? "", start, length, fragmentText);
        if (problem is null)
        {
            (_, problem) = await store.ApplyAsync(StudyId, CodingUnit.TranscriptFragment(InterviewId, range!.Value), codeId.Value, User.CoderId(), cancellationToken);
        }

        return await AfterAsync(problem is null ? null : problem with { Field = problem.Field == "Start" ? "FragmentText" : problem.Field }, "fragment", text["FragmentCoded"], cancellationToken);
    }

    public async Task<IActionResult> OnPostUncodeAsync(Guid codingId, string? back, CancellationToken cancellationToken) =>
        await store.RemoveAsync(StudyId, codingId, User.CoderId(), cancellationToken) ? Done(text["Uncoded"], back ?? "fragment") : NotFound();

    public async Task<IActionResult> OnPostAddMemoAsync(string? memoText, CancellationToken cancellationToken)
    {
        var (_, problem) = await memos.AddToInterviewAsync(StudyId, InterviewId, User.CoderId(), memoText, cancellationToken);
        return await AfterAsync(problem is null ? null : problem with { Field = "MemoText" }, "memos", text["MemoAdded"], cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteMemoAsync(Guid memoId, CancellationToken cancellationToken)
    {
        var problem = await memos.DeleteAsync(StudyId, memoId, User.CoderId(), cancellationToken);
        return await AfterAsync(problem, "memos", text["MemoDeleted"], cancellationToken);
    }

    public IEnumerable<CodingEntity> MineOn(Guid? stepId, Guid? quoteId, CodingTarget target) =>
        Mine.Where(c => c.Target == target && (target == CodingTarget.Quote ? c.QuoteId == quoteId : c.StepId == stepId));

    public string CodeName(Guid codeId) => Codes.FirstOrDefault(c => c.Code.Id == codeId).Code?.Name ?? "?";

    internal static (TextRange? Range, CodingProblem? Problem) FragmentRange(string transcript, int? start, int? length, string? fragmentText)
    {
        var shown = TranscriptPositions.Normalize(transcript);
        if (start is { } s && length is { } l && s >= 0 && l > 0 && s + l <= shown.Length
            && (string.IsNullOrWhiteSpace(fragmentText) || string.Equals(shown.Substring(s, l).Trim(), TranscriptPositions.Normalize(fragmentText.Trim()), StringComparison.Ordinal)))
        {
            return (TranscriptPositions.FromUtf16(shown, s, l), null);
        }

        return CodingStore.FindFragment(transcript, fragmentText);
    }

    private async Task<IActionResult> SetAsync(CodingUnit unit, List<Guid> codeIds, string anchor, CancellationToken cancellationToken)
    {
        var problem = await store.SetCodesAsync(StudyId, unit, User.CoderId(), codeIds, cancellationToken);
        return await AfterAsync(problem, anchor, text["CodesSaved"], cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(CodingProblem? problem, string anchor, string status, CancellationToken cancellationToken)
    {
        if (problem is null)
        {
            return Done(status, anchor);
        }

        ModelState.AddModelError(problem.Field, problem.Message);
        return await PageAsync(cancellationToken);
    }

    private IActionResult Done(string status, string anchor)
    {
        TempData["Status"] = status;
        return RedirectToPage(null, null, new { studyId = StudyId, interviewId = InterviewId }, anchor);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        Route = await InterviewRoute.LoadAsync(db, StudyId, InterviewId, cancellationToken);
        if (Route is null)
        {
            return NotFound();
        }

        var codes = await codebook.ListAsync(StudyId, cancellationToken);
        var depths = CodeTree.Depths([.. codes]);
        Codes = [.. codes.Select(c => (c, depths[c.Id]))];
        var me = User.CoderId();
        var all = await store.ListAsync(StudyId, InterviewId, cancellationToken);
        Mine = [.. all.Where(c => c.CoderId == me)];
        OtherCoders = all.Where(c => c.CoderId != me).Select(c => c.CoderId).Distinct().Count();
        var quotes = Route.Steps.SelectMany(s => s.Quotes).ToList();
        QuoteTexts = quotes.ToDictionary(q => q.Id, q => q.Text);
        var uncoded = quotes.Where(q => Mine.All(c => c.QuoteId != q.Id)).Select(q => q.Id).ToList();
        var found = uncoded.Count == 0 || codes.Count == 0 ? [] : await suggestions.SuggestManyAsync(StudyId, uncoded, me, cancellationToken);
        Suggestions = found.ToDictionary(f => f.Key, f => f.Value);

        var notes = await memos.ForInterviewAsync(StudyId, InterviewId, cancellationToken);
        var authors = await CoderNames.LoadAsync(db, notes.Select(m => m.AuthorId), cancellationToken);
        Memos = [.. notes.Select(m => new MemoView(m, authors[m.AuthorId], m.AuthorId == me))];
        return Page();
    }
}
