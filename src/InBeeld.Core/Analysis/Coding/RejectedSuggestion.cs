namespace InBeeld.Core.Analysis.Coding;

/// <summary>
/// A code a coder declined when it was suggested for a quote, so it is not suggested to them again
/// for that quote (see <see cref="Suggestions.SuggestionOptions.Exclude"/>).
/// </summary>
public sealed class RejectedSuggestion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid QuoteId { get; set; }
    public Guid CodeId { get; set; }
    public required string CoderId { get; set; }
    public DateTimeOffset RejectedAt { get; set; }
}
