using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Interviews;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>The interview form: who, when, how, consent and an optional transcript.</summary>
public sealed record InterviewInput
{
    [Display(Name = "Field_Participant")]
    [Required(ErrorMessage = "Required")]
    public Guid? ParticipantId { get; init; }

    [Display(Name = "Field_Date")]
    [Required(ErrorMessage = "Required")]
    public string? Date { get; init; }

    [Display(Name = "Field_Mode")]
    public InterviewMode Mode { get; init; }

    [Display(Name = "Field_Interviewer")]
    [StringLength(InterviewRules.MaxNameLength, ErrorMessage = "StringLength")]
    public string? Interviewer { get; init; }

    [Display(Name = "Field_ConsentGiven")]
    public bool ConsentGiven { get; init; }

    [Display(Name = "Field_ConsentDate")]
    public string? ConsentDate { get; init; }

    [Display(Name = "Field_ConsentRecordedBy")]
    [StringLength(InterviewRules.MaxNameLength, ErrorMessage = "StringLength")]
    public string? ConsentRecordedBy { get; init; }

    [Display(Name = "Field_ConsentByGuardian")]
    public bool ConsentByGuardian { get; init; }

    [Display(Name = "Field_Transcript")]
    [StringLength(InterviewRules.MaxTranscriptLength, ErrorMessage = "StringLength")]
    public string? Transcript { get; init; }

    /// <summary>The researcher's answer to the personal-data check: <see cref="PersonalDataChoice"/>; empty until asked.</summary>
    public string? PersonalData { get; init; }
}
