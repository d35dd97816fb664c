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
    public const int MaxListed = 100;

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

    private async Task<EvidenceView> ListAsync(EvidenceItems items, CancellationToken cancellationToken)
    {
        var journeys = items.Journeys.Take(MaxListed).ToList();
        var refs = items.Steps.Take(MaxListed).ToList();
        var interviewIds = journeys.Concat(refs.Select(r => r.JourneyId)).Distinct().ToList();
        var interviews = await db.Interviews.AsNoTracking().Where(i => interviewIds.Contains(i.Id) && i.StudyId == StudyId)
            .Join(db.Participants, i => i.ParticipantId, p => p.Id, (i, p) => new { i.Id, i.Date, p.Code, p.ConsentScope })
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var stepRows = await db.Steps.AsNoTracking().Where(s => interviewIds.Contains(s.InterviewId))
            .Select(s => new { s.Id, s.InterviewId, s.Order, s.Description, s.OrganizationId, s.PhaseId }).ToListAsync(cancellationToken);
        var byPlace = stepRows.ToDictionary(s => (s.InterviewId, s.Order));
        var names = Result!.Study.Vocabulary.ById();
        var steps = refs.Where(r => byPlace.ContainsKey((r.JourneyId, r.Position)) && interviews.ContainsKey(r.JourneyId)).Select(r =>
        {
            var s = byPlace[(r.JourneyId, r.Position)];
            return new EvidenceStep(r.JourneyId, interviews[r.JourneyId].Code, r.Position, s.Description,
                s.OrganizationId is { } o ? names.GetValueOrDefault(o) : null, s.PhaseId is { } p ? names.GetValueOrDefault(p) : null);
        }).ToList();

        // Quotes: those coded with the figure's code, else those on the figure's steps.
        var stepIds = refs.Where(r => byPlace.ContainsKey((r.JourneyId, r.Position))).Select(r => byPlace[(r.JourneyId, r.Position)].Id).ToList();
        var codedQuotes = items.Quotes.Distinct().Take(MaxListed).ToList();
        var quotes = await db.Quotes.AsNoTracking().Where(q => codedQuotes.Contains(q.Id) || stepIds.Contains(q.StepId))
            .Join(db.Steps, q => q.StepId, s => s.Id, (q, s) => new { q.Id, q.Text, s.InterviewId, s.Order, QuoteOrder = q.Order })
            .Join(db.Interviews, x => x.InterviewId, i => i.Id, (x, i) => new { x.Id, x.Text, x.InterviewId, x.Order, x.QuoteOrder, i.ParticipantId })
            .Join(db.Participants, x => x.ParticipantId, p => p.Id, (x, p) => new { x.Id, x.Text, x.InterviewId, x.Order, x.QuoteOrder, p.Code, p.ConsentScope })
            .ToListAsync(cancellationToken);
        var shown = quotes
            .Where(q => q.Text.Trim().Length > 0 && (ShowsInterviews || q.ConsentScope?.HasFlag(ConsentScope.Quotes) == true))
            .OrderBy(q => q.Code, StringComparer.Ordinal).ThenBy(q => q.Order).ThenBy(q => q.QuoteOrder).Take(MaxListed)
            .Select(q => new EvidenceQuote(q.Id, q.Text, ShowsInterviews ? q.Code : null, q.InterviewId)).ToList();
        return new EvidenceView(
            items.Journeys.Count, items.Steps.Count, quotes.Count,
            ShowsInterviews ? [.. journeys.Where(interviews.ContainsKey).Select(j => new EvidenceInterview(j, interviews[j].Code, interviews[j].Date))] : [],
            ShowsInterviews ? steps : [],
            shown);
    }
}
