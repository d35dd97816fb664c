namespace InBeeld.Web.Resources;

/// <summary>
/// Texts of the improvement pages (Pages/Improvement: desired journeys, actions, review meetings, the
/// plan, glossary, re-measurement, calendar). Dutch in ImprovementPageText.resx, English in .en.resx.
/// </summary>
public sealed class ImprovementPageText;
