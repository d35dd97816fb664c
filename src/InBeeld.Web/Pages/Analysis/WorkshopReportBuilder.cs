using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Evidence;
using InBeeld.Core.Localization;
using InBeeld.Core.Participants;
using InBeeld.Core.Rendering.Report;
using InBeeld.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Analysis;

/// <summary>
/// Chooses the top patterns of an analysis for a workshop (werksessie) and words them plainly (B1):
/// the most frequent codes, the gaps that affect most people, where the low and bright points
/// are, and clear differences between subgroups. A report is meant to be shared, so it holds only
/// quotes of participants who consented to being quoted, and never a pseudonym.
/// </summary>
public sealed class WorkshopReportBuilder(InBeeldDbContext db, IStringLocalizer text)
{
    public const int TopCodes = 5;
    public const int TopGaps = 3;
    public const int QuotesPerFinding = 3;

    public async Task<WorkshopReport> BuildAsync(AnalysisResult result, DateOnly today, CancellationToken cancellationToken)
    {
        var study = result.Study;
        var names = study.Vocabulary.ById();
        string Name(Guid? id) => id is { } g && names.TryGetValue(g, out var n) ? n : AnalysisText.Get("NotFilledIn");
        var sections = new List<ReportSection>();
        var interviews = result.Data.Journeys.JourneyCount;

        var codeBlocks = new List<ReportBlock>();
        if (!study.HasCodings)
        {
            codeBlocks.Add(new(ReportBlockKind.Paragraph, text["Report_NoCodings"]));
        }

        foreach (var row in result.Study.HasCodings ? result.Frequencies.Codes.Top(TopCodes).Where(r => r.Interviews.Count > 0) : [])
        {
            codeBlocks.Add(new(ReportBlockKind.Finding, text["Report_CodeFinding", study.CodeNames.GetValueOrDefault(row.Id!.Value, "?"), AnalysisText.Proportion(row.Interviews)]));
            codeBlocks.AddRange((await QuotesAsync(result.Data, row.Evidence, cancellationToken)).Select(q => new ReportBlock(ReportBlockKind.Quote, q)));
        }

        sections.Add(new ReportSection(text["Report_Codes"], codeBlocks));

        var gapBlocks = result.Gaps.Gaps.Take(TopGaps).Where(g => g.AffectedInterviews > 0)
            .Select(g => new ReportBlock(ReportBlockKind.Finding, text["Report_GapFinding", Name(g.From), Name(g.To), g.AffectedInterviews, interviews, g.Cold + g.None, g.Handovers]))
            .ToList();
        sections.Add(new ReportSection(text["Report_Gaps"], gapBlocks.Count > 0 ? gapBlocks : [new(ReportBlockKind.Paragraph, text["Report_NoGaps"])]));

        var heartbeat = new List<ReportBlock>();
        foreach (var row in result.Hartslag.Rows.Where(r => r.LowPoints.Count > 0).OrderByDescending(r => r.LowPoints.Count).Take(2))
        {
            heartbeat.Add(new(ReportBlockKind.Finding, text["Report_LowPoint", Name(row.Id), AnalysisText.Proportion(row.LowPoints)]));
            heartbeat.AddRange((await QuotesAsync(result.Data, row.LowPointEvidence, cancellationToken)).Select(q => new ReportBlock(ReportBlockKind.Quote, q)));
        }

        foreach (var row in result.Hartslag.Rows.Where(r => r.BrightSpots.Count > 0).OrderByDescending(r => r.BrightSpots.Count).Take(2))
        {
            heartbeat.Add(new(ReportBlockKind.Finding, text["Report_BrightSpot", Name(row.Id), AnalysisText.Proportion(row.BrightSpots)]));
            heartbeat.AddRange((await QuotesAsync(result.Data, row.BrightSpotEvidence, cancellationToken)).Select(q => new ReportBlock(ReportBlockKind.Quote, q)));
        }

        sections.Add(new ReportSection(text["Report_Heartbeat"], heartbeat.Count > 0 ? heartbeat : [new(ReportBlockKind.Paragraph, text["Report_NoExperience"])]));
        sections.Add(new ReportSection(text["Report_Groups"], Groups(result)));
        return new WorkshopReport(
            text["Report_Title", study.Title],
            text["Report_Subtitle", interviews, study.Interviews, today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture)],
            sections);
    }

    private List<ReportBlock> Groups(AnalysisResult result)
    {
        var blocks = new List<ReportBlock>();
        foreach (var comparison in result.Subgroups)
        {
            foreach (var difference in comparison.Ranked().Where(d => d.AdjustedPValue is < 0.05))
            {
                var measure = AnalysisText.Measure(difference.Measure, difference.CodeId is { } c ? result.Study.CodeNames.GetValueOrDefault(c, "?") : null);
                var perGroup = string.Join("; ", comparison.Groups.Select((g, i) => $"{g.Group}: {AnalysisText.Proportion(difference.PerGroup[i])}"));
                blocks.Add(new(ReportBlockKind.Finding, text["Report_Difference", comparison.Label, measure, perGroup]));
            }

            blocks.AddRange(comparison.Groups.Where(g => g.TooSmall && g.Interviews > 0)
                .Select(g => new ReportBlock(ReportBlockKind.Warning, AnalysisText.SmallGroup(g.Group, g.Interviews))));
        }

        if (blocks.All(b => b.Kind != ReportBlockKind.Finding))
        {
            blocks.Insert(0, new(ReportBlockKind.Paragraph, text["Report_NoDifferences"]));
        }

        return blocks;
    }

    /// <summary>Up to <see cref="QuotesPerFinding"/> quotes behind a figure, only from participants who consented to being quoted.</summary>
    private async Task<IReadOnlyList<string>> QuotesAsync(AnalysisData data, EvidenceFilter evidence, CancellationToken cancellationToken)
    {
        var items = EvidenceResolver.Resolve(data, evidence);
        var coded = items.Quotes.Distinct().ToList();
        List<Guid> stepIds = [];
        if (coded.Count == 0 && items.Steps.Count > 0)
        {
            var refs = items.Steps.Take(200).ToList();
            var interviewIds = refs.Select(r => r.JourneyId).Distinct().ToList();
            var steps = await db.Steps.AsNoTracking().Where(s => interviewIds.Contains(s.InterviewId)).Select(s => new { s.Id, s.InterviewId, s.Order }).ToListAsync(cancellationToken);
            var wanted = refs.Select(r => (r.JourneyId, r.Position)).ToHashSet();
            stepIds = [.. steps.Where(s => wanted.Contains((s.InterviewId, s.Order))).Select(s => s.Id)];
        }

        var quotes = await db.Quotes.AsNoTracking().Where(q => coded.Contains(q.Id) || stepIds.Contains(q.StepId))
            .Join(db.Steps, q => q.StepId, s => s.Id, (q, s) => new { q.Id, q.Text, s.InterviewId })
            .Join(db.Interviews, x => x.InterviewId, i => i.Id, (x, i) => new { x.Id, x.Text, i.ParticipantId })
            .Join(db.Participants, x => x.ParticipantId, p => p.Id, (x, p) => new { x.Id, x.Text, p.ConsentScope })
            .ToListAsync(cancellationToken);
        return [.. quotes.Where(q => q.ConsentScope is { } scope && scope.HasFlag(ConsentScope.Quotes) && q.Text.Trim().Length > 0)
            .OrderBy(q => q.Id).Select(q => q.Text.Trim()).Distinct(StringComparer.Ordinal).Take(QuotesPerFinding)];
    }
}
