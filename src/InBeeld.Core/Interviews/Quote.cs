namespace InBeeld.Core.Interviews;

/// <summary>The participant's own words (citaat), attached to a step as evidence.</summary>
public sealed class Quote
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StepId { get; set; }
    public required string Text { get; set; }
    public int Order { get; set; }
}
