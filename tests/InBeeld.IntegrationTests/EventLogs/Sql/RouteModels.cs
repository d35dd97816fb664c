using System.Text;

namespace InBeeld.IntegrationTests.EventLogs.Sql;

/// <summary>Intended routes for conformance tests, as BPMN 2.0 text.</summary>
internal static class RouteModels
{
    /// <summary>A process that visits the tasks in this order, start to end.</summary>
    public static string Bpmn(params string[] tasks)
    {
        var xml = new StringBuilder("""<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p"><startEvent id="s"/>""");
        for (var i = 0; i < tasks.Length; i++)
        {
            xml.Append($"""<task id="t{i}" name="{System.Security.SecurityElement.Escape(tasks[i])}"/>""");
        }

        xml.Append("""<endEvent id="e"/>""");
        string[] nodes = ["s", .. tasks.Select((_, i) => $"t{i}"), "e"];
        for (var i = 0; i + 1 < nodes.Length; i++)
        {
            xml.Append($"""<sequenceFlow id="f{i}" sourceRef="{nodes[i]}" targetRef="{nodes[i + 1]}"/>""");
        }

        return xml.Append("</process></definitions>").ToString();
    }

    public static readonly string[] Generated =
        ["Aanmelding", "Intakegesprek", "Keukentafelgesprek", "Verzoek om toewijzing (315)", "Toewijzing (301)", "Start zorg (305)", "Evaluatie", "Stop zorg (307)", "Afsluiting"];
}
