using InBeeld.Web.Resources;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Localization;

/// <summary>Labels for enum values, from SharedText keys "{EnumType}_{Value}" (e.g. "HandoverKind_Warm").</summary>
public static class EnumText
{
    public static string Label<TEnum>(this IStringLocalizer<SharedText> text, TEnum value)
        where TEnum : struct, Enum =>
        text[$"{typeof(TEnum).Name}_{value}"];

    /// <summary>Every value of the enum as (value, label), in declaration order.</summary>
    public static IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Options<TEnum>(this IStringLocalizer<SharedText> text)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(text.Label(v), v.ToString())).ToList();
}
