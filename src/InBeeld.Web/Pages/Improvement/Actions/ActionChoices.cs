using InBeeld.Core.Actions;
using InBeeld.Core.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace InBeeld.Web.Pages.Improvement.Actions;

/// <summary>Select lists of the action forms, in the words of <see cref="ImprovementText"/>.</summary>
public static class ActionChoices
{
    public static IReadOnlyList<SelectListItem> Statuses => Enum.GetValues<ActionStatus>().Select(s => new SelectListItem(ImprovementText.Status(s), s.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Horizons => Enum.GetValues<ActionHorizon>().Select(h => new SelectListItem(ImprovementText.Horizon(h), h.ToString())).ToList();
}
