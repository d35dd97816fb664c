using InBeeld.Core.Access;
using InBeeld.Core.Analysis.Evidence;
using InBeeld.Core.Auditing;
using InBeeld.Core.Participants;
using InBeeld.Data;
using InBeeld.Data.Journeys;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Analysis;

/// <summary>
/// The interviews, steps and quotes behind one figure of the analysis page (same filter, same
/// counts). What is listed depends on the role: researchers and coordinators (ViewInterviews) see
/// the interviews, steps and quotes with pseudonyms, and that read is audited; chain partners get
/// the counts and only the quotes of participants who consented to being quoted, without pseudonym.
/// </summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class EvidenceModel(InBeeldDbContext db, JourneySetCache cache, CurrentMembership membership, RequestAudit audit) : PageModel
{
    // Each list pages on its own, so paging through 900 steps leaves the interview list where it was.
    public const string InterviewPageKey = "interviewpagina";
    public const string StepPageKey = "stappagina";
    public const string QuotePageKey = "citaatpagina";

    [FromRoute]
    public Guid StudyId { get; set; }

    public AnalysisResult? Result { get; private set; }

    public EvidenceView? View { get; private set; }

    public bool ShowsInterviews { get; private set; }

    public string BackUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var filter = EvidenceQuery.ReadFilter(Request.Query);
        Result = await AnalysisResult.LoadAsync(db, cache, StudyId, filter, cancellationToken);
        if (Result is null)
        {
            return NotFound();
        }

        var items = EvidenceResolver.Resolve(Result.Data, EvidenceQuery.ReadEvidence(Request.Query));
        ShowsInterviews = await membership.AllowsAsync(StudyPermission.ViewInterviews, cancellationToken);
        BackUrl = Url.Page("/Analysis/Index", new RouteValueDictionary(EvidenceQuery.FilterValues(filter).Where(v => v.Value is not null).ToDictionary(v => v.Key, v => (object?)v.Value)) { ["studyId"] = StudyId })!;
        View = await ListAsync(items, cancellationToken);
        if (ShowsInterviews)
        {
            await audit.WriteAsync(AuditActions.Read, AuditResult.Succeeded, "Study", StudyId);
        }

        return Page();
    }

    /// <summary>The pager under one list: links to this evidence page with that list one page on or back; the anchor brings the reader back to the list.</summary>
    public EvidencePager Pager(EvidencePage page, string label, string anchor)
    {
        string Url(int number) => Request.PathBase + Request.Path + page.QueryFor(Request.Query, number) + "#" + anchor;
        return new EvidencePager(page, label, anchor, page.HasPrevious ? Url(page.Number - 1) : null, page.HasNext ? Url(page.Number + 1) : null);
    }

    /// <summary>
    /// Lists one page of each kind. Stable order, the same on both providers and on every request:
    /// interviews by pseudonym (ordinal), then interview date, then id; steps in that interview order,
    /// then by position in the route; quotes in that interview order, then by step position, their
    /// order on the step, and id. Not the JourneySet's order: that follows SQLite's rowid or
    /// PostgreSQL's id, which differ, and means nothing to a reader.
    /// </summary>
    private async Task<EvidenceView> ListAsync(EvidenceItems items, CancellationToken cancellationToken)
    {
        // All of the study's interviews, not just the figure's: one query whose size is bounded by the
        // study, instead of an IN-list that grows with the figure (10,000 interviews are small rows).
        var interviews = await db.Interviews.AsNoTracking().Where(i => i.StudyId == StudyId)
            .Join(db.Participants, i => i.ParticipantId, p => p.Id, (i, p) => new InterviewRow(i.Id, i.Date, p.Code, p.ConsentScope))
            .ToListAsync(cancellationToken);
        var rank = interviews.OrderBy(i => i.Code, StringComparer.Ordinal).ThenBy(i => i.Date).ThenBy(i => i.Id)
            .Select((i, n) => (i, n)).ToDictionary(x => x.i.Id, x => (Row: x.i, Rank: x.n));

        var journeys = items.Journeys.Where(rank.ContainsKey).OrderBy(j => rank[j].Rank).ToList();
        var refs = items.Steps.Where(r => rank.ContainsKey(r.JourneyId)).OrderBy(r => rank[r.JourneyId].Rank).ThenBy(r => r.Position).ToList();
        var interviewPage = EvidencePage.Read(Request.Query, InterviewPageKey, journeys.Count);
        var stepPage = EvidencePage.Read(Request.Query, StepPageKey, refs.Count);
        var quoteKeys = await QuoteKeysAsync(items, rank, cancellationToken);
        var quotePage = EvidencePage.Read(Request.Query, QuotePageKey, quoteKeys.Count);

        var pageQuotes = quotePage.Of(quoteKeys).ToList();
        var quoteIds = pageQuotes.Select(q => q.Id).ToList();
        var texts = await db.Quotes.AsNoTracking().Where(q => quoteIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => q.Text, cancellationToken);
        var quotes = pageQuotes.Where(q => texts.ContainsKey(q.Id))
            .Select(q => new EvidenceQuote(q.Id, texts[q.Id], ShowsInterviews ? rank[q.InterviewId].Row.Code : null, q.InterviewId)).ToList();
        if (!ShowsInterviews)
        {
            return new EvidenceView(interviewPage, [], stepPage, [], quotePage, quotes);
        }

        var pageSteps = stepPage.Of(refs).ToList();
        var stepInterviews = pageSteps.Select(r => r.JourneyId).Distinct().ToList();
        var stepRows = await db.Steps.AsNoTracking().Where(s => stepInterviews.Contains(s.InterviewId))
            .Select(s => new { s.InterviewId, s.Order, s.Description, s.OrganizationId, s.PhaseId }).ToListAsync(cancellationToken);
        var byPlace = stepRows.ToDictionary(s => (s.InterviewId, s.Order));
        var names = Result!.Study.Vocabulary.ById();
        var steps = pageSteps.Where(r => byPlace.ContainsKey((r.JourneyId, r.Position))).Select(r =>
        {
            var s = byPlace[(r.JourneyId, r.Position)];
            return new EvidenceStep(r.JourneyId, rank[r.JourneyId].Row.Code, r.Position, s.Description,
                s.OrganizationId is { } o ? names.GetValueOrDefault(o) : null, s.PhaseId is { } p ? names.GetValueOrDefault(p) : null);
        }).ToList();
        var listed = interviewPage.Of(journeys).Select(j => new EvidenceInterview(j, rank[j].Row.Code, rank[j].Row.Date)).ToList();
        return new EvidenceView(interviewPage, listed, stepPage, steps, quotePage, quotes);
    }

    /// <summary>
    /// The quotes behind the figure, in page order, without their text: those coded with the figure's
    /// code and those on the figure's steps; never blank ones, and for chain partners only those of
    /// participants who consented to being quoted. Keys of the study's quotes are read once and
    /// matched here, so a figure with 100,000 steps needs no IN-list of step ids; texts are read per page.
    /// </summary>
    private async Task<List<QuoteKey>> QuoteKeysAsync(EvidenceItems items, Dictionary<Guid, (InterviewRow Row, int Rank)> rank, CancellationToken cancellationToken)
    {
        if (items.Steps.Count == 0 && items.Quotes.Count == 0)
        {
            return [];
        }

        var coded = items.Quotes.ToHashSet();
        var onSteps = items.Steps.Select(r => (r.JourneyId, r.Position)).ToHashSet();
        var rows = await db.Quotes.AsNoTracking()
            .Join(db.Steps, q => q.StepId, s => s.Id, (q, s) => new { q.Id, s.InterviewId, StepOrder = s.Order, q.Order, Blank = q.Text.Trim() == "" })
            .Join(db.Interviews.Where(i => i.StudyId == StudyId), x => x.InterviewId, i => i.Id, (x, i) => x)
            .ToListAsync(cancellationToken);
        return rows
            .Where(q => !q.Blank && rank.ContainsKey(q.InterviewId) && (coded.Contains(q.Id) || onSteps.Contains((q.InterviewId, q.StepOrder)))
                && (ShowsInterviews || rank[q.InterviewId].Row.ConsentScope?.HasFlag(ConsentScope.Quotes) == true))
            .Select(q => new QuoteKey(q.Id, q.InterviewId, rank[q.InterviewId].Rank, q.StepOrder, q.Order))
            .OrderBy(q => q.Rank).ThenBy(q => q.StepOrder).ThenBy(q => q.Order).ThenBy(q => q.Id)
            .ToList();
    }

    private sealed record InterviewRow(Guid Id, DateOnly Date, string Code, ConsentScope? ConsentScope);

    private sealed record QuoteKey(Guid Id, Guid InterviewId, int Rank, int StepOrder, int Order);
}
