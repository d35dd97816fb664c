using System.Globalization;
using System.Resources;

namespace InBeeld.Core.Composites.Personas;

/// <summary>
/// Texts printed on a persona card. Like journey maps, a card is a Dutch document (shared with Dutch
/// professionals) whatever the UI language; English is in PersonaCardText.en.resx for other callers.
/// </summary>
public static class PersonaCardText
{
    private static readonly ResourceManager Resources = new("InBeeld.Core.Composites.Personas.PersonaCardText", typeof(PersonaCardText).Assembly);

    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public static string Get(CultureInfo culture, string key, params object?[] args)
    {
        var format = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }
}
