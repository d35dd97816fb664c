using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Actions;

namespace InBeeld.Web.Pages.Improvement.Actions;

/// <summary>The action form's fields; the checks are Core's <see cref="ActionRules"/>, so web and CLI refuse the same input.</summary>
public sealed record ActionFormInput
{
    [Display(Name = "Field_Title")]
    public string? Title { get; init; }

    [Display(Name = "Field_Description")]
    public string? Description { get; init; }

    [Display(Name = "Field_OwnerOrganization")]
    public Guid? OwnerOrganizationId { get; init; }

    [Display(Name = "Field_OwnerPerson")]
    public string? OwnerPerson { get; init; }

    [Display(Name = "Field_OwnerUser")]
    public Guid? OwnerUserId { get; init; }

    [Display(Name = "Field_Horizon")]
    public ActionHorizon Horizon { get; init; }

    [Display(Name = "Field_Status")]
    public ActionStatus Status { get; init; }

    [Display(Name = "Field_DueDate")]
    public DateOnly? DueDate { get; init; }

    [Display(Name = "Field_NextReviewDate")]
    public DateOnly? NextReviewDate { get; init; }

    [Display(Name = "Field_StatusNote")]
    public string? StatusNote { get; init; }

    public ActionInput ToCore() => new()
    {
        Title = Title,
        Description = Description,
        OwnerOrganizationId = OwnerOrganizationId,
        OwnerPerson = OwnerPerson,
        OwnerUserId = OwnerUserId,
        Horizon = Horizon,
        Status = Status,
        DueDate = DueDate,
        NextReviewDate = NextReviewDate,
    };

    public static ActionFormInput From(ImprovementAction a) => new()
    {
        Title = a.Title,
        Description = a.Description,
        OwnerOrganizationId = a.OwnerOrganizationId,
        OwnerPerson = a.OwnerPerson,
        OwnerUserId = a.OwnerUserId,
        Horizon = a.Horizon,
        Status = a.Status,
        DueDate = a.DueDate,
        NextReviewDate = a.NextReviewDate,
    };
}
