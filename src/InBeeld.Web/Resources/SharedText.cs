namespace InBeeld.Web.Resources;

/// <summary>Texts shared by every page: layout, buttons, enum labels, generic validation messages. Dutch in SharedText.resx, English in SharedText.en.resx.</summary>
public sealed class SharedText;
