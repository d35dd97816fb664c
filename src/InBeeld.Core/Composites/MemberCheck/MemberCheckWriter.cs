using System.Globalization;
using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering;

namespace InBeeld.Core.Composites.MemberCheck;

/// <summary>
/// Tells one interview's mapped route back to the participant, from the same
/// <see cref="JourneyMapModel"/> the map is drawn from, so they check exactly what the map shows.
/// Every fixed sentence is short and in everyday words; the participant's own texts (what happened,
/// what went wrong or well) are quoted as recorded, because that is what they are asked to check.
/// Phases are not named: they are the researchers' words, not the participant's.
/// </summary>
public static class MemberCheckWriter
{
    public static MemberCheckDocument Write(JourneyMapModel model, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.GetCultureInfo("nl-NL");
        string T(string key, params object?[] args) => MemberCheckText.Get(culture, key, args);

        var steps = new List<MemberCheckStep>(model.Steps.Count);
        for (var i = 0; i < model.Steps.Count; i++)
        {
            var step = model.Steps[i];
            var sentences = new List<string> { Sentence(step.Description) };
            sentences.Add(MapLabels.Organization(model, step) is { } organization ? T("At", organization) : T("OnYourOwn"));
            if (!string.IsNullOrWhiteSpace(step.Channel))
            {
                sentences.Add(T("Channel", step.Channel.Trim().ToLower(culture)));
            }

            if (step.Experience is >= -2 and <= 2)
            {
                sentences.Add(T("Felt" + step.Experience.Value.ToString("+0;-0;0", CultureInfo.InvariantCulture)));
            }

            if (!string.IsNullOrWhiteSpace(step.PainPoint))
            {
                sentences.Add(T("PainPoint", Sentence(step.PainPoint)));
            }

            if (!string.IsNullOrWhiteSpace(step.BrightSpot))
            {
                sentences.Add(T("BrightSpot", Sentence(step.BrightSpot)));
            }

            if (!string.IsNullOrWhiteSpace(step.Quote))
            {
                sentences.Add(T("Quote", step.Quote.Trim()));
            }

            if (i < model.Steps.Count - 1)
            {
                sentences.AddRange(Handover(step, T));
            }

            steps.Add(new MemberCheckStep(i + 1, T("StepHeading", i + 1), sentences));
        }

        var date = model.Header.Date is { } d ? d.ToString("d MMMM yyyy", culture) : null;
        return new MemberCheckDocument(
            T("Title"),
            date is null ? T("IntroNoDate", steps.Count) : T("Intro", date, steps.Count),
            steps,
            T("Question"),
            T("AnswerYes"),
            T("AnswerNo"),
            T("Closing"));
    }

    private static IEnumerable<string> Handover(JourneyMapStep step, Func<string, object?[], string> text)
    {
        switch (step.Handover)
        {
            case HandoverKind.Warm:
                yield return text("HandoverWarm", []);
                break;
            case HandoverKind.Cold:
                yield return text("HandoverCold", []);
                break;
            case HandoverKind.None:
                yield return text("HandoverNone", []);
                break;
        }

        if (step.WaitingDays is { } days and > 0)
        {
            yield return text(days == 1 ? "WaitedOneDay" : "WaitedDays", [days]);
        }
    }

    /// <summary>The recorded text as a sentence: trimmed, ending in a full stop unless it already ends a sentence.</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || ".!?…\"'”".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + ".";
    }
}
