using System.Xml;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Xes;

/// <summary>Reads the part of an XES file before the first trace: the root element and the extension declarations.</summary>
internal static class XesHeaderReader
{
    /// <summary>Leaves the reader on the first <c>&lt;trace&gt;</c>, or on <c>&lt;/log&gt;</c> for a log without traces.</summary>
    public static void ReadUntilFirstTrace(XmlReader reader, XesNames names, XesKeys keys, string sourceName)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || (object)reader.LocalName != names.Log)
        {
            var info = (IXmlLineInfo)reader;
            throw new InputRejectedException(
                ReadLocation.LinePosition(sourceName, info.LineNumber, info.LinePosition), EventLogText.Get("Xes_NotXes", reader.LocalName));
        }

        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                if (!reader.Read())
                {
                    return;
                }

                continue;
            }

            if ((object)reader.LocalName == names.Trace)
            {
                return;
            }

            if ((object)reader.LocalName == names.Extension)
            {
                keys.Declare(reader.GetAttribute(names.Prefix), reader.GetAttribute(names.Uri));
            }

            // Globals, classifiers and log attributes are not needed for the analyses.
            reader.Skip();
        }
    }
}
