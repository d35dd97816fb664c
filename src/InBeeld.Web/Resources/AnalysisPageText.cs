namespace InBeeld.Web.Resources;

/// <summary>Texts of the codebook, coding, agreement and analysis pages (Pages/Coding, Pages/Analysis). Dutch in AnalysisPageText.resx, English in AnalysisPageText.en.resx.</summary>
public sealed class AnalysisPageText;
