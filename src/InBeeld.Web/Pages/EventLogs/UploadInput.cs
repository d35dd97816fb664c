using System.ComponentModel.DataAnnotations;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>What the user says about a log besides the file.</summary>
public sealed record UploadInput
{
    [Display(Name = "Field_Name")]
    [StringLength(200, ErrorMessage = "StringLength")]
    public string? Name { get; init; }

    /// <summary>Attribute keys or CSV columns never to read, comma-separated.</summary>
    [Display(Name = "Field_Identifying")]
    [StringLength(2_000, ErrorMessage = "StringLength")]
    public string? Identifying { get; init; }

    [Display(Name = "Field_ObjectType")]
    [StringLength(200, ErrorMessage = "StringLength")]
    public string? ObjectType { get; init; }

    public IReadOnlyList<string> IdentifyingList() =>
        [.. (Identifying ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}
