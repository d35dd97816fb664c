using InBeeld.Core.Privacy;

namespace InBeeld.Core.Tests.Privacy;

/// <summary>Findings as (kind, covered text) pairs, so tests read like the transcript.</summary>
internal static class Detect
{
    public static (PersonalDataKind Kind, string Text)[] In(string text, PersonalDataDetector? detector = null) =>
        (detector ?? PersonalDataDetector.Default).Find(text)
            .Select(f => (f.Kind, text.Substring(f.Start, f.Length)))
            .ToArray();

    public static string[] Texts(string text, PersonalDataKind kind, PersonalDataDetector? detector = null) =>
        In(text, detector).Where(f => f.Kind == kind).Select(f => f.Text).ToArray();
}
