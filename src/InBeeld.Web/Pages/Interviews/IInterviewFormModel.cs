using Microsoft.AspNetCore.Mvc.Rendering;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>What <c>_InterviewFields</c> needs from the Create and Edit pages.</summary>
public interface IInterviewFormModel
{
    InterviewInput Input { get; }

    IReadOnlyList<SelectListItem> ParticipantOptions { get; }

    /// <summary>Likely personal data in the posted transcript, when the check stopped the save.</summary>
    IReadOnlyList<InBeeld.Core.Privacy.PersonalDataFinding> PersonalDataFindings { get; }
}
