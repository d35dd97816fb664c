namespace InBeeld.Web.Resources;

/// <summary>Texts about large logs mined in the database (Pages/EventLogs). Dutch in LargeLogText.resx, English in LargeLogText.en.resx.</summary>
public sealed class LargeLogText;
