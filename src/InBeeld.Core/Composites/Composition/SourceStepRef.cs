namespace InBeeld.Core.Composites.Composition;

/// <summary>Provenance: a real step of a real interview that a composite step stands for.</summary>
public sealed record SourceStepRef(Guid InterviewId, Guid StepId);
