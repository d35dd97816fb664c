namespace InBeeld.Core.Actions;

/// <summary>
/// One finding an action answers. Which ids are set depends on <see cref="Kind"/>; the pattern text is
/// kept as written because analysis figures change as interviews are added.
/// </summary>
public sealed class ActionMotivation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ActionId { get; set; }
    public MotivationKind Kind { get; set; }

    public Guid? StepId { get; set; }
    public Guid? DesiredStepId { get; set; }
    public Guid? QuoteId { get; set; }

    /// <summary>For a gap: the organisation handing over.</summary>
    public Guid? FromOrganizationId { get; set; }

    /// <summary>For a gap: the organisation receiving.</summary>
    public Guid? ToOrganizationId { get; set; }

    /// <summary>For a pattern: what was found, with its figure.</summary>
    public string? Pattern { get; set; }
}
