using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering;

namespace InBeeld.Core.Tests.Rendering;

/// <summary>Inputs that break naive renderers: scripts, emoji, markup characters, huge texts.</summary>
internal static class AwkwardFixtures
{
    public const string Arabic = "ذهبت إلى البلدية ولم يفهمني أحد";
    public const string Tigrinya = "ናብ ቤት ጽሕፈት ከይደ ግን ዝሰምዓኒ ኣይረኸብኩን";
    public const string Emoji = "Eindelijk een baan 🎉👍🏽 en 👨‍👩‍👧 blij";
    public const string Markup = "<script>alert(\"x\")</script> & 'quotes' \"dubbel\" ]]> --";

    public static string LongText(int length) =>
        string.Concat(Enumerable.Repeat("Moest steeds opnieuw het hele verhaal vertellen aan een nieuwe consulent. ", 10))[..length];

    public static JourneyMapModel Scripts() => new()
    {
        Header = JourneyMapFixtures.Header("SYR-12") with { StudyTitle = "Statushouders <AZC> & gemeente" },
        Phases = ["Aankomst", "Huisvesting"],
        Organizations = ["COA", "VluchtelingenWerk", "Gemeente"],
        Steps =
        [
            new() { Phase = 0, Organization = 0, Channel = "Gesprek", Description = Arabic, Experience = -1, Quote = Arabic, Handover = HandoverKind.Cold, WaitingDays = 45 },
            new() { Phase = 0, Organization = 1, Channel = "Balie", Description = Tigrinya, Experience = 0, PainPoint = Tigrinya, Handover = HandoverKind.None },
            new() { Phase = 1, Organization = 2, Description = Emoji, Experience = 2, BrightSpot = Emoji, Quote = Markup, Handover = HandoverKind.Warm, WaitingDays = 1 },
            new() { Phase = 1, Organization = 0, Description = Markup, Experience = null, PainPoint = LongText(300), Quote = LongText(300) },
            new() { Phase = null, Organization = null, Description = LongText(300), Experience = -2, BrightSpot = "\u0001stuurbyte\uD800" },
        ],
        DesiredExperience = [1, 1, 2, 1],
    };
}
