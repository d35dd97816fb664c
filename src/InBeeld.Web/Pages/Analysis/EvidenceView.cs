namespace InBeeld.Web.Pages.Analysis;

/// <summary>What the evidence page lists for one figure: each list one page of its items, with the page telling the total.</summary>
public sealed record EvidenceView(
    EvidencePage InterviewPage, IReadOnlyList<EvidenceInterview> InterviewList,
    EvidencePage StepPage, IReadOnlyList<EvidenceStep> StepList,
    EvidencePage QuotePage, IReadOnlyList<EvidenceQuote> QuoteList)
{
    public int Interviews => InterviewPage.Total;

    public int Steps => StepPage.Total;
}

public sealed record EvidenceInterview(Guid Id, string ParticipantCode, DateOnly Date);

public sealed record EvidenceStep(Guid InterviewId, string ParticipantCode, int Position, string Description, string? Organization, string? Phase);

/// <param name="ParticipantCode">Null where the reader may see the quote but not whose it is (chain partners).</param>
public sealed record EvidenceQuote(Guid Id, string Text, string? ParticipantCode, Guid InterviewId);
