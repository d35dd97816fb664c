using InBeeld.Core.Interviews;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>One card of the timeline: step <see cref="Index"/> of <see cref="Route"/>, and whether a next step follows.</summary>
public sealed record StepCard(InterviewRoute Route, int Index)
{
    public Step Step => Route.Steps[Index];

    public bool HasNext => Index < Route.Steps.Count - 1;
}
