namespace InBeeld.Web.Resources;

/// <summary>Texts of the composite journeys, personas and member checks (Pages/Composites). Dutch in CompositeText.resx, English in CompositeText.en.resx.</summary>
public sealed class CompositeText;
