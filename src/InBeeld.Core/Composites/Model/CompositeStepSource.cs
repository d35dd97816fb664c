namespace InBeeld.Core.Composites.Model;

/// <summary>
/// Provenance: a real step a composite step stands for. No foreign key to the step: editing a route
/// must not silently drop provenance; a source that no longer exists is shown as such and the
/// composite's fingerprint marks it out of date. Erasure removes the rows of the erased participant.
/// </summary>
public sealed class CompositeStepSource
{
    public Guid CompositeStepId { get; set; }
    public Guid InterviewId { get; set; }
    public Guid StepId { get; set; }
}
