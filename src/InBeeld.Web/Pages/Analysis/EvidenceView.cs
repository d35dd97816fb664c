namespace InBeeld.Web.Pages.Analysis;

/// <summary>What the evidence page lists for one figure; lists hold at most <see cref="EvidenceModel.MaxListed"/> items.</summary>
public sealed record EvidenceView(int Interviews, int Steps, int Quotes, IReadOnlyList<EvidenceInterview> InterviewList, IReadOnlyList<EvidenceStep> StepList, IReadOnlyList<EvidenceQuote> QuoteList);

public sealed record EvidenceInterview(Guid Id, string ParticipantCode, DateOnly Date);

public sealed record EvidenceStep(Guid InterviewId, string ParticipantCode, int Position, string Description, string? Organization, string? Phase);

/// <param name="ParticipantCode">Null where the reader may see the quote but not whose it is (chain partners).</param>
public sealed record EvidenceQuote(Guid Id, string Text, string? ParticipantCode, Guid InterviewId);
