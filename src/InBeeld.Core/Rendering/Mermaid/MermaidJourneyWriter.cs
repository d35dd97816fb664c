using System.Globalization;
using System.Text;
using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering.Mermaid;

/// <summary>
/// The map as a Mermaid <c>journey</c> diagram, for people who keep maps in Markdown. Phases
/// become sections (a new section whenever the route changes phase), steps become tasks scored
/// 1–5 (experience −2…+2 plus 3) with their organisation as actor. Mermaid has no handovers, pain
/// points or quotes, so those follow each task as <c>%%</c> comments: kept in the file, not drawn.
/// A step without an experience scores 3 and says "beleving onbekend" in its name, because
/// Mermaid needs a score and a made-up feeling must not pass for a reported one.
/// </summary>
public static class MermaidJourneyWriter
{
    private const int MaxTaskLength = 80;
    private const int MaxNameLength = 60;

    public static string ToText(JourneyMapModel model)
    {
        var text = new StringBuilder();
        text.Append("journey\n");
        text.Append("    title ").Append(MermaidText.Escape($"{MapSummary.Title(model.Header)} \u2013 {model.Header.StudyTitle}", 120)).Append('\n');
        if (model.Header.IsFictitiousPerson)
        {
            text.Append("    %% ").Append(MermaidText.Escape(MapSummary.FictitiousNote, 120)).Append('\n');
        }

        string? section = null;
        for (var i = 0; i < model.Steps.Count; i++)
        {
            var step = model.Steps[i];
            var phase = MapLabels.Phase(model, step) ?? MapLabels.WithoutPhase;
            if (phase != section)
            {
                section = phase;
                text.Append("    section ").Append(MermaidText.Escape(phase, MaxNameLength)).Append('\n');
            }

            var known = step.Experience is >= -2 and <= 2;
            var name = known ? step.Description : MapText.Get("Map_TaskWithoutExperience", step.Description);
            var actor = MapLabels.Organization(model, step) ?? MapLabels.ClientLane;
            text.Append("      ").Append(MermaidText.Escape(name, MaxTaskLength))
                .Append(": ").Append(((known ? step.Experience!.Value : 0) + 3).ToString(CultureInfo.InvariantCulture))
                .Append(": ").Append(MermaidText.Escape(actor, MaxNameLength, isActor: true)).Append('\n');
            Comment(text, MapText.Get("Map_PainPoint"), step.PainPoint);
            Comment(text, MapText.Get("Map_BrightSpot"), step.BrightSpot);
            Comment(text, MapText.Get("Map_Quote"), step.Quote);
            if (step.Handover != HandoverKind.NotRecorded && MapLabels.Handover(model, i) is { } handover)
            {
                Comment(text, MapText.Get("Map_Column_Handover"), handover);
            }
        }

        return text.ToString();
    }

    private static void Comment(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            // A comment runs to the end of its line, so only line breaks need removing.
            text.Append("      %% ").Append(label).Append(": ").Append(Text.TextCleaner.Clean(value)).Append('\n');
        }
    }
}
