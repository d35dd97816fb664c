using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Localization;

/// <summary>Looks a text up in a feature's resource first and in the shared resource after, so generic messages live once.</summary>
internal sealed class FallbackStringLocalizer(IStringLocalizer primary, IStringLocalizer fallback) : IStringLocalizer
{
    public LocalizedString this[string name] =>
        primary[name] is { ResourceNotFound: false } found ? found : fallback[name];

    public LocalizedString this[string name, params object[] arguments] =>
        primary[name, arguments] is { ResourceNotFound: false } found ? found : fallback[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        primary.GetAllStrings(includeParentCultures).Concat(fallback.GetAllStrings(includeParentCultures));
}
