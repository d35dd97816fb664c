using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Actions;

namespace InBeeld.Web.Pages.Improvement.Actions;

/// <summary>
/// The chain partner's status form: only a status and a note bind, so title, owner or dates posted
/// alongside are never read.
/// </summary>
public sealed record StatusFormInput
{
    [Display(Name = "Field_Status")]
    public ActionStatus Status { get; init; }

    [Display(Name = "Field_StatusNote")]
    public string? Note { get; init; }
}
