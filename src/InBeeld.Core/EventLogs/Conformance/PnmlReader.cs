using System.Globalization;
using System.Xml.Linq;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>
/// Reads a Petri net from PNML (ISO/IEC 15909-2; pages are flattened). A transition is silent
/// when it has no name or carries ProM's <c>&lt;toolspecific activity="$invisible$"/&gt;</c>. The
/// final marking comes from <c>&lt;finalmarkings&gt;</c> (as ProM and pm4py write it) or, without
/// one, is a token in each place without outgoing arcs.
/// </summary>
public static class PnmlReader
{
    public static PetriNet ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    public static PetriNet Read(Stream stream, string sourceName)
    {
        var document = ModelXml.Load(stream, sourceName);
        var net = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "net")
            ?? throw new InputRejectedException(ModelXml.Where(sourceName, document.Root!), EventLogText.Get("Model_NotPnml"));
        var builder = new PetriNetBuilder(sourceName);
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        var transitions = new Dictionary<string, int>(StringComparer.Ordinal);
        var hasOutgoing = new HashSet<int>();
        var anyInitial = false;
        foreach (var place in net.Descendants().Where(e => e.Name.LocalName == "place" && e.Parent?.Name.LocalName != "marking"))
        {
            var id = (string?)place.Attribute("id") ?? string.Empty;
            var index = builder.AddPlace(Text(place, "name") ?? id);
            places[id] = index;
            if (Text(place, "initialMarking") is { } tokens)
            {
                var count = Number(tokens, sourceName, place);
                builder.SetInitial(index, count);
                anyInitial |= count > 0;
            }
        }

        foreach (var transition in net.Descendants().Where(e => e.Name.LocalName == "transition"))
        {
            var id = (string?)transition.Attribute("id") ?? string.Empty;
            var invisible = transition.Elements().Any(e => e.Name.LocalName == "toolspecific" && (string?)e.Attribute("activity") == "$invisible$");
            transitions[id] = builder.AddTransition(id, invisible ? null : ModelXml.CleanName(Text(transition, "name")));
        }

        foreach (var arc in net.Descendants().Where(e => e.Name.LocalName == "arc"))
        {
            var id = (string?)arc.Attribute("id") ?? string.Empty;
            var source = (string?)arc.Attribute("source") ?? string.Empty;
            var target = (string?)arc.Attribute("target") ?? string.Empty;
            var weight = Text(arc, "inscription") is { } inscription ? Number(inscription, sourceName, arc) : 1;
            if (places.TryGetValue(source, out var fromPlace) && transitions.TryGetValue(target, out var toTransition))
            {
                builder.AddInput(toTransition, fromPlace, weight);
                hasOutgoing.Add(fromPlace);
            }
            else if (transitions.TryGetValue(source, out var fromTransition) && places.TryGetValue(target, out var toPlace))
            {
                builder.AddOutput(fromTransition, toPlace, weight);
            }
            else
            {
                throw new InputRejectedException(ModelXml.Where(sourceName, arc), EventLogText.Get("Model_BadArc", id));
            }
        }

        if (!anyInitial)
        {
            throw new InputRejectedException(ModelXml.Where(sourceName, net), EventLogText.Get("Model_NoStart"));
        }

        var final = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "finalmarkings")?.Descendants().FirstOrDefault(e => e.Name.LocalName == "marking");
        var anyFinal = false;
        if (final is not null)
        {
            foreach (var place in final.Elements().Where(e => e.Name.LocalName == "place"))
            {
                if (places.TryGetValue((string?)place.Attribute("idref") ?? string.Empty, out var index) && Text(place, null) is { } tokens)
                {
                    var count = Number(tokens, sourceName, place);
                    builder.SetFinal(index, count);
                    anyFinal |= count > 0;
                }
            }
        }
        else
        {
            foreach (var index in places.Values.Where(p => !hasOutgoing.Contains(p)))
            {
                builder.SetFinal(index, 1);
                anyFinal = true;
            }
        }

        return anyFinal ? builder.Build() : throw new InputRejectedException(ModelXml.Where(sourceName, net), EventLogText.Get("Model_NoEnd"));
    }

    /// <summary>The text of <c>&lt;child&gt;&lt;text&gt;…&lt;/text&gt;&lt;/child&gt;</c> (or of the element's own <c>&lt;text&gt;</c> when child is null).</summary>
    private static string? Text(XElement element, string? child)
    {
        var holder = child is null ? element : element.Elements().FirstOrDefault(e => e.Name.LocalName == child);
        return holder?.Elements().FirstOrDefault(e => e.Name.LocalName == "text")?.Value.Trim();
    }

    private static int Number(string text, string sourceName, XElement element) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new InputRejectedException(ModelXml.Where(sourceName, element), EventLogText.Get("Model_BadNumber", text));
}
