using InBeeld.Core.Studies;

namespace InBeeld.Core.Reference;

/// <summary>A generic chain partner a researcher can add and then rename to the real organisation.</summary>
public sealed record OrganizationSuggestion(string Name, OrganizationType Type);
