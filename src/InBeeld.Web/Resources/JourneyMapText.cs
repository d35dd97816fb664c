namespace InBeeld.Web.Resources;

/// <summary>Texts around the journey map (Pages/Interviews/Maps). Dutch in JourneyMapText.resx, English in JourneyMapText.en.resx.</summary>
public sealed class JourneyMapText;
