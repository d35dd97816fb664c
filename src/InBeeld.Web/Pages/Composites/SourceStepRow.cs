namespace InBeeld.Web.Pages.Composites;

/// <summary>A real step behind a composite step, or a source that is gone (<see cref="Description"/> null).</summary>
public sealed record SourceStepRow(Guid InterviewId, Guid StepId, string? Code, DateOnly? Date, int? Number, string? Description, bool Usable);
