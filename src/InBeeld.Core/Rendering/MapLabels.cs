using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering;

/// <summary>
/// The short texts a map prints for a step, shared by the SVG/PDF map, the booklet table, the
/// Mermaid export and the web page's table alternative, so every channel names things alike.
/// </summary>
public static class MapLabels
{
    /// <summary>The column of steps without a (known) phase.</summary>
    public static string WithoutPhase => GridPlan.WithoutPhase;

    /// <summary>The lane (and "organisation") of steps the person took on their own.</summary>
    public static string ClientLane => GridPlan.ClientLane;

    /// <summary>The step's phase name, or null when it has none (or an index the model does not know).</summary>
    public static string? Phase(JourneyMapModel model, JourneyMapStep step) =>
        step.Phase is { } p && p >= 0 && p < model.Phases.Count ? model.Phases[p] : null;

    /// <summary>The step's organisation name, or null when the person acted on their own.</summary>
    public static string? Organization(JourneyMapModel model, JourneyMapStep step) =>
        step.Organization is { } o && o >= 0 && o < model.Organizations.Count ? model.Organizations[o] : null;

    /// <summary>"+1 goed", "−2 zeer slecht", or "onbekend".</summary>
    public static string Experience(int? experience) =>
        experience is >= -2 and <= 2 ? HartslagLayouter.LevelLabel(experience.Value) : MapText.Get("Map_ExperienceUnknown");

    /// <summary>"koud · 14 dagen"; null for the last step, which hands over to no one.</summary>
    public static string? Handover(JourneyMapModel model, int index)
    {
        if (index >= model.Steps.Count - 1)
        {
            return null;
        }

        var step = model.Steps[index];
        var text = HandoverLayouter.KindLabel(step.Handover);
        return step.WaitingDays is { } days and >= 0 ? text + " \u00B7 " + HandoverLayouter.WaitingText(days) : text;
    }
}
