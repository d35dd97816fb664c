using InBeeld.Core.EventLogs.Reading;
using InBeeld.Core.Validation;

namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>Reads an intended route from a .bpmn or .pnml file (or by its root element when the name does not tell).</summary>
public static class ProcessModels
{
    public static PetriNet ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new InputRejectedException(ReadLocation.File(name), EventLogText.Get("Read_FileNotFound", path));
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, name);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputRejectedException(ReadLocation.File(name), EventLogText.Get("Read_FileUnreadable", exception.Message));
        }
    }

    public static PetriNet Read(Stream stream, string sourceName)
    {
        var extension = Path.GetExtension(sourceName).ToLowerInvariant();
        if (extension == ".bpmn")
        {
            return BpmnReader.Read(stream, sourceName);
        }

        if (extension == ".pnml")
        {
            return PnmlReader.Read(stream, sourceName);
        }

        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        var root = ModelXml.Load(buffer, sourceName).Root!;
        buffer.Position = 0;
        return root.Name.LocalName switch
        {
            "definitions" => BpmnReader.Read(buffer, sourceName),
            "pnml" => PnmlReader.Read(buffer, sourceName),
            _ => throw new InputRejectedException(ReadLocation.File(sourceName), EventLogText.Get("Model_UnknownFormat", sourceName)),
        };
    }
}
