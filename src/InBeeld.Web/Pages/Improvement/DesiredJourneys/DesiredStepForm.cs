using System.ComponentModel.DataAnnotations;
using InBeeld.Core.DesiredJourneys;
using InBeeld.Core.Interviews;

namespace InBeeld.Web.Pages.Improvement.DesiredJourneys;

/// <summary>The step form of the desired-journey editor; checked by Core's <see cref="DesiredJourneyRules"/>.</summary>
public sealed record DesiredStepForm
{
    [Display(Name = "Field_StepDescription")]
    public string? Description { get; init; }

    [Display(Name = "Field_Phase")]
    public Guid? PhaseId { get; init; }

    [Display(Name = "Field_Organization")]
    public Guid? OrganizationId { get; init; }

    [Display(Name = "Field_Handover")]
    public HandoverKind Handover { get; init; }

    [Display(Name = "Field_WaitingDays")]
    public int? WaitingDays { get; init; }

    [Display(Name = "Field_TargetExperience")]
    public int? TargetExperience { get; init; }

    [Display(Name = "Field_StepNote")]
    public string? Note { get; init; }

    public DesiredStepInput ToCore() => new()
    {
        Description = Description,
        PhaseId = PhaseId,
        OrganizationId = OrganizationId,
        Handover = Handover,
        WaitingDays = WaitingDays,
        TargetExperience = TargetExperience,
        Note = Note,
    };

    public static DesiredStepForm From(DesiredStep s) => new()
    {
        Description = s.Description,
        PhaseId = s.PhaseId,
        OrganizationId = s.OrganizationId,
        Handover = s.Handover,
        WaitingDays = s.WaitingDays,
        TargetExperience = s.TargetExperience,
        Note = s.Note,
    };
}
