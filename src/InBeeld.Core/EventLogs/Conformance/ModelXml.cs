using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.EventLogs.Xes;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>Loads a (small) model file as XML with line numbers, refusing DTDs; helpers shared by the BPMN and PNML readers.</summary>
internal static partial class ModelXml
{
    public static XDocument Load(Stream stream, string sourceName)
    {
        try
        {
            using var reader = XmlReader.Create(stream, XesNames.Settings(new NameTable(), ConformanceLevel.Document));
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            var detail = PositionSuffix().Replace(exception.Message, string.Empty);
            var message = detail.Contains("end of file", StringComparison.OrdinalIgnoreCase) || detail.Contains("Root element is missing", StringComparison.Ordinal)
                ? EventLogText.Get("Xml_Truncated")
                : EventLogText.Get("Xml_Malformed", EventLogText.Get("Xml_Detail", detail));
            throw new InputRejectedException(ReadLocation.LinePosition(sourceName, exception.LineNumber, exception.LinePosition), message);
        }
    }

    public static string Where(string sourceName, XElement element)
    {
        var info = (IXmlLineInfo)element;
        return info.HasLineInfo() ? ReadLocation.LinePosition(sourceName, info.LineNumber, info.LinePosition) : ReadLocation.File(sourceName);
    }

    /// <summary>A name as shown in a model: line breaks and runs of spaces become one space.</summary>
    public static string? CleanName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var clean = Spaces().Replace(name, " ").Trim();
        return clean.Length == 0 ? null : clean;
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex PositionSuffix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
