namespace InBeeld.Web.Resources;

/// <summary>Texts of the study pages (Pages/Studies) and the home page. Dutch in StudyText.resx, English in StudyText.en.resx.</summary>
public sealed class StudyText;
