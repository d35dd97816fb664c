using System.Xml;

namespace InBeeld.Core.EventLogs.Xes;

/// <summary>Element and attribute names atomized in a reader's name table, compared by reference.</summary>
internal sealed class XesNames
{
    public XesNames(XmlNameTable table)
    {
        Table = table;
        Log = table.Add("log");
        Trace = table.Add("trace");
        Event = table.Add("event");
        Extension = table.Add("extension");
        Key = table.Add("key");
        Value = table.Add("value");
        Prefix = table.Add("prefix");
        Uri = table.Add("uri");
        String = table.Add("string");
        Date = table.Add("date");
        Int = table.Add("int");
        Float = table.Add("float");
        Boolean = table.Add("boolean");
        Id = table.Add("id");
    }

    public XmlNameTable Table { get; }
    public string Log { get; }
    public string Trace { get; }
    public string Event { get; }
    public string Extension { get; }
    public string Key { get; }
    public string Value { get; }
    public string Prefix { get; }
    public string Uri { get; }
    public string String { get; }
    public string Date { get; }
    public string Int { get; }
    public string Float { get; }
    public string Boolean { get; }
    public string Id { get; }

    public static XmlReaderSettings Settings(XmlNameTable table, ConformanceLevel conformance) => new()
    {
        NameTable = table,
        ConformanceLevel = conformance,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        // No DTDs (and so no entity expansion or external resources) in a file from outside.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        // Structure is still checked; characters XML forbids in values are let through, which
        // nearly doubles the speed and harms nothing the log keeps.
        CheckCharacters = false,
        CloseInput = false,
    };
}
