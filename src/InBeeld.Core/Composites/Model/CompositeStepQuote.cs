namespace InBeeld.Core.Composites.Model;

/// <summary>A quote shown with a composite step, by reference (the text stays in its interview).</summary>
public sealed class CompositeStepQuote
{
    public Guid CompositeStepId { get; set; }
    public Guid QuoteId { get; set; }
    public Guid InterviewId { get; set; }
    public Guid StepId { get; set; }
    public int Order { get; set; }
}
