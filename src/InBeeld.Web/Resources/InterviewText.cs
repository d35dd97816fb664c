namespace InBeeld.Web.Resources;

/// <summary>Texts of the interview pages (Pages/Interviews): interview form, route editor, timeline. Dutch in InterviewText.resx, English in InterviewText.en.resx.</summary>
public sealed class InterviewText;
