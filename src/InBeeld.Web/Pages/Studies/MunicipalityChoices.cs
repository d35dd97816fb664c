using InBeeld.Core.Reference;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace InBeeld.Web.Pages.Studies;

/// <summary>The municipalities a researcher can pick: those that exist today, plus any already chosen (even if merged since).</summary>
internal static class MunicipalityChoices
{
    public static IReadOnlyList<SelectListItem> For(DateOnly today, IEnumerable<string> chosen)
    {
        var current = MunicipalityRegistry.ValidOn(today);
        var extra = chosen
            .Select(code => MunicipalityRegistry.TryGet(code, out var m) ? m : null)
            .OfType<Municipality>()
            .Where(m => !m.IsValidOn(today));
        return current.Concat(extra)
            .OrderBy(m => m.Name, StringComparer.CurrentCulture)
            .Select(m => new SelectListItem(m.IsValidOn(today) ? m.Name : $"{m.Name} ({m.CbsCode})", m.CbsCode))
            .ToList();
    }

    public static string NameOf(string cbsCode) =>
        MunicipalityRegistry.TryGet(cbsCode, out var m) ? m.Name : cbsCode;
}
