using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Interviews;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>One step of a route as the step form posts it.</summary>
public sealed record StepInput
{
    [Display(Name = "Field_Phase")]
    public Guid? PhaseId { get; init; }

    [Display(Name = "Field_Organization")]
    public Guid? OrganizationId { get; init; }

    [Display(Name = "Field_Channel")]
    public Guid? ChannelId { get; init; }

    [Display(Name = "Field_TurningPoint")]
    public Guid? TurningPointId { get; init; }

    [Display(Name = "Field_Description")]
    [Required(ErrorMessage = "Required")]
    [StringLength(InterviewRules.MaxDescriptionLength, ErrorMessage = "StringLength")]
    public string? Description { get; init; }

    /// <summary>"2023", "2023-05" or "2023-05-14": as precise as the participant remembered.</summary>
    [Display(Name = "Field_StepDate")]
    public string? Date { get; init; }

    [Display(Name = "Field_Experience")]
    public int? Experience { get; init; }

    [Display(Name = "Field_PainPoint")]
    [StringLength(InterviewRules.MaxDescriptionLength, ErrorMessage = "StringLength")]
    public string? PainPoint { get; init; }

    [Display(Name = "Field_BrightSpot")]
    [StringLength(InterviewRules.MaxDescriptionLength, ErrorMessage = "StringLength")]
    public string? BrightSpot { get; init; }

    [Display(Name = "Field_Handover")]
    public HandoverKind Handover { get; init; }

    [Display(Name = "Field_WaitingDays")]
    [Range(0, 3_650, ErrorMessage = "Range")]
    public int? WaitingDays { get; init; }

    public List<QuoteInput> Quotes { get; init; } = [];

    [Display(Name = "Field_NewQuote")]
    [StringLength(InterviewRules.MaxQuoteLength, ErrorMessage = "StringLength")]
    public string? NewQuote { get; init; }
}

public sealed record QuoteInput
{
    [Display(Name = "Field_Quote")]
    [StringLength(InterviewRules.MaxQuoteLength, ErrorMessage = "StringLength")]
    public string? Text { get; init; }

    [Display(Name = "Field_RemoveQuote")]
    public bool Remove { get; init; }
}
