using System.Globalization;
using System.Resources;
using InBeeld.Core.Actions;

namespace InBeeld.Core.Localization;

/// <summary>
/// Texts of desired journeys, improvement actions, the plan and re-measurement that every front end
/// (web, CLI, PDF, XLSX) shows the same way. Dutch neutral, English in ImprovementText.en.resx.
/// </summary>
public static class ImprovementText
{
    private static readonly ResourceManager Resources = new("InBeeld.Core.Localization.ImprovementText", typeof(ImprovementText).Assembly);

    public static string Get(string key, params object?[] args) => Get(CultureInfo.CurrentUICulture, key, args);

    public static string Get(CultureInfo culture, string key, params object?[] args)
    {
        var format = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }

    public static string Status(ActionStatus status) => Get("Status_" + status);

    public static string Horizon(ActionHorizon horizon) => Get("Horizon_" + horizon);
}
