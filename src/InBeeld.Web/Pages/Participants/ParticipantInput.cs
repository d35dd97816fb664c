using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Participants;

namespace InBeeld.Web.Pages.Participants;

/// <summary>A participant as the form posts it: the pseudonym code and one text per attribute definition (by id).</summary>
public sealed record ParticipantInput
{
    [Display(Name = "Field_Code")]
    [Required(ErrorMessage = "Required")]
    [StringLength(PseudonymCode.MaxLength, ErrorMessage = "StringLength")]
    public string? Code { get; init; }

    public Dictionary<string, string?> Values { get; init; } = [];
}
