using InBeeld.Core.Composites.Model;
using InBeeld.Core.Interviews;
using InBeeld.Data.Composites;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Composites;

/// <summary>The edit form of a composite step.</summary>
public sealed class CompositeStepInput
{
    public string? Description { get; set; }

    public string? PainPoint { get; set; }

    public string? BrightSpot { get; set; }

    public string? PhaseId { get; set; }

    public string? OrganizationId { get; set; }

    public string? Experience { get; set; }

    public HandoverKind Handover { get; set; }

    public static CompositeStepInput From(CompositeStepView step) => new()
    {
        Description = step.Description,
        PainPoint = step.PainPoint,
        BrightSpot = step.BrightSpot,
        PhaseId = step.PhaseId?.ToString(),
        OrganizationId = step.OrganizationId?.ToString(),
        Experience = step.Experience?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Handover = step.Handover,
    };

    public void Validate(ModelStateDictionary state, IStringLocalizer<CompositeText> text, IReadOnlyList<SelectListItem> phases, IReadOnlyList<SelectListItem> organizations)
    {
        if (string.IsNullOrWhiteSpace(Description))
        {
            state.AddModelError($"Input.{nameof(Description)}", text["DescriptionRequired"]);
        }

        foreach (var (name, value) in new[] { (nameof(Description), Description), (nameof(PainPoint), PainPoint), (nameof(BrightSpot), BrightSpot) })
        {
            if (value?.Trim().Length > InterviewRules.MaxDescriptionLength)
            {
                state.AddModelError($"Input.{name}", text["TooLong", InterviewRules.MaxDescriptionLength]);
            }
        }

        if (!string.IsNullOrEmpty(PhaseId) && phases.All(p => p.Value != PhaseId))
        {
            state.AddModelError($"Input.{nameof(PhaseId)}", text["UnknownChoice"]);
        }

        if (!string.IsNullOrEmpty(OrganizationId) && organizations.All(o => o.Value != OrganizationId))
        {
            state.AddModelError($"Input.{nameof(OrganizationId)}", text["UnknownChoice"]);
        }

        if (!string.IsNullOrEmpty(Experience) && (!int.TryParse(Experience, out var e) || !InterviewRules.IsValidExperience(e)))
        {
            state.AddModelError($"Input.{nameof(Experience)}", text["UnknownChoice"]);
        }

        if (!Enum.IsDefined(Handover))
        {
            state.AddModelError($"Input.{nameof(Handover)}", text["UnknownChoice"]);
        }
    }

    /// <summary>
    /// Texts equal to what the step showed before stay as they were (a pointer stays a pointer, an
    /// own text stays own); a changed text becomes the researcher's own; an emptied optional text
    /// becomes an own empty text, so the source's one no longer shows.
    /// </summary>
    public CompositeStepEdit ToEdit(CompositeStepView shown, CompositeStep stored) => new(
        Keep(Description, shown.Description, stored.Description),
        Keep(PainPoint, shown.PainPoint, stored.PainPoint),
        Keep(BrightSpot, shown.BrightSpot, stored.BrightSpot),
        Guid.TryParse(PhaseId, out var phase) ? phase : null,
        Guid.TryParse(OrganizationId, out var organization) ? organization : null,
        int.TryParse(Experience, out var experience) ? experience : null,
        Handover);

    private static string? Keep(string? typed, string? shown, string? own)
    {
        var value = typed?.Trim() ?? "";
        return string.Equals(value, shown?.Trim() ?? "", StringComparison.Ordinal) ? own : value;
    }
}
