namespace InBeeld.Core.Glossary;

/// <summary>
/// One organisation's word for a shared concept ("organisaties bedoelen hetzelfde maar gebruiken
/// andere woorden"): UWV's "WW-aanvraag" and the municipality's "aanvraag levensonderhoud" can both map to
/// the shared "aanvraag inkomen".
/// </summary>
public sealed class GlossaryEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }

    /// <summary>The shared term the work group agreed on.</summary>
    public required string Concept { get; set; }

    public Guid OrganizationId { get; set; }

    /// <summary>The organisation's own term.</summary>
    public required string Term { get; set; }

    public string? Explanation { get; set; }
}
