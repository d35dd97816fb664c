namespace InBeeld.Web.Resources;

/// <summary>Texts of the event-log pages (Pages/EventLogs). Dutch in EventLogPageText.resx, English in EventLogPageText.en.resx.</summary>
public sealed class EventLogPageText;
