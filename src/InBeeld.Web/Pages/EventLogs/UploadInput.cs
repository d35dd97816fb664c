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

    /// <summary>
    /// Event attributes (XES keys, CSV columns) to keep so the log page can filter on them, comma-separated.
    /// Case attributes are always kept; event attributes cost a stored row per event, so only on request.
    /// </summary>
    [Display(Name = "Field_KeepAttributes")]
    [StringLength(2_000, ErrorMessage = "StringLength")]
    public string? KeepAttributes { get; init; }

    [Display(Name = "Field_ObjectType")]
    [StringLength(200, ErrorMessage = "StringLength")]
    public string? ObjectType { get; init; }

    public IReadOnlyList<string> IdentifyingList() => List(Identifying);

    public IReadOnlyList<string> KeepAttributesList() => List(KeepAttributes);

    private static IReadOnlyList<string> List(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}
