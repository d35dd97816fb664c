using Microsoft.AspNetCore.Mvc.Rendering;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>What <c>_InterviewFields</c> needs from the Create and Edit pages.</summary>
public interface IInterviewFormModel
{
    InterviewInput Input { get; }

    IReadOnlyList<SelectListItem> ParticipantOptions { get; }
}
